// The record texts the parse tests read every way they can be read: each real record as JSON, as YAML and
// (with its results) as a whole study in YAML; the samples and the importer's expected YAML records.
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { stringify } from 'yaml';
import type { RecordFormat } from '../../../server/src/service/parse/parsedRecord';
import { REAL_RECORDS_FOLDERS } from '../rules/realRecords';

const root = path.resolve(__dirname, '..', '..', '..');

export interface TestDocument {
  readonly name: string;
  readonly text: string;
  readonly format: RecordFormat;
}

export function realRecordDocuments(): TestDocument[] {
  const documents: TestDocument[] = [];
  for (const folder of REAL_RECORDS_FOLDERS) {
    for (const file of readdirSync(folder)
      .filter((name) => name.endsWith('.json'))
      .sort()) {
      const text = readFileSync(path.join(folder, file), 'utf8');
      const json = JSON.parse(text) as { protocolSection?: unknown; studies?: { protocolSection?: unknown }[] };
      const section = json.protocolSection ?? json.studies?.[0]?.protocolSection;
      documents.push({ name: `${file} as JSON`, text, format: 'json' });
      if (section !== undefined)
        documents.push({
          name: `${file} as YAML`,
          text: stringify(section, { lineWidth: 0, aliasDuplicateObjects: false }),
          format: 'yaml',
        });
      if (json.protocolSection !== undefined)
        documents.push({
          name: `${file} whole study as YAML`,
          text: stringify(json, { lineWidth: 0, aliasDuplicateObjects: false }),
          format: 'yaml',
        });
    }
  }
  return documents;
}

export function fileDocuments(): TestDocument[] {
  const files = [
    ...readdirSync(path.join(root, 'samples'))
      .filter((name) => /\.trial\.(ya?ml|json)$/.test(name))
      .map((name) => path.join(root, 'samples', name)),
    ...readdirSync(path.join(root, 'test/fixtures/import/expected'))
      .filter((name) => name.endsWith('.yaml'))
      .map((name) => path.join(root, 'test/fixtures/import/expected', name)),
  ];
  return files.map((file) => ({
    name: path.relative(root, file),
    text: readFileSync(file, 'utf8'),
    format: file.endsWith('.json') ? 'json' : 'yaml',
  }));
}
