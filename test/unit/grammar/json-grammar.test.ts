import { describe, it, before } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { IGrammar } from 'vscode-textmate';
import { availableBases, coloured, loadGrammar, repoRoot, tokenize, trialScope } from './textmate';

const ENUM = 'constant.other.enum.trial-record';
const NCT = 'constant.other.nct-id.trial-record';
const DATE = 'constant.numeric.date.trial-record';
const AGE = 'constant.numeric.age.trial-record';

for (const { base, skip } of availableBases) {
  describe(`JSON grammar (source.trial-record.json) on the ${base} base grammar`, { skip }, () => {
    let grammar: IGrammar;
    before(async () => {
      grammar = await loadGrammar('source.trial-record.json', base);
    });

    const colours = (text: string) => coloured(tokenize(grammar, text));

    it('gives "overallStatus": "RECRUITING" the enum scope on the value only', () => {
      const tokens = tokenize(grammar, '{"overallStatus": "RECRUITING"}');
      assert.deepEqual(coloured(tokens), [`RECRUITING => ${ENUM}`]);
      const key = tokens.find((token) => token.text === 'overallStatus');
      assert.ok(key, 'the key is a token of its own');
      assert.ok(key.scopes.includes('support.type.property-name.json'), `key scopes: ${key.scopes.join(' ')}`);
      assert.equal(trialScope(key), undefined);
    });

    it('colours NCT IDs, dates, ages and enum array items, across lines', () => {
      const text = [
        '{',
        '  "identificationModule": { "nctId": "NCT06731192" },',
        '  "statusModule": {',
        '    "statusVerifiedDate": "2024",',
        '    "startDateStruct": { "date": "2024-02-15", "type": "ESTIMATED" }',
        '  },',
        '  "designModule": { "phases": ["PHASE2", "PHASE3"] },',
        '  "eligibilityModule": { "minimumAge": "18 Years" }',
        '}',
      ].join('\n');
      assert.deepEqual(colours(text), [
        `NCT06731192 => ${NCT}`,
        `2024 => ${DATE}`,
        `2024-02-15 => ${DATE}`,
        `ESTIMATED => ${ENUM}`,
        `PHASE2 => ${ENUM}`,
        `PHASE3 => ${ENUM}`,
        `18 Years => ${AGE}`,
      ]);
    });

    it('does not colour keys, free text or non-API words', () => {
      assert.deepEqual(colours('{"briefTitle": "A STUDY OF X"}'), []);
      assert.deepEqual(colours('{"briefTitle": "RECRUITING since 2024-02"}'), []);
      assert.deepEqual(colours('{"RECRUITING": 1}'), []);
      assert.deepEqual(colours('{"acronym": "HUCMSC", "count": 2024, "overallStatus": "Recruiting"}'), []);
    });

    it('colours the JSON sample', () => {
      const text = readFileSync(path.join(repoRoot, 'samples/minimal-draft.trial.json'), 'utf8');
      const found = colours(text);
      for (const expected of [`NOT_YET_RECRUITING => ${ENUM}`, `2027-03 => ${DATE}`, `40 Years => ${AGE}`, `BEHAVIORAL => ${ENUM}`]) {
        assert.ok(found.includes(expected), `expected ${expected}`);
      }
    });
  });
}
