import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { assertOne, assertSilent, findings, yaml } from '../ruleTestKit';

const ID = 'review/design-text-inconsistent';

interface Design {
  readonly studyType?: string;
  readonly allocation?: string;
  readonly masking?: string;
  readonly phases?: string;
}

function titled(title: string, design: Design): string {
  const studyType = design.studyType ?? 'INTERVENTIONAL';
  return yaml(
    'identificationModule:',
    `  briefTitle: ${JSON.stringify(title)}`,
    'designModule:',
    `  studyType: ${studyType}`,
    ...(design.phases ? [`  phases: ${design.phases}`] : []),
    ...(design.allocation || design.masking ? ['  designInfo:'] : []),
    ...(design.allocation ? [`    allocation: ${design.allocation}`] : []),
    ...(design.masking ? ['    maskingInfo:', `      masking: ${design.masking}`] : []),
  );
}

describe(ID, () => {
  it('flags "randomized" in an observational study and with non-randomized allocation', () => {
    const seen = assertOne(titled('A Randomized Study of Diet', { studyType: 'OBSERVATIONAL' }), ID);
    assert.equal(seen.severity, 'warning');
    assert.match(seen.message, /^The brief title says `Randomized`, but the study is observational/);
    assert.match(
      assertOne(titled('A Randomised Trial of Diet', { allocation: 'NON_RANDOMIZED' }), ID).message,
      /`allocation` is `NON_RANDOMIZED`/,
    );
  });

  it('flags blinding words against masking NONE, and open-label against double masking', () => {
    assert.match(
      assertOne(titled('A Double-Blind Trial of X', { allocation: 'RANDOMIZED', masking: 'NONE' }), ID).message,
      /`masking` is `NONE`/,
    );
    assertOne(titled('A Placebo-Controlled Trial of X', { allocation: 'RANDOMIZED', masking: 'NONE' }), ID);
    assert.match(
      assertOne(titled('An Open Label Trial of X', { allocation: 'RANDOMIZED', masking: 'DOUBLE' }), ID).message,
      /`masking` is `DOUBLE`/,
    );
  });

  it('flags a title phase that phases do not include', () => {
    const seen = assertOne(titled('A Phase 2 Trial of X', { phases: '[NA]' }), ID);
    assert.match(seen.message, /says `Phase 2`, but `phases` is `NA`/);
    assertOne(titled('A Phase III Trial of X', { phases: '[PHASE2]' }), ID);
  });

  it('is silent when title and design agree', () => {
    assertSilent(
      titled('A Randomized Double-Blind Phase 3 Trial', { allocation: 'RANDOMIZED', masking: 'DOUBLE', phases: '[PHASE3]' }),
      ID,
    );
    assertSilent(titled('An Open-Label Phase 1/2 Study', { allocation: 'NA', masking: 'NONE', phases: '[PHASE1, PHASE2]' }), ID);
    assertSilent(titled('A Phase 1b Study of X', { phases: '[PHASE1]' }), ID);
    assertSilent(titled('Diet and Heart Disease', { studyType: 'OBSERVATIONAL' }), ID);
  });

  it('traps: "non-randomized", "previously randomized", "from a randomized trial"', () => {
    assertSilent(titled('A Non-randomized Study of X', { allocation: 'NON_RANDOMIZED' }), ID);
    assertSilent(titled('Outcomes of Patients Previously Randomized to X', { studyType: 'OBSERVATIONAL' }), ID);
    assertSilent(titled('Biomarkers From a Large Randomized Trial of X', { studyType: 'OBSERVATIONAL' }), ID);
    assertSilent(titled('Open-label Extension of a Double-blind Study of X', { allocation: 'NA', masking: 'NONE' }), ID);
  });

  it('checks the official title too, each title on its own', () => {
    const record = titled('Diet Study', { studyType: 'OBSERVATIONAL' }).replace(
      '  briefTitle:',
      '  officialTitle: "A Randomized Study of Diet"\n  briefTitle:',
    );
    const seen = findings(record, ID);
    assert.equal(seen.length, 1);
    assert.match(seen[0].message, /^The official title says/);
  });
});
