// The preview's readiness summary and "Missing: …" marks come from the same required-field list as the
// diagnostics: a record shows the same missing fields in Problems and in the preview.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import type { RecordDiagnostic } from '../../../server/src/service/diagnostics/recordDiagnostic';
import { joinPointer } from '../../../server/src/service/parse/parsedRecord';
import { createTrialRecordService } from '../../../server/src/trialRecordService';
import { elementsWith, parseHtml, TODAY } from './renderKit';

const service = createTrialRecordService();

/** Only titles and a status. */
const TITLES_AND_STATUS = `identificationModule:
  briefTitle: Walking After Knee Surgery
  officialTitle: A Trial of Supervised Walking After Knee Replacement
statusModule:
  overallStatus: RECRUITING
`;

const REQUIRED = 'review/required-for-registration';

/**
 * The required fields the diagnostics say are missing, by the list's label: a required-for-registration finding
 * names its field; another check (the schema's `required`) names the group its fix inserts, standing for every
 * required field inside it. Each field must be reported once.
 */
function labelsInProblems(diagnostics: readonly RecordDiagnostic[], missingPointers: ReadonlyMap<string, string>): string[] {
  const labels: string[] = [];
  for (const diagnostic of diagnostics) {
    if (diagnostic.code === REQUIRED) {
      labels.push(/^Required for registration: (.*) \(`/.exec(diagnostic.message)?.[1] ?? diagnostic.message);
    } else if (diagnostic.fix?.kind === 'insert-property') {
      const inserted = joinPointer(diagnostic.fix.parentPointer, diagnostic.fix.properties[0]);
      for (const [pointer, label] of missingPointers) if (pointer === inserted || pointer.startsWith(`${inserted}/`)) labels.push(label);
    }
  }
  return labels;
}

describe('readiness: Problems and the preview name the same missing fields', () => {
  it('a record holding only titles and a status', () => {
    const record = service.analyze(TITLES_AND_STATUS, 'record.trial.yaml', { today: TODAY });
    const page = parseHtml(service.renderHtml(record));

    const summaryItems = elementsWith(page, (e) => e.attributes.class === 'readiness-item').map((e) => e.text);
    const summaryLinks = elementsWith(page, (e) => e.name === 'a' && e.attributes['data-required'] !== undefined);
    const marks = elementsWith(page, (e) => e.attributes.class === 'missing').map((e) => e.attributes['data-required']);
    // The fields' own pointers (the links point at the nearest existing parent), for reading Problems.
    const listed = new Map<string, string>();
    for (const [pointer, label] of [
      ['/identificationModule/orgStudyIdInfo/id', "organization's study ID"],
      ['/statusModule/statusVerifiedDate', 'record verification date'],
      ['/sponsorCollaboratorsModule/responsibleParty/type', 'responsible party'],
      ['/sponsorCollaboratorsModule/leadSponsor/name', 'lead sponsor'],
      ['/conditionsModule/conditions', 'conditions'],
      ['/descriptionModule/briefSummary', 'brief summary'],
      ['/designModule/studyType', 'study type'],
      ['/eligibilityModule/sex', 'sex'],
      ['/eligibilityModule/eligibilityCriteria', 'eligibility criteria'],
    ] as const)
      listed.set(pointer, label);
    assert.equal(summaryLinks.length, listed.size);

    const expected = [...listed.values()];
    assert.deepEqual(summaryItems, expected, 'the summary lists the missing fields in registry order');
    assert.deepEqual([...marks].sort(), [...expected].sort(), 'each has its "Missing: …" mark where it belongs');

    const inProblems = labelsInProblems(record.analysis.diagnostics, listed);
    assert.deepEqual([...inProblems].sort(), [...expected].sort(), 'Problems reports each missing field exactly once');
    const fromRule = record.analysis.diagnostics.filter((d) => d.code === REQUIRED).length;
    assert.equal(fromRule, expected.length - 1, "all but the organization's study ID, which the schema reports (`required`)");

    const summary = elementsWith(page, (e) => e.attributes.class === 'readiness-summary')[0].text;
    assert.equal(summary, 'Ready for submission: 1 error, 1 warning, 9 required fields missing');
  });

  it('links each summary item to the nearest part of the source that exists', () => {
    const record = service.analyze(TITLES_AND_STATUS, 'record.trial.yaml', { today: TODAY });
    const page = parseHtml(service.renderHtml(record));
    const link = elementsWith(page, (e) => e.attributes['data-required'] === 'record verification date' && e.name === 'a')[0];
    assert.equal(link.attributes.class, 'source-link');
    assert.equal(link.attributes['data-pointer'], '/statusModule');
    assert.equal(link.attributes['data-range'], '3:0-5:0');
    assert.equal(link.attributes['data-start-line'], undefined, 'a link, not a block that scrolling follows');
    const problemsLink = elementsWith(page, (e) => e.name === 'a' && e.attributes.href === '#section-problems')[0];
    assert.equal(problemsLink.text, '1 error, 1 warning');
  });

  it('says when nothing is in the way', () => {
    const record = service.analyze(TITLES_AND_STATUS, 'record.trial.yaml', { today: TODAY });
    const clean = { ...record, analysis: { ...record.analysis, diagnostics: [] } };
    const complete = service.analyze(
      `${TITLES_AND_STATUS.replace('identificationModule:\n', 'identificationModule:\n  orgStudyIdInfo: {id: ORG-1}\n').replace(
        'statusModule:\n',
        'statusModule:\n  statusVerifiedDate: 2026-10\n',
      )}sponsorCollaboratorsModule:
  responsibleParty: {type: SPONSOR}
  leadSponsor: {name: Example University}
conditionsModule: {conditions: [Osteoarthritis]}
descriptionModule: {briefSummary: Does walking help?}
designModule: {studyType: EXPANDED_ACCESS}
armsInterventionsModule:
  interventions: [{type: BEHAVIORAL, name: Supervised walking}]
eligibilityModule: {eligibilityCriteria: Adults after knee replacement, sex: ALL}
`,
      'record.trial.yaml',
      { today: TODAY },
    );
    assert.ok(parseHtml(service.renderHtml(clean)).text.includes('Ready for submission: 9 required fields missing'));
    const page = parseHtml(service.renderHtml({ ...complete, analysis: { ...complete.analysis, diagnostics: [] } }));
    assert.equal(elementsWith(page, (e) => e.attributes.class === 'readiness-summary')[0].text, 'Ready for submission: no problems found');
    assert.deepEqual(
      elementsWith(page, (e) => e.attributes.class === 'missing'),
      [],
    );
  });
});
