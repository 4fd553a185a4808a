import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { assertOne, assertSilent, yaml } from '../ruleTestKit';

describe('ids/secondary-id-domain', () => {
  const ids = (...lines: string[]) => yaml('identificationModule:', '  secondaryIdInfos:', ...lines);
  it('is silent on typed IDs used as PRS intends', () => {
    assertSilent(
      ids('    - id: R01AB123', '      type: NIH', '    - id: X-1', '      type: OTHER', '      domain: Hospital number'),
      'ids/secondary-id-domain',
    );
  });
  it('asks a registry ID for the registry name', () => {
    const seen = assertOne(ids('    - id: ISRCTN123', '      type: REGISTRY'), 'ids/secondary-id-domain');
    assert.equal(seen.marked, 'REGISTRY');
    assert.match(seen.message, /registry's name/);
  });
  it('flags a domain on an EudraCT number', () => {
    assert.equal(
      assertOne(ids('    - id: 2020-001803-17', '      type: EUDRACT_NUMBER', '      domain: EMA'), 'ids/secondary-id-domain').marked,
      'domain',
    );
  });
});
