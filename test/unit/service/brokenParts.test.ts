// A part of a YAML record that does not parse is reported once, as broken: not as the schema and
// rule findings its unreadable text would otherwise raise (a missing field for every field it hides).
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { UNCHECKED_PART_CODE } from '../../../server/src/service/diagnostics/brokenParts';
import { RecordAnalyzer } from '../../../server/src/service/recordAnalyzer';

const root = path.resolve(__dirname, '..', '..', '..');
const sample = readFileSync(path.join(root, 'samples', 'NCT06731192.trial.yaml'), 'utf8');
const TODAY = '2026-01-15';

function analyze(text: string) {
  return new RecordAnalyzer('yaml').analyze(text, { today: TODAY });
}

describe('schema and rule findings in a part that does not parse are held back', () => {
  // A JSON line pasted into the outcomes module: that module does not parse; the others do.
  const broken = sample.replace('  primaryOutcomes:\n', '  primaryOutcomes:\n    ],\n    "designInfo": {\n');
  const analysis = analyze(broken);
  const outcomesStart = broken.indexOf('outcomesModule:');
  const outcomesEnd = broken.indexOf('eligibilityModule:');

  it('reports the syntax error and one note for the broken part, and nothing else from it', () => {
    const inOutcomes = analysis.diagnostics.filter(
      (diagnostic) => diagnostic.range.start >= outcomesStart && diagnostic.range.start < outcomesEnd,
    );
    assert.ok(inOutcomes.some((diagnostic) => diagnostic.layer === 'syntax' && diagnostic.severity === 'error'));
    assert.deepEqual(
      inOutcomes.filter((diagnostic) => diagnostic.layer !== 'syntax'),
      [],
    );
    const notes = analysis.diagnostics.filter((diagnostic) => diagnostic.code === UNCHECKED_PART_CODE);
    assert.equal(notes.length, 1);
    assert.equal(notes[0].severity, 'information');
    assert.equal(broken.slice(notes[0].range.start, notes[0].range.end), 'outcomesModule:');
    assert.match(notes[0].message, /not checked against the schema or the registry rules until its syntax error is fixed/);
  });

  it('holds back findings about the module that holds the broken part (its "missing" outcomes)', () => {
    // Without holding back, the rules would say the record has no primary outcome.
    const fresh = analyze(sample);
    assert.ok(!fresh.diagnostics.some((diagnostic) => /primary outcome/i.test(diagnostic.message)));
    assert.ok(
      !analysis.diagnostics.some((diagnostic) => diagnostic.layer !== 'syntax' && /outcome/i.test(diagnostic.message)),
      analysis.diagnostics.map((d) => d.message).join('\n'),
    );
  });

  it('still checks every other part: a wrong status elsewhere is reported', () => {
    const withBadStatus = analyze(broken.replace('overallStatus: NOT_YET_RECRUITING', 'overallStatus: RECRUTING'));
    assert.ok(
      withBadStatus.diagnostics.some(
        (diagnostic) => diagnostic.code === 'schema/enum' && diagnostic.pointer === '/statusModule/overallStatus',
      ),
    );
  });

  it('adds nothing to a record that parses', () => {
    assert.ok(!analyze(sample).diagnostics.some((diagnostic) => diagnostic.code === UNCHECKED_PART_CODE));
  });
});
