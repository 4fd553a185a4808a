// Regenerates schemas/trial-record.schema.json from the official spec and the hand-written docs.
//   node --import tsx scripts/schema/generate-schema.ts          write the schema
//   node --import tsx scripts/schema/generate-schema.ts --check  exit 1 if the file is out of date
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { buildRecordSchema, renderSchema } from './buildSchema';

const root = path.resolve(__dirname, '..', '..');
const oasPath = path.join(root, 'schemas', 'ctg-oas-v2.yaml');
const docsPath = path.join(__dirname, 'schema-docs.yaml');
const outPath = path.join(root, 'schemas', 'trial-record.schema.json');

const text = renderSchema(buildRecordSchema(readFileSync(oasPath, 'utf8'), readFileSync(docsPath, 'utf8')));

if (process.argv.includes('--check')) {
  let current = '';
  try {
    current = readFileSync(outPath, 'utf8');
  } catch {
    // missing file: out of date
  }
  if (current !== text) {
    console.error(`${path.relative(root, outPath)} is out of date: run node --import tsx scripts/schema/generate-schema.ts`);
    process.exit(1);
  }
  console.log(`${path.relative(root, outPath)} is up to date.`);
} else {
  writeFileSync(outPath, text);
  const definitions = Object.keys((JSON.parse(text) as { definitions: Record<string, unknown> }).definitions).length;
  console.log(`wrote ${path.relative(root, outPath)} (${definitions} definitions, ${text.length} bytes)`);
}
