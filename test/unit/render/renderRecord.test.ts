import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { elementAt, elementsWith, parseHtml, render } from './renderKit';

const MINIMAL = `identificationModule:
  orgStudyIdInfo:
    id: ABC-1
  briefTitle: A Small Study
statusModule:
  overallStatus: RECRUITING
  startDateStruct:
    date: 2024-02
    type: ACTUAL
  primaryCompletionDateStruct:
    date: 2026-05-31
    type: ESTIMATED
  completionDateStruct:
    date: 2026-12
`;

describe('renderRecordHtml: the page', () => {
  it('renders every section of a full sample, in registry order, with enum values as their labels', () => {
    const { html } = render(readFileSync('samples/NCT06731192.trial.yaml', 'utf8'));
    const page = parseHtml(html);
    const headings = elementsWith(page, (e) => e.name === 'h2').map((e) => e.text.replace(/\s+\d.*$/, ''));
    assert.deepEqual(headings.slice(0, 10), [
      'Status',
      'Sponsor and collaborators',
      'Oversight',
      'Conditions and keywords',
      'Summary',
      'Design',
      'Arms and interventions',
      'Outcome measures',
      'Eligibility',
      'Contacts and locations',
    ]);
    assert.equal(
      elementsWith(page, (e) => e.name === 'h1')[0].text,
      'Human Umbilical Cord Mesenchymal Stem Cells for Alport Syndrome (HUCMSC)',
    );
    assert.equal(elementAt(page, '/statusModule/overallStatus')?.text, 'Not yet recruiting');
    assert.equal(elementAt(page, '/designModule/designInfo/interventionModel')?.text, 'Intervention modelParallel Assignment');
    assert.match(page.text, /Phase 2, Phase 3/);
  });

  it('omits sections the record has nothing for, and flags required information that is missing', () => {
    const page = parseHtml(render(MINIMAL).html);
    const headings = elementsWith(page, (e) => e.name === 'h2').map((e) => e.text);
    for (const absent of [
      'Oversight',
      'Arms and interventions',
      'Outcome measures',
      'Contacts and locations',
      'References',
      'Sharing of individual participant data',
    ]) {
      assert.ok(!headings.some((h) => h.startsWith(absent)), `${absent} should be left out: ${headings.join(' | ')}`);
    }
    const missing = elementsWith(page, (e) => e.attributes.class === 'missing').map((e) => e.text);
    // Required by the registry but absent: flagged where they belong, not skipped.
    for (const flag of [
      'Missing: lead sponsor',
      'Missing: conditions',
      'Missing: brief summary',
      'Missing: eligibility criteria',
      'Missing: sex',
      'Missing: study type',
    ]) {
      assert.ok(missing.includes(flag), `${flag} expected among ${missing.join(' | ')}`);
    }
    // A missing field points at the nearest part of the source that exists.
    const sponsorFlag = elementsWith(page, (e) => e.text === 'Missing: lead sponsor')[0];
    assert.equal(sponsorFlag.attributes['data-pointer'], undefined, 'no sponsor module at all: nothing to point at');
  });

  it('shows the acronym and the IDs with their kinds, and flags a record without a brief title', () => {
    const page = parseHtml(
      render(`identificationModule:
  nctId: NCT01234567
  orgStudyIdInfo: {id: ORG-7, type: NIH}
  secondaryIdInfos:
    - {id: SEC-1, type: OTHER, domain: Some registry}
  acronym: TINY
statusModule: {overallStatus: COMPLETED}
`).html,
    );
    const h1 = elementsWith(page, (e) => e.name === 'h1')[0];
    assert.match(h1.text, /^Untitled study \(TINY\) Missing: brief title$/);
    const chips = elementsWith(page, (e) => e.attributes.class === 'id-chip').map((e) => e.text);
    assert.deepEqual(chips, [
      'NCT ID NCT01234567',
      'Org study ID ORG-7 U.S. NIH Grant/Contract',
      'Secondary ID SEC-1 Other Identifier · Some registry',
    ]);
  });

  it('puts the key dates on a timeline, telling actual from estimated and flagging an untyped date', () => {
    const page = parseHtml(render(MINIMAL).html);
    const milestones = elementsWith(page, (e) => e.name === 'li' && (e.attributes.class ?? '').startsWith('milestone'));
    assert.deepEqual(
      milestones.map((m) => [m.attributes.class, m.text]),
      [
        ['milestone milestone-actual', 'Study start February 2024 Actual'],
        ['milestone milestone-estimated', 'Primary completion May 31, 2026 Estimated'],
        ['milestone milestone-untyped', 'Study completion December 2026 actual or estimated?'],
      ],
    );
  });

  it('asks why a stopped study stopped', () => {
    const page = parseHtml(render(MINIMAL.replace('RECRUITING', 'TERMINATED')).html);
    assert.ok(page.text.includes('Missing: why the study stopped'));
    const withReason = parseHtml(render(MINIMAL.replace('RECRUITING', 'TERMINATED\n  whyStopped: Funding ended')).html);
    assert.ok(withReason.text.includes('Why stopped: Funding ended'));
    assert.ok(!withReason.text.includes('Missing: why the study stopped'));
  });

  it('links arms and interventions to each other, and marks a name that matches nothing', () => {
    const page = parseHtml(
      render(`${MINIMAL}armsInterventionsModule:
  armGroups:
    - label: Walking
      type: EXPERIMENTAL
      interventionNames: ["Behavioral: Supervised walking", "Drug: Nothing like it"]
  interventions:
    - type: BEHAVIORAL
      name: Supervised walking
      armGroupLabels: [Walking]
`).html,
    );
    const links = elementsWith(page, (e) => e.name === 'a' && e.attributes.class === 'cross-link').map((e) => [e.attributes.href, e.text]);
    assert.deepEqual(links, [
      ['#intervention-0', 'Behavioral: Supervised walking'],
      ['#arm-0', 'Walking'],
    ]);
    assert.ok(elementsWith(page, (e) => e.attributes.id === 'intervention-0' && e.name === 'tr').length === 1);
    assert.deepEqual(
      elementsWith(page, (e) => e.attributes.class === 'unmatched').map((e) => e.text),
      ['Drug: Nothing like it'],
    );
  });

  it('lists outcomes with their time frames and flags a missing time frame', () => {
    const page = parseHtml(
      render(`${MINIMAL}outcomesModule:
  primaryOutcomes:
    - {measure: Pain score, timeFrame: 12 weeks}
  secondaryOutcomes:
    - {measure: Walking distance}
`).html,
    );
    const outcomes = elementsWith(page, (e) => e.attributes.class === 'outcome').map((e) => e.text);
    assert.deepEqual(outcomes, ['Pain scoreTime frame: 12 weeks', 'Walking distanceTime frame: Missing: time frame']);
    assert.deepEqual(
      elementsWith(page, (e) => e.name === 'h3')
        .map((e) => e.text)
        .filter((t) => t.endsWith('outcomes')),
      ['Primary outcomes', 'Secondary outcomes'],
    );
  });

  it('renders eligibility criteria as lists and shows ages, sex and healthy volunteers', () => {
    const page = parseHtml(
      render(`${MINIMAL}eligibilityModule:
  eligibilityCriteria: |-
    Inclusion Criteria:

    * Adults
    * Knee pain

    Exclusion Criteria:

    * Surgery
  healthyVolunteers: false
  sex: FEMALE
  minimumAge: 18 Years
  stdAges: [ADULT, OLDER_ADULT]
`).html,
    );
    assert.deepEqual(
      elementsWith(page, (e) => e.name === 'li' && !e.attributes.class && !e.attributes['data-pointer']).map((e) => e.text),
      ['Adults', 'Knee pain', 'Surgery'],
    );
    const facts = elementsWith(page, (e) => e.attributes.class === 'fact').map((e) => e.text);
    for (const expected of ['Ages18 Years to no maximum', 'SexFemale', 'Accepts healthy volunteersNo', 'Age groupsAdult, Older Adult']) {
      assert.ok(facts.includes(expected), `${expected} among ${facts.join(' | ')}`);
    }
  });

  it('groups locations by country with counts', () => {
    const page = parseHtml(
      render(`${MINIMAL}contactsLocationsModule:
  locations:
    - {facility: Site A, city: Lyon, country: France, status: RECRUITING}
    - {facility: Site B, city: Boston, state: Massachusetts, country: United States}
    - {facility: Site C, city: Paris, country: France}
`).html,
    );
    const summaries = elementsWith(page, (e) => e.name === 'summary').map((e) => e.text);
    assert.deepEqual(summaries, ['France 2 locations', 'United States 1 location']);
    assert.ok(page.text.includes('3 locations in 2 countries'));
    assert.deepEqual(
      elementsWith(page, (e) => e.attributes.class === 'facility').map((e) => e.text),
      ['Site A', 'Site C', 'Site B'],
    );
  });

  it('lists the current problems, most severe first, each linking to its source range', () => {
    const text = readFileSync('samples/invalid-example.trial.yaml', 'utf8');
    const { html, analysis, lines } = render(text);
    const page = parseHtml(html);
    const problems = elementsWith(page, (e) => e.name === 'li' && (e.attributes.class ?? '').startsWith('problem '));
    assert.equal(problems.length, analysis.diagnostics.length);
    const severities = problems.map((p) => p.attributes.class.replace('problem problem-', ''));
    const order = ['error', 'warning', 'information', 'hint'];
    assert.deepEqual(
      severities,
      [...severities].sort((a, b) => order.indexOf(a) - order.indexOf(b)),
    );
    const links = elementsWith(page, (e) => e.attributes.class === 'source-link');
    for (const diagnostic of analysis.diagnostics) {
      const start = lines.positionAt(diagnostic.range.start);
      const end = lines.positionAt(diagnostic.range.end);
      const range = `${start.line}:${start.character}-${end.line}:${end.character}`;
      assert.ok(
        links.some((link) => link.attributes['data-range'] === range),
        `a link to ${range} (${diagnostic.code})`,
      );
    }
    const enumProblem = problems.find((p) => p.text.includes('schema/enum'));
    assert.ok(enumProblem && /line \d+, column \d+/.test(enumProblem.text));
  });

  it('maps every located element back to the exact source of its node', () => {
    const { html, text, analysis, lines } = render(readFileSync('samples/NCT06731192.trial.yaml', 'utf8'));
    const located = elementsWith(
      parseHtml(html),
      (e) => e.attributes['data-pointer'] !== undefined && e.attributes['data-start-line'] !== undefined,
    );
    assert.ok(located.length > 50, `many located elements (${located.length})`);
    for (const element of located) {
      const location = analysis.parsed.locations.get(element.attributes['data-pointer']);
      assert.ok(location, `the pointer ${element.attributes['data-pointer']} exists in the source`);
      const start = lines.positionAt(location.keyRange?.start ?? location.valueRange.start);
      const end = lines.positionAt(location.valueRange.end);
      assert.equal(element.attributes['data-range'], `${start.line}:${start.character}-${end.line}:${end.character}`);
      assert.equal(element.attributes['data-start-line'], String(start.line));
    }
    const title = located.find((e) => e.attributes['data-pointer'] === '/identificationModule/briefTitle');
    assert.ok(title);
    const [, startLine, startChar] = /^(\d+):(\d+)/.exec(title.attributes['data-range']) ?? [];
    assert.ok(text.split('\n')[Number(startLine)].slice(Number(startChar)).startsWith('briefTitle: Human Umbilical'));
  });

  it('renders a whole API study (protocolSection inside), pointing into the protocol section', () => {
    const text = JSON.stringify(
      {
        protocolSection: { identificationModule: { briefTitle: 'Inside' }, statusModule: { overallStatus: 'WITHDRAWN' } },
        hasResults: false,
      },
      null,
      2,
    );
    const page = parseHtml(render(text, 'json').html);
    assert.equal(elementAt(page, '/protocolSection/identificationModule/briefTitle')?.text, 'Inside');
    assert.equal(elementAt(page, '/protocolSection/statusModule/overallStatus')?.text, 'Withdrawn');
  });

  it('says so instead of failing on an empty document or one that is not a mapping', () => {
    assert.match(parseHtml(render('').html).text, /The document is empty\./);
    assert.match(parseHtml(render('- just\n- a list\n').html).text, /not a mapping of record modules/);
  });

  it('renders the largest fixture (1,148 locations) in one pass with every site', () => {
    const study = readFileSync('test/fixtures/ctgov/json/NCT04267848.json', 'utf8');
    const { html } = render(study, 'json');
    const page = parseHtml(html);
    assert.equal(elementsWith(page, (e) => e.attributes.class === 'site').length, 1148);
    assert.ok(page.text.includes('1148 locations in'));
    // Big countries start folded; small ones open.
    const details = elementsWith(page, (e) => e.name === 'details');
    assert.ok(details.some((d) => d.attributes.open === undefined) && details.some((d) => d.attributes.open !== undefined));
  });
});
