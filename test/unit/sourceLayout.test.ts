// The code base stays one a newcomer can live in: no source file of the extension or the server grows past
// 400 lines (split it by concept instead). Import cycles are ESLint's (import-x/no-cycle, in npm run lint).
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';

const ROOT = path.resolve(__dirname, '..', '..');
const MAX_LINES = 400;

function sourceFiles(folder: string): string[] {
  return readdirSync(folder, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(folder, entry.name);
    if (entry.isDirectory()) return entry.name === 'generated' ? [] : sourceFiles(full);
    return entry.name.endsWith('.ts') ? [full] : [];
  });
}

describe('source layout', () => {
  it(`keeps every file under server/src, client/src and shared/src at ${MAX_LINES} lines or fewer`, () => {
    const files = ['server/src', 'client/src', 'client/webview', 'shared/src'].flatMap((folder) => sourceFiles(path.join(ROOT, folder)));
    assert.ok(files.length > 100, 'the source folders were not found');
    const long = files
      .map((file) => ({ file: path.relative(ROOT, file), lines: readFileSync(file, 'utf8').split('\n').length - 1 }))
      .filter(({ lines }) => lines > MAX_LINES);
    assert.deepEqual(long, []);
  });
});
