import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { assertOne, assertSilent, yaml } from '../ruleTestKit';

describe('identification/official-title', () => {
  const record = (start: string, title?: string) =>
    yaml(
      'identificationModule:',
      '  briefTitle: A study',
      ...(title ? [`  officialTitle: ${title}`] : []),
      'statusModule:',
      '  startDateStruct:',
      `    date: "${start}"`,
    );
  it('is silent before 2017-01-18, on a straddling partial date, and with a title', () => {
    assertSilent(record('2016-12'), 'identification/official-title');
    assertSilent(record('2017-01'), 'identification/official-title');
    assertSilent(record('2024-01', 'The full title'), 'identification/official-title');
  });
  it('requires an official title from 2017-01-18 on', () => {
    const seen = assertOne(record('2017-01-18'), 'identification/official-title');
    assert.equal(seen.marked, 'identificationModule');
    assert.equal(seen.severity, 'error');
  });
});
