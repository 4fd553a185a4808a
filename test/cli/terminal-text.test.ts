// Text output cannot be forged: a record's key, a file's bytes or a file's name can hold terminal
// escapes and line breaks, and the CLI shows them escaped, so every line it prints is one of its own.
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { copyFileSync, existsSync, writeFileSync } from 'node:fs';
import * as path from 'node:path';
import { CLI, RECORD_WITH_ONE_ERROR, runCli, temporaryFolder, VALID_RECORD } from './support/runCli';

const PAGE = path.resolve('test/fixtures/import/pages/ignite-NCT06731192.txt');
const FORGED_KEY = '\u001b[2J\u001b]0;title\u0007\nfake.trial.yaml:1:1 error forged';
const FORGED_KEY_SHOWN = '\\x1b[2J\\x1b]0;title\\x07\\nfake.trial.yaml:1:1 error forged';
const EVIL_NAME = 'bad\n\u001b[31mname.trial.yaml';
const EVIL_NAME_SHOWN = 'bad\\n\\x1b[31mname.trial.yaml';

/** C0 and C1 controls, DEL, and the Unicode line and paragraph separators. */
// eslint-disable-next-line no-control-regex -- finding raw control characters in the output is this pattern's purpose
const RAW_CONTROL = /[\u0000-\u001f\u007f-\u009f\u2028\u2029]/;
const DIAGNOSTIC_LINE = /^.+:\d+:\d+ (error|warning|information|hint) \S+ .+$/;
const CHECK_SUMMARY_LINE = /^\d+ files? checked: \d+ errors?, \d+ warnings?(; \d+ paths? skipped \(listed above\))?$/;
const SKIPPED_LINE = /^trial-record: skipped .+: .+$/;
const IMPORT_LINE = /^.+: (.+ \(\S+\) -> .+: \d+ fields?, \d+ lines? kept as comments|not imported: .+)$/;

/** The output's lines (without the final line break), each checked for raw control characters. */
function linesOf(output: string): string[] {
  const lines = output.replace(/\n$/, '').split('\n');
  for (const line of lines) assert.doesNotMatch(line, RAW_CONTROL, `raw control character in ${JSON.stringify(line)}`);
  return lines;
}

describe(
  'trial-record text output is terminal-safe',
  { skip: process.platform === 'win32' ? 'file names with control characters are POSIX' : false },
  () => {
    let temp: ReturnType<typeof temporaryFolder>;
    const file = (name: string): string => path.join(temp.folder, name);

    before(() => {
      assert.ok(existsSync(CLI), 'run `node scripts/build.mjs` first');
      temp = temporaryFolder('trial-terminal-');
      writeFileSync(file('forged.trial.yaml'), VALID_RECORD.replace('  briefTitle:', `  ${JSON.stringify(FORGED_KEY)}: 1\n  briefTitle:`));
      writeFileSync(file(EVIL_NAME), RECORD_WITH_ONE_ERROR);
      writeFileSync(file('binary.trial.yaml'), Buffer.from(Array.from({ length: 4096 }, (_, index) => (index * 7919) % 256)));
      writeFileSync(file('controls.trial.yaml'), 'identificationModule:\n  briefTitle: x\n  \u001b[2Jkey\u2028: 1\n  \u009b31m: 2\n');
    });
    after(() => temp.remove());

    it('check prints one diagnostic per line, the forged key and file name only escaped, no raw control character', () => {
      const { stdout, stderr, status } = runCli(['check', '--no-rules', temp.folder]);
      assert.equal(status, 1);
      const lines = linesOf(stdout);
      for (const line of lines) assert.match(line, DIAGNOSTIC_LINE);
      assert.ok(!lines.some((line) => line.startsWith('fake.trial.yaml')), 'a forged diagnostic line');
      const forged = lines.filter((line) => line.includes('fake.trial.yaml:1:1 error forged'));
      assert.equal(forged.length, 1);
      assert.ok(forged[0].startsWith(`${file('forged.trial.yaml')}:4:3 error schema/unknown-property `), forged[0]);
      assert.ok(forged[0].includes(FORGED_KEY_SHOWN), forged[0]);
      assert.ok(
        lines.some((line) => line.startsWith(`${path.join(temp.folder, EVIL_NAME_SHOWN)}:`)),
        stdout,
      );
      assert.ok(
        lines.some((line) => line.includes('\\x1b[2Jkey\\u2028')),
        stdout,
      );
      assert.ok(
        lines.some((line) => line.includes('\\x9b31m')),
        stdout,
      );
      for (const line of linesOf(stderr)) assert.match(line, new RegExp(`${SKIPPED_LINE.source}|${CHECK_SUMMARY_LINE.source}`));
    });

    it('check --format json keeps keys and file names as they are (JSON escapes them itself)', () => {
      const { stdout } = runCli(['check', '--no-rules', '--format', 'json', file('forged.trial.yaml'), file(EVIL_NAME)]);
      const result = JSON.parse(stdout) as { files: Array<{ file: string; diagnostics: Array<{ message: string }> }> };
      assert.deepEqual(
        result.files.map((entry) => entry.file),
        [file('forged.trial.yaml'), file(EVIL_NAME)],
      );
      assert.ok(result.files[0].diagnostics.some((diagnostic) => diagnostic.message.includes(FORGED_KEY)));
    });

    it('names a skipped file whose name holds a line break on one line', () => {
      const dir = temporaryFolder('trial-terminal-skip-');
      try {
        writeFileSync(path.join(dir.folder, 'big\n\u0007.trial.yaml'), `${VALID_RECORD}#${'x'.repeat(2048)}\n`);
        const { stderr } = runCli(['check', '--max-size', '1KB', dir.folder]);
        const lines = linesOf(stderr);
        assert.equal(lines.length, 2);
        assert.ok(lines[0].startsWith(`trial-record: skipped ${path.join(dir.folder, 'big\\n\\x07.trial.yaml')}: too large:`), lines[0]);
        assert.match(lines[1], CHECK_SUMMARY_LINE);
      } finally {
        dir.remove();
      }
    });

    it('import, export and render summaries escape file names and messages', () => {
      const page = file('page\n\u001b[2J.txt');
      copyFileSync(PAGE, page);
      const empty = file('empty\u0007\r.txt');
      writeFileSync(empty, '\n');
      const imported = runCli(['import', page, empty, '--out-dir', file('out')]);
      assert.equal(imported.status, 1);
      const importLines = linesOf(imported.stderr);
      assert.equal(importLines.length, 2);
      for (const line of importLines) assert.match(line, IMPORT_LINE);
      assert.ok(importLines[0].startsWith(`${file('page\\n\\x1b[2J.txt')}: Ignite page (ignite) -> `), importLines[0]);
      assert.ok(importLines[1].startsWith(`${file('empty\\x07\\r.txt')}: not imported: `), importLines[1]);

      const exported = runCli(['export', file('forged.trial.yaml')]);
      assert.equal(exported.status, 1);
      for (const line of linesOf(exported.stderr)) assert.match(line, DIAGNOSTIC_LINE);
      assert.ok(exported.stderr.includes(FORGED_KEY_SHOWN));

      const rendered = runCli(['render', file(EVIL_NAME), '--out', file('page\u2028.html')]);
      assert.equal(rendered.status, 0, rendered.stderr);
      const renderLines = linesOf(rendered.stderr);
      assert.equal(renderLines.length, 2);
      assert.ok(renderLines[0].startsWith(`trial-record: ${file(EVIL_NAME_SHOWN)}: rendered with `), renderLines[0]);
      assert.equal(renderLines[1], `trial-record: wrote ${file('page\\u2028.html')}`);
    });

    it('escapes control characters in a usage error that quotes the command line', () => {
      const { stderr, status } = runCli(['\u001b[2Jcheck']);
      assert.equal(status, 2);
      assert.equal(linesOf(stderr)[0], 'trial-record: unknown command "\\x1b[2Jcheck"');
    });
  },
);
