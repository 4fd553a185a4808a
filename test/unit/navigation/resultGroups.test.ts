// Results groups by id: go to definition, find references and rename work on them as on arm labels, each id
// within its own module (or outcome measure).
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { applyEdits } from '../../../server/src/service/fixes/textEdit';
import { occurrenceRangesAt } from '../../../server/src/service/navigation/crossReferences';
import { prepareRenameAt, renameAt } from '../../../server/src/service/navigation/renameSymbol';
import { parseRecord } from '../../../server/src/service/parse/parseRecord';

const STUDY = `protocolSection:
  identificationModule:
    briefTitle: A study with results
resultsSection:
  participantFlowModule:
    groups:
      - id: FG000
        title: Drug
      - id: FG001
        title: Placebo
    periods:
      - title: Overall Study
        milestones:
          - type: STARTED
            achievements:
              - groupId: FG000
                numSubjects: "10"
              - groupId: FG001
                numSubjects: "12"
  outcomeMeasuresModule:
    outcomeMeasures:
      - title: Weight
        groups:
          - id: OG000
            title: Drug
        classes:
          - categories:
              - measurements:
                  - groupId: OG000
                    value: "1.5"
        analyses:
          - groupIds: [OG000]
      - title: Height
        groups:
          - id: OG000
            title: Drug
`;

/** The offset just inside the `occurrence`-th `needle`. */
function at(needle: string, occurrence = 0): number {
  let offset = -1;
  for (let i = 0; i <= occurrence; i++) offset = STUDY.indexOf(needle, offset + 1);
  assert.ok(offset >= 0, `${needle} not found`);
  return offset + 1;
}

function lineOf(offset: number): number {
  return STUDY.slice(0, offset).split('\n').length;
}

describe('results groups by id', () => {
  const parsed = parseRecord(STUDY, 'yaml');

  it('goes from a reference to the group that defines it', () => {
    const definitions = occurrenceRangesAt(STUDY, parsed, at('groupId: FG001') + 'groupId: '.length, (o) => o.isDefinition);
    assert.deepEqual(
      definitions?.map((range) => STUDY.slice(range.start, range.end)),
      ['FG001'],
    );
    assert.equal(lineOf(definitions[0].start), lineOf(at('id: FG001')));
  });

  it("finds every use of a group in its own scope only: outcome measure 2's OG000 is another group", () => {
    const uses = occurrenceRangesAt(STUDY, parsed, at('id: OG000') + 4, () => true) ?? [];
    assert.deepEqual(
      uses.map((range) => lineOf(range.start)),
      [lineOf(at('id: OG000')), lineOf(at('groupId: OG000')), lineOf(at('[OG000]'))],
    );
  });

  it('renames a group id at its definition and at every reference, and refuses an id the module already has', () => {
    assert.deepEqual(prepareRenameAt(STUDY, parsed, at('id: FG000') + 4)?.placeholder, 'FG000');
    const result = renameAt(STUDY, parsed, at('groupId: FG000') + 'groupId: '.length, 'FG010');
    assert.ok(result && 'edits' in result);
    const renamed = applyEdits(STUDY, result.edits);
    assert.equal(renamed.match(/FG010/g)?.length, 2);
    assert.equal(renamed.match(/FG000/g), null);
    assert.deepEqual(renameAt(STUDY, parsed, at('id: FG000') + 4, 'FG001'), { error: 'The participant flow already has a group `FG001`.' });
  });

  it('gives nothing for an id no group defines', () => {
    const text = STUDY.replace('groupId: FG001', 'groupId: FG009');
    assert.equal(
      occurrenceRangesAt(text, parseRecord(text, 'yaml'), text.indexOf('FG009') + 1, () => true),
      undefined,
    );
  });
});
