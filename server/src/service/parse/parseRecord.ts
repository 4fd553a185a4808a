import type { ParsedRecord, RecordFormat } from './parsedRecord';
import { parseJsonRecord } from './jsonRecordParser';
import { toParsedRecord } from './recordParser';
import { parseYamlRecord } from './tolerantYaml';

/** Parses a record file's text. Never throws: problems come back as syntax problems. */
export function parseRecord(text: string, format: RecordFormat): ParsedRecord {
  return toParsedRecord(format === 'json' ? parseJsonRecord(text) : parseYamlRecord(text), format);
}

/** The record format for a file name or language id (`*.trial.json` / `trial-record-json` → json). */
export function formatFor(nameOrLanguageId: string): RecordFormat {
  return /json$/i.test(nameOrLanguageId) ? 'json' : 'yaml';
}
