// The command line's inputs as `check` and `import` walk them: a folder's files in name order, sub-folders,
// links followed once, notes for what is not read; a folder's plain files kept by name until they are read.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { expandInputPaths } from '../../../server/src/cli/inputFiles';
import { RECORD_FILES } from '../../../server/src/cli/recordFiles';

describe('the inputs of a command line', () => {
  it('lists a folder’s files in name order, sub-folders in place, links and notes where they stand', async () => {
    const root = mkdtempSync(path.join(os.tmpdir(), 'input-list-'));
    const empty = mkdtempSync(path.join(os.tmpdir(), 'input-list-empty-'));
    try {
      for (const name of ['NCT00000003.json', 'NCT00000001.json', 'notes.txt', 'b.trial.yaml']) writeFileSync(path.join(root, name), '{}');
      mkdirSync(path.join(root, 'more'));
      writeFileSync(path.join(root, 'more', 'NCT00000002.json'), '{}');
      symlinkSync(path.join(root, 'NCT00000001.json'), path.join(root, 'c.trial.json'));
      symlinkSync(path.join(root, 'missing.json'), path.join(root, 'd.trial.json'));
      symlinkSync(root, path.join(root, 'loop'));
      const inputs = await expandInputPaths([root, empty], RECORD_FILES);
      const seen = [...inputs].map((input) => `${input.kind} ${path.relative(root, input.path)}`);
      assert.deepEqual(seen, [
        'file NCT00000001.json',
        'file NCT00000003.json',
        'file b.trial.yaml',
        'file c.trial.json',
        'refused d.trial.json',
        'skipped loop',
        'file more/NCT00000002.json',
        `empty-folder ${path.relative(root, empty)}`,
      ]);
      assert.equal(inputs.fileCount, 5);
      assert.deepEqual(
        [...inputs.filePaths()].map((file) => path.relative(root, file)),
        ['NCT00000001.json', 'NCT00000003.json', 'b.trial.yaml', 'c.trial.json', 'more/NCT00000002.json'],
      );
      assert.equal([...inputs].length, seen.length, 'the list can be walked again');
    } finally {
      rmSync(root, { recursive: true, force: true });
      rmSync(empty, { recursive: true, force: true });
    }
  });
});
