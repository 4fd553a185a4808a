// samples/invalid-results.trial.yaml plants one results mistake per line marked `# mistake:`; `trial-record check`
// reports each at its line, and nothing else is wrong with the sample.
import { describe, it, before } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import * as path from 'node:path';

const CLI = path.resolve('dist/cli.js');
const SAMPLE = 'samples/invalid-results.trial.yaml';

/** What each planted mistake is, by a word of its comment, and the code that must report it. */
const EXPECTED_CODES: ReadonlyArray<[RegExp, string]> = [
  [/add up to/, 'review/flow-arithmetic'],
  [/without a measure of dispersion/, 'review/measure-dispersion-missing'],
  [/no group OG002/, 'results/unknown-group'],
  [/not as a percentage/, 'review/measure-unit-title-mismatch'],
  [/only 20 at risk/, 'review/ae-arithmetic'],
];

describe('the results sample with planted mistakes', () => {
  before(() => assert.ok(existsSync(CLI), 'run `npm run build` first'));

  it('gets each planted mistake reported at its line, and no other problem', () => {
    const lines = readFileSync(SAMPLE, 'utf8').split(/\r?\n/);
    const planted = lines.flatMap((line, index) => {
      const comment = /# mistake: (.*)$/.exec(line)?.[1];
      if (comment === undefined) return [];
      const code = EXPECTED_CODES.find(([pattern]) => pattern.test(comment))?.[1];
      assert.ok(code, `no expected code for the mistake on line ${index + 1}: ${comment}`);
      return [`${index + 1} ${code}`];
    });
    assert.equal(planted.length, EXPECTED_CODES.length, 'every expected mistake is planted once');

    const result = spawnSync(process.execPath, [CLI, 'check', SAMPLE, '--today', '2026-11-22'], { encoding: 'utf8' });
    assert.equal(result.status, 1, result.stderr);
    const reported = result.stdout
      .trim()
      .split('\n')
      .map((line) => /^[^:]+:(\d+):\d+ (\S+) (\S+) /.exec(line))
      .filter((match): match is RegExpExecArray => match !== null)
      .map(([, line, severity, code]) => `${line} ${code}${severity === 'error' || severity === 'warning' ? '' : ` (${severity})`}`);
    assert.deepEqual(reported.sort(), planted.sort(), result.stdout);
  });
});
