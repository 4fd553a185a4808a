// One input of `check`, checked: a record file (read here, so a worker thread reads its own files), or the
// text of a study from a ZIP entry or a JSON Lines line. A JSON text that is an API search response stands
// for the studies it holds, each checked on its own text. Line and column are worked out only for a study
// with findings: a study without any pays for the parse and the checks alone.
import type { ReviewStage } from '../service/readiness/reviewStage';
import { DIAGNOSTIC_SOURCES, type RecordDiagnostic, type Severity } from '../service/diagnostics/recordDiagnostic';
import { cliService } from './cliService';
import { lineFinder } from './lineFinder';
import { readFailureReason } from './inputFiles';
import { readRecordText } from './recordFiles';
import { nctIdOf, searchResponseStudies } from './searchResponse';

/** What every input of one run is checked with; computed once in the main thread (today's date). */
export interface CheckSettings {
  readonly today: string;
  readonly rules: boolean;
  readonly review: boolean;
  readonly stage: ReviewStage;
  readonly maxSize: number;
}

/** A study already read from a container (`export.zip!NCT….json`, `studies.jsonl:17`): its bytes as stored, or its text. */
export interface StudyEntry {
  readonly kind: 'entry';
  readonly name: string;
  readonly format: 'json' | 'yaml';
  readonly content: Uint8Array | string;
}

/** A file to read and check, or a study already read. */
export type CheckInput = { readonly kind: 'file'; readonly path: string } | StudyEntry;

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
  /** The file, or the entry in its container (`export.zip!NCT01234567.json`, `studies.jsonl:17`, `page.json!studies[2]`). */
  readonly file: string;
  /** The study's NCT ID, for a study from a container. */
  readonly study?: string;
  /** Set when the file could not be checked at all. */
  readonly problem?: string;
  readonly diagnostics: readonly CheckedDiagnostic[];
}

const utf8 = new TextDecoder('utf-8');

export function checkInput(input: CheckInput, settings: CheckSettings): CheckedFile[] {
  if (input.kind === 'entry') {
    const text = typeof input.content === 'string' ? input.content : utf8.decode(input.content);
    return checkText(input.name, withoutByteOrderMark(text), input.format, settings, true);
  }
  let text: string;
  try {
    text = readRecordText(input.path, settings.maxSize);
  } catch (error) {
    return [{ file: input.path, problem: readFailureReason(error), diagnostics: [] }];
  }
  return checkText(input.path, text, /json$/i.test(input.path) ? 'json' : 'yaml', settings, false);
}

/** `name`'s text as one study, or as the studies of a search response. */
function checkText(name: string, text: string, format: 'json' | 'yaml', settings: CheckSettings, inContainer: boolean): CheckedFile[] {
  const studies = format === 'json' ? searchResponseStudies(text) : undefined;
  if (studies !== undefined && studies.length > 0) {
    return studies.map((study) => checkStudy(`${name}!studies[${study.index}]`, study.text, 'json', settings, true));
  }
  return [checkStudy(name, text, format, settings, inContainer)];
}

function checkStudy(name: string, text: string, format: 'json' | 'yaml', settings: CheckSettings, named: boolean): CheckedFile {
  const analysis = cliService.documentAnalyzer(format).analyze(text, {
    today: settings.today,
    rulesEnabled: settings.rules,
    reviewEnabled: settings.review,
    reviewStage: settings.stage,
  });
  const study = named ? nctIdOf(analysis.parsed.value) : undefined;
  const diagnostics = analysis.diagnostics.length === 0 ? [] : positioned(analysis.diagnostics, text);
  return study === undefined ? { file: name, diagnostics } : { file: name, study, diagnostics };
}

/** The diagnostics with lines and columns, in the order of their positions. */
function positioned(diagnostics: readonly RecordDiagnostic[], text: string): CheckedDiagnostic[] {
  const lines = lineFinder(text);
  return diagnostics
    .map((diagnostic): CheckedDiagnostic => {
      const start = lines(diagnostic.range.start);
      const end = lines(diagnostic.range.end);
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
    })
    .sort((a, b) => a.line - b.line || a.column - b.column);
}

function withoutByteOrderMark(text: string): string {
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}
