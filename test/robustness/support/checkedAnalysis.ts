import assert from 'node:assert/strict';
import type { RecordFormat } from '../../../server/src/service/parse/parsedRecord';
import type { RecordAnalysis } from '../../../server/src/service/recordAnalyzer';
import { describeError } from '../../../server/src/service/serviceLog';
import { LineIndex } from '../../../server/src/service/text/lineIndex';
import { createTrialRecordService } from '../../../server/src/trialRecordService';
import { assertNoPrototypePollution, assertRangeInside, prototypeSnapshot } from './invariants';

const prototypesAtLoad = prototypeSnapshot();

/** What the service logged (a rule or an answer that failed inside it): must stay empty. */
const failures: string[] = [];
const service = createTrialRecordService({
  log: {
    error: (message, error) => failures.push(error === undefined ? message : `${message}: ${describeError(error)}`),
    warn: (message) => failures.push(message),
  },
});

function assertNothingFailed(what: string): void {
  assert.deepEqual(failures.splice(0), [], `${what} failed inside the service`);
}

/**
 * Analyzes `text` as the editor and the CLI do and asserts what every analysis must satisfy:
 * no rule fails internally, every diagnostic has a code, a message and a range inside the
 * document, and no built-in prototype changed.
 */
export function analyzeChecked(text: string, format: RecordFormat): RecordAnalysis {
  const { analysis } = service.analyze(text, format, { today: '2026-11-22' });
  assertNothingFailed('the analysis (a registry rule?)');
  for (const diagnostic of analysis.diagnostics) {
    assertRangeInside(diagnostic.range, text, `${diagnostic.code} "${diagnostic.message}"`);
    assert.ok(diagnostic.code.length > 0 && diagnostic.message.trim().length > 0, `empty code or message: ${JSON.stringify(diagnostic)}`);
  }
  assertNoPrototypePollution(prototypesAtLoad, 'analysis');
  return analysis;
}

/** Completion and hover at each offset of an analyzed document; asserts their ranges and no pollution. */
export function completeAndHoverChecked(analysis: RecordAnalysis, offsets: readonly number[]): number {
  let items = 0;
  const record = { analysis, lines: new LineIndex(analysis.text) };
  for (const offset of offsets) {
    for (const item of service.complete(record, offset).items) {
      assertRangeInside(item.replaceRange, analysis.text, `completion ${item.label} at ${offset}`);
      items++;
    }
    const help = service.hover(record, offset);
    if (help) assertRangeInside(help.range, analysis.text, `hover at ${offset}`);
  }
  assertNothingFailed('completion or hover');
  assertNoPrototypePollution(prototypesAtLoad, 'completion and hover');
  return items;
}
