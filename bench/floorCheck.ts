// The `check` floor, one process: read each study file, JSON.parse it and validate it with the
// record schema compiled by ajv (the whole-study root, as `check` validates an API study file) —
// no positions, no rules, no output. Start-up is taken out: the schema is compiled and every file
// is read once (warm-up) before timing. The process then prints "ready" and waits for a line on
// stdin, so several floor processes started side by side begin their timed passes together.
// Run: `node --import tsx bench/floorCheck.ts --passes P FILE_LIST` (FILE_LIST: one path a line).
// Prints `{"studies": n, "ms": t}` for the timed passes.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { createInterface } from 'node:readline';
import type { ValidateFunction } from 'ajv';
import { createRecordAjv, RECORD_SCHEMA_ID } from '../server/src/service/schema/recordAjv';
import type { SchemaNode } from '../server/src/service/schema/recordSchema';

const root = path.resolve(__dirname, '..');

export function compiledRecordValidator(): ValidateFunction {
  const schema = JSON.parse(readFileSync(path.join(root, 'schemas', 'trial-record.schema.json'), 'utf8')) as SchemaNode;
  // The record schema has no `$async` part, so its validators answer synchronously.
  const validate: ValidateFunction | undefined = createRecordAjv(schema).getSchema(RECORD_SCHEMA_ID);
  if (!validate) throw new Error('no record validator');
  return validate;
}

/** One floor pass: how many files failed validation (so the work cannot be optimised away). */
export function floorPass(files: readonly string[], validate: ValidateFunction): number {
  let invalid = 0;
  for (const file of files) if (!validate(JSON.parse(readFileSync(file, 'utf8')))) invalid++;
  return invalid;
}

async function main(): Promise<void> {
  const args = process.argv.slice(2);
  const passes = Number(args[args.indexOf('--passes') + 1] ?? 1);
  const listFile = args[args.length - 1];
  const files = readFileSync(listFile, 'utf8').split('\n').filter(Boolean);
  const validate = compiledRecordValidator();
  floorPass(files, validate);
  process.stdout.write('ready\n');
  const lines = createInterface({ input: process.stdin });
  await new Promise<void>((resolve) => lines.once('line', () => resolve()));
  lines.close();
  const start = performance.now();
  for (let pass = 0; pass < passes; pass++) floorPass(files, validate);
  process.stdout.write(`${JSON.stringify({ studies: files.length * passes, ms: performance.now() - start })}\n`);
}

if (process.argv[1] && path.resolve(process.argv[1]) === path.resolve(__filename)) {
  main().catch((error: unknown) => {
    process.stderr.write(`floor failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
    process.exit(1);
  });
}
