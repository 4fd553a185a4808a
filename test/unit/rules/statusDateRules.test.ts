import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { assertOne, assertSilent, findings, yaml } from './ruleTestKit';

/** A status module; TODAY in the kit is 2025-06-15. */
function status(overallStatus: string, extra: string[] = [], dates: [string, string, string] = ['2023-01-10', '2024-06', '2024-12'], types: [string, string, string] = ['ACTUAL', 'ACTUAL', 'ACTUAL']): string {
  return yaml(
    'statusModule:',
    '  statusVerifiedDate: 2025-05',
    `  overallStatus: ${overallStatus}`,
    ...extra,
    '  startDateStruct:',
    `    date: "${dates[0]}"`,
    `    type: ${types[0]}`,
    '  primaryCompletionDateStruct:',
    `    date: "${dates[1]}"`,
    `    type: ${types[1]}`,
    '  completionDateStruct:',
    `    date: "${dates[2]}"`,
    `    type: ${types[2]}`,
  );
}

const enrollment = (count: number, type: string) => yaml('designModule:', '  studyType: INTERVENTIONAL', '  enrollmentInfo:', `    count: ${count}`, `    type: ${type}`);

describe('status/why-stopped', () => {
  it('is silent when a terminated study says why', () => assertSilent(status('TERMINATED', ['  whyStopped: Sponsor decision']), 'status/why-stopped'));
  it('marks the status of a terminated study without a reason', () => {
    const seen = assertOne(status('TERMINATED'), 'status/why-stopped');
    assert.equal(seen.marked, 'TERMINATED');
    assert.equal(seen.severity, 'warning');
    assert.match(seen.message, /add `whyStopped`/);
    assert.deepEqual(seen.diagnostic.fix, { kind: 'insert-property', pointer: '/statusModule', property: 'whyStopped' });
  });
});

describe('status/why-stopped-unexpected', () => {
  it('is silent on a withdrawn study with a reason', () => assertSilent(status('WITHDRAWN', ['  whyStopped: No funding']), 'status/why-stopped-unexpected'));
  it('questions a reason on a completed study', () => {
    const seen = assertOne(status('COMPLETED', ['  whyStopped: No funding']), 'status/why-stopped-unexpected');
    assert.equal(seen.marked, 'whyStopped');
    assert.equal(seen.severity, 'information');
  });
});

describe('status/value-for-study-type', () => {
  it('is silent on a recruiting interventional study', () => assertSilent(status('RECRUITING') + enrollment(10, 'ESTIMATED'), 'status/value-for-study-type'));
  it('flags an availability status on an interventional study', () => {
    const seen = assertOne(status('AVAILABLE') + enrollment(10, 'ESTIMATED'), 'status/value-for-study-type');
    assert.equal(seen.marked, 'AVAILABLE');
  });
  it('flags a recruitment status on an expanded-access record', () => {
    assertOne(status('RECRUITING') + yaml('designModule:', '  studyType: EXPANDED_ACCESS'), 'status/value-for-study-type');
  });
});

describe('dates/order', () => {
  it('is silent on ordered dates, and on equal dates at mixed precision', () => {
    assertSilent(status('COMPLETED'), 'dates/order');
    assertSilent(status('COMPLETED', [], ['2024-03', '2024-03-15', '2024-03-15']), 'dates/order');
  });
  it('marks a primary completion date before the start date', () => {
    const seen = assertOne(status('COMPLETED', [], ['2024-05-01', '2024-04', '2024-12']), 'dates/order');
    assert.equal(seen.marked, '"2024-04"');
    assert.equal(seen.severity, 'error');
    assert.equal(seen.message, 'The primary completion date (2024-04) is before the start date (2024-05-01).');
  });
  it('marks a completion date before the primary completion date', () => {
    assert.equal(assertOne(status('COMPLETED', [], ['2023', '2024-06', '2024-05-31']), 'dates/order').marked, '"2024-05-31"');
  });
});

describe('dates/actual-in-future', () => {
  it('is silent on past actual dates and a partial date covering today', () => {
    assertSilent(status('RECRUITING', [], ['2025-06', '2026-01', '2026-06'], ['ACTUAL', 'ESTIMATED', 'ESTIMATED']), 'dates/actual-in-future');
  });
  it('marks an actual date after today and offers ESTIMATED', () => {
    const seen = assertOne(status('COMPLETED', [], ['2023-01-10', '2025-07-01', '2025-07-01'], ['ACTUAL', 'ACTUAL', 'ESTIMATED']), 'dates/actual-in-future');
    assert.equal(seen.marked, '"2025-07-01"');
    assert.match(seen.message, /after today \(2025-06-15\)/);
    assert.deepEqual(seen.diagnostic.fix, { kind: 'replace-value', pointer: '/statusModule/primaryCompletionDateStruct/type', replacement: 'ESTIMATED' });
  });
  it('follows today: the same record is fine a month later', () => {
    assertSilent(status('COMPLETED', [], ['2023-01-10', '2025-07-01', '2025-07-01']), 'dates/actual-in-future', { today: '2025-07-15' });
  });
});

describe('dates/estimated-in-past', () => {
  it('allows a recently passed estimate', () => {
    assertSilent(status('ACTIVE_NOT_RECRUITING', [], ['2023-01-10', '2025-04', '2026-01'], ['ACTUAL', 'ESTIMATED', 'ESTIMATED']), 'dates/estimated-in-past');
  });
  it('marks an estimate long past', () => {
    const seen = assertOne(status('ACTIVE_NOT_RECRUITING', [], ['2023-01-10', '2024-06', '2026-01'], ['ACTUAL', 'ESTIMATED', 'ESTIMATED']), 'dates/estimated-in-past');
    assert.equal(seen.marked, '"2024-06"');
    assert.match(seen.message, /estimated primary completion date 2024-06 has passed/);
  });
  it('does not ask a withdrawn study for its actual start', () => {
    assertSilent(status('WITHDRAWN', ['  whyStopped: No funding'], ['2023-01', '2024-01', '2024-01'], ['ESTIMATED', 'ACTUAL', 'ACTUAL']), 'dates/estimated-in-past');
  });
});

describe('status/start-date-type', () => {
  it('is silent on an active study with an actual start', () => assertSilent(status('ACTIVE_NOT_RECRUITING'), 'status/start-date-type'));
  it('flags an estimated start on a terminated study', () => {
    const seen = assertOne(status('TERMINATED', [], ['2023-01', '2024-01', '2024-01'], ['ESTIMATED', 'ACTUAL', 'ACTUAL']), 'status/start-date-type');
    assert.equal(seen.marked, 'ESTIMATED');
    assert.deepEqual(seen.diagnostic.fix?.replacement, 'ACTUAL');
  });
  it('allows a recruiting study an estimated start that has come, not one in the future', () => {
    assertSilent(status('RECRUITING', [], ['2025-06-01', '2026-01', '2026-06'], ['ESTIMATED', 'ESTIMATED', 'ESTIMATED']), 'status/start-date-type');
    const seen = assertOne(status('RECRUITING', [], ['2025-09-01', '2026-01', '2026-06'], ['ESTIMATED', 'ESTIMATED', 'ESTIMATED']), 'status/start-date-type');
    assert.equal(seen.marked, '"2025-09-01"');
  });
  it('flags an actual start on a study not yet recruiting', () => {
    assert.match(assertOne(status('NOT_YET_RECRUITING'), 'status/start-date-type').message, /should be `ESTIMATED`/);
  });
});

describe('status/completed-actual', () => {
  it('is silent on a completed study with actual values', () => assertSilent(status('COMPLETED') + enrollment(40, 'ACTUAL'), 'status/completed-actual'));
  it('flags estimated completion and enrollment on a completed study', () => {
    const text = status('COMPLETED', [], ['2023-01-10', '2024-06', '2024-12'], ['ACTUAL', 'ACTUAL', 'ESTIMATED']) + enrollment(40, 'ESTIMATED');
    const found = findings(text, 'status/completed-actual');
    assert.deepEqual(found.map((seen) => seen.marked), ['ESTIMATED', 'ESTIMATED']);
    assert.match(found[0].message, /completion date is `ACTUAL`/);
    assert.match(found[1].message, /enrollment is `ACTUAL`/);
  });
});

describe('status/enrollment-type', () => {
  it('is silent on an estimate before recruitment', () => assertSilent(status('NOT_YET_RECRUITING', [], ['2026-01', '2027-01', '2027-06'], ['ESTIMATED', 'ESTIMATED', 'ESTIMATED']) + enrollment(40, 'ESTIMATED'), 'status/enrollment-type'));
  it('asks an active study for actual enrollment', () => {
    const seen = assertOne(status('ACTIVE_NOT_RECRUITING') + enrollment(40, 'ESTIMATED'), 'status/enrollment-type');
    assert.equal(seen.marked, 'ESTIMATED');
  });
});

describe('status/withdrawn-enrollment', () => {
  it('is silent on a withdrawn study with actual enrollment 0', () => assertSilent(status('WITHDRAWN', ['  whyStopped: No funding']) + enrollment(0, 'ACTUAL'), 'status/withdrawn-enrollment'));
  it('flags participants in a withdrawn study', () => {
    const seen = assertOne(status('WITHDRAWN', ['  whyStopped: No funding']) + enrollment(12, 'ACTUAL'), 'status/withdrawn-enrollment');
    assert.equal(seen.marked, '12');
    assert.match(seen.message, /`TERMINATED`/);
    assert.deepEqual(seen.diagnostic.fix, { kind: 'replace-value', pointer: '/designModule/enrollmentInfo/count', replacement: 0 });
  });
});

describe('status/recruiting-site', () => {
  const sites = (siteStatus: string) => yaml('contactsLocationsModule:', '  locations:', '    - facility: City Hospital', `      status: ${siteStatus}`, '      country: France');
  it('is silent when the study recruits', () => assertSilent(status('RECRUITING') + sites('RECRUITING'), 'status/recruiting-site'));
  it('is silent on a registry-set UNKNOWN status', () => assertSilent(status('UNKNOWN') + sites('RECRUITING'), 'status/recruiting-site'));
  it('marks the overall status when a site recruits', () => {
    const seen = assertOne(status('ACTIVE_NOT_RECRUITING') + sites('RECRUITING'), 'status/recruiting-site');
    assert.equal(seen.marked, 'ACTIVE_NOT_RECRUITING');
    assert.match(seen.message, /A site \(City Hospital\) is `RECRUITING`/);
    assert.deepEqual(seen.diagnostic.fix?.sitePointers, ['/contactsLocationsModule/locations/0/status']);
  });
});

describe('status/stale-verification', () => {
  it('is silent on a recently verified record', () => assertSilent(status('RECRUITING'), 'status/stale-verification'));
  it('is silent on a completed study however old', () => assertSilent(status('COMPLETED').replace('2025-05', '2019-01'), 'status/stale-verification'));
  it('warns on an open study verified over a year ago', () => {
    const seen = assertOne(status('RECRUITING').replace('2025-05', '2024-05'), 'status/stale-verification');
    assert.equal(seen.marked, '2024-05');
    assert.doesNotMatch(seen.message, /Unknown status/);
    assert.deepEqual(seen.diagnostic.fix?.replacement, '2025-06');
  });
  it('says when ClinicalTrials.gov will show Unknown status', () => {
    const seen = assertOne(status('RECRUITING').replace('2025-05', '2023-01'), 'status/stale-verification');
    assert.match(seen.message, /"Unknown status"/);
  });
});
