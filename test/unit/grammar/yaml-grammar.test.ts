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
  describe(`YAML grammar (source.trial-record.yaml) on the ${base} base grammar`, { skip }, () => {
    let grammar: IGrammar;
    before(async () => {
      grammar = await loadGrammar('source.trial-record.yaml', base);
    });

    const colours = (text: string) => coloured(tokenize(grammar, text));

    it('gives an enum value the enum scope and leaves the key a YAML key', () => {
      const tokens = tokenize(grammar, 'overallStatus: RECRUITING');
      assert.deepEqual(coloured(tokens), [`RECRUITING => ${ENUM}`]);
      const key = tokens.find((token) => token.text === 'overallStatus');
      assert.ok(key, 'the key is a token of its own');
      assert.ok(key.scopes.includes('entity.name.tag.yaml'), `key scopes: ${key.scopes.join(' ')}`);
      assert.equal(trialScope(key), undefined);
    });

    it('colours NCT IDs, dates and ages in value position', () => {
      assert.deepEqual(colours('nctId: NCT06731192'), [`NCT06731192 => ${NCT}`]);
      assert.deepEqual(colours('date: 2024-02'), [`2024-02 => ${DATE}`]);
      assert.deepEqual(colours('date: 2024-02-15'), [`2024-02-15 => ${DATE}`]);
      assert.deepEqual(colours('statusVerifiedDate: 2024'), [`2024 => ${DATE}`]);
      assert.deepEqual(colours('minimumAge: 18 Years'), [`18 Years => ${AGE}`]);
      assert.deepEqual(colours('targetDuration: 6 Months'), [`6 Months => ${AGE}`]);
    });

    it('colours block sequence items', () => {
      assert.deepEqual(colours('- PHASE2'), [`PHASE2 => ${ENUM}`]);
      assert.deepEqual(colours('phases:\n  - PHASE2\n  - PHASE3'), [`PHASE2 => ${ENUM}`, `PHASE3 => ${ENUM}`]);
      assert.deepEqual(colours('nctIdAliases:\n  - NCT01234567'), [`NCT01234567 => ${NCT}`]);
    });

    it('colours flow sequence items', () => {
      assert.deepEqual(colours('phases: [PHASE1, PHASE2]'), [`PHASE1 => ${ENUM}`, `PHASE2 => ${ENUM}`]);
      assert.deepEqual(colours('whoMasked: [\'PARTICIPANT\', "INVESTIGATOR"]'), [`PARTICIPANT => ${ENUM}`, `INVESTIGATOR => ${ENUM}`]);
    });

    it('colours quoted values and keeps the quotes as string punctuation', () => {
      const tokens = tokenize(grammar, 'overallStatus: "RECRUITING"');
      assert.deepEqual(coloured(tokens), [`RECRUITING => ${ENUM}`]);
      const quotes = tokens.filter((token) => token.text === '"');
      assert.equal(quotes.length, 2);
      for (const quote of quotes) assert.ok(quote.scopes.some((scope) => scope.startsWith('punctuation.definition.string')));
      assert.deepEqual(colours("date: '2024-02'"), [`2024-02 => ${DATE}`]);
    });

    it('works at any depth of a real record, with a comment after the value', () => {
      const text = [
        'identificationModule:',
        '  nctId: NCT06731192',
        'statusModule:',
        '  overallStatus: NOT_YET_RECRUITING   # as of 2024-12',
        '  startDateStruct:',
        '    date: 2025-01-01',
        '    type: ESTIMATED',
        'armsInterventionsModule:',
        '  armGroups:',
        '    - label: Placebo Control',
        '      type: PLACEBO_COMPARATOR',
        'eligibilityModule:',
        '  minimumAge: 3 Years',
      ].join('\n');
      assert.deepEqual(colours(text), [
        `NCT06731192 => ${NCT}`,
        `NOT_YET_RECRUITING => ${ENUM}`,
        `2025-01-01 => ${DATE}`,
        `ESTIMATED => ${ENUM}`,
        `PLACEBO_COMPARATOR => ${ENUM}`,
        `3 Years => ${AGE}`,
      ]);
    });

    it('does not colour keys or free text', () => {
      assert.deepEqual(colours('briefTitle: A STUDY OF X'), []);
      assert.deepEqual(colours('briefTitle: RECRUITING PATIENTS WITH NCT06731192 SINCE 2024-02'), []);
      assert.deepEqual(colours('briefTitle: OTHER, PHASE2 TRIAL'), []);
      assert.deepEqual(colours('RECRUITING: x'), []);
      assert.deepEqual(colours('- RECRUITING: x'), []);
      assert.deepEqual(colours('description: See [PHASE2, PHASE3] above'), []);
    });

    it('does not colour upper-case words that are not API values, or numbers that are not dates', () => {
      assert.deepEqual(colours('acronym: HUCMSC'), []);
      assert.deepEqual(colours('conditions:\n  - HIV'), []);
      assert.deepEqual(colours('overallStatus: Recruiting'), []);
      assert.deepEqual(colours('count: 2024'), []);
      assert.deepEqual(colours('minimumAge: 18 years'), []);
    });

    it('does not colour inside comments or block scalars', () => {
      assert.deepEqual(colours('# overallStatus: RECRUITING'), []);
      assert.deepEqual(colours('  # - PHASE2'), []);
      const block = [
        'eligibilityModule:',
        '  eligibilityCriteria: |-',
        '    - RECRUITING',
        '    NCT06731192',
        '',
        '    date: 2024-02',
        '  sex: ALL',
      ].join('\n');
      assert.deepEqual(colours(block), [`ALL => ${ENUM}`]);
      const folded = ['  briefSummary: >-', '    - PHASE2', '    18 Years', '  healthyVolunteers: false'].join('\n');
      assert.deepEqual(colours(folded), []);
    });

    it('colours the values of a sample record and nothing inside its block scalars', () => {
      const text = readFileSync(path.join(repoRoot, 'samples/NCT06731192.trial.yaml'), 'utf8');
      const found = colours(text);
      for (const expected of [
        `NCT06731192 => ${NCT}`,
        `NOT_YET_RECRUITING => ${ENUM}`,
        `PHASE2 => ${ENUM}`,
        `PHASE3 => ${ENUM}`,
        `2024-12 => ${DATE}`,
        `2028-12-31 => ${DATE}`,
        `12 Years => ${AGE}`,
        `NO => ${ENUM}`,
      ]) {
        assert.ok(found.includes(expected), `expected ${expected}`);
      }
      const lines = text.split('\n');
      for (const token of tokenize(grammar, text)) {
        if (!trialScope(token)) continue;
        const line = lines[token.line] ?? '';
        assert.match(line, /^\s*(?:- |[A-Za-z]+: )/, `coloured "${token.text}" on a line that is not a key or list item: ${line}`);
      }
    });
  });
}
