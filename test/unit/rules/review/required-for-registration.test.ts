import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { assertOne, assertSilent, check, findings, yaml } from '../ruleTestKit';
import { createTrialRecordService } from '../../../../server/src/trialRecordService';

const CODE = 'review/required-for-registration';

/** An interventional record with every field the registry requires. */
const COMPLETE = yaml(
  'identificationModule:',
  '  orgStudyIdInfo: {id: ORG-1}',
  '  briefTitle: Walking After Knee Surgery',
  '  officialTitle: A Randomized Trial of Supervised Walking After Knee Replacement',
  'statusModule:',
  '  statusVerifiedDate: 2025-05',
  '  overallStatus: RECRUITING',
  '  startDateStruct: {date: 2025-03-01, type: ACTUAL}',
  '  primaryCompletionDateStruct: {date: 2026-06, type: ESTIMATED}',
  '  completionDateStruct: {date: 2026-12, type: ESTIMATED}',
  'sponsorCollaboratorsModule:',
  '  responsibleParty: {type: SPONSOR}',
  '  leadSponsor: {name: Example University}',
  'oversightModule: {isFdaRegulatedDrug: false, isFdaRegulatedDevice: false}',
  'descriptionModule:',
  '  briefSummary: Does supervised walking help people recover after knee replacement?',
  'conditionsModule:',
  '  conditions: [Osteoarthritis, Knee]',
  'designModule:',
  '  studyType: INTERVENTIONAL',
  '  phases: [NA]',
  '  designInfo:',
  '    allocation: RANDOMIZED',
  '    interventionModel: PARALLEL',
  '    primaryPurpose: TREATMENT',
  '    maskingInfo: {masking: NONE}',
  '  enrollmentInfo: {count: 80, type: ESTIMATED}',
  'armsInterventionsModule:',
  '  armGroups:',
  '    - {label: Walking, type: EXPERIMENTAL, interventionNames: ["Behavioral: Supervised walking"]}',
  '    - {label: Usual care, type: NO_INTERVENTION}',
  '  interventions:',
  '    - {type: BEHAVIORAL, name: Supervised walking, armGroupLabels: [Walking]}',
  'outcomesModule:',
  '  primaryOutcomes:',
  '    - {measure: Walking distance in 6 minutes, timeFrame: Week 12}',
  'eligibilityModule:',
  '  eligibilityCriteria: "Inclusion Criteria:\\n\\n* Knee replacement\\n\\nExclusion Criteria:\\n\\n* Unable to walk"',
  '  healthyVolunteers: false',
  '  sex: ALL',
  'contactsLocationsModule:',
  '  centralContacts: [{name: Study Desk, role: CONTACT, email: desk@example.org}]',
);

function messages(text: string): string[] {
  return findings(text, CODE).map((seen) => seen.message);
}

describe('review/required-for-registration', () => {
  it('is silent on a record with every required field', () => {
    assertSilent(COMPLETE, CODE);
  });

  it('asks nothing of a document that holds no record module (a search response, an empty mapping)', () => {
    assertSilent(yaml('studies:', '  - protocolSection: {}'), CODE);
    assertSilent('{}\n', CODE, { format: 'json' });
  });

  it('names a missing field and its path, as information, on the nearest existing parent key', () => {
    const seen = assertOne(COMPLETE.replace('  leadSponsor: {name: Example University}\n', ''), CODE);
    assert.equal(seen.message, 'Required for registration: lead sponsor (`sponsorCollaboratorsModule.leadSponsor.name`)');
    assert.equal(seen.severity, 'information');
    assert.equal(seen.marked, 'sponsorCollaboratorsModule');
    assert.deepEqual(seen.diagnostic.fix, {
      kind: 'insert-property',
      parentPointer: '/sponsorCollaboratorsModule/leadSponsor',
      properties: ['name'],
    });
  });

  it('counts an empty value as missing', () => {
    const seen = assertOne(COMPLETE.replace('Does supervised walking help people recover after knee replacement?', '""'), CODE);
    assert.match(seen.message, /brief summary \(`descriptionModule\.briefSummary`\)/);
    assert.equal(seen.marked, 'descriptionModule');
  });

  it('asks each study type for its own fields', () => {
    const observational = yaml(
      'identificationModule: {orgStudyIdInfo: {id: OBS-1}, briefTitle: Knee Registry}',
      'statusModule: {overallStatus: RECRUITING}',
      'designModule:',
      '  studyType: OBSERVATIONAL',
      '  designInfo: {observationalModel: COHORT, timePerspective: PROSPECTIVE}',
    );
    const found = messages(observational).map((message) => /: (.*) \(/.exec(message)?.[1]);
    assert.ok(found.includes('enrollment'), found.join(' | '));
    assert.ok(found.includes('primary outcome measure'), found.join(' | '));
    assert.ok(!found.includes('phase') && !found.includes('accepts healthy volunteers'), found.join(' | '));

    const expandedAccess = yaml(
      'identificationModule: {orgStudyIdInfo: {id: EA-1}, briefTitle: Access to Drug X}',
      'statusModule: {overallStatus: AVAILABLE}',
      'designModule: {studyType: EXPANDED_ACCESS}',
    );
    const eaFound = messages(expandedAccess).map((message) => /: (.*) \(/.exec(message)?.[1]);
    assert.ok(eaFound.includes('interventions'), eaFound.join(' | '));
    for (const notAsked of ['study start date', 'enrollment', 'primary outcome measure', 'phase']) {
      assert.ok(!eaFound.includes(notAsked), `${notAsked}: ${eaFound.join(' | ')}`);
    }
  });

  it('asks for the FDA questions only of interventional studies starting on or after 2017-01-18', () => {
    const withoutOversight = COMPLETE.replace('oversightModule: {isFdaRegulatedDrug: false, isFdaRegulatedDevice: false}\n', '');
    assert.deepEqual(messages(withoutOversight), [
      'Required for registration: FDA-regulated drug (`oversightModule.isFdaRegulatedDrug`)',
      'Required for registration: FDA-regulated device (`oversightModule.isFdaRegulatedDevice`)',
    ]);
    const older = withoutOversight
      .replace('date: 2025-03-01, type: ACTUAL', 'date: 2016-03-01, type: ACTUAL')
      .replace('  officialTitle: A Randomized Trial of Supervised Walking After Knee Replacement\n', '');
    assertSilent(older, CODE);
  });

  it('asks for a primary outcome of studies first submitted since FDAAA 801 (2007-09-27), or not submitted yet', () => {
    const withoutOutcomes = COMPLETE.replace(/outcomesModule:\n {2}primaryOutcomes:\n {4}- .*\n/, '');
    assert.notEqual(withoutOutcomes, COMPLETE);
    const missing = 'Required for registration: primary outcome measure (`outcomesModule.primaryOutcomes`)';
    assert.deepEqual(messages(withoutOutcomes), [missing]);
    const submitted = (day: string) => withoutOutcomes.replace('statusModule:\n', `statusModule:\n  studyFirstSubmitDate: ${day}\n`);
    assert.deepEqual(messages(submitted('2007-09-27')), [missing]);
    assert.deepEqual(messages(submitted('2005-09-12')), [], 'NCT00184067, registered in 2005 without one, is published so');
  });

  it('names a field of a list item by the item, and marks the item, not the whole list', () => {
    const text = COMPLETE.replace(
      '    - {measure: Walking distance in 6 minutes, timeFrame: Week 12}',
      '    - {measure: Walking distance in 6 minutes, timeFrame: Week 12}\n  otherOutcomes:\n    - {measure: Pain score}',
    );
    const seen = assertOne(text, CODE);
    assert.equal(seen.message, 'Required for registration: time frame of other outcome 1 (`outcomesModule.otherOutcomes[0].timeFrame`)');
    assert.equal(seen.marked, 'measure');
  });

  it('leaves a field to the check that already reports it, so each missing field shows once', () => {
    // design/interventional-required owns the primary purpose, eligibility/sex-required the sex,
    // status/why-stopped the reason, identification/official-title the official title.
    const text = COMPLETE.replace('    primaryPurpose: TREATMENT\n', '')
      .replace('  sex: ALL\n', '')
      .replace('overallStatus: RECRUITING', 'overallStatus: TERMINATED')
      .replace('  officialTitle: A Randomized Trial of Supervised Walking After Knee Replacement\n', '');
    const codes = check(text)
      .filter((seen) => seen.severity !== 'hint')
      .map((seen) => seen.code);
    for (const owner of [
      'design/interventional-required',
      'eligibility/sex-required',
      'status/why-stopped',
      'identification/official-title',
    ]) {
      assert.equal(codes.filter((code) => code === owner).length, 1, `${owner}: ${codes.join(' ')}`);
    }
    assertSilent(text, CODE);
  });

  it('leaves the time frame of a primary outcome and blank criteria to the review criteria that report them', () => {
    const text = COMPLETE.replace(
      '{measure: Walking distance in 6 minutes, timeFrame: Week 12}',
      '{measure: Walking distance in 6 minutes}',
    ).replace(/eligibilityCriteria: ".*"/, 'eligibilityCriteria: ""');
    const codes = check(text).map((seen) => seen.code);
    assert.equal(codes.filter((code) => code === 'review/outcome-timeframe-missing').length, 1, codes.join(' '));
    assert.equal(codes.filter((code) => code === 'review/eligibility-missing').length, 1, codes.join(' '));
    assertSilent(text, CODE);
  });

  it('reports what the owning check would have, when that check is turned off', () => {
    const text = COMPLETE.replace('  sex: ALL\n', '');
    const seen = assertOne(text, CODE, { severities: { 'eligibility/sex-required': 'off' } });
    assert.match(seen.message, /sex \(`eligibilityModule\.sex`\)/);
  });

  it('reports a sex missing with the whole eligibility module (the sex rule only looks inside the module)', () => {
    const text = COMPLETE.slice(0, COMPLETE.indexOf('eligibilityModule:')) + COMPLETE.slice(COMPLETE.indexOf('contactsLocationsModule:'));
    const found = messages(text);
    assert.ok(found.some((message) => message.includes('`eligibilityModule.sex`')));
    assert.ok(found.some((message) => message.includes('`eligibilityModule.eligibilityCriteria`')));
    assert.ok(found.some((message) => message.includes('`eligibilityModule.healthyVolunteers`')));
  });

  it('leaves schema-required fields to the schema (service level: one problem per missing field)', () => {
    const service = createTrialRecordService();
    const text = COMPLETE.replace('  orgStudyIdInfo: {id: ORG-1}\n', '').replace('  leadSponsor: {name: Example University}\n', '');
    const { analysis } = service.analyze(text, 'record.trial.yaml', { today: '2025-06-15' });
    const codes = analysis.diagnostics.map((diagnostic) => diagnostic.code).sort();
    assert.deepEqual(codes, ['schema/required', 'schema/required']);
  });
});
