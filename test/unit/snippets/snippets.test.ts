import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parse as parseYaml } from 'yaml';
import { recordSchema } from '../../../server/src/service/schema/recordSchema';

const ROOT = path.resolve(__dirname, '../../..');
const SNIPPETS_FILE = 'snippets/trial-record-yaml.json';

interface Snippet {
  readonly prefix: string | string[];
  readonly body: string[];
  readonly description: string;
}

const snippets = JSON.parse(readFileSync(path.join(ROOT, SNIPPETS_FILE), 'utf8')) as Record<string, Snippet>;

/** The list each snippet writes an item of (a path inside the protocol section). */
const LIST_OF: Record<string, readonly string[]> = {
  'Arm group': ['armsInterventionsModule', 'armGroups'],
  Intervention: ['armsInterventionsModule', 'interventions'],
  'Primary outcome': ['outcomesModule', 'primaryOutcomes'],
  'Secondary outcome': ['outcomesModule', 'secondaryOutcomes'],
  Location: ['contactsLocationsModule', 'locations'],
  'Central contact': ['contactsLocationsModule', 'centralContacts'],
  'Secondary ID': ['identificationModule', 'secondaryIdInfos'],
};

/** `key: ${n|A,B|}` lines: the field and its choices. */
const CHOICE_LINE = /^\s*(?:- )?(\w+): \$\{\d+\|([^|]*)\|\}$/;

/** The snippet as inserted with every placeholder at its default (the first choice; no final cursor). */
function expand(body: readonly string[]): string {
  return body
    .join('\n')
    .replace(/\$\{\d+\|([^,|]*)[^|]*\|\}/g, '$1')
    .replace(/\$\{\d+:([^}]*)\}/g, '$1')
    .replace(/\$\d+/g, '');
}

describe('trial-record-yaml snippets', () => {
  it('are the ones listed, one per kind of list item', () => {
    assert.deepEqual(Object.keys(snippets).sort(), Object.keys(LIST_OF).sort());
  });

  for (const [name, snippet] of Object.entries(snippets)) {
    const list = LIST_OF[name] ?? [];
    const itemNode = recordSchema().nodeAt([...list, '0']);

    it(`${name}: every choice list is the schema's enum of its field, in schema order`, () => {
      for (const line of snippet.body) {
        const match = CHOICE_LINE.exec(line);
        if (!match) {
          assert.doesNotMatch(line, /\$\{\d+\|/, `${name}: a choice list outside a \`key: \${n|…|}\` line: ${line}`);
          continue;
        }
        const [, field, choices] = match;
        const expected = recordSchema()
          .enumOptions(recordSchema().nodeAt([...list, '0', field]))
          .map((option) => option.value);
        assert.ok(expected.length > 0, `${name}: ${field} has an enum in the schema`);
        assert.deepEqual(choices.split(','), expected, `${name}: choices of ${field}`);
      }
    });

    it(`${name}: inserted with its defaults, it is one list item of registry fields`, () => {
      const items = parseYaml(expand(snippet.body)) as unknown;
      assert.ok(Array.isArray(items) && items.length === 1, 'one list item');
      const known = recordSchema()
        .propertiesOf(itemNode)
        .map(([field]) => field);
      const fields = Object.keys(items[0] as object);
      for (const field of fields) assert.ok(known.includes(field), `${name}: ${field} is a field of ${list.join('.')}`);
      assert.deepEqual(
        fields.map((field) => known.indexOf(field)),
        fields.map((field) => known.indexOf(field)).sort((a, b) => a - b),
        'fields in registry order',
      );
    });
  }

  it("offers the enum fields as choices (the central contact's role is always CONTACT)", () => {
    const withChoices = Object.entries(snippets)
      .filter(([, snippet]) => snippet.body.some((line) => CHOICE_LINE.test(line)))
      .map(([name]) => name);
    assert.deepEqual(withChoices, ['Arm group', 'Intervention', 'Location', 'Secondary ID']);
    assert.ok(snippets['Central contact'].body.includes('  role: CONTACT'));
  });

  it('is contributed for the YAML record language', () => {
    const manifest = JSON.parse(readFileSync(path.join(ROOT, 'package.json'), 'utf8')) as {
      contributes: { snippets?: Array<{ language: string; path: string }> };
    };
    assert.deepEqual(manifest.contributes.snippets, [{ language: 'trial-record-yaml', path: `./${SNIPPETS_FILE}` }]);
  });
});
