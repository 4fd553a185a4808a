// Which files are records, and reading one: `check`, `render` and `export` share these.
import * as path from 'node:path';
import { readInputText, type FileFilter } from './inputFiles';

/** File names `check` reads inside a folder: records, and study files as the registry ships them. */
const RECORD_FILE = /(\.trial\.(ya?ml|json)|^NCT\d+\.json)$/i;
/**
 * Extensions accepted when a file is named explicitly: a record or study file (e.g. an API download
 * `NCT01234567.json` or a search response), a ZIP of study files, a JSON Lines file of studies.
 */
const EXPLICIT_FILE = /\.(ya?ml|json|zip|jsonl|ndjson)$/i;

export const RECORD_FILES: FileFilter = {
  inFolder: (name) => RECORD_FILE.test(name),
  refuseNamed: (file) =>
    EXPLICIT_FILE.test(file)
      ? undefined
      : `not a record file: expected .trial.yaml, .trial.yml or .trial.json (or .yaml/.yml/.json, .zip, .jsonl, .ndjson), got "${path.extname(file) || 'no extension'}"`,
  recursive: true,
};

export const NO_RECORDS_IN_FOLDER = 'no *.trial.yaml, *.trial.yml, *.trial.json or NCT….json files in this folder';

/** A record file's text; a leading byte-order mark is dropped. Throws `InputFileError`. */
export function readRecordText(file: string, maxSize: number): string {
  const text = readInputText(file, maxSize);
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}
