// The five real registry pages (copied into test/fixtures/import/pages) against records written by hand, blind, from
// the page text alone (test/fixtures/import/expected-by-hand, see its README). PRECISION only: every field the
// importer fills must equal the hand-written value at the same path, unless the path is in the allow-list below
// with its reason. Fields the importer leaves out are recall, measured by `npm run eval:import`, not asserted here.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { importPage } from '../../../server/src/import/importPage';
import { EXPECTED_BY_HAND_FOLDER as EXPECTED_BY_HAND, leaves, PAGES_FOLDER } from './support/importTestKit';

/** Page name prefix → the format id the page must be detected as. */
const FORMATS: Readonly<Record<string, string>> = {
  medpath: 'medpath',
  meddatax: 'meddatax',
  inclinicaltrials: 'inclinicaltrials',
  ignite: 'ignite',
};

interface Allowance {
  /** Why the importer's value may differ from the hand-written one. */
  readonly reason: string;
  /** The two values must still be equal once both are passed through this. */
  readonly sameAfter: (text: string) => string;
}

/** `<page name>:<path>` → the one difference allowed there. Keep this list small and explained. */
const ALLOWED: Readonly<Record<string, Allowance>> = {
  'meddatax-NCT03458156:eligibilityModule.eligibilityCriteria': {
    reason: 'the importer drops the blank lines around the Inclusion/Exclusion headings; the text is otherwise identical',
    sameAfter: (text) => text.replace(/\n{2,}/g, '\n'),
  },
  'medpath-NCT06954740:eligibilityModule.eligibilityCriteria': {
    reason:
      'the page has detached `-` bullet lines before the first three items; the hand-written record keeps them verbatim, the importer drops them',
    sameAfter: (text) =>
      text
        .split('\n')
        .filter((line) => line.trim() !== '-')
        .join('\n'),
  },
};

describe('shared registry pages against independent hand-written records (precision)', () => {
  const pages = readdirSync(EXPECTED_BY_HAND)
    .filter((name) => name.endsWith('.json'))
    .sort()
    .map((name) => ({ name: name.replace(/\.json$/, '.txt'), base: name.replace(/\.json$/, '') }));

  it('has the five shared pages, each with a hand-written record', () => {
    assert.equal(pages.length, 5);
    const copied = new Set(readdirSync(PAGES_FOLDER));
    assert.deepEqual(
      pages.filter((page) => !copied.has(page.name)).map((page) => page.name),
      [],
    );
  });

  for (const page of pages) {
    it(`fills only hand-written values when importing ${page.name}`, () => {
      const result = importPage(readFileSync(path.join(PAGES_FOLDER, page.name), 'utf8'), { sourceName: page.name });
      assert.equal(result.format, FORMATS[page.name.split('-')[0] ?? '']);
      const expected = leaves(JSON.parse(readFileSync(path.join(EXPECTED_BY_HAND, `${page.base}.json`), 'utf8')) as unknown);
      const wrong: string[] = [];
      for (const [at, value] of leaves(result.record)) {
        const want = expected.get(at);
        if (value === want) continue;
        const allowance = ALLOWED[`${page.base}:${at}`];
        if (
          allowance !== undefined &&
          typeof value === 'string' &&
          typeof want === 'string' &&
          allowance.sameAfter(value) === allowance.sameAfter(want)
        )
          continue;
        wrong.push(`${at}: imported ${JSON.stringify(value)}, hand-written ${JSON.stringify(want)}`);
      }
      assert.deepEqual(wrong, []);
    });
  }

  it('has no stale allow-list entry', () => {
    const names = new Set(pages.map((page) => page.base));
    assert.deepEqual(
      Object.keys(ALLOWED).filter((key) => !names.has(key.split(':')[0] ?? '')),
      [],
    );
  });
});
