import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { RecordDiagnostic } from '../../../server/src/service/diagnostics/recordDiagnostic';
import { RecordAnalyzer } from '../../../server/src/service/recordAnalyzer';

/**
 * The fixed "today" for the real-record run: the day after the newest download in the set (versionHolder
 * 2025-12-09; the newest submission is NCT07247227's, 2025-11-22), so no record's actual date is in the
 * future, while the older snapshots show what the time-dependent checks say about records that were not
 * kept up to date.
 */
export const REAL_RECORDS_TODAY = '2025-12-10';

const REPOSITORY_ROOT = path.resolve(__dirname, '../../..');

/** The real-record folders: `json/` (19 studies, some inside search responses) and `json-more/` (252 studies). */
export const REAL_RECORD_FOLDER_NAMES = ['json', 'json-more'] as const;

/** A folder's fixture copy (byte for byte) when present, else the shared original. */
function folderOf(name: string): string {
  const fixture = path.join(REPOSITORY_ROOT, 'test/fixtures/ctgov', name);
  const shared = path.resolve(REPOSITORY_ROOT, '../shared/ctgov-records', name);
  return existsSync(fixture) || !existsSync(shared) ? fixture : shared;
}

/** Where the real records are read from, one folder per entry of REAL_RECORD_FOLDER_NAMES. */
export const REAL_RECORDS_FOLDERS: readonly string[] = REAL_RECORD_FOLDER_NAMES.map(folderOf);
/** The first folder, `json/` (the records the other tests name one by one). */
export const REAL_RECORDS_FOLDER = REAL_RECORDS_FOLDERS[0];

export interface RealRecord {
  /** The file, relative to the fixtures folder (`json/NCT00184067.json`). */
  readonly file: string;
  readonly nctId: string;
  readonly overallStatus: string;
  readonly studyType: string;
  /** When this version was submitted to the registry (`lastUpdateSubmitDate`). */
  readonly submitted: string;
  /** When the study was first submitted (`studyFirstSubmitDate`). */
  readonly firstSubmitted: string;
  /** The study object as JSON text (each study of a `{"studies": [...]}` response on its own). */
  readonly text: string;
}

export interface RealRecordRun {
  readonly record: RealRecord;
  readonly today: string;
  /** Every diagnostic the editor would show: syntax, schema, registry rules and review criteria. */
  readonly diagnostics: readonly RecordDiagnostic[];
  readonly ruleErrors: readonly string[];
  readonly syntaxProblems: number;
}

type Json = Record<string, unknown>;

function field(value: unknown, ...path: string[]): unknown {
  let current = value;
  for (const key of path) current = typeof current === 'object' && current !== null ? (current as Json)[key] : undefined;
  return current;
}

/** Every study in one real-record folder, unwrapping search responses. */
export function loadRealRecordsFrom(folder: string): RealRecord[] {
  const records: RealRecord[] = [];
  for (const file of readdirSync(folder)
    .filter((name) => name.endsWith('.json'))
    .sort()) {
    const fileText = readFileSync(path.join(folder, file), 'utf8');
    const raw: unknown = JSON.parse(fileText);
    const studies = Array.isArray(field(raw, 'studies')) ? (field(raw, 'studies') as unknown[]) : [raw];
    for (const study of studies) {
      const status = (...keys: string[]) => {
        const found = field(study, 'protocolSection', ...keys);
        return typeof found === 'string' || typeof found === 'number' ? String(found) : '';
      };
      records.push({
        file: `${path.basename(folder)}/${file}`,
        nctId: status('identificationModule', 'nctId'),
        overallStatus: status('statusModule', 'overallStatus'),
        studyType: status('designModule', 'studyType'),
        submitted: status('statusModule', 'lastUpdateSubmitDate'),
        firstSubmitted: status('statusModule', 'studyFirstSubmitDate'),
        // A whole-file record is checked as it is; a study inside a search response is re-serialised on its own.
        text: raw === study ? fileText : JSON.stringify(study, null, 2),
      });
    }
  }
  return records;
}

/** Every study of every real-record folder (json/ then json-more/), each file's studies in file order. */
export function loadRealRecords(folders: readonly string[] = REAL_RECORDS_FOLDERS): RealRecord[] {
  return folders.flatMap((folder) => loadRealRecordsFrom(folder));
}

/** Runs every check (syntax, schema, registry rules, review criteria) over one real record as a whole-study JSON file. */
export function runOnRealRecord(record: RealRecord, today: string): RealRecordRun {
  const ruleErrors: string[] = [];
  const analysis = new RecordAnalyzer('json').analyze(record.text, {
    today,
    onRuleError: (id, error) => ruleErrors.push(`${id}: ${String(error)}`),
  });
  return {
    record,
    today,
    diagnostics: analysis.diagnostics,
    ruleErrors,
    syntaxProblems: analysis.parsed.syntaxProblems.length,
  };
}
