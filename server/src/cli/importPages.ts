// One page of `import`, read and turned into records: what a worker thread (or this thread) does per input.
// The answer is plain data that crosses to the main thread, which writes the files in input order.
import * as path from 'node:path';
import { ImportRefusal } from '../import/importPage';
import { cliService } from './cliService';
import { readFailureReason, readInputText } from './inputFiles';

/** One record from a page: what `import` writes (`yaml`) or prints (`json`), and its summary line's parts. */
export interface ImportedStudy {
  readonly studyId?: string;
  readonly format: string;
  readonly formatLabel: string;
  readonly filledFields: number;
  readonly keptLines: number;
  readonly yaml: string;
  /** The record as `--format json` prints it: the protocol section, or the whole study when it has results. */
  readonly json: unknown;
}

export type ImportedPage = { readonly studies: readonly ImportedStudy[] } | { readonly refused: string };

export function importPageFile(file: string, maxSize: number): ImportedPage {
  let text: string;
  try {
    text = readInputText(file, maxSize);
  } catch (error) {
    return { refused: readFailureReason(error) };
  }
  try {
    const studies = cliService.importStudies(text, { sourceName: path.basename(file) });
    return {
      studies: studies.map((study) => ({
        studyId: study.studyId,
        format: study.format,
        formatLabel: study.formatLabel,
        filledFields: study.filledFields,
        keptLines: study.keptLines,
        yaml: study.yaml,
        json: study.studySections ? { protocolSection: study.record, ...study.studySections } : study.record,
      })),
    };
  } catch (error) {
    if (error instanceof ImportRefusal) return { refused: error.message };
    throw error;
  }
}
