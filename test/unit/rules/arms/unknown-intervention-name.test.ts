import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { assertOne, assertSilent, fixReplacement } from '../ruleTestKit';
import { arms } from '../sampleRecords';

describe('arms/unknown-intervention-name', () => {
  it('is silent on `Type: Name` entries', () => assertSilent(arms, 'arms/unknown-intervention-name'));
  it('asks for the type prefix', () => {
    const seen = assertOne(arms.replace('["Drug: Placebo"]', '[Placebo]'), 'arms/unknown-intervention-name');
    assert.equal(seen.marked, 'Placebo');
    assert.match(seen.message, /write `Drug: Placebo`/);
    assert.equal(fixReplacement(seen), 'Drug: Placebo');
  });
  it('suggests the closest intervention for a typo', () => {
    assert.match(
      assertOne(arms.replace('"Drug: Aspirin"', '"Drug: Asprin"'), 'arms/unknown-intervention-name').message,
      /Did you mean `Drug: Aspirin`/,
    );
  });
  it('uses the display label of two-word types', () => {
    const text = arms
      .replace('["Drug: Placebo"]', '["Dietary Supplement: Placebo"]')
      .replace('    - type: DRUG\n      name: Placebo', '    - type: DIETARY_SUPPLEMENT\n      name: Placebo');
    assertSilent(text, 'arms/unknown-intervention-name');
  });
});
