// Each page of the Ignite and API formats against its expected record, written by hand from the
// page (test/fixtures/import/expected/<page name>.yaml), field by field.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';
import { importPage } from '../../../server/src/import/importPage';
import { EXPECTED_FOLDER, leaves, PAGES_FOLDER, schemaProblemsOf } from './support/importTestKit';

/** Prefix of the page name → the format id it must be detected as. */
const FORMATS: Record<string, string> = { ignite: 'ignite', ctgov: 'ctgov-json' };

describe('pages against their expected records', () => {
  const pages = readdirSync(PAGES_FOLDER)
    .filter((name) => FORMATS[name.split('-')[0]] !== undefined)
    .map((name) => ({ name, expected: path.join(EXPECTED_FOLDER, `${name.replace(/\.[^.]+$/, '')}.yaml`) }))
    .filter((page) => existsSync(page.expected));

  it('has expected records for the pages', () => assert.ok(pages.length >= 5));

  for (const page of pages) {
    it(`imports ${page.name} field by field as expected, with no schema error of its own`, () => {
      const result = importPage(readFileSync(path.join(PAGES_FOLDER, page.name), 'utf8'), { sourceName: page.name });
      assert.equal(result.format, FORMATS[page.name.split('-')[0]]);
      const expected = leaves(parse(readFileSync(page.expected, 'utf8'), { version: '1.2' }));
      const actual = leaves(result.record);
      const missing = [...expected]
        .filter(([at, value]) => actual.get(at) !== value)
        .map(([at, value]) => `${at}: expected ${JSON.stringify(value)}, got ${JSON.stringify(actual.get(at))}`);
      const invented = [...actual.keys()].filter((at) => !expected.has(at));
      assert.deepEqual({ missing, invented }, { missing: [], invented: [] });
      assert.deepEqual(schemaProblemsOf(result.yaml), []);
    });
  }
});
