// Fuzzing the analysis every keystroke runs (parse → schema → rules) with random and mutated
// records. Properties: nothing throws, every diagnostic can be shown (its range lies inside the
// document, it has a code and a message), no rule fails internally, and no input reaches a
// built-in prototype.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { RecordAnalyzer } from '../../server/src/service/recordAnalyzer';
import type { RecordFormat } from '../../server/src/service/parse/parsedRecord';
import { keyVocabulary, recordCorpus, valueVocabulary } from './support/corpus';
import { applyMutations, checkProperty, mutations } from './support/fuzz';
import { assertNoPrototypePollution, assertRangeInside, prototypeSnapshot } from './support/invariants';
import { applyTreeEdits, randomRecordValue, serialize, treeEdits, type RandomValue } from './support/randomRecords';

const corpus = recordCorpus();
const keys = keyVocabulary(corpus);
const values = valueVocabulary(corpus);
const prototypesBefore = prototypeSnapshot();

/** Analyzes `text` and asserts every property of a good analysis. */
function assertAnalyzesCleanly(text: string, format: RecordFormat): void {
  const ruleFailures: string[] = [];
  const analysis = new RecordAnalyzer(format).analyze(text, {
    today: '2026-11-22',
    onRuleError: (ruleId, error) => ruleFailures.push(`${ruleId}: ${error instanceof Error ? error.stack : String(error)}`),
  });
  assert.deepEqual(ruleFailures, [], 'a registry rule threw');
  for (const diagnostic of analysis.diagnostics) {
    assertRangeInside(diagnostic.range, text, `${diagnostic.code} "${diagnostic.message}"`);
    assert.ok(diagnostic.code.length > 0 && diagnostic.message.trim().length > 0, `empty code or message: ${JSON.stringify(diagnostic)}`);
  }
  assertNoPrototypePollution(prototypesBefore, 'analysis');
}

describe('fuzzing the record analysis (parse → schema → rules)', () => {
  it(`analyzes every seed record (${corpus.length}) without a rule failing`, () => {
    for (const record of corpus) assertAnalyzesCleanly(record.text, record.format);
  });

  it('survives text mutations of the seed records (YAML and JSON)', () => {
    checkProperty(
      fc.property(fc.nat({ max: corpus.length - 1 }), mutations, (index, steps) => {
        const seed = corpus[index];
        assertAnalyzesCleanly(applyMutations(seed.text, steps), seed.format);
      }),
      600,
    );
  });

  it('survives edits of the data tree of real records (wrong types, removed fields, lists)', () => {
    const jsonSeeds = corpus.filter((record) => record.format === 'json').map((record) => JSON.parse(record.text) as RandomValue);
    checkProperty(
      fc.property(fc.nat({ max: jsonSeeds.length - 1 }), treeEdits(values), fc.constantFrom<RecordFormat>('yaml', 'json'), (index, edits, format) => {
        assertAnalyzesCleanly(serialize(applyTreeEdits(jsonSeeds[index], edits), format), format);
      }),
      600,
    );
  });

  it('survives random records built from real field names and values', () => {
    checkProperty(
      fc.property(randomRecordValue(keys, values), fc.constantFrom<RecordFormat>('yaml', 'json'), (value, format) => {
        assertAnalyzesCleanly(serialize(value, format), format);
      }),
      400,
    );
  });

  it('survives arbitrary text, including binary code units', () => {
    checkProperty(
      fc.property(fc.oneof(fc.string({ maxLength: 300 }), fc.string({ unit: 'binary', maxLength: 300 })), fc.constantFrom<RecordFormat>('yaml', 'json'), (text, format) => {
        assertAnalyzesCleanly(text, format);
      }),
      500,
    );
  });
});
