// The preview of a whole study's results (issue 17 part 5): participant flow with its arithmetic checked, baseline,
// outcome measures with dispersion and analyses, adverse events, more information; folding, click-to-source, escaping.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { RenderContext } from '../../../server/src/render/renderContext';
import { RESULTS_SECTIONS } from '../../../server/src/render/sections/results/resultsSections';
import { recordSchema } from '../../../server/src/service/schema/recordSchema';
import { elementAt, elementsWith, parseHtml, render, type HtmlElement, type ParsedHtml, type Rendered } from './renderKit';

const PROTOCOL = { identificationModule: { nctId: 'NCT00000001', briefTitle: 'A Study With Results' } };

/** A whole API study with the given results, as JSON text. */
function study(resultsSection: object): string {
  return JSON.stringify({ protocolSection: PROTOCOL, resultsSection, hasResults: true }, null, 2);
}

const FLOW_GROUPS = [
  { id: 'FG000', title: 'Drug', description: 'Drug daily.' },
  { id: 'FG001', title: 'Placebo' },
];

/** FG000 adds up (10 started, 8 completed, 2 not, reasons 1 + 1); FG001 does not (10 − 7 = 3, but 4 not completed; reasons 2). */
const FLOW = {
  participantFlowModule: {
    recruitmentDetails: 'Two sites.',
    groups: FLOW_GROUPS,
    periods: [
      {
        title: 'Overall Study',
        milestones: [
          {
            type: 'STARTED',
            achievements: [
              { groupId: 'FG000', numSubjects: '10' },
              { groupId: 'FG001', numSubjects: '10' },
            ],
          },
          {
            type: 'COMPLETED',
            achievements: [
              { groupId: 'FG000', numSubjects: '8' },
              { groupId: 'FG001', numSubjects: '7' },
            ],
          },
          {
            type: 'NOT COMPLETED',
            achievements: [
              { groupId: 'FG000', numSubjects: '2' },
              { groupId: 'FG001', numSubjects: '4' },
            ],
          },
        ],
        dropWithdraws: [
          {
            type: 'Adverse Event',
            reasons: [
              { groupId: 'FG000', numSubjects: '1' },
              { groupId: 'FG001', numSubjects: '1' },
            ],
          },
          {
            type: 'Lost to Follow-up',
            reasons: [
              { groupId: 'FG000', numSubjects: '1' },
              { groupId: 'FG001', numSubjects: '1' },
            ],
          },
        ],
      },
    ],
  },
};

const OUTCOMES = {
  outcomeMeasuresModule: {
    outcomeMeasures: [
      {
        type: 'PRIMARY',
        title: 'Change in HbA1c at Week 24',
        timeFrame: 'Baseline, Week 24',
        paramType: 'MEAN',
        dispersionType: 'Standard Deviation',
        unitOfMeasure: 'percentage of HbA1c',
        groups: [
          { id: 'OG000', title: 'Drug' },
          { id: 'OG001', title: 'Placebo' },
        ],
        denoms: [
          {
            units: 'Participants',
            counts: [
              { groupId: 'OG000', value: '48' },
              { groupId: 'OG001', value: '50' },
            ],
          },
        ],
        classes: [
          {
            categories: [
              {
                measurements: [
                  { groupId: 'OG000', value: '-1.2', spread: '0.45' },
                  { groupId: 'OG001', value: '-0.3', spread: '0.51' },
                ],
              },
            ],
          },
        ],
        analyses: [
          {
            groupIds: ['OG000', 'OG001'],
            nonInferiorityType: 'SUPERIORITY',
            pValue: '<0.001',
            statisticalMethod: 'ANCOVA',
            paramType: 'Mean Difference (Final Values)',
            paramValue: '-0.9',
            ciPctValue: '95',
            ciNumSides: 'TWO_SIDED',
            ciLowerLimit: '-1.1',
            ciUpperLimit: '-0.7',
          },
        ],
      },
      {
        type: 'SECONDARY',
        title: 'Time to Relief',
        timeFrame: 'Up to 12 weeks',
        paramType: 'MEDIAN',
        dispersionType: '95% Confidence Interval',
        unitOfMeasure: 'days',
        groups: [{ id: 'OG000', title: 'Drug' }],
        classes: [{ categories: [{ measurements: [{ groupId: 'OG000', value: '12', lowerLimit: '8', upperLimit: '15' }] }] }],
      },
    ],
  },
};

const ADVERSE = {
  adverseEventsModule: {
    frequencyThreshold: '5',
    timeFrame: 'Up to 30 days after the last dose',
    eventGroups: [
      { id: 'EG000', title: 'Drug', seriousNumAffected: 3, seriousNumAtRisk: 97, otherNumAffected: 29, otherNumAtRisk: 97 },
      { id: 'EG001', title: 'Placebo', seriousNumAffected: 0, seriousNumAtRisk: 97, otherNumAffected: 99, otherNumAtRisk: 97 },
    ],
    seriousEvents: [
      {
        term: 'Serum sickness-like reaction',
        organSystem: 'Immune system disorders',
        sourceVocabulary: 'MedDRA (18.0)',
        assessmentType: 'SYSTEMATIC_ASSESSMENT',
        stats: [
          { groupId: 'EG000', numEvents: 2, numAffected: 1, numAtRisk: 97 },
          { groupId: 'EG001', numAffected: 0, numAtRisk: 97 },
        ],
      },
    ],
    otherEvents: [
      {
        term: 'Headache',
        organSystem: 'Nervous system disorders',
        sourceVocabulary: 'MedDRA (18.0)',
        assessmentType: 'SYSTEMATIC_ASSESSMENT',
        stats: [
          { groupId: 'EG000', numAffected: 12, numAtRisk: 97 },
          { groupId: 'EG001', numAffected: 9, numAtRisk: 97 },
        ],
      },
    ],
  },
};

/** What the flow test reads of a real record's JSON (checked by the assertions, not trusted). */
interface RealStudy {
  readonly resultsSection: {
    readonly participantFlowModule: {
      readonly groups: readonly { readonly title: string }[];
      readonly periods: readonly {
        readonly milestones: readonly { readonly achievements: readonly { readonly numSubjects: string }[] }[];
      }[];
    };
  };
}

const byClass = (page: ParsedHtml, name: string) => elementsWith(page, (e) => (e.attributes.class ?? '').split(' ').includes(name));
const cellsOf = (page: ParsedHtml, row: HtmlElement | undefined) => {
  assert.ok(row, 'the row is on the page');
  const index = page.elements.indexOf(row);
  const cells: string[] = [];
  for (const element of page.elements.slice(index + 1)) {
    if (element.name === 'tr') break;
    if (element.name === 'td') cells.push(element.text);
  }
  return cells;
};

/** The source range of the node at `pointer`, as the page writes it in data-range. */
function rangeOf({ analysis, lines }: Rendered, pointer: string): string {
  const location = analysis.parsed.locations.get(pointer);
  assert.ok(location, `${pointer} is in the source`);
  const start = lines.positionAt(location.keyRange?.start ?? location.valueRange.start);
  const end = lines.positionAt(location.valueRange.end);
  return `${start.line}:${start.character}-${end.line}:${end.character}`;
}

describe('the preview of a study’s results', () => {
  it('shows the participant flow of a real record with its numbers, per period and group', () => {
    const text = readFileSync('test/fixtures/ctgov/json/NCT02210780.json', 'utf8');
    const page = parseHtml(render(text, 'json').html);
    const flow = (JSON.parse(text) as RealStudy).resultsSection.participantFlowModule;
    flow.periods[0].milestones.forEach((milestone, index) => {
      const row = elementAt(page, `/resultsSection/participantFlowModule/periods/0/milestones/${index}`);
      assert.deepEqual(
        cellsOf(page, row),
        milestone.achievements.map((achievement) => achievement.numSubjects),
      );
    });
    const started = elementAt(page, '/resultsSection/participantFlowModule/periods/0/milestones/0');
    assert.match(started?.text ?? '', /^Started/);
    assert.ok(page.text.includes('Reasons not completed'));
    assert.ok(page.text.includes(flow.groups[0].title), 'the groups head the columns');
    assert.equal(byClass(page, 'mismatch').length, 0, 'a registered record’s flow adds up');
  });

  it('marks a count that does not add up, in its cell and above the table, with the numbers', () => {
    const page = parseHtml(render(study(FLOW), 'json').html);
    const mismatches = byClass(page, 'mismatch').map((e) => e.text);
    assert.deepEqual(mismatches, ['started 10 − completed 7 = 3', 'the reasons not completed add up to 2']);
    const notCompleted = elementAt(page, '/resultsSection/participantFlowModule/periods/0/milestones/2');
    assert.equal(notCompleted?.attributes.class, 'flow-mismatch');
    assert.deepEqual(cellsOf(page, notCompleted), ['2', '4started 10 − completed 7 = 3the reasons not completed add up to 2']);
    const notes = byClass(page, 'arithmetic-notes')[0];
    assert.match(notes.text, /Placebo \(FG001\), Not completed: 4, but started 10 − completed 7 = 3\./);
    assert.ok(!notes.text.includes('FG000'), 'the group that adds up is not listed');
    // A table with a mismatch stays open however large it is.
    assert.notEqual(elementsWith(page, (e) => e.name === 'details')[0].attributes.open, undefined);
  });

  it('keeps a column for a group id no group defines, so its values stay visible', () => {
    const misspelt = structuredClone(FLOW);
    const started = misspelt.participantFlowModule.periods[0].milestones[0];
    started.achievements[1] = { groupId: 'FG009', numSubjects: '10' };
    const page = parseHtml(render(study(misspelt), 'json').html);
    const undefinedHeadings = elementsWith(page, (e) => e.name === 'th' && e.attributes.class === 'undefined-group');
    assert.deepEqual(
      undefinedHeadings.map((e) => e.text),
      ['No such groupFG009'],
    );
    const row = elementAt(page, '/resultsSection/participantFlowModule/periods/0/milestones/0');
    assert.deepEqual(cellsOf(page, row).slice(0, 3), ['10', '', '10'], 'Drug 10, Placebo none, FG009 10');
    const outcome = structuredClone(OUTCOMES);
    const measure = outcome.outcomeMeasuresModule.outcomeMeasures[0];
    const measurement = measure.classes[0].categories[0].measurements[0];
    measurement.groupId = 'OG007';
    const outcomePage = parseHtml(render(study(outcome), 'json').html);
    assert.deepEqual(
      elementsWith(outcomePage, (e) => e.name === 'th' && e.attributes.class === 'undefined-group').map((e) => e.text),
      ['No such groupOG007'],
    );
    assert.ok(outcomePage.text.includes(measurement.value), 'the value under the undefined group is shown');
  });

  it('checks completed and custom milestones against started, and a period against the one before', () => {
    const flow = structuredClone(FLOW);
    const period = flow.participantFlowModule.periods[0];
    period.milestones[1].achievements[0].numSubjects = '11';
    period.milestones.splice(1, 0, { type: 'Received Dose 2', achievements: [{ groupId: 'FG000', numSubjects: '12' }] });
    flow.participantFlowModule.periods.push({
      title: 'Extension',
      milestones: [
        {
          type: 'STARTED',
          achievements: [
            { groupId: 'FG000', numSubjects: '15' },
            { groupId: 'FG001', numSubjects: '5' },
          ],
        },
      ],
      dropWithdraws: [],
    });
    const text = byClass(parseHtml(render(study(flow), 'json').html), 'arithmetic-notes')
      .map((e) => e.text)
      .join('\n');
    assert.match(text, /Drug \(FG000\), Received Dose 2: 12, but only 10 started\./);
    assert.match(text, /Drug \(FG000\), Completed: 11, but only 10 started\./);
    assert.match(text, /20 participants started this period, more than the 18 who completed Overall Study\./);
  });

  it('shows an outcome’s values with their dispersion, mean (SD) and median (CI), its unit and its analyses', () => {
    const page = parseHtml(render(study(OUTCOMES), 'json').html);
    const meanRow = elementAt(page, '/resultsSection/outcomeMeasuresModule/outcomeMeasures/0/classes/0/categories/0');
    assert.match(meanRow?.text ?? '', /^Mean \(Standard Deviation\)/);
    assert.deepEqual(cellsOf(page, meanRow), ['-1.2 (0.45)', '-0.3 (0.51)']);
    const medianRow = elementAt(page, '/resultsSection/outcomeMeasuresModule/outcomeMeasures/1/classes/0/categories/0');
    assert.deepEqual(cellsOf(page, medianRow), ['12 (8 to 15)']);
    assert.match(page.text, /Unit of measurepercentage of HbA1c/);
    assert.match(page.text, /Overall number of participants analyzed4850/);
    const analysis = byClass(page, 'analysis')[0].text;
    assert.match(analysis, /Groups comparedDrug \(OG000\); Placebo \(OG001\)/);
    assert.match(analysis, /P-value<0\.001/);
    assert.match(analysis, /EstimateMean Difference \(Final Values\): -0\.9/);
    assert.match(analysis, /Confidence interval95% 2-sided: -1\.1 to -0\.7/);
    assert.match(analysis, /HypothesisSuperiority/);
  });

  it('shows the adverse events as affected of at risk, with the threshold and the time frame, and marks impossible counts', () => {
    const page = parseHtml(render(study(ADVERSE), 'json').html);
    const serious = elementAt(page, '/resultsSection/adverseEventsModule/seriousEvents/0');
    assert.deepEqual(cellsOf(page, serious), ['1/97 (1.03%)2 events', '0/97 (0.00%)']);
    assert.deepEqual(cellsOf(page, elementAt(page, '/resultsSection/adverseEventsModule/otherEvents/0')), [
      '12/97 (12.37%)',
      '9/97 (9.28%)',
    ]);
    assert.match(page.text, /Frequency threshold5%/);
    assert.match(page.text, /Time frameUp to 30 days after the last dose/);
    assert.match(page.text, /Other \(not including serious\) adverse events, frequency threshold 5%/);
    assert.ok(page.text.includes('Immune system disorders'));
    assert.deepEqual(
      byClass(page, 'mismatch').map((e) => e.text),
      ['99 affected of 97 at risk'],
    );
  });

  it('shows limitations and the point of contact', () => {
    const page = parseHtml(
      render(
        study({
          moreInfoModule: {
            limitationsAndCaveats: { description: 'Early termination led to *small* numbers.' },
            certainAgreement: { piSponsorEmployee: false, restrictionType: 'LTE60', restrictiveAgreement: true },
            pointOfContact: { title: 'Medical Director', organization: 'Sponsor Inc.', email: 'trials@example.com', phone: '555-0100' },
          },
        }),
        'json',
      ).html,
    );
    assert.match(page.text, /Limitations and caveatsEarly termination led to small numbers\./);
    assert.match(page.text, /Point of contactMedical Director, Sponsor Inc\., 555-0100, trials@example\.com/);
    assert.ok(page.elements.some((e) => e.name === 'a' && e.attributes.href === 'mailto:trials@example.com'));
    assert.match(page.text, /embargo them for 60 days or less/);
  });

  it('renders a record without results as before: no results section has anything to say', () => {
    const schema = recordSchema();
    const records: Rendered[] = [
      render(readFileSync('samples/NCT06731192.trial.yaml', 'utf8')),
      render(JSON.stringify({ protocolSection: PROTOCOL, hasResults: false }), 'json'),
      // A protocol section with a stray resultsSection key is not a whole study: its results are not read.
      render(`${JSON.stringify({ ...PROTOCOL, resultsSection: FLOW })}`, 'json'),
    ];
    for (const { analysis, lines, html } of records) {
      const context = new RenderContext({ parsed: analysis.parsed, diagnostics: analysis.diagnostics, lines, schema });
      for (const section of RESULTS_SECTIONS) assert.equal(section(context).value, '', section.name);
      assert.ok(!html.includes('results-section'));
    }
  });

  it('escapes hostile text in group titles, categories, terms and counts', () => {
    const payload = `<script>alert(1)</script><img src=x onerror=alert(2)>"'\``;
    const results = structuredClone({ ...FLOW, ...OUTCOMES, ...ADVERSE });
    results.participantFlowModule.groups[0].title = payload;
    results.participantFlowModule.periods[0].milestones[0].achievements[0].numSubjects = payload;
    results.outcomeMeasuresModule.outcomeMeasures[0].groups[1].title = payload;
    results.outcomeMeasuresModule.outcomeMeasures[0].classes[0].categories[0].measurements[0].value = payload;
    results.adverseEventsModule.eventGroups[0].title = payload;
    results.adverseEventsModule.seriousEvents[0].term = payload;
    const { html } = render(study(results), 'json');
    const page = parseHtml(html);
    assert.ok(!page.elements.some((e) => ['script', 'img'].includes(e.name)), 'no markup from the record');
    assert.ok(!page.elements.some((e) => Object.keys(e.attributes).some((name) => name.startsWith('on'))), 'no handlers');
    assert.ok(page.text.split(payload).length - 1 >= 6, 'the payload is shown as text wherever it was');
  });

  it('lets a click in a table cell reveal its own source: the measurement, the count, the group', () => {
    const rendered = render(study({ ...OUTCOMES, ...ADVERSE }), 'json');
    const page = parseHtml(rendered.html);
    const cellRanges = elementsWith(page, (e) => e.name === 'td' && e.attributes['data-range'] !== undefined).map(
      (e) => e.attributes['data-range'],
    );
    const measurement = '/resultsSection/outcomeMeasuresModule/outcomeMeasures/0/classes/0/categories/0/measurements/1';
    assert.ok(cellRanges.includes(rangeOf(rendered, measurement)), 'the Placebo value reveals its measurement');
    assert.ok(cellRanges.includes(rangeOf(rendered, '/resultsSection/adverseEventsModule/seriousEvents/0/stats/0')));
    const heading = elementsWith(
      page,
      (e) =>
        e.attributes.class === 'group-heading' &&
        e.attributes['data-range'] === rangeOf(rendered, '/resultsSection/adverseEventsModule/eventGroups/1'),
    );
    assert.equal(heading.length, 3, 'the Placebo column heading of each of the three tables reveals the group');
    // Rows carry the full attributes, as the protocol sections do, so that scrolling follows them.
    for (const row of elementsWith(page, (e) => e.name === 'tr' && e.attributes['data-pointer'] !== undefined)) {
      assert.equal(row.attributes['data-range'], rangeOf(rendered, row.attributes['data-pointer']));
      assert.equal(row.attributes['data-start-line'], row.attributes['data-range'].split(':')[0]);
    }
  });

  it('folds a large table (the 504 KB real record’s adverse events) and keeps a small one open, headings sticky', () => {
    const page = parseHtml(render(readFileSync('test/fixtures/ctgov/json/NCT04431453.json', 'utf8'), 'json').html);
    const tables = elementsWith(page, (e) => e.name === 'details' && e.attributes.class === 'result-table');
    const summaries = elementsWith(page, (e) => e.name === 'summary').map((e) => e.text);
    assert.ok(tables.length > 10, `one table per period, the baseline, each outcome and the adverse events (${tables.length})`);
    const open = tables.filter((table) => table.attributes.open !== undefined).length;
    assert.ok(open > 0 && open < tables.length, `some open, some folded (${open} of ${tables.length})`);
    assert.ok(summaries.some((text) => /Events by group\s*113 rows/.test(text) || /Events by group \d+ rows, 8 groups/.test(text)));
    for (const heading of [
      'Participant flow',
      'Baseline characteristics',
      'Outcome measure results',
      'Adverse events',
      'Limitations and more information',
    ]) {
      assert.ok(
        elementsWith(page, (e) => e.name === 'h2').some((e) => e.text === heading),
        `${heading} is a section of the page`,
      );
    }
    const css = readFileSync('media/preview.css', 'utf8');
    assert.match(css, /\.results-table thead th \{[^}]*position: sticky;/);
  });
});
