// No code generation from strings in what we ship: the built bundles (dist/) contain no `eval`,
// no `new Function`/`Function("…")` and no `vm.runIn…`. Builds nothing: reads dist/ when it
// exists (`npm test` builds before the tests) and skips, saying why, when it does not.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { REPO_ROOT } from './support/corpus';

const DIST = path.join(REPO_ROOT, 'dist');

/** String-to-code constructs, as they appear in plain or minified JavaScript. */
const CODE_FROM_STRINGS: ReadonlyArray<readonly [string, RegExp]> = [
  ['eval', /(?<![\w$.])eval\s*\(|\(\s*0\s*,\s*eval\s*\)/g],
  ['new Function', /\bnew\s+Function\s*\(/g],
  ['Function constructor call', /(?<!\bnew\s{1,10})(?<![\w$.])Function\s*\(\s*["'`]/g],
  ['vm code execution', /\b(?:runInNewContext|runInThisContext|runInContext|compileFunction)\s*\(/g],
  ['string timer', /\bset(?:Timeout|Interval|Immediate)\s*\(\s*["'`]/g],
];

/**
 * Occurrences we accept, each with its reason: [bundle file name, pattern name, snippet regex, reason].
 * Empty: the schema validators are generated ahead of time (ajv standalone code), so ajv's
 * run-time compiler — which builds validators with `new Function` — is not bundled.
 */
const ALLOWED: ReadonlyArray<readonly [string, string, RegExp, string]> = [];

function bundles(folder: string): string[] {
  return readdirSync(folder).flatMap((name) => {
    const full = path.join(folder, name);
    if (statSync(full).isDirectory()) return bundles(full);
    return name.endsWith('.js') || name.endsWith('.cjs') || name.endsWith('.mjs') ? [full] : [];
  });
}

/** Every use of a string-to-code construct in `source`, with a little context. */
export function codeFromStrings(source: string): Array<{ pattern: string; snippet: string }> {
  const found: Array<{ pattern: string; snippet: string }> = [];
  for (const [pattern, regex] of CODE_FROM_STRINGS) {
    for (const match of source.matchAll(regex)) {
      const at = match.index ?? 0;
      found.push({ pattern, snippet: source.slice(Math.max(0, at - 60), at + 60).replace(/\s+/g, ' ') });
    }
  }
  return found;
}

describe('no eval or new Function in the bundles', () => {
  it('finds the constructs it looks for (the check itself)', () => {
    const sample =
      'a=eval("1");b=(0,eval)("2");c=new Function("x","return x");d=Function("return this")();e=vm.runInNewContext("1");setTimeout("f()",1);obj.eval(x);evaluate(y);';
    assert.deepEqual(
      codeFromStrings(sample).map((found) => found.pattern),
      ['eval', 'eval', 'new Function', 'Function constructor call', 'vm code execution', 'string timer'],
    );
  });

  it('dist/*.js hold none of them', (t) => {
    if (!existsSync(DIST)) {
      t.skip('dist/ is absent: build first (`node scripts/build.mjs`; `npm test` does)');
      return;
    }
    const files = bundles(DIST);
    assert.ok(
      files.some((file) => path.basename(file) === 'server.js'),
      `no server bundle in ${files.join(', ')}`,
    );
    const unexplained: string[] = [];
    for (const file of files) {
      const name = path.relative(DIST, file);
      for (const found of codeFromStrings(readFileSync(file, 'utf8'))) {
        const allowed = ALLOWED.some(
          ([bundle, pattern, snippet]) => bundle === name && pattern === found.pattern && snippet.test(found.snippet),
        );
        if (!allowed) unexplained.push(`${name}: ${found.pattern}: …${found.snippet}…`);
      }
    }
    assert.deepEqual(unexplained, []);
  });
});
