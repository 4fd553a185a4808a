import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { isoDateFor } from '../../../server/src/service/fixes/dateNormalization';
import { repairDuration } from '../../../server/src/service/fixes/durationNormalization';
import { analyze, applyFix, assertFixed, changedLines, lines } from './fixTestKit';

describe('unambiguous dates → ISO partial dates', () => {
  it('reads month names, day-month orders and separators', () => {
    const cases: Array<[string, string | undefined]> = [
      ['February 2024', '2024-02'],
      ['Feb. 2024', '2024-02'],
      ['March 15, 2017', '2017-03-15'],
      ['15 March 2017', '2017-03-15'],
      ['March 1st, 2017', '2017-03-01'],
      ['15/03/2017', '2017-03-15'],
      ['03/15/2017', '2017-03-15'],
      ['2017/3/5', '2017-03-05'],
      ['3/2024', '2024-03'],
      ['2024-3', '2024-03'],
      ['04/04/2017', '2017-04-04'],
      ['15-Mar-2017', '2017-03-15'],
      ['2024/02', '2024-02'],
      ['03/04/2017', undefined],
      ['February 30, 2024', undefined],
      ['Smarch 2024', undefined],
      ['2024-03', undefined],
      ['soon', undefined],
    ];
    for (const [written, expected] of cases) assert.equal(isoDateFor(written), expected, written);
    assert.equal(isoDateFor('February 2024', true), undefined, 'a full-date field needs a day');
  });

  it('rewrites the start date and keeps the comment', () => {
    const record = lines(
      'statusModule:',
      '  overallStatus: RECRUITING',
      '  startDateStruct:',
      '    date: March 15, 2017   # from the protocol',
      '    type: ACTUAL',
    );
    const applied = applyFix(record, 'schema/pattern', 'March 15, 2017');
    assert.equal(applied.title, 'Change `date` to `2017-03-15`');
    assert.deepEqual(changedLines(applied.before, applied.after), [
      '-    date: March 15, 2017   # from the protocol',
      '+    date: 2017-03-15       # from the protocol',
    ]);
    assertFixed(applied);
  });

  it('rewrites `15/03/2017` and `February 2024` in JSON, and offers nothing for `03/04/2017`', () => {
    const json = (date: string) => `{\n  "statusModule": {\n    "statusVerifiedDate": "${date}"\n  }\n}\n`;
    const day = applyFix(json('15/03/2017'), 'schema/pattern', '"15/03/2017"', 'json');
    assert.deepEqual(changedLines(day.before, day.after), [
      '-    "statusVerifiedDate": "15/03/2017"',
      '+    "statusVerifiedDate": "2017-03-15"',
    ]);
    assertFixed(day);
    assert.match(applyFix(json('February 2024'), 'schema/pattern', '"February 2024"', 'json').after, /"statusVerifiedDate": "2024-02"/);
    const ambiguous = analyze(json('03/04/2017'), 'json').diagnostics.find((d) => d.code === 'schema/pattern');
    assert.ok(ambiguous);
    assert.equal(ambiguous.fix, undefined);
  });
});

describe('ages → `18 Years` or removed', () => {
  it('reads units and bare numbers (ages only), and N/A as "no limit"', () => {
    assert.deepEqual(repairDuration('18 years', true), { kind: 'replace', value: '18 Years' });
    assert.deepEqual(repairDuration(18, true), { kind: 'replace', value: '18 Years' });
    assert.deepEqual(repairDuration('6 mo', true), { kind: 'replace', value: '6 Months' });
    assert.deepEqual(repairDuration('1 years', true), { kind: 'replace', value: '1 Year' });
    assert.deepEqual(repairDuration('1 days', false), { kind: 'replace', value: '1 Day' });
    assert.deepEqual(repairDuration('6 mths', true), { kind: 'replace', value: '6 Months' });
    assert.deepEqual(repairDuration('12 hrs', false), { kind: 'replace', value: '12 Hours' });
    assert.equal(repairDuration('1 Day', false), undefined, 'already the API form');
    assert.deepEqual(repairDuration('N/A', true), { kind: 'remove' });
    assert.equal(repairDuration('18', false), undefined, 'a bare number is not a duration outside ages');
    assert.equal(repairDuration('18 Years', true), undefined);
    assert.equal(repairDuration('adult', true), undefined);
  });

  const eligibility = (minimum: string) =>
    lines('eligibilityModule:', '  sex: ALL', `  minimumAge: ${minimum}   # min`, '  maximumAge: 65 Years');

  it('capitalises the unit', () => {
    const applied = applyFix(eligibility('18 years'), 'schema/pattern', '18 years');
    assert.deepEqual(changedLines(applied.before, applied.after), ['-  minimumAge: 18 years   # min', '+  minimumAge: 18 Years   # min']);
    assertFixed(applied);
  });

  it('adds `Years` to a bare number (a YAML number is a type problem)', () => {
    const applied = applyFix(eligibility('18'), 'schema/type', '18');
    assert.deepEqual(changedLines(applied.before, applied.after), ['-  minimumAge: 18   # min', '+  minimumAge: 18 Years # min']);
    assertFixed(applied);
  });

  it('removes `N/A`, leaving the other fields and comments', () => {
    const record = lines('eligibilityModule:', '  sex: ALL', '  # no lower limit', '  minimumAge: N/A', '  maximumAge: 65 Years');
    const applied = applyFix(record, 'schema/pattern', 'N/A');
    assert.equal(applied.title, 'Remove `minimumAge`');
    assert.deepEqual(changedLines(applied.before, applied.after), ['-  minimumAge: N/A']);
    assertFixed(applied);
    const json = '{\n  "eligibilityModule": {\n    "sex": "ALL",\n    "minimumAge": "N/A",\n    "maximumAge": "65 Years"\n  }\n}\n';
    const fromJson = applyFix(json, 'schema/pattern', '"N/A"', 'json');
    assert.deepEqual(changedLines(fromJson.before, fromJson.after), ['-    "minimumAge": "N/A",']);
  });
});
