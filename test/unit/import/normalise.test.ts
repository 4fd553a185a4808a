import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { normaliseAge, normaliseAgeRange } from '../../../server/src/import/normalise/ages';
import { normaliseDate } from '../../../server/src/import/normalise/dates';
import {
  normaliseAllocation,
  normaliseArmGroupType,
  normaliseInterventionModel,
  normaliseInterventionType,
  normaliseOverallStatus,
  normalisePrimaryPurpose,
  normaliseSex,
  normaliseStudyType,
} from '../../../server/src/import/normalise/designEnums';
import { normaliseEnrollment } from '../../../server/src/import/normalise/enrollment';
import { fileRegistrationNumber } from '../../../server/src/import/normalise/identifier';
import { isAnonymisedFacility, normalisePlace, stripFlags } from '../../../server/src/import/normalise/location';
import { normaliseMasking } from '../../../server/src/import/normalise/masking';
import { normalisePhases } from '../../../server/src/import/normalise/phases';
import { presentValue } from '../../../server/src/import/normalise/placeholder';
import { registryIdOf } from '../../../server/src/import/normalise/secondaryId';

describe('normalise: statuses and design enums', () => {
  it('maps API values and display labels of statuses; unknown vocabularies stay absent', () => {
    assert.equal(normaliseOverallStatus('RECRUITING'), 'RECRUITING');
    assert.equal(normaliseOverallStatus('Not yet recruiting'), 'NOT_YET_RECRUITING');
    assert.equal(normaliseOverallStatus('Active, not recruiting'), 'ACTIVE_NOT_RECRUITING');
    assert.equal(normaliseOverallStatus('Unknown status'), 'UNKNOWN');
    assert.equal(normaliseOverallStatus('Authorised-recruitment may be ongoing or finished'), undefined);
    assert.equal(normaliseOverallStatus('Retrospective registration'), undefined);
  });
  it('maps study types, sex, allocation, model, purpose, arm and intervention types', () => {
    assert.equal(normaliseStudyType('Interventional study'), 'INTERVENTIONAL');
    assert.equal(normaliseStudyType('Observational [Patient Registry]'), 'OBSERVATIONAL');
    assert.equal(normaliseStudyType('Treatment'), undefined);
    assert.equal(normaliseSex('All'), 'ALL');
    assert.equal(normaliseSex('Female'), 'FEMALE');
    assert.equal(normaliseSex('Not specified'), undefined);
    assert.equal(normaliseAllocation('Randomized'), 'RANDOMIZED');
    assert.equal(normaliseAllocation('Non-Randomized'), 'NON_RANDOMIZED');
    assert.equal(normaliseInterventionModel('Parallel Assignment'), 'PARALLEL');
    assert.equal(normaliseInterventionModel('SINGLE_GROUP'), 'SINGLE_GROUP');
    assert.equal(normalisePrimaryPurpose('Health Services Research'), 'HEALTH_SERVICES_RESEARCH');
    assert.equal(normaliseArmGroupType('Placebo Comparator'), 'PLACEBO_COMPARATOR');
    assert.equal(normaliseInterventionType('Biological:'), 'BIOLOGICAL');
    assert.equal(normaliseInterventionType('Dietary Supplement'), 'DIETARY_SUPPLEMENT');
  });
  it('reads masking and who is masked', () => {
    assert.deepEqual(normaliseMasking('Double (Participant, Investigator)'), {
      masking: 'DOUBLE',
      whoMasked: ['PARTICIPANT', 'INVESTIGATOR'],
    });
    assert.deepEqual(normaliseMasking('None (Open Label)'), { masking: 'NONE' });
    assert.deepEqual(normaliseMasking('Open label'), { masking: 'NONE' });
    assert.deepEqual(normaliseMasking('Quadruple (Outcomes Assessor, Care Provider, Subject, Investigator)'), {
      masking: 'QUADRUPLE',
      whoMasked: ['PARTICIPANT', 'CARE_PROVIDER', 'INVESTIGATOR', 'OUTCOMES_ASSESSOR'],
    });
    assert.deepEqual(normaliseMasking('blinded somehow'), {});
  });
});

describe('normalise: phases', () => {
  it('splits multi-phase labels and reads Roman numerals', () => {
    assert.deepEqual(normalisePhases('Phase 1/Phase 2'), ['PHASE1', 'PHASE2']);
    assert.deepEqual(normalisePhases('Phase 2/Phase 3'), ['PHASE2', 'PHASE3']);
    assert.deepEqual(normalisePhases('phase II/III'), ['PHASE2', 'PHASE3']);
    assert.deepEqual(normalisePhases('Phase Ⅱ'), ['PHASE2']);
    assert.deepEqual(normalisePhases('PHASE4'), ['PHASE4']);
    assert.deepEqual(normalisePhases('Early Phase 1'), ['EARLY_PHASE1']);
    assert.deepEqual(normalisePhases('Phase I/II'), ['PHASE1', 'PHASE2'], 'not Phase III');
    assert.deepEqual(normalisePhases('2/Phase 3'), ['PHASE2', 'PHASE3']);
  });
  it('means "no phase" only for the explicit not-applicable forms', () => {
    assert.deepEqual(normalisePhases('N/A'), ['NA']);
    assert.deepEqual(normalisePhases('Not Applicable'), ['NA']);
    assert.equal(normalisePhases('This phase III trial compares'), undefined);
    assert.equal(normalisePhases(''), undefined);
    assert.equal(normalisePhases('2'), undefined);
  });
});

describe('normalise: dates', () => {
  it('keeps the precision the page gives', () => {
    assert.deepEqual(normaliseDate('February 2024'), { date: '2024-02' });
    assert.deepEqual(normaliseDate('March 15, 2017'), { date: '2017-03-15' });
    assert.deepEqual(normaliseDate('Jun 17, 2019'), { date: '2019-06-17' });
    assert.deepEqual(normaliseDate('2019-06-17'), { date: '2019-06-17' });
    assert.deepEqual(normaliseDate('17 June 2019'), { date: '2019-06-17' });
    assert.deepEqual(normaliseDate('15-Mar-2017'), { date: '2017-03-15' });
    assert.deepEqual(normaliseDate('2024/02'), { date: '2024-02' });
    assert.deepEqual(normaliseDate('March 1st, 2017'), { date: '2017-03-01' });
  });
  it('reads the actual/estimated marker', () => {
    assert.deepEqual(normaliseDate('Actual: March 30, 2018'), { date: '2018-03-30', type: 'ACTUAL' });
    assert.deepEqual(normaliseDate('Est. March 2025'), { date: '2025-03', type: 'ESTIMATED' });
    assert.deepEqual(normaliseDate('Anticipated August 2018'), { date: '2018-08', type: 'ESTIMATED' });
    assert.deepEqual(normaliseDate('2026-12-31 (Estimated)'), { date: '2026-12-31', type: 'ESTIMATED' });
  });
  it('reads numeric day/month orders only when unambiguous, and drops placeholders and impossible dates', () => {
    assert.deepEqual(normaliseDate('25/03/2019'), { date: '2019-03-25' });
    assert.equal(normaliseDate('03/04/2019'), undefined);
    assert.equal(normaliseDate('1969-12-31'), undefined);
    assert.equal(normaliseDate('February 30, 2020'), undefined);
    assert.equal(normaliseDate('2025-12-24 @ 4:55 PM'), undefined);
    assert.equal(normaliseDate('soon'), undefined);
  });
});

describe('normalise: ages, enrollment, placeholders', () => {
  it('writes ages as "<n> <Unit>"', () => {
    assert.equal(normaliseAge('18 Years'), '18 Years');
    assert.equal(normaliseAge('18 years old'), '18 Years');
    assert.equal(normaliseAge('6 months'), '6 Months');
    assert.equal(normaliseAge('N/A'), undefined);
    assert.equal(normaliseAge('1 day'), '1 Day', 'singular for 1, as the API writes it');
    assert.equal(normaliseAge('6 mths'), '6 Months');
    assert.equal(normaliseAge('12 hrs'), '12 Hours');
    assert.equal(normaliseAge('18.00 Year(s)'), '18 Years');
    assert.equal(normaliseAge('1.5 years'), undefined, 'a fraction has no API form');
    assert.deepEqual(normaliseAgeRange('18 Years to 80 Years'), { minimumAge: '18 Years', maximumAge: '80 Years' });
    assert.deepEqual(normaliseAgeRange('18 Years and older'), { minimumAge: '18 Years' });
    assert.deepEqual(normaliseAgeRange('Up to 65 Years'), { maximumAge: '65 Years' });
  });
  it('reads enrollment counts with their type; 0 and placeholders are absent', () => {
    assert.deepEqual(normaliseEnrollment('30 participants'), { count: 30 });
    assert.deepEqual(normaliseEnrollment('3,508'), { count: 3508 });
    assert.deepEqual(normaliseEnrollment('350 participants', 'Actual Enrollment'), { count: 350, type: 'ACTUAL' });
    assert.deepEqual(normaliseEnrollment('50 (Estimated)'), { count: 50, type: 'ESTIMATED' });
    assert.equal(normaliseEnrollment('0'), undefined);
    assert.equal(normaliseEnrollment('Not specified'), undefined);
  });
  it('treats placeholders as absent', () => {
    for (const placeholder of ['Not available', 'Not specified', 'N/A', 'undefined (undefined)', '1969-12-31', '  '])
      assert.equal(presentValue(placeholder), undefined, placeholder);
    assert.equal(presentValue(' Pfizer '), 'Pfizer');
    assert.equal(presentValue('UNKNOWN'), 'UNKNOWN');
  });
});

describe('normalise: locations and registry IDs', () => {
  it('strips flags before splitting city, state, country', () => {
    assert.equal(stripFlags('🇨🇭Basel, Switzerland'), 'Basel, Switzerland');
    assert.deepEqual(normalisePlace('🇨🇳Beijing, Beijing Municipality, China'), {
      city: 'Beijing',
      state: 'Beijing Municipality',
      country: 'China',
    });
    assert.deepEqual(normalisePlace('🇨🇭Basel, Switzerland'), { city: 'Basel', country: 'Switzerland' });
    assert.deepEqual(normalisePlace('🇺🇸'), {});
    assert.ok(isAnonymisedFacility('Facility #4'));
    assert.ok(!isAnonymisedFacility('Charité Berlin'));
  });
  it('files non-NCT registrations as secondary IDs, never as nctId', () => {
    // The EU CTR's decoration (prefix, country suffix) is not part of the EudraCT number.
    assert.deepEqual(registryIdOf('EUCTR2019-003456-21-DE'), { id: '2019-003456-21', domain: 'EudraCT', type: 'EUDRACT_NUMBER' });
    assert.deepEqual(registryIdOf('2016-000700-29-ITA'), { id: '2016-000700-29', domain: 'EudraCT', type: 'EUDRACT_NUMBER' });
    assert.equal(registryIdOf('CTRI/2024/01/012345')?.domain, 'CTRI');
    assert.equal(registryIdOf('ChiCTR2400081234')?.domain, 'ChiCTR');
    assert.equal(registryIdOf('ISRCTN12345678')?.domain, 'ISRCTN');
    assert.equal(registryIdOf('DRKS00012345')?.domain, 'DRKS');
    assert.equal(registryIdOf('NCT01234567'), undefined);
    const record: Record<string, unknown> = {};
    assert.ok(fileRegistrationNumber(record, 'CTRI/2024/01/012345'));
    assert.deepEqual(record, {
      identificationModule: { secondaryIdInfos: [{ id: 'CTRI/2024/01/012345', type: 'REGISTRY', domain: 'CTRI' }] },
    });
    const nct: Record<string, unknown> = {};
    assert.ok(fileRegistrationNumber(nct, 'NCT06321198'));
    assert.deepEqual(nct, { identificationModule: { nctId: 'NCT06321198' } });
    assert.equal(fileRegistrationNumber({}, 'hello'), false);
  });
});
