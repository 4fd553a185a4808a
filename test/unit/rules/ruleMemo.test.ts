// The rule memo gives a rule's findings again only while what the rule read is unchanged: after any
// sequence of edits, read incrementally as the editor reads them, the findings with the memo are the
// findings of a fresh run, and an edit in one module does not run the rules that never read it.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { RecordParser } from '../../../server/src/service/parse/recordParser';
import { valueAt, type ParsedRecord } from '../../../server/src/service/parse/parsedRecord';
import { ALL_RULES } from '../../../server/src/service/rules/ruleCatalog';
import { RuleMemo } from '../../../server/src/service/rules/ruleMemo';
import { runRules } from '../../../server/src/service/rules/runRules';
import type { RuleDefinition } from '../../../server/src/service/rules/ruleTypes';
import { fileDocuments, realRecordDocuments, type TestDocument } from '../parse/recordDocuments';
import { TODAY } from './ruleTestKit';

/** Whole studies with results (the results rules run too), protocol-only records and the samples in YAML. */
function documents(): TestDocument[] {
  const real = realRecordDocuments().filter((document) => document.format === 'yaml');
  const withResults = real.filter((document) => document.text.includes('\nresultsSection:'));
  const protocolOnly = real.filter((document) => !document.text.includes('\nresultsSection:')).slice(0, 3);
  const samples = fileDocuments().filter((document) => document.format === 'yaml' && document.name.startsWith('samples'));
  return [...withResults, ...protocolOnly, ...samples];
}

/** Values an edit writes in place of a scalar: ones that turn rules on and off (statuses, numbers, empty text). */
const REPLACEMENTS = ['TERMINATED', 'COMPLETED', 'NA', '0', '12', '250', 'Percentage of participants', "''", 'x y'];

function scalarPointers(parsed: ParsedRecord): string[] {
  const pointers: string[] = [];
  for (const [pointer] of parsed.locations) {
    const value = valueAt(parsed.value ?? undefined, pointer);
    if (value !== null && value !== undefined && typeof value !== 'object') pointers.push(pointer);
  }
  return pointers;
}

/** The text with the scalar at `pointer` typed into (`insert`) or replaced. */
function edited(text: string, parsed: ParsedRecord, pointer: string, replacement: string | undefined): string {
  const range = parsed.locations.get(pointer)?.valueRange;
  if (!range) return text;
  if (replacement === undefined) return `${text.slice(0, range.start + 1)}x${text.slice(range.start + 1)}`;
  return text.slice(0, range.start) + replacement + text.slice(range.end);
}

describe('rule memo', () => {
  for (const document of documents()) {
    it(`gives the findings of a fresh run after random edits: ${document.name}`, () => {
      const first = new RecordParser('yaml').parse(document.text);
      const pointers = scalarPointers(first);
      fc.assert(
        fc.property(
          fc.array(fc.tuple(fc.nat(), fc.option(fc.constantFrom(...REPLACEMENTS), { nil: undefined })), { minLength: 1, maxLength: 6 }),
          (edits) => {
            const parser = new RecordParser('yaml');
            const memo = new RuleMemo();
            let text = document.text;
            let parsed = parser.parse(text);
            for (const [at, replacement] of [[0, undefined] as const, ...edits]) {
              assert.deepEqual(runRules(parsed, { today: TODAY, text, memo }), runRules(parsed, { today: TODAY, text }));
              parser.prepareForEdits();
              text = edited(text, parsed, pointers[at % pointers.length], replacement);
              parsed = parser.parse(text);
            }
            assert.deepEqual(runRules(parsed, { today: TODAY, text, memo }), runRules(parsed, { today: TODAY, text }));
          },
        ),
        { numRuns: 8, seed: 20261203 },
      );
    });
  }

  it('runs again only the rules that read the module an edit touched', () => {
    const document = documents().find((candidate) => candidate.text.includes('\nresultsSection:'));
    assert.ok(document, 'a whole study with results');
    const runs = new Map<string, number>();
    const counted: RuleDefinition[] = ALL_RULES.map((rule) => ({
      ...rule,
      check(context) {
        runs.set(rule.id, (runs.get(rule.id) ?? 0) + 1);
        return rule.check(context);
      },
    }));
    const parser = new RecordParser('yaml');
    const memo = new RuleMemo();
    const parsed = parser.parse(document.text);
    runRules(parsed, { today: TODAY, text: document.text, memo, rules: counted });
    assert.equal(runs.size, ALL_RULES.length);
    parser.prepareForEdits();

    runs.clear();
    const measureTitle = edited(document.text, parsed, '/resultsSection/outcomeMeasuresModule/outcomeMeasures/0/title', undefined);
    runRules(parser.parse(measureTitle), { today: TODAY, text: measureTitle, memo, rules: counted });
    assert.ok(runs.has('review/measure-dispersion-missing'), 'a rule reading the outcome measures runs again');
    assert.ok(!runs.has('status/why-stopped'), 'a protocol rule does not');
    assert.ok(!runs.has('review/ae-arithmetic'), 'nor does a rule reading only the adverse events');

    runs.clear();
    runRules(parser.parse(measureTitle), { today: '2099-01-01', text: measureTitle, memo, rules: counted });
    assert.equal(runs.size, ALL_RULES.length, 'another date runs every rule again');
  });

  it('tells a study with results from one whose results are not a mapping (as the rules see it)', () => {
    const base = 'protocolSection:\n  identificationModule:\n    nctId: NCT00000001\n    briefTitle: A study\n';
    const withResults =
      base +
      'resultsSection:\n  adverseEventsModule:\n    eventGroups:\n      - id: EG000\n        title: Drug\n' +
      '    seriousEvents:\n      - term: Headache\n        stats:\n          - groupId: EG009\n            numAffected: 1\n            numAtRisk: 10\n';
    const parser = new RecordParser('yaml');
    const memo = new RuleMemo();
    for (const text of [base, `${base}resultsSection:\n`, `${base}resultsSection: TODO\n`, withResults, `${base}resultsSection:\n`]) {
      const parsed = parser.parse(text);
      assert.deepEqual(runRules(parsed, { today: TODAY, text, memo }), runRules(parsed, { today: TODAY, text }), text);
    }
  });
});
