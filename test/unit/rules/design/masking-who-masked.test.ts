import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { assertOne, assertSilent, yaml } from '../ruleTestKit';

describe('design/masking-who-masked', () => {
  const masking = (level: string, roles?: string) =>
    yaml('designModule:', '  designInfo:', '    maskingInfo:', `      masking: ${level}`, ...(roles ? [`      whoMasked: ${roles}`] : []));
  it('is silent when the level counts the roles', () => {
    assertSilent(masking('NONE'), 'design/masking-who-masked');
    assertSilent(masking('DOUBLE', '[PARTICIPANT, INVESTIGATOR]'), 'design/masking-who-masked');
  });
  it('offers the matching level', () => {
    const seen = assertOne(masking('DOUBLE', '[PARTICIPANT, INVESTIGATOR, OUTCOMES_ASSESSOR]'), 'design/masking-who-masked');
    assert.equal(seen.marked, 'DOUBLE');
    assert.match(seen.message, /matching level is `TRIPLE`/);
    assert.deepEqual(seen.diagnostic.fix, {
      kind: 'replace-value',
      valuePointer: '/designModule/designInfo/maskingInfo/masking',
      replacement: 'TRIPLE',
    });
  });
  it('flags roles on an open-label study', () => {
    assert.equal(assertOne(masking('NONE', '[PARTICIPANT]'), 'design/masking-who-masked').marked, 'whoMasked');
  });
  it('asks a masked study for its roles', () => {
    const seen = assertOne(masking('SINGLE'), 'design/masking-who-masked');
    assert.equal(seen.marked, 'SINGLE');
    assert.equal(seen.diagnostic.fix?.kind, 'insert-property');
  });
});
