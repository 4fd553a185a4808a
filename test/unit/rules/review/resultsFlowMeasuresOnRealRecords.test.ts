// The participant-flow, baseline and measure criteria on the real records with results (registered results passed
// review, so each firing here is judged a real problem; anything new must be explained or the rule tightened), and on
// pasted text long enough to expose a slow pattern.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { parseRecord } from '../../../../server/src/service/parse/parseRecord';
import { REVIEW_RULES } from '../../../../server/src/service/rules/reviewCatalog';
import { runRules } from '../../../../server/src/service/rules/runRules';
import { loadRealRecordsFrom, REAL_RECORDS_FOLDER, REAL_RECORDS_TODAY } from '../realRecords';
import { baseline, baselineMeasure, outcome, simpleFlow, study } from './resultsFlowKit';

const IDS = [
  'review/flow-arithmetic',
  'review/flow-enrollment-mismatch',
  'review/flow-arms-double-counted',
  'review/baseline-flow-mismatch',
  'review/baseline-missing-required',
  'review/measure-unit-title-mismatch',
  'review/measure-unit-invalid',
  'review/measure-value-implausible',
];
const RULES = REVIEW_RULES.filter((rule) => IDS.includes(rule.id));

/** Every firing on the real records, judged. */
const JUDGED: Readonly<Record<string, string>> = {
  // 31 enrolled, 8 + 8 started, empty pre-assignment details: the reference's own example of a deficient record.
  'NCT00763412 review/flow-enrollment-mismatch': 'real',
  // 20 started, the baseline analyzes 17 (the completers) and its population description is empty: a reviewer asks who.
  'NCT05594173 review/baseline-flow-mismatch': 'real',
};

function findingsOf(text: string): string[] {
  const parsed = parseRecord(text, 'json');
  const errors: string[] = [];
  const found = runRules(parsed, {
    today: REAL_RECORDS_TODAY,
    text,
    rules: RULES,
    onRuleError: (id, error) => errors.push(`${id}: ${String(error)}`),
  });
  assert.deepEqual(errors, []);
  return found.map((diagnostic) => diagnostic.code);
}

describe('results flow, baseline and measure criteria on real records', () => {
  const withResults = loadRealRecordsFrom(REAL_RECORDS_FOLDER).filter((record) => record.text.includes('"resultsSection"'));

  it('reads the seven records with results', () => assert.equal(withResults.length, 7));

  it('fire only where judged a real problem, once each', () => {
    const fired = withResults.flatMap((record) => findingsOf(record.text).map((code) => `${record.nctId} ${code}`));
    assert.deepEqual(fired.sort(), Object.keys(JUDGED).sort());
  });

  it('answer in time linear in a paragraph pasted as a unit, a title, a milestone type and a count', () => {
    // Eight times the text must take well under 64 times as long, which a pattern that backtracks over what it
    // read would take (linear is about 8; the two sizes are timed side by side, best of three each).
    const small = bestTimeOf(pastedParagraphs(6_250));
    const large = bestTimeOf(pastedParagraphs(50_000));
    assert.ok(large < 24 * small, `8 × the text took ${(large / small).toFixed(1)} × as long (${large.toFixed(0)} ms)`);
  });
});

/** A study whose results hold `size`-character runs of spaces, dashes and digits where people paste paragraphs. */
function pastedParagraphs(size: number): string {
  const long = `${' '.repeat(size)}-${'-'.repeat(size)}x ${'1 .'.repeat(size / 2.5)}`;
  return study({
    results: {
      participantFlowModule: simpleFlow([long], [long], ['12'], [`${'9'.repeat(size / 10)}`]),
      baselineCharacteristicsModule: baseline([long], [long], [baselineMeasure(long, { unitOfMeasure: long })]),
      outcomeMeasuresModule: {
        outcomeMeasures: [outcome({ title: `Number of participants ${long}`, unit: long, values: [[long, '1e999']] })],
      },
    },
  });
}

function bestTimeOf(text: string): number {
  let best = Number.POSITIVE_INFINITY;
  for (let run = 0; run < 3; run++) {
    const started = performance.now();
    findingsOf(text);
    best = Math.min(best, performance.now() - started);
  }
  return best;
}
