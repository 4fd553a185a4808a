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
  it('lets a study first submitted before 2017-01-18 give a masking level without roles', () => {
    const registered = (text: string, day: string) => `${text}statusModule:\n  studyFirstSubmitDate: "${day}"\n`;
    assertSilent(registered(masking('DOUBLE'), '2008-09-29'), 'design/masking-who-masked');
    assert.equal(assertOne(registered(masking('DOUBLE'), '2017-01-18'), 'design/masking-who-masked').marked, 'DOUBLE');
    // Roles that are there are still counted, however old the record.
    assert.equal(assertOne(registered(masking('NONE', '[PARTICIPANT]'), '2008-09-29'), 'design/masking-who-masked').marked, 'whoMasked');
  });
});
