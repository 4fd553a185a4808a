// Fuzzing the analysis every keystroke runs (parse → schema → rules) with random and mutated
// records. Properties: nothing throws, every diagnostic can be shown (its range lies inside the
// document, it has a code and a message), no rule fails internally, and no input reaches a
// built-in prototype.
import { describe, it } from 'node:test';
import fc from 'fast-check';
import type { RecordFormat } from '../../server/src/service/parse/parsedRecord';
import { keyVocabulary, recordCorpus, valueVocabulary } from './support/corpus';
import { applyMutations, checkProperty, mutations } from './support/fuzz';
import { analyzeChecked } from './support/checkedAnalysis';
import { applyTreeEdits, randomRecordValue, serialize, treeEdits, type RandomValue } from './support/randomRecords';

const corpus = recordCorpus();
const keys = keyVocabulary(corpus);
const values = valueVocabulary(corpus);

describe('fuzzing the record analysis (parse → schema → rules)', () => {
  it(`analyzes every seed record (${corpus.length}) without a rule failing`, () => {
    for (const record of corpus) analyzeChecked(record.text, record.format);
  });

  it('survives text mutations of the seed records (YAML and JSON)', () => {
    checkProperty(
      fc.property(fc.nat({ max: corpus.length - 1 }), mutations, (index, steps) => {
        const seed = corpus[index];
        analyzeChecked(applyMutations(seed.text, steps), seed.format);
      }),
      600,
    );
  });

  it('survives edits of the data tree of real records (wrong types, removed fields, lists)', () => {
    const jsonSeeds = corpus.filter((record) => record.format === 'json').map((record) => JSON.parse(record.text) as RandomValue);
    checkProperty(
      fc.property(
        fc.nat({ max: jsonSeeds.length - 1 }),
        treeEdits(values),
        fc.constantFrom<RecordFormat>('yaml', 'json'),
        (index, edits, format) => {
          analyzeChecked(serialize(applyTreeEdits(jsonSeeds[index], edits), format), format);
        },
      ),
      600,
    );
  });

  it('survives random records built from real field names and values', () => {
    checkProperty(
      fc.property(randomRecordValue(keys, values), fc.constantFrom<RecordFormat>('yaml', 'json'), (value, format) => {
        analyzeChecked(serialize(value, format), format);
      }),
      400,
    );
  });

  it('survives arbitrary text, including binary code units', () => {
    checkProperty(
      fc.property(
        fc.oneof(fc.string({ maxLength: 300 }), fc.string({ unit: 'binary', maxLength: 300 })),
        fc.constantFrom<RecordFormat>('yaml', 'json'),
        (text, format) => {
          analyzeChecked(text, format);
        },
      ),
      500,
    );
  });
});
