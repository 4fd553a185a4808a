import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { resultsValidationSeverity } from '../../../../server/src/service/rules/review/resultsValidationHelpers';

const completingOn = (date: unknown) => ({
  value: (pointer: string) => (pointer === '/statusModule/primaryCompletionDateStruct/date' ? (date as string) : undefined),
});

describe('resultsValidationSeverity (PRS: error from a primary completion on 2017-01-18, warning before)', () => {
  it('is a warning for a primary completion wholly before 2017-01-18', () => {
    assert.equal(resultsValidationSeverity(completingOn('2017-01-17')), 'warning');
    assert.equal(resultsValidationSeverity(completingOn('2016-12')), 'warning');
    assert.equal(resultsValidationSeverity(completingOn('2015')), 'warning');
  });
  it('is an error on or after the day, for a partial date that straddles it, and when the date is missing or unreadable', () => {
    assert.equal(resultsValidationSeverity(completingOn('2017-01-18')), 'error');
    assert.equal(resultsValidationSeverity(completingOn('2017-01')), 'error');
    assert.equal(resultsValidationSeverity(completingOn('2023-05-02')), 'error');
    assert.equal(resultsValidationSeverity(completingOn(undefined)), 'error');
    assert.equal(resultsValidationSeverity(completingOn('soon')), 'error');
  });
});
