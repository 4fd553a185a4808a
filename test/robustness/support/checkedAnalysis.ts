import assert from 'node:assert/strict';
import { complete } from '../../../server/src/service/language/completion';
import { hover } from '../../../server/src/service/language/hover';
import type { RecordFormat } from '../../../server/src/service/parse/parsedRecord';
import { RecordAnalyzer, type RecordAnalysis } from '../../../server/src/service/recordAnalyzer';
import { recordSchema } from '../../../server/src/service/schema/recordSchema';
import { assertNoPrototypePollution, assertRangeInside, prototypeSnapshot } from './invariants';

const prototypesAtLoad = prototypeSnapshot();

/**
 * Analyzes `text` as the editor and the CLI do and asserts what every analysis must satisfy:
 * no rule fails internally, every diagnostic has a code, a message and a range inside the
 * document, and no built-in prototype changed.
 */
export function analyzeChecked(text: string, format: RecordFormat): RecordAnalysis {
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
  assertNoPrototypePollution(prototypesAtLoad, 'analysis');
  return analysis;
}

/** Completion and hover at each offset of an analyzed document; asserts their ranges and no pollution. */
export function completeAndHoverChecked(analysis: RecordAnalysis, offsets: readonly number[]): number {
  let items = 0;
  for (const offset of offsets) {
    for (const item of complete(analysis.text, analysis.parsed, offset, recordSchema()).items) {
      assertRangeInside(item.replaceRange, analysis.text, `completion ${item.label} at ${offset}`);
      items++;
    }
    const help = hover(analysis.text, analysis.parsed, offset, recordSchema());
    if (help) assertRangeInside(help.range, analysis.text, `hover at ${offset}`);
  }
  assertNoPrototypePollution(prototypesAtLoad, 'completion and hover');
  return items;
}
