// In-process throughput: the importer over every fixture page next to the floor of reading and
// splitting the same text into lines, and `trial-record check` over a folder of records next to
// the floor of JSON.parse plus a compiled ajv validation of the same records.
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import type { ValidateFunction } from 'ajv';
import { checkCommand } from '../server/src/cli/checkCommand';
import { importStudies } from '../server/src/import/importPage';
import { createRecordAjv, RECORD_SCHEMA_ID } from '../server/src/service/schema/recordAjv';
import type { SchemaNode } from '../server/src/service/schema/recordSchema';
import { protocolSectionOf, toYaml } from './documents';

export interface Throughput {
  readonly label: string;
  readonly files: number;
  readonly bytes: number;
  /** Best of the repetitions, in ms for the whole set. */
  readonly ms: number;
}

function files(folder: string): string[] {
  return readdirSync(folder)
    .sort()
    .map((name) => path.join(folder, name))
    .filter((file) => statSync(file).isFile());
}

/** Every page the importer has fixtures for: saved registry pages, API JSON and XML records. */
export function importFixtures(root: string): string[] {
  return [
    ...files(path.join(root, 'test', 'fixtures', 'import', 'pages')),
    ...files(path.join(root, 'test', 'fixtures', 'ctgov', 'json')),
    ...files(path.join(root, 'test', 'fixtures', 'ctgov', 'xml')),
  ];
}

function bestOf(repetitions: number, run: () => void): number {
  let best = Number.POSITIVE_INFINITY;
  for (let i = 0; i < repetitions; i++) {
    const start = performance.now();
    run();
    best = Math.min(best, performance.now() - start);
  }
  return best;
}

async function bestOfAsync(repetitions: number, run: () => Promise<void>): Promise<number> {
  let best = Number.POSITIVE_INFINITY;
  for (let i = 0; i < repetitions; i++) {
    const start = performance.now();
    await run();
    best = Math.min(best, performance.now() - start);
  }
  return best;
}

export function importThroughput(root: string, repetitions: number): Throughput[] {
  const pages = importFixtures(root);
  const bytes = pages.reduce((sum, file) => sum + statSync(file).size, 0);
  let imported = 0;
  const importMs = bestOf(repetitions, () => {
    imported = 0;
    for (const file of pages) {
      try {
        imported += importStudies(readFileSync(file, 'utf8'), { sourceName: path.basename(file) }).length;
      } catch {
        // A refused page still counts as read; the fixtures are all importable today.
      }
    }
  });
  let lineCount = 0;
  const floorMs = bestOf(repetitions, () => {
    lineCount = 0;
    for (const file of pages) lineCount += readFileSync(file, 'utf8').split(/\r?\n/).length;
  });
  if (imported === 0 || lineCount === 0) throw new Error('import benchmark read nothing');
  return [
    { label: 'import (importStudies)', files: pages.length, bytes, ms: importMs },
    { label: 'floor: read + split lines', files: pages.length, bytes, ms: floorMs },
  ];
}

export async function checkThroughput(root: string, repetitions: number): Promise<Throughput[]> {
  const folder = mkdtempSync(path.join(tmpdir(), 'trial-record-bench-'));
  try {
    const sources = files(path.join(root, 'test', 'fixtures', 'ctgov', 'json'));
    let jsonBytes = 0;
    let yamlBytes = 0;
    for (const file of sources) {
      const section = protocolSectionOf(file);
      const name = path.basename(file, '.json');
      const json = `${JSON.stringify(section, null, 2)}\n`;
      const yaml = toYaml(section);
      writeFileSync(path.join(folder, `${name}.trial.json`), json);
      writeFileSync(path.join(folder, `${name}.trial.yaml`), yaml);
      jsonBytes += Buffer.byteLength(json);
      yamlBytes += Buffer.byteLength(yaml);
    }
    const jsonFiles = readdirSync(folder)
      .filter((name) => name.endsWith('.json'))
      .map((name) => path.join(folder, name));
    const yamlFiles = readdirSync(folder)
      .filter((name) => name.endsWith('.yaml'))
      .map((name) => path.join(folder, name));
    const today = '2026-01-01';
    const checkJsonMs = await bestOfAsync(repetitions, async () => {
      await checkCommand(jsonFiles, { format: 'text', rules: true, today });
    });
    const checkYamlMs = await bestOfAsync(repetitions, async () => {
      await checkCommand(yamlFiles, { format: 'text', rules: true, today });
    });
    const schema = JSON.parse(readFileSync(path.join(root, 'schemas', 'trial-record.schema.json'), 'utf8')) as SchemaNode;
    // The record schema has no `$async` part, so its validators answer synchronously.
    const validate: ValidateFunction | undefined = createRecordAjv(schema).getSchema(`${RECORD_SCHEMA_ID}#/definitions/ProtocolSection`);
    if (!validate) throw new Error('no ProtocolSection validator');
    const floorMs = bestOf(repetitions, () => {
      for (const file of jsonFiles) validate(JSON.parse(readFileSync(file, 'utf8')));
    });
    return [
      { label: 'check (JSON records)', files: jsonFiles.length, bytes: jsonBytes, ms: checkJsonMs },
      { label: 'check (YAML records)', files: yamlFiles.length, bytes: yamlBytes, ms: checkYamlMs },
      { label: 'floor: read + JSON.parse + ajv validate', files: jsonFiles.length, bytes: jsonBytes, ms: floorMs },
    ];
  } finally {
    rmSync(folder, { recursive: true, force: true });
  }
}
