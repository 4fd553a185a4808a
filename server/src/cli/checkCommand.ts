import type { LineIndex } from '../service/text/lineIndex';
import { localToday } from '../service/recordAnalyzer';
import type { ReviewStage } from '../service/readiness/reviewStage';
import { cliService } from './cliService';
import { DIAGNOSTIC_SOURCES, type RecordDiagnostic, type Severity } from '../service/diagnostics/recordDiagnostic';
import { DEFAULT_MAX_SIZE } from './fileSize';
import { expandInputPaths, readFailureReason } from './inputFiles';
import { NO_RECORDS_IN_FOLDER, readRecordText, RECORD_FILES } from './recordFiles';
import { terminalLine } from './terminalText';

export interface CheckOptions {
  readonly format: 'text' | 'json';
  readonly today?: string;
  readonly rules: boolean;
  /** Whether the review criteria (`review/…`) run with the rules; default true. */
  readonly review?: boolean;
  /** `draft` (default) or `submission`: how much the review layer weighs. */
  readonly stage?: ReviewStage;
  /** Files larger than this many bytes are refused unread (default 64 MB). */
  readonly maxSize?: number;
}

export interface CheckedDiagnostic {
  readonly line: number;
  readonly column: number;
  readonly endLine: number;
  readonly endColumn: number;
  readonly severity: Severity;
  readonly code: string;
  readonly source: string;
  readonly message: string;
}

export interface CheckedFile {
  readonly file: string;
  /** Set when the file could not be checked at all. */
  readonly problem?: string;
  readonly diagnostics: readonly CheckedDiagnostic[];
}

export interface CheckOutput {
  readonly stdout: string;
  readonly stderr: string;
  readonly exitCode: number;
}

/** `trial-record check`: exit 1 when any error is found (or a file cannot be checked), else 0; warnings and information never change it. */
export async function checkCommand(paths: readonly string[], options: CheckOptions): Promise<CheckOutput> {
  // One date for the whole run, so every file is checked against the same day.
  const today = options.today ?? localToday();
  const results: CheckedFile[] = [];
  /** Standard error's lines before the summary: each path not checked, with why. */
  const notes: string[] = [];
  let skipped = 0;
  const skip = (file: string, reason: string): void => {
    notes.push(terminalLine`trial-record: skipped ${file}: ${reason}\n`);
    skipped++;
  };
  for (const entry of await expandInputPaths(paths, RECORD_FILES)) {
    if (entry.kind === 'skipped') {
      skip(entry.path, entry.reason);
    } else if (entry.kind === 'empty-folder') {
      results.push({ file: entry.path, problem: NO_RECORDS_IN_FOLDER, diagnostics: [] });
      notes.push(terminalLine`trial-record: ${entry.path}: ${NO_RECORDS_IN_FOLDER}\n`);
    } else {
      const result =
        entry.kind === 'refused'
          ? { file: entry.path, problem: entry.reason, diagnostics: [] }
          : await checkFile(entry.path, options, today);
      if (result.problem !== undefined) skip(result.file, result.problem);
      results.push(result);
    }
  }

  const errors = results.reduce(
    (sum, result) => sum + (result.problem ? 1 : 0) + result.diagnostics.filter((d) => d.severity === 'error').length,
    0,
  );
  const warnings = results.reduce((sum, result) => sum + result.diagnostics.filter((d) => d.severity === 'warning').length, 0);
  const checked = results.filter((result) => !result.problem).length;
  const skippedNote = skipped > 0 ? `; ${skipped} path${skipped === 1 ? '' : 's'} skipped (listed above)` : '';
  const summary = `${checked} file${checked === 1 ? '' : 's'} checked: ${errors} error${errors === 1 ? '' : 's'}, ${warnings} warning${warnings === 1 ? '' : 's'}${skippedNote}`;
  const stdout = options.format === 'json' ? `${JSON.stringify({ files: results, errors, warnings }, null, 2)}\n` : formatText(results);
  return { stdout, stderr: `${notes.join('')}${summary}\n`, exitCode: errors > 0 ? 1 : 0 };
}

async function checkFile(file: string, options: CheckOptions, today: string): Promise<CheckedFile> {
  let text: string;
  try {
    text = await readRecordText(file, options.maxSize ?? DEFAULT_MAX_SIZE);
  } catch (error) {
    return { file, problem: readFailureReason(error), diagnostics: [] };
  }
  const { analysis, lines } = cliService.analyze(text, file, {
    today,
    rulesEnabled: options.rules,
    reviewEnabled: options.review,
    reviewStage: options.stage,
  });
  return { file, diagnostics: analysis.diagnostics.map((diagnostic) => toChecked(diagnostic, lines)).sort(byPosition) };
}

function toChecked(diagnostic: RecordDiagnostic, lines: LineIndex): CheckedDiagnostic {
  const start = lines.positionAt(diagnostic.range.start);
  const end = lines.positionAt(diagnostic.range.end);
  return {
    line: start.line + 1,
    column: start.character + 1,
    endLine: end.line + 1,
    endColumn: end.character + 1,
    severity: diagnostic.severity,
    code: diagnostic.code,
    source: DIAGNOSTIC_SOURCES[diagnostic.layer],
    message: diagnostic.message,
  };
}

function byPosition(a: CheckedDiagnostic, b: CheckedDiagnostic): number {
  return a.line - b.line || a.column - b.column;
}

function formatText(results: readonly CheckedFile[]): string {
  return results
    .flatMap((result) =>
      result.diagnostics.map((d) => terminalLine`${result.file}:${d.line}:${d.column} ${d.severity} ${d.code} ${d.message}\n`),
    )
    .join('');
}
