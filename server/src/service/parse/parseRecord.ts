import { isPlainObject, type ParsedRecord, type RecordFormat } from './parsedRecord';
import { hasOwn } from './safeObject';
import { parseJsonRecord } from './jsonRecordParser';
import { parseYamlRecord } from './yamlRecordParser';

/** Parses a record file's text. Never throws: problems come back as syntax problems. */
export function parseRecord(text: string, format: RecordFormat): ParsedRecord {
  const tree = format === 'json' ? parseJsonRecord(text) : parseYamlRecord(text);
  const recordPointer = isPlainObject(tree.value) && hasOwn(tree.value, 'protocolSection') ? '/protocolSection' : '';
  return { format, value: tree.value, locations: tree.locations, syntaxProblems: tree.problems, recordPointer };
}

/** The record format for a file name or language id (`*.trial.json` / `trial-record-json` → json). */
export function formatFor(nameOrLanguageId: string): RecordFormat {
  return /json$/i.test(nameOrLanguageId) ? 'json' : 'yaml';
}
