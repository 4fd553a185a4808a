import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { durationInDays, readApiDuration, readDuration } from '../../../../server/src/service/normalise';

const text = (written: string | number, options = {}): string | undefined => {
  const reading = readDuration(written, options);
  return reading?.kind === 'duration' ? reading.text : reading?.kind;
};

describe('normalise: ages and durations', () => {
  it('writes `<n> <Unit>`, the unit singular for 1 and plural otherwise', () => {
    const cases: Array<[string, string]> = [
      ['18 years', '18 Years'],
      ['18 Years', '18 Years'],
      ['18 yrs', '18 Years'],
      ['18y', '18 Years'],
      ['18 years old', '18 Years'],
      ['18 Year(s)', '18 Years'],
      ['6 mo', '6 Months'],
      ['6 mths', '6 Months'],
      ['2 wks', '2 Weeks'],
      ['12 hrs', '12 Hours'],
      ['30 mins', '30 Minutes'],
      ['1 Day', '1 Day'],
      ['1 days', '1 Day'],
      ['1 Years', '1 Year'],
      ['28 d', '28 Days'],
      ['18.00 years', '18 Years'],
    ];
    for (const [written, expected] of cases) assert.equal(text(written), expected, written);
  });

  it('reads "no limit" as such, and nothing it cannot be sure of', () => {
    for (const written of ['N/A', 'NA', 'none', 'No limit', 'Not applicable', 'No maximum age', 'no min limit'])
      assert.equal(text(written), 'no-limit', written);
    for (const written of ['adult', '1.5 years', '18 m', '18 parsecs', '18 years and above', ''])
      assert.equal(text(written), undefined, written);
  });

  it('reads a bare number as years only when asked (ages), and a leading duration only when asked (page text)', () => {
    assert.equal(text('18'), undefined);
    assert.equal(text(18, { bareNumberIsYears: true }), '18 Years');
    assert.equal(text('18 years and above', { leading: true }), '18 Years');
    assert.equal(text('18.00 Year(s)', { leading: true }), '18 Years');
    assert.equal(text('18 to 65', { leading: true }), undefined);
  });

  it('reads the API form alone, and compares durations in days', () => {
    assert.deepEqual(readApiDuration('1 Years'), { text: '1 Years', amount: 1, unit: 'Year' });
    assert.equal(readApiDuration('18 years'), undefined);
    assert.equal(readApiDuration('18  Years'), undefined);
    const year = readApiDuration('1 Year')!;
    const months = readApiDuration('12 Months')!;
    assert.ok(Math.abs(durationInDays(year) - durationInDays(months)) < 1e-9);
  });
});
