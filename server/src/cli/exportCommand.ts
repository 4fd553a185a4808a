import { localToday } from '../service/recordAnalyzer';
import { cliService } from './cliService';
import type { CommandOutput } from './renderCommand';
import { DEFAULT_MAX_SIZE } from './fileSize';
import { readFailureReason } from './inputFiles';
import { readRecordText } from './recordFiles';
import { terminalLine } from './terminalText';

export interface ExportOptions {
  /** Files larger than this many bytes are refused unread (default 64 MB). */
  readonly maxSize?: number;
}

/**
 * `trial-record export RECORD`: ClinicalTrials.gov API v2 study JSON (`{"protocolSection": …}`) on
 * standard output. Syntax and schema errors are reported on standard error (the JSON is still
 * written when the text parses); exit 1 when the file cannot be read or parsed, or has such errors.
 */
export function exportCommand(file: string, options: ExportOptions = {}): CommandOutput {
  let text: string;
  try {
    text = readRecordText(file, options.maxSize ?? DEFAULT_MAX_SIZE);
  } catch (error) {
    return { stdout: '', stderr: terminalLine`trial-record: ${file}: ${readFailureReason(error)}\n`, exitCode: 1 };
  }
  // Registry rules do not change what is exported; syntax and schema errors make it questionable.
  const record = cliService.analyze(text, file, { today: localToday(), rulesEnabled: false });
  const { analysis, lines } = record;
  const study = cliService.exportStudy(record);
  const errors = analysis.diagnostics.filter((diagnostic) => diagnostic.severity === 'error');
  const report = errors
    .map((diagnostic) => {
      const start = lines.positionAt(diagnostic.range.start);
      return terminalLine`${file}:${start.line + 1}:${start.character + 1} error ${diagnostic.code} ${diagnostic.message}\n`;
    })
    .join('');
  if ('refused' in study)
    return { stdout: '', stderr: `${report}${terminalLine`trial-record: ${file}: nothing to export: ${study.refused}\n`}`, exitCode: 1 };
  return { stdout: study.json, stderr: report, exitCode: errors.length ? 1 : 0 };
}
