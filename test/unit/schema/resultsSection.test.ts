// The results (and document and annotation) sections of a whole API study are checked like the
// protocol: every real record's results pass, and each kind of mistake is one author-friendly
// diagnostic at the exact place.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { parseRecord } from '../../../server/src/service/parse/parseRecord';
import type { RecordDiagnostic } from '../../../server/src/service/diagnostics/recordDiagnostic';
import { SchemaCheck } from '../../../server/src/service/schema/schemaCheck';
import { fixtureStudies } from './schemaTestKit';

function check(text: string, format: 'yaml' | 'json' = 'yaml'): Array<RecordDiagnostic & { target: string }> {
  return new SchemaCheck()
    .run(text, parseRecord(text, format))
    .map((diagnostic) => ({ ...diagnostic, target: text.slice(diagnostic.range.start, diagnostic.range.end) }));
}

const STUDY = `protocolSection:
  identificationModule:
    orgStudyIdInfo:
      id: ABC-1
    briefTitle: A study
  statusModule:
    overallStatus: COMPLETED
`;

describe('results section: real records', () => {
  const withResults = fixtureStudies().filter((fixture) => fixture.study.resultsSection !== undefined);

  it('finds the 7 real records with results', () => {
    assert.equal(withResults.length, 7);
  });

  for (const fixture of withResults) {
    it(`${fixture.nctId} (${fixture.file}): every section validates with zero schema errors`, () => {
      // The study as its own file, the way an author opens it (a search response is unwrapped first).
      const text = JSON.stringify(fixture.study, null, 2);
      const diagnostics = check(text, 'json');
      assert.deepEqual(
        diagnostics.map((diagnostic) => `${diagnostic.pointer} ${diagnostic.message}`),
        [],
      );
    });
  }
});

describe('results section: diagnostics', () => {
  it('reports a wrong enum value at the value, with the official value as the fix', () => {
    const [diagnostic, ...rest] = check(
      `${STUDY}resultsSection:\n  outcomeMeasuresModule:\n    outcomeMeasures:\n      - type: PRIMARY\n        title: HbA1c\n        paramType: Mean\n`,
    );
    assert.equal(rest.length, 0);
    assert.equal(diagnostic.code, 'schema/enum');
    assert.equal(diagnostic.pointer, '/resultsSection/outcomeMeasuresModule/outcomeMeasures/0/paramType');
    assert.equal(diagnostic.target, 'Mean');
    assert.equal(diagnostic.message, '`Mean` is not a valid measure type. Did you mean `MEAN`?');
    assert.deepEqual(diagnostic.fix, { kind: 'replace-value', valuePointer: diagnostic.pointer, replacement: 'MEAN' });
  });

  it('reports a misspelt key at the key and a missing group id at the item', () => {
    const diagnostics = check(
      `${STUDY}resultsSection:\n  participantFlowModule:\n    groups:\n      - id: FG000\n        titel: Placebo\n      - title: Drug\n`,
    );
    assert.deepEqual(
      diagnostics.map((diagnostic) => [diagnostic.code, diagnostic.target, diagnostic.message]),
      [
        ['schema/required', 'id', 'Missing required field `title` (Group title) in `groups[1]`.'],
        ['schema/unknown-property', 'titel', 'Unknown field `titel` in `groups[1]`. Did you mean `title`?'],
        ['schema/required', 'title', 'Missing required field `id` (Group id) in `groups[2]`.'],
      ],
    );
  });

  it('reports counts of the wrong type or below zero, and a module the section does not have', () => {
    const diagnostics = check(
      `${STUDY}resultsSection:\n  adverseEventsModule:\n    eventGroups:\n      - id: EG000\n        title: Placebo\n        seriousNumAtRisk: ten\n        seriousNumAffected: -1\n  outcomeMeasures: []\n`,
    );
    assert.deepEqual(
      diagnostics.map((diagnostic) => [diagnostic.code, diagnostic.target, diagnostic.message]).sort(),
      [
        ['schema/minimum', '-1', 'Participants with serious adverse events must be at least 0.'],
        ['schema/type', 'ten', 'Participants at risk of serious adverse events must be a whole number, not text (`ten`).'],
        [
          'schema/unknown-property',
          'outcomeMeasures',
          'Unknown field `outcomeMeasures` in `resultsSection`. Allowed fields: `participantFlowModule`, `baselineCharacteristicsModule`, `outcomeMeasuresModule`, `adverseEventsModule`, `moreInfoModule`.',
        ],
      ].sort(),
    );
  });

  it('reports a section that is not a group of modules at its value', () => {
    const [diagnostic] = check(`${STUDY}resultsSection: none\n`);
    assert.equal(diagnostic.code, 'schema/type');
    assert.equal(diagnostic.target, 'none');
    assert.equal(diagnostic.message, 'Results section must be a group of fields, not text (`none`).');
  });

  it('checks document dates and times in their registry forms', () => {
    const diagnostics = check(
      `${STUDY}documentSection:\n  largeDocumentModule:\n    largeDocs:\n      - hasProtocol: true\n        date: 2020-02-30\n        uploadDate: 2020-03-01 10:00\n`,
    );
    assert.deepEqual(
      diagnostics.map((diagnostic) => [diagnostic.code, diagnostic.target]),
      [
        ['schema/format', '2020-02-30'],
        ['schema/pattern', '2020-03-01 10:00'],
      ],
    );
    assert.match(diagnostics[1].message, /write a date and a time as `YYYY-MM-DDTHH:MM`/);
  });

  it('leaves the registry-computed parts unchecked', () => {
    assert.deepEqual(check(`${STUDY}derivedSection:\n  anything: [1, 2]\nhasResults: maybe\nextraKey: 1\n`), []);
  });

  it('does not check results beside a bare protocol section (the top level is the protocol section there)', () => {
    const diagnostics = check('statusModule:\n  overallStatus: COMPLETED\nresultsSection:\n  outcomeMeasuresModule: {}\n');
    assert.deepEqual(
      diagnostics.map((diagnostic) => diagnostic.code),
      ['schema/required', 'schema/unknown-property'],
    );
  });

  it('gives the same findings as a fresh check after edits inside and outside a results module', () => {
    const memoCheck = new SchemaCheck();
    const module = (value: string) =>
      `${STUDY}resultsSection:\n  baselineCharacteristicsModule:\n    measures:\n      - title: Age\n        paramType: ${value}\n`;
    for (const text of [
      module('MEAN'),
      module('Mean'),
      `${module('Mean')}  moreInfoModule:\n    limitationsAndCaveats: x\n`,
      module('MEDIAN'),
    ]) {
      const parsed = parseRecord(text, 'yaml');
      const codes = (diagnostics: RecordDiagnostic[]) => diagnostics.map((d) => `${d.code} ${d.pointer}`).sort();
      assert.deepEqual(codes(memoCheck.run(text, parsed)), codes(new SchemaCheck().run(text, parsed)), text);
    }
  });
});
