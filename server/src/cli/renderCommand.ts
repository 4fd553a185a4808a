import { promises as fs } from 'node:fs';
import * as path from 'node:path';
import { readPreviewStylesheet } from '../render/previewStylesheet';
import { standalonePage } from '../render/standalonePage';
import { isPlainObject, valueAt } from '../service/parse/parsedRecord';
import { localToday } from '../service/recordAnalyzer';
import { cliService } from './cliService';
import { DEFAULT_MAX_SIZE } from './fileSize';
import { describeFsError, readFailureReason } from './inputFiles';
import { readRecordText } from './recordFiles';
import { terminalLine } from './terminalText';

export interface RenderOptions {
  /** Write the page here instead of standard output. */
  readonly out?: string;
  readonly today?: string;
  /** Files larger than this many bytes are refused unread (default 64 MB). */
  readonly maxSize?: number;
}

export interface CommandOutput {
  readonly stdout: string;
  readonly stderr: string;
  readonly exitCode: number;
}

/**
 * `trial-record render RECORD [--out page.html]`: the record as a standalone HTML page (embedded CSS,
 * no script). The page includes the record's problems; exit 1 only when the file cannot be read or parsed.
 */
export async function renderCommand(file: string, options: RenderOptions): Promise<CommandOutput> {
  let text: string;
  try {
    text = readRecordText(file, options.maxSize ?? DEFAULT_MAX_SIZE);
  } catch (error) {
    return { stdout: '', stderr: terminalLine`trial-record: ${file}: ${readFailureReason(error)}\n`, exitCode: 1 };
  }
  const record = cliService.analyze(text, file, { today: options.today ?? localToday() });
  const { analysis } = record;
  if (!isPlainObject(valueAt(analysis.parsed.value, analysis.parsed.recordPointer))) {
    const reason = analysis.parsed.syntaxProblems[0]?.message ?? 'the document is not a mapping of record modules';
    return { stdout: '', stderr: terminalLine`trial-record: ${file}: nothing to render: ${reason}\n`, exitCode: 1 };
  }
  const fragment = cliService.renderHtml(record);
  const title = valueAt(analysis.parsed.value, `${analysis.parsed.recordPointer}/identificationModule/briefTitle`);
  const page = standalonePage(fragment, {
    title: typeof title === 'string' && title.trim() ? title : path.basename(file),
    css: readPreviewStylesheet(),
  });
  const errors = analysis.diagnostics.filter((diagnostic) => diagnostic.severity === 'error').length;
  const note = errors
    ? terminalLine`trial-record: ${file}: rendered with ${errors} error${errors === 1 ? '' : 's'} (listed on the page)\n`
    : '';
  if (options.out === undefined) return { stdout: page, stderr: note, exitCode: 0 };
  try {
    await fs.writeFile(options.out, page, 'utf8');
  } catch (error) {
    return {
      stdout: '',
      stderr: terminalLine`trial-record: ${options.out}: ${describeFsError(error, 'cannot be written')}\n`,
      exitCode: 1,
    };
  }
  return { stdout: '', stderr: `${note}${terminalLine`trial-record: wrote ${options.out}\n`}`, exitCode: 0 };
}
