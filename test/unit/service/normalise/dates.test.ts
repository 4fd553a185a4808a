import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readApiDate, readDate } from '../../../../server/src/service/normalise';

describe('normalise: dates', () => {
  it('reads written dates at the precision they were written with', () => {
    const cases: Array<[string, string, string]> = [
      ['2017', '2017', 'year'],
      ['2024/02', '2024-02', 'month'],
      ['2024-3', '2024-03', 'month'],
      ['2/2024', '2024-02', 'month'],
      ['March 2017', '2017-03', 'month'],
      ['Feb. 2024', '2024-02', 'month'],
      ['Sept 2017', '2017-09', 'month'],
      ['March, 2017', '2017-03', 'month'],
      ['15-Mar-2017', '2017-03-15', 'day'],
      ['15 March 2017', '2017-03-15', 'day'],
      ['15 Mar. 2017', '2017-03-15', 'day'],
      ['March 15, 2017', '2017-03-15', 'day'],
      ['March 1st, 2017', '2017-03-01', 'day'],
      ['1st March 2017', '2017-03-01', 'day'],
      ['03/15/2017', '2017-03-15', 'day'],
      ['15/03/2017', '2017-03-15', 'day'],
      ['15.03.2017', '2017-03-15', 'day'],
      ['04/04/2017', '2017-04-04', 'day'],
      ['2017/3/5', '2017-03-05', 'day'],
      ['2017-03-15', '2017-03-15', 'day'],
    ];
    for (const [written, iso, precision] of cases) {
      const date = readDate(written);
      assert.equal(date?.iso, iso, written);
      assert.equal(date?.precision, precision, written);
    }
  });

  it('reads nothing ambiguous, impossible or unknown', () => {
    for (const written of [
      '03/04/2017',
      'February 30, 2024',
      '2023-02-29',
      '2024-13',
      'Smarch 2024',
      'Ma 2024',
      'soon',
      '0999-01-01',
      '',
    ]) {
      assert.equal(readDate(written), undefined, written);
    }
  });

  it('reads an ambiguous numeric date in the order the source gives, and can require a day', () => {
    assert.equal(readDate('03/04/2017', { numericOrder: 'day-first' })?.iso, '2017-04-03');
    assert.equal(readDate('03/04/2017', { numericOrder: 'month-first' })?.iso, '2017-03-04');
    assert.equal(readDate('February 2024', { requireDay: true }), undefined);
    assert.equal(readDate('February 2, 2024', { requireDay: true })?.iso, '2024-02-02');
  });

  it('reads the API form alone, strictly', () => {
    assert.deepEqual(readApiDate('2024-02'), { iso: '2024-02', precision: 'month', year: 2024, month: 2 });
    assert.deepEqual(readApiDate('2024-02-29'), { iso: '2024-02-29', precision: 'day', year: 2024, month: 2, day: 29 });
    for (const text of ['2024-2', '2023-02-29', 'February 2024', '2024/02', '24-02-01']) assert.equal(readApiDate(text), undefined, text);
  });
});
