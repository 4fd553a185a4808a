/** Language ids contributed in package.json for record files. */
export const RECORD_LANGUAGE_IDS = ['trial-record-yaml', 'trial-record-json'] as const;

export type RecordLanguageId = (typeof RECORD_LANGUAGE_IDS)[number];

export function isRecordLanguage(languageId: string): languageId is RecordLanguageId {
  return (RECORD_LANGUAGE_IDS as readonly string[]).includes(languageId);
}

/** The record language of a file by its name: `*.trial.json` is JSON, every other record file YAML. */
export function recordLanguageOfPath(path: string): RecordLanguageId {
  return /\.json$/i.test(path) ? 'trial-record-json' : 'trial-record-yaml';
}
