// Hostile documents given to the built CLI (dist/cli.js) as files on disk: `trial-record check`
// reports every file and exits 1 (problems found); `render` writes a page or says why not;
// neither prints a stack trace. Skips, saying why, when dist/ has not been built (`npm test` builds first).
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { REPO_ROOT } from './support/corpus';
import { HOSTILE_DOCUMENTS } from './support/hostileDocuments';

const CLI = path.join(REPO_ROOT, 'dist', 'cli.js');
const STACK_TRACE = /^\s+at .+:\d+:\d+\)?$|RangeError|TypeError/m;

function runCli(args: readonly string[]): { status: number | null; stdout: string; stderr: string } {
  const result = spawnSync(process.execPath, [CLI, ...args], { encoding: 'utf8', maxBuffer: 256 * 1024 * 1024 });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

describe(
  'hostile files through the CLI',
  { skip: existsSync(CLI) ? false : 'dist/cli.js is absent: build first (`node scripts/build.mjs`; `npm test` does)' },
  () => {
    // The 10 MB and 50,000-item documents are covered in-process and over the LSP.
    const documents = HOSTILE_DOCUMENTS.filter((document) => !/10 MB|50,000|100 kB/.test(document.name));
    let folder = '';
    const fileOf = (index: number) => path.join(folder, `hostile-${index}.trial.${documents[index].format}`);

    before(() => {
      folder = mkdtempSync(path.join(os.tmpdir(), 'trial-record-hostile-'));
      documents.forEach((document, index) => writeFileSync(fileOf(index), document.text()));
    });
    after(() => rmSync(folder, { recursive: true, force: true }));

    it(`check reports each of ${documents.length} hostile files, in one run, with its expected finding`, () => {
      // The 10,000-level block list is 95 MB (its indentation grows with depth): above the CLI's
      // 64 MB default limit, which would refuse it unread instead of checking its depth.
      const check = runCli(['check', folder, '--today', '2026-11-22', '--max-size', '200MB']);
      assert.equal(check.status, 1, `check exited ${check.status}: ${check.stderr.slice(0, 800)}`);
      assert.doesNotMatch(check.stderr, STACK_TRACE, 'check printed a stack trace');
      documents.forEach((document, index) => {
        const lines = check.stdout.split('\n').filter((line) => line.startsWith(`${fileOf(index)}:`));
        if (document.expectCodes.length > 0)
          assert.ok(
            lines.some((line) => document.expectCodes.some((code) => line.includes(code))),
            `${document.name}: expected ${document.expectCodes.join(' or ')} in:\n${lines.join('\n')}`,
          );
        else assert.ok(!lines.some((line) => line.includes(' syntax/')), `${document.name}: ${lines.join('\n')}`);
      });
    });

    it('render writes a page for the nesting and alias bombs, or says in one line why it cannot', () => {
      // The other documents are rendered in-process by hostile-documents.test.ts.
      documents.forEach((document, index) => {
        if (!/nesting|bomb/.test(document.name)) return;
        const page = path.join(folder, `page-${index}.html`);
        const render = runCli(['render', fileOf(index), '--out', page]);
        assert.doesNotMatch(render.stderr, STACK_TRACE, `${document.name}: render printed a stack trace`);
        if (render.status === 0) assert.ok(existsSync(page), `${document.name}: exit 0 but no page written`);
        else
          assert.ok(
            render.status === 1 && /^trial-record: .+\S/.test(render.stderr.trim()),
            `${document.name}: render exited ${render.status}: ${render.stderr.slice(0, 800)}`,
          );
      });
    });
  },
);
