import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readSiteContacts } from '../../../server/src/import/lexicon/sites/medpath/siteContacts';

import { toPageText } from '../../../server/src/import/pageText';
import { assertSameFields, expectedOf, formatById, keptLines, pageOf, schemaProblems, winnerOf } from './sitesTestKit';

const medpathFormat = formatById('medpath');

const PAGES = [
  'medpath-NCT06321198.txt',
  'medpath-NCT06954740.txt',
  'medpath-plain-EUCTR2019-003456-21.txt',
  'medpath-plain-CTRI-2023-05-061234.txt',
  'medpath-plain-NCT05871234.txt',
];

describe('MedPath reader', () => {
  for (const name of PAGES) {
    it(`reads ${name} as its expected record, schema-clean, detected as MedPath`, () => {
      const page = pageOf(name);
      assert.equal(winnerOf(page), 'medpath');
      const reading = medpathFormat.read(page);
      assertSameFields(reading.record, expectedOf(name));
      assert.deepEqual(schemaProblems(reading.record), []);
    });
  }
  it('keeps the flattened outcome tables as comments, and takes a glued contact line it can split whole', () => {
    const page = pageOf('medpath-NCT06321198.txt');
    const reading = medpathFormat.read(page);
    const kept = keptLines(page, reading);
    assert.ok(kept.some((line) => line.startsWith('Name Time Method Adverse Event')));
    assert.ok(!kept.some((line) => line.includes('xiaoyuz@ustc.edu.cn')));
    assert.ok(!kept.some((line) => line === '- NCT06321198' || line === '- RECRUITING'));
    const site = ((reading.record.contactsLocationsModule as Record<string, unknown>).locations as Array<Record<string, unknown>>)[0];
    assert.deepEqual(site.contacts, [
      { name: 'Zhu Xiaoyu, Ph.D', role: 'CONTACT', phone: '+86 15255456091', email: 'xiaoyuz@ustc.edu.cn' },
      { name: 'Sun Guangyu', role: 'CONTACT', phone: '+86 13956970687', email: 'sunguangyu_vip@foxmail.com' },
    ]);
  });
  it('stops at a glued e-mail it cannot end (a name in lower case follows) and keeps the line as a comment', () => {
    // With a final line break: the text is complete, so its last line is not taken for cut off.
    const page = toPageText(`${pageOf('medpath-NCT06954740.txt').text}\n`);
    const reading = medpathFormat.read(page);
    const site = ((reading.record.contactsLocationsModule as Record<string, unknown>).locations as Array<Record<string, unknown>>)[0];
    assert.deepEqual(site.contacts, [{ name: 'Ban Zhao', role: 'CONTACT', phone: '86 13910425475' }]);
    assert.ok(keptLines(page, reading).some((line) => line.includes('zbyule@139.comyonghui Mao')));
    assert.ok(reading.warnings.some((warning) => warning.includes('Beijing hospital')));
  });
  it('splits the people of a summary line only at role words, and e-mails only before a capital', () => {
    assert.deepEqual(readSiteContacts('Ann LeeContactann@Lee.orgBo ChanContact'), {
      contacts: [{ name: 'Ann Lee', role: 'CONTACT' }],
      complete: false,
    });
    assert.deepEqual(readSiteContacts('Bo ChanPrincipal InvestigatorCy DoSub Investigator'), {
      contacts: [
        { name: 'Bo Chan', role: 'PRINCIPAL_INVESTIGATOR' },
        { name: 'Cy Do', role: 'SUB_INVESTIGATOR' },
      ],
      complete: true,
    });
    assert.deepEqual(readSiteContacts('Dr. X, Site coordinator'), { contacts: [], complete: false });
    // Bare digits before an e-mail may be the e-mail's start: neither phone nor e-mail is taken.
    assert.deepEqual(readSiteContacts('Li WeiContact13910425475@qq.com'), {
      contacts: [{ name: 'Li Wei', role: 'CONTACT' }],
      complete: false,
    });
    assert.deepEqual(readSiteContacts('Li WeiContact+86 13910425475li@qq.com'), {
      contacts: [{ name: 'Li Wei', role: 'CONTACT', phone: '+86 13910425475', email: 'li@qq.com' }],
      complete: true,
    });
  });
  it('keeps a non-CT.gov status and never takes a registry number as nctId', () => {
    const page = pageOf('medpath-plain-EUCTR2019-003456-21.txt');
    const reading = medpathFormat.read(page);
    // Placeholders stay as comments too, each with its label, so Show Details can say why.
    assert.deepEqual(keptLines(page, reading), [
      'Detailed Description',
      'Not available',
      'Status',
      'Authorised-recruitment may be ongoing or finished',
      'Sex',
      'Not specified',
      'Target Recruitment',
      'Not specified',
      'Study Design',
      'Not specified',
    ]);
    assert.equal((reading.record.identificationModule as Record<string, unknown>).nctId, undefined);
    assert.ok(reading.warnings.some((warning) => warning.includes('Authorised')));
  });
  it('reads what it can of a truncated page and does not throw on rubbish', () => {
    const full = pageOf('medpath-NCT06954740.txt');
    const cut = toPageText(full.lines.slice(0, 11).join('\n'));
    const reading = medpathFormat.read(cut);
    assert.equal((reading.record.statusModule as Record<string, unknown>)?.overallStatus, undefined);
    assert.equal((reading.record.identificationModule as Record<string, unknown>).nctId, 'NCT06954740');
    assert.doesNotThrow(() => medpathFormat.read(toPageText('- Status\n-\n- Locations (3)\n🇨🇳\n')));
  });
  it('reads typed interventions and a flag glued to the city', () => {
    const page = toPageText(
      [
        'Aspirin After Stroke',
        '- Interventions',
        '- Drug: Aspirin',
        '- Registration Number',
        '- CTRI/2024/01/012345',
        'Trial Locations',
        '- Locations (1)',
        'AIIMS',
        '🇮🇳New Delhi, Delhi, India',
        '',
      ].join('\n'),
    );
    const reading = medpathFormat.read(page);
    assert.deepEqual(reading.record, {
      identificationModule: {
        briefTitle: 'Aspirin After Stroke',
        secondaryIdInfos: [{ id: 'CTRI/2024/01/012345', type: 'REGISTRY', domain: 'CTRI' }],
      },
      armsInterventionsModule: { interventions: [{ type: 'DRUG', name: 'Aspirin' }] },
      contactsLocationsModule: { locations: [{ facility: 'AIIMS', city: 'New Delhi', state: 'Delhi', country: 'India' }] },
    });
    assert.deepEqual(keptLines(page, reading), []);
  });
  it("plain extraction of another registry's record: one measure per row, one per `;`-joined name", () => {
    const reading = medpathFormat.read(pageOf('medpath-plain-CTRI-2023-05-061234.txt'));
    const outcomes = reading.record.outcomesModule as Record<string, Array<Record<string, string>>>;
    assert.deepEqual(outcomes.primaryOutcomes, [{ measure: 'Change in GAD-7 score from baseline to week 8' }]);
    assert.deepEqual(
      outcomes.secondaryOutcomes.map((outcome) => outcome.measure),
      ['Perceived Stress Scale score at week 8', 'Pittsburgh Sleep Quality Index at week 8', 'Heart rate variability (RMSSD) at week 8'],
    );
    assert.ok(
      outcomes.secondaryOutcomes.every((outcome) => Object.keys(outcome).join() === 'measure'),
      'no time frame is invented',
    );
  });
  it('leaves ClinicalTrials.gov outcome rows (a time frame glued on) and the arm table as comments, in both extractions', () => {
    for (const name of ['medpath-plain-NCT05871234.txt', 'medpath-NCT06954740.txt', 'medpath-NCT06321198.txt']) {
      const page = pageOf(name);
      const reading = medpathFormat.read(page);
      assert.equal(reading.record.outcomesModule, undefined, name);
      assert.equal((reading.record.armsInterventionsModule as Record<string, unknown> | undefined)?.armGroups, undefined, name);
      assert.ok(
        keptLines(page, reading).some((line) => /^(?:Name ?Time ?Method)/.test(line)),
        name,
      );
    }
    const page = pageOf('medpath-plain-NCT05871234.txt');
    const kept = keptLines(page, medpathFormat.read(page));
    assert.ok(kept.includes('Change in body weight52 weeksPercent change from baseline'));
    assert.ok(kept.includes('Semaglutide Semaglutide Semaglutide 2.4 mg subcutaneously once weekly for 52 weeks'));
  });
  it("leaves the bullet extraction of another registry's outcomes as comments (rows run together)", () => {
    const page = toPageText(
      [
        'Trial X of Pain Relief',
        '- Registration Number',
        '- ChiCTR2300071234',
        '- Primary Outcome Measures',
        'Name Time Method pain score;opioid use',
      ].join('\n'),
    );
    const reading = medpathFormat.read(page);
    assert.equal(reading.record.outcomesModule, undefined);
    assert.deepEqual(keptLines(page, reading), ['Name Time Method pain score;opioid use']);
  });
  it('a status repeated under Recruitment & Eligibility agrees with the badge and is not reported', () => {
    const reading = medpathFormat.read(pageOf('medpath-plain-NCT05871234.txt'));
    assert.ok(!reading.warnings.some((warning) => warning.startsWith('Status')));
  });
});
