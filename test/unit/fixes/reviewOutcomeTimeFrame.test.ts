import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { applyFix, assertFixed, changedLines, lines } from './fixTestKit';

const CODE = 'review/outcome-timeframe-abbreviated';

describe('abbreviated outcome time frame → weeks spelled out', () => {
  it('rewrites `W12` as `Week 12`, keeping the comment', () => {
    const record = lines(
      'outcomesModule:',
      '  primaryOutcomes:',
      '    - measure: Change From Baseline in Pain Score',
      '      timeFrame: Baseline, W4 and W12   # visits',
    );
    const applied = applyFix(record, CODE, 'Baseline, W4 and W12');
    assert.equal(applied.title, 'Change `timeFrame` to `Baseline, Week 4 and Week 12`');
    assert.deepEqual(changedLines(applied.before, applied.after), [
      '-      timeFrame: Baseline, W4 and W12   # visits',
      '+      timeFrame: Baseline, Week 4 and Week 12 # visits',
    ]);
    assertFixed(applied);
  });

  it('rewrites `16W` and `wks` in a JSON study file', () => {
    const json =
      '{\n  "protocolSection": {\n    "outcomesModule": {\n      "secondaryOutcomes": [\n        { "measure": "Body Weight", "timeFrame": "16W (2 wks after last dose)" }\n      ]\n    }\n  }\n}\n';
    const applied = applyFix(json, CODE, '"16W (2 wks after last dose)"', 'json');
    assert.deepEqual(changedLines(applied.before, applied.after), [
      '-        { "measure": "Body Weight", "timeFrame": "16W (2 wks after last dose)" }',
      '+        { "measure": "Body Weight", "timeFrame": "16 weeks (2 weeks after last dose)" }',
    ]);
    assertFixed(applied);
  });
});
