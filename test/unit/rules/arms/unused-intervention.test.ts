import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { assertOne, assertSilent, yaml } from '../ruleTestKit';
import { arms } from '../sampleRecords';

describe('arms/unused-intervention', () => {
  it('is silent when every intervention has an arm', () => assertSilent(arms, 'arms/unused-intervention'));
  it('marks an intervention no arm receives', () => {
    const text = arms + yaml('    - type: BEHAVIORAL', '      name: Diet advice');
    const seen = assertOne(text, 'arms/unused-intervention');
    assert.equal(seen.marked, 'Diet advice');
    assert.match(seen.message, /No arm receives `Behavioral: Diet advice`/);
  });
  it('does not check studies without arms', () => {
    assertSilent(
      yaml('armsInterventionsModule:', '  interventions:', '    - type: OTHER', '      name: Questionnaire'),
      'arms/unused-intervention',
    );
  });
});
