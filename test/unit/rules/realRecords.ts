import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { RecordDiagnostic } from '../../../server/src/service/diagnostics/recordDiagnostic';
import { parseRecord } from '../../../server/src/service/parse/parseRecord';
import { runRules } from '../../../server/src/service/rules/runRules';

/**
 * The fixed "today" for the real-record run: just after the newest record in the set was
 * submitted (NCT04267848, 2025-09-09), so no record's actual date is in the future, while the
 * older snapshots show what the time-dependent rules say about records that were not kept up to date.
 */
export const REAL_RECORDS_TODAY = '2025-10-01';

const REPOSITORY_ROOT = path.resolve(__dirname, '../../..');
/** The fixtures copy (byte for byte) when present, else the shared originals. */
export const REAL_RECORDS_FOLDER =
  [path.join(REPOSITORY_ROOT, 'test/fixtures/ctgov/json'), path.resolve(REPOSITORY_ROOT, '../shared/ctgov-records/json')].find((folder) =>
    existsSync(folder),
  ) ?? path.join(REPOSITORY_ROOT, 'test/fixtures/ctgov/json');

export interface RealRecord {
  readonly file: string;
  readonly nctId: string;
  readonly overallStatus: string;
  readonly studyType: string;
  /** When this version was submitted to the registry (`lastUpdateSubmitDate`). */
  readonly submitted: string;
  /** The study object as JSON text (each study of a `{"studies": [...]}` response on its own). */
  readonly text: string;
}

export interface RealRecordRun {
  readonly record: RealRecord;
  readonly today: string;
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

/** Every study in the real-record folder, unwrapping search responses. */
export function loadRealRecords(folder = REAL_RECORDS_FOLDER): RealRecord[] {
  const records: RealRecord[] = [];
  for (const file of readdirSync(folder)
    .filter((name) => name.endsWith('.json'))
    .sort()) {
    const raw: unknown = JSON.parse(readFileSync(path.join(folder, file), 'utf8'));
    const studies = Array.isArray(field(raw, 'studies')) ? (field(raw, 'studies') as unknown[]) : [raw];
    for (const study of studies) {
      const status = (...keys: string[]) => {
        const found = field(study, 'protocolSection', ...keys);
        return typeof found === 'string' || typeof found === 'number' ? String(found) : '';
      };
      records.push({
        file,
        nctId: status('identificationModule', 'nctId'),
        overallStatus: status('statusModule', 'overallStatus'),
        studyType: status('designModule', 'studyType'),
        submitted: status('statusModule', 'lastUpdateSubmitDate'),
        // A whole-file record is parsed as it is; a study inside a search response is re-serialised on its own.
        text: studies.length === 1 && raw === study ? readFileSync(path.join(folder, file), 'utf8') : JSON.stringify(study, null, 2),
      });
    }
  }
  return records;
}

/** Runs every rule over one real record as a whole-study JSON file. */
export function runOnRealRecord(record: RealRecord, today: string): RealRecordRun {
  const parsed = parseRecord(record.text, 'json');
  const ruleErrors: string[] = [];
  const diagnostics = runRules(parsed, {
    today,
    text: record.text,
    onRuleError: (id, error) => ruleErrors.push(`${id}: ${String(error)}`),
  });
  return { record, today, diagnostics, ruleErrors, syntaxProblems: parsed.syntaxProblems.length };
}
