// Checks the blind expected records of the registry-page corpus, without running the importer:
//   node --import tsx scripts/corpus/check-expected.ts [name …]
// For each test/fixtures/import/corpus/expected/{development,test}/<page>.json (or only the named pages):
// - the record has the shape of the record schema (types, enums, patterns, unknown fields), required
//   fields aside (a page rarely states every one);
// - every text value appears in the page (whitespace runs compared as one space), except values in API
//   form (enum constants, ISO dates, ages, counts) that the writer normalised;
// - the page exists and the record is in the half split.json puts the page in.
// It reports; it never rewrites a record.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import Ajv from 'ajv';
import addFormats from 'ajv-formats';

const ROOT = path.resolve(__dirname, '../..');
const CORPUS = path.join(ROOT, 'test/fixtures/import/corpus');
const schema = JSON.parse(readFileSync(path.join(ROOT, 'schemas/trial-record.schema.json'), 'utf8')) as object;
const split = JSON.parse(readFileSync(path.join(CORPUS, 'split.json'), 'utf8')) as { development: string[]; test: string[] };

const ajv = new Ajv({ allErrors: true, strict: false });
addFormats(ajv);
const validate = ajv.compile(schema);

const flat = (text: string): string => text.replace(/\s+/g, ' ').trim();
/** Values the writer normalised to API form, which the page writes otherwise. */
const NORMALISED = /^(?:[A-Z][A-Z0-9_]*|\d{4}(?:-\d{2}){0,2}|\d+ (?:Years?|Months?|Weeks?|Days?|Hours?|Minutes?)|true|false|\d+)$/;

/** The fixed `secondaryIdInfos[].domain` names the conventions give each registry. */
const REGISTRY_DOMAINS = new Set([
  'EudraCT',
  'CTIS',
  'ISRCTN',
  'ANZCTR',
  'CTRI',
  'ChiCTR',
  'ITMCTR',
  'UMIN-CTR',
  'jRCT',
  'DRKS',
  'WHO UTN',
]);

function stringLeaves(value: unknown, at: string, into: Array<[string, string]>): void {
  if (Array.isArray(value)) value.forEach((item, index) => stringLeaves(item, `${at}[${index}]`, into));
  else if (value !== null && typeof value === 'object')
    for (const [key, item] of Object.entries(value)) stringLeaves(item, at ? `${at}.${key}` : key, into);
  else if (typeof value === 'string') into.push([at, value]);
}

const only = process.argv.slice(2).map((name) => name.replace(/\.(txt|json)$/, ''));
let problems = 0;
let checked = 0;
for (const half of ['development', 'test'] as const) {
  const folder = path.join(CORPUS, 'expected', half);
  if (!existsSync(folder)) continue;
  for (const file of readdirSync(folder)
    .filter((name) => name.endsWith('.json'))
    .sort()) {
    const name = file.slice(0, -5);
    if (only.length > 0 && !only.includes(name)) continue;
    checked++;
    const report = (message: string): void => {
      problems++;
      console.log(`${half}/${file}: ${message}`);
    };
    const pageFile = path.join(CORPUS, 'pages', `${name}.txt`);
    if (!existsSync(pageFile)) {
      report('no page of that name in pages/');
      continue;
    }
    if (!split[half].includes(`${name}.txt`)) report(`split.json puts this page in the other half`);
    let record: unknown;
    try {
      record = JSON.parse(readFileSync(path.join(folder, file), 'utf8'));
    } catch (error) {
      report(`not JSON: ${(error as Error).message}`);
      continue;
    }
    if (!validate(record)) {
      for (const error of validate.errors ?? []) {
        if (error.keyword === 'required' || error.keyword === 'if') continue;
        report(
          `schema: ${error.instancePath || '/'} ${error.message ?? ''}${error.params && 'allowedValues' in error.params ? ` (${(error.params.allowedValues as string[]).join(', ')})` : ''}`,
        );
      }
    }
    const page = flat(readFileSync(pageFile, 'utf8'));
    const leaves: Array<[string, string]> = [];
    stringLeaves(record, '', leaves);
    for (const [at, value] of leaves) {
      if (NORMALISED.test(value.trim())) continue;
      if (at.endsWith('.domain') && REGISTRY_DOMAINS.has(value)) continue;
      if (!page.includes(flat(value)))
        report(`${at}: text not found in the page: ${JSON.stringify(value.length > 80 ? `${value.slice(0, 80)}…` : value)}`);
    }
  }
}
console.log(`${checked} record(s) checked, ${problems} problem(s)`);
process.exit(problems > 0 ? 1 : 0);
