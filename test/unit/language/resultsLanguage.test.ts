// Completion and hover inside the results of a whole API study, with the bundled schema: the same
// field help, enum values with labels and definitions as in the protocol section.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { complete } from '../../../server/src/service/language/completion';
import { hover } from '../../../server/src/service/language/hover';
import { parseRecord } from '../../../server/src/service/parse/parseRecord';
import { recordSchema } from '../../../server/src/service/schema/recordSchema';
import { slice, vscodeAccepts, withCursor } from './support';

const schema = recordSchema();
const STUDY = 'protocolSection:\n  identificationModule:\n    briefTitle: A study\n';

function completeAt(marked: string, format: 'yaml' | 'json' = 'yaml') {
  const document = withCursor(marked, format);
  return { ...document, items: complete(document.text, document.parsed, document.offset, schema).items };
}

function hoverAt(marked: string, format: 'yaml' | 'json' = 'yaml') {
  const document = withCursor(marked, format);
  const result = hover(document.text, document.parsed, document.offset, schema);
  return result && { ...result, target: slice(document.text, result.range) };
}

describe('completion inside resultsSection', () => {
  it('offers the keys of participantFlowModule, with their titles and docs', () => {
    const { items } = completeAt(`${STUDY}resultsSection:\n  participantFlowModule:\n    recruitmentDetails: x\n    |\n`);
    assert.deepEqual(
      items.map((item) => item.label),
      ['preAssignmentDetails', 'typeUnitsAnalyzed', 'groups', 'periods'],
    );
    const groups = items.find((item) => item.label === 'groups');
    assert.equal(groups?.detail, 'Participant flow groups');
    assert.equal(groups?.insertText, 'groups:\n      - ');
    assert.match(groups?.documentation ?? '', /FG000/);
  });

  it('offers the results modules and, in a list item, the required keys first', () => {
    assert.deepEqual(
      completeAt(`${STUDY}resultsSection:\n  |\n`).items.map((item) => item.label),
      ['participantFlowModule', 'baselineCharacteristicsModule', 'outcomeMeasuresModule', 'adverseEventsModule', 'moreInfoModule'],
    );
    const measure = completeAt(`${STUDY}resultsSection:\n  outcomeMeasuresModule:\n    outcomeMeasures:\n      - |\n`).items;
    assert.deepEqual(
      measure.slice(0, 2).map((item) => [item.label, item.detail]),
      [
        ['type', 'Outcome measure type (required)'],
        ['title', 'Outcome measure title (required)'],
      ],
    );
  });

  it('offers the measure types for paramType, found by label', () => {
    const typed = completeAt(
      `${STUDY}resultsSection:\n  baselineCharacteristicsModule:\n    measures:\n      - title: Age, Continuous\n        paramType: count of p|\n`,
    );
    assert.deepEqual(
      typed.items.map((item) => item.label),
      [
        'GEOMETRIC_MEAN',
        'GEOMETRIC_LEAST_SQUARES_MEAN',
        'LEAST_SQUARES_MEAN',
        'LOG_MEAN',
        'MEAN',
        'MEDIAN',
        'NUMBER',
        'COUNT_OF_PARTICIPANTS',
        'COUNT_OF_UNITS',
      ],
    );
    const count = typed.items.find((item) => item.label === 'COUNT_OF_PARTICIPANTS');
    assert.ok(count && vscodeAccepts(typed.text, typed.offset, count.replaceRange, count.filterText));
    assert.equal(count.detail, 'Count of Participants');
  });

  it('works in JSON too: adverse event assessment types', () => {
    const { items } = completeAt(
      '{"protocolSection": {}, "resultsSection": {"adverseEventsModule": {"seriousEvents": [{"term": "Headache", "assessmentType": |}]}}}',
      'json',
    );
    assert.deepEqual(
      items.map((item) => item.label),
      ['NON_SYSTEMATIC_ASSESSMENT', 'SYSTEMATIC_ASSESSMENT'],
    );
  });

  it('offers nothing in the registry-computed derivedSection', () => {
    assert.deepEqual(completeAt(`${STUDY}derivedSection:\n  miscInfoModule:\n    |\n`).items, []);
  });
});

describe('hover inside resultsSection', () => {
  it('documents unitOfMeasure of an outcome measure', () => {
    const result = hoverAt(
      `${STUDY}resultsSection:\n  outcomeMeasuresModule:\n    outcomeMeasures:\n      - type: PRIMARY\n        unitOf|Measure: mg/dL\n`,
    );
    assert.equal(result?.target, 'unitOfMeasure');
    assert.match(result?.markdown ?? '', /\*\*Unit of measure\*\* `unitOfMeasure`/);
    assert.match(result?.markdown ?? '', /The unit of the values/);
  });

  it('lists the allowed values with labels on an enum key, and explains a value', () => {
    const key = hoverAt(
      `${STUDY}resultsSection:\n  baselineCharacteristicsModule:\n    measures:\n      - dispersion|Type: STANDARD_DEVIATION\n`,
    );
    assert.match(key?.markdown ?? '', /`INTER_QUARTILE_RANGE` — Inter-Quartile Range/);
    const value = hoverAt(`${STUDY}resultsSection:\n  baselineCharacteristicsModule:\n    measures:\n      - paramType: ME|AN\n`);
    assert.equal(value?.target, 'MEAN');
    assert.match(value?.markdown ?? '', /Mean — the arithmetic mean/);
  });

  it('says a group id is required and a document upload date is set by the registry', () => {
    assert.match(
      hoverAt(`${STUDY}resultsSection:\n  participantFlowModule:\n    groups:\n      - i|d: FG000\n`)?.markdown ?? '',
      /\*\*Required\*\*/,
    );
    const uploadDate = hoverAt(`${STUDY}documentSection:\n  largeDocumentModule:\n    largeDocs:\n      - upload|Date: 2024-01-01T10:00\n`);
    assert.match(uploadDate?.markdown ?? '', /Assigned by the registry/);
    assert.match(uploadDate?.markdown ?? '', /Form: a date and a time like `2024-02-15T14:05`/);
  });

  it('documents the results section itself', () => {
    assert.match(hoverAt(`${STUDY}results|Section:\n  moreInfoModule: {}\n`)?.markdown ?? '', /\*\*Results section\*\*/);
  });
});

describe('a real record with results: completion and hover never throw', () => {
  it('NCT00763412, at many places of its results', () => {
    const text = readFileSync(path.resolve(__dirname, '../../fixtures/ctgov/json/NCT00763412.json'), 'utf8');
    const parsed = parseRecord(text, 'json');
    const resultsStart = text.indexOf('"resultsSection"');
    let documented = 0;
    for (let offset = resultsStart; offset < text.length; offset += 97) {
      const result = complete(text, parsed, offset, schema);
      for (const item of result.items) assert.ok(item.replaceRange.start <= offset && offset <= item.replaceRange.end);
      if (hover(text, parsed, offset, schema)) documented++;
    }
    assert.ok(documented > 20, `only ${documented} places had help`);
  });
});
