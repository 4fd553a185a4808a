// In-process import throughput: the importer over every fixture page next to the floor of reading
// and splitting the same text into lines. (`check` runs as the built CLI: bench/batch.ts.)
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { importStudies } from '../server/src/import/importPage';

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
