import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { importPage, importStudies } from '../../../server/src/import/importPage';
import { studyJsonOf } from '../../../server/src/render/studyJson';
import { parseRecord } from '../../../server/src/service/parse/parseRecord';
import { ctgovJsonFixtures, pythonRepr, recordOf, schemaProblemsOf, studiesOf } from './support/importTestKit';

/**
 * What the record of an API study holds: its protocol section, or, when the study has results (or documents or
 * annotations, the other sections an author writes), the whole study object with those and nothing the registry adds.
 */
function expectedRecord(study: Record<string, unknown>): unknown {
  const authored = ['resultsSection', 'annotationSection', 'documentSection'].filter((key) => study[key] !== undefined);
  if (authored.length === 0) return study.protocolSection;
  return Object.fromEntries([['protocolSection', study.protocolSection], ...authored.map((key) => [key, study[key]])]);
}

describe('ClinicalTrials.gov API v2 JSON reader', () => {
  const fixtures = ctgovJsonFixtures();

  it('has the real records to test against', () => assert.ok(fixtures.length >= 19));

  it('imports each study of each file to exactly its own protocolSection (and results), with no schema error', () => {
    for (const fixture of fixtures) {
      const studies = studiesOf(fixture.text);
      const results = importStudies(fixture.text, { sourceName: fixture.name });
      assert.equal(results.length, studies.length, fixture.name);
      results.forEach((result, index) => {
        assert.equal(result.format, 'ctgov-json', fixture.name);
        assert.deepEqual(recordOf(result.yaml), expectedRecord(studies[index]), fixture.name);
        assert.equal(
          result.studyId,
          (studies[index].protocolSection as { identificationModule: { nctId: string } }).identificationModule.nctId,
        );
        assert.equal(result.keptLines, 0, fixture.name);
        assert.deepEqual(schemaProblemsOf(result.yaml), [], fixture.name);
      });
    }
  });

  it('imports the Python-literal form of each study the same way', () => {
    for (const fixture of fixtures) {
      for (const study of studiesOf(fixture.text)) {
        const result = importPage(pythonRepr(study), { sourceName: fixture.name });
        assert.equal(result.format, 'ctgov-json', fixture.name);
        assert.deepEqual(recordOf(result.yaml), expectedRecord(study), fixture.name);
      }
    }
  });

  it('imports a bare protocol section and a search response with several studies', () => {
    const [first, second] = fixtures.slice(0, 2).map((fixture) => studiesOf(fixture.text)[0]);
    assert.deepEqual(recordOf(importPage(JSON.stringify(first.protocolSection)).yaml), first.protocolSection);
    const response = JSON.stringify({ studies: [first, second], nextPageToken: 'abc' }, null, 2);
    const results = importStudies(response);
    assert.deepEqual(
      results.map((result) => recordOf(result.yaml)),
      [expectedRecord(first), expectedRecord(second)],
    );
    assert.deepEqual(
      importStudies(JSON.stringify([first, second])).map((result) => result.record),
      [first.protocolSection, second.protocolSection],
    );
    const single = importPage(response);
    assert.deepEqual(recordOf(single.yaml), expectedRecord(first));
    assert.match(single.report, /holds 2 studies; this record is the first/);
  });

  it("keeps a study's results as the whole study object, and says which of the registry's own sections were not imported", () => {
    const withResults = fixtures.find((fixture) => fixture.text.includes('"resultsSection"'));
    assert.ok(withResults);
    const result = importPage(withResults.text);
    assert.match(result.yaml, /^protocolSection:$/m);
    assert.match(result.yaml, /^resultsSection:$/m);
    assert.match(result.report, /Not imported \(not part of a protocol record\): .*derivedSection/);
    assert.doesNotMatch(result.report, /Not imported[^\n]*resultsSection/);
  });

  it('exports an imported study with results back to the same protocol and results', () => {
    for (const fixture of fixtures.filter((candidate) => candidate.text.includes('"resultsSection"'))) {
      const [study] = studiesOf(fixture.text);
      const exported = studyJsonOf(parseRecord(importPage(fixture.text).yaml, 'yaml'));
      assert.ok('json' in exported, fixture.name);
      assert.deepEqual(JSON.parse(exported.json), expectedRecord(study), fixture.name);
    }
  });

  it('recovers the part of a cut-off JSON file before the cut and keeps the rest as comments', () => {
    const study = studiesOf(fixtures[0].text)[0];
    const text = JSON.stringify(study, null, 2);
    const cut = text.slice(0, text.indexOf('"statusModule"') + 200);
    const result = importPage(cut);
    assert.equal(result.format, 'ctgov-json');
    const record = recordOf(result.yaml);
    assert.deepEqual(record.identificationModule, (study.protocolSection as Record<string, unknown>).identificationModule);
    assert.match(result.report, /damaged or cut off/);
    assert.ok(result.keptLines >= 1);
  });
});
