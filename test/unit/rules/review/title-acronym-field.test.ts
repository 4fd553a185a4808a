import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { assertOne, assertSilent, fixReplacement, yaml } from '../ruleTestKit';

const ID = 'review/title-acronym-field';

function record(acronym: string, briefTitle: string): string {
  return yaml('identificationModule:', `  briefTitle: ${JSON.stringify(briefTitle)}`, `  acronym: ${JSON.stringify(acronym)}`);
}

describe(ID, () => {
  it('removes a parenthesised acronym from the brief title with a certain fix', () => {
    const seen = assertOne(record('ABC', 'Study of X (ABC)'), ID);
    assert.equal(seen.severity, 'information');
    assert.equal(seen.marked, '"Study of X (ABC)"');
    assert.match(seen.message, /contains the acronym `ABC`.*Write it as `Study of X`/);
    assert.equal(fixReplacement(seen), 'Study of X');
  });

  it('removes it from the middle and keeps the punctuation after it', () => {
    assert.equal(fixReplacement(assertOne(record('ABC', 'Study of X (ABC): a Pilot'), ID)), 'Study of X: a Pilot');
    assert.equal(fixReplacement(assertOne(record('ABC', 'Study of X (ABC) in Adults'), ID)), 'Study of X in Adults');
  });

  it('removes a leading "ABC: " label', () => {
    assert.equal(
      fixReplacement(assertOne(record('Amped-PD', 'Amped-PD: Amplifying Physical Activity'), ID)),
      'Amplifying Physical Activity',
    );
  });

  it('notes the acronym used as a word, without a fix (no certain rewording)', () => {
    const seen = assertOne(record('CARINAE', 'CARINAE for Stress Relief in Perioperative Care'), ID);
    assert.equal(fixReplacement(seen), undefined);
    assert.match(seen.message, /Leave the acronym to the `acronym` field/);
  });

  it('notes a brief title that is only the acronym', () => {
    const seen = assertOne(record('HEART', 'heart'), ID);
    assert.match(seen.message, /only the acronym `HEART`.*plain-language title/);
    assert.equal(seen.diagnostic.fix, undefined);
  });

  it('notes the acronym naming the study, at the end or before "Study" or "Trial"', () => {
    assertOne(record('ABC', 'Aspirin and Cardiac Outcomes - ABC'), ID);
    assertOne(record('ABC', 'The ABC Study of Aspirin'), ID);
    assertOne(record('APPROVE', 'The APPROVE Trial in Overactive Bladder'), ID);
  });

  it('trap: a product named inside the wording is not a repeat (NCT05883436, the DEXA-C device)', () => {
    assertSilent(record('DEXA-C', 'Investigation of DEXA-C Anterior Cervical Interbody System'), ID);
    assertSilent(record('VIA', 'Safety of the VIA Disc Supplement in Adults'), ID);
  });

  it('is silent when the title does not repeat the acronym', () => {
    assertSilent(record('ABC', 'Aspirin for Better Cardiac Outcomes'), ID);
    assertSilent(record('ABC', 'Study of X'), ID);
    assertSilent(yaml('identificationModule:', '  briefTitle: Study of X'), ID);
  });

  it('trap: hyphens, digits and underscores belong to the word (C-AXSPAND, NIH_HVX6)', () => {
    assertSilent(record('AXSPAND', 'The C-AXSPAND Study of Axial Spondyloarthritis'), ID);
    assertSilent(record('HVX6', 'NIH_HVX6 Healthy Volunteer Cohort'), ID);
    assertSilent(record('C-AXSPAND', 'The C-AXSPAND2 Study'), ID);
    assertOne(record('C-AXSPAND', 'A Study of Axial Spondyloarthritis (C-AXSPAND)'), ID);
  });

  it('leaves an acronym over 14 characters to the schema (no second report here)', () => {
    assertSilent(record('AVERYLONGACRONYM1', 'Study of X'), ID);
  });
});
