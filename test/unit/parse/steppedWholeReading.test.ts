// The whole reading of a large record in steps (skeleton first, then the long lists' items a few at a time)
// must be exactly `parseYamlTree` of the text: the same value, every location in the same order, the same
// problems; on every real record, sample and expected import, and on random large documents and edits of them.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { wholeReadingInSteps } from '../../../server/src/service/parse/steppedWholeReading';
import { parseYamlTree, type TreeParseResult } from '../../../server/src/service/parse/yamlRecordParser';
import { fileDocuments, realRecordDocuments } from './recordDocuments';

function readInSteps(text: string): { reading: TreeParseResult; steps: number } {
  const steps = wholeReadingInSteps(text);
  for (let count = 1; ; count++) {
    const step = steps.next();
    if (step.done) return { reading: step.value, steps: count };
  }
}

function assertSameReading(actual: TreeParseResult, expected: TreeParseResult, name: string): void {
  assert.deepEqual(actual.value, expected.value, `${name}: value`);
  assert.deepEqual([...actual.locations], [...expected.locations], `${name}: locations`);
  assert.deepEqual(actual.problems, expected.problems, `${name}: problems`);
  assert.equal(Boolean(actual.usesAnchors), Boolean(expected.usesAnchors), `${name}: anchors`);
}

/** A large list of sites in the style of a record's locations, with the odd constructs a hand-written record holds. */
function sitesRecord(items: readonly string[]): string {
  return `identificationModule:\n  nctId: NCT00000001\ncontactsLocationsModule:\n  locations:\n${items.join('')}  overallOfficials: []\nreferencesModule: {}\n`;
}

const SITE_ITEMS: readonly string[] = [
  '    - facility: General Hospital\n      city: Boston\n      geoPoint:\n        lat: 42.1\n        lon: -71.2\n',
  '    - facility: "Site \\"A\\""\n      status: RECRUITING\n',
  '    - facility: Suite #200 Clinic\n      city: Austin\n',
  '    - facility: Clinic\n      # a comment in an item\n      city: Lyon\n',
  '    - facility: Notes\n      note: |\n        - not an item\n        - nor this\n\n        end\n',
  '    - facility: Spaced\n\n',
  '    - contacts:\n        - name: A\n        - name: B\n      city: Rome\n',
  '    - plain\n',
  '    - [a, b]\n',
  '    - facility: >-\n        folded\n        text\n',
  '    -\n      facility: Empty first line\n',
];

describe('reading a large record whole, in steps', () => {
  it('reads every real record, sample and expected import exactly as a whole parse', () => {
    let stepped = 0;
    for (const document of [...realRecordDocuments(), ...fileDocuments()]) {
      if (document.format !== 'yaml') continue;
      const { reading, steps } = readInSteps(document.text);
      assertSameReading(reading, parseYamlTree(document.text), document.name);
      if (steps > 10) stepped++;
    }
    // The records with a long list of sites (the 424 KB one among them) are read in many steps.
    assert.ok(stepped >= 2, `${stepped} records read in more than ten steps`);
  });

  it('reads the 424 KB record a few kilobytes per step', () => {
    const document = realRecordDocuments().find((candidate) => candidate.name === 'NCT04267848.json as YAML');
    assert.ok(document);
    assert.ok(readInSteps(document.text).steps >= document.text.length / 32_768, 'at most 32 KB of text per step');
  });

  it('reads a record with directives whole: an item read alone would not see them', () => {
    const text = `%YAML 1.1\n---\na:\n${'  - k: !!binary aGVsbG8=\n'.repeat(1500)}  - k: last\nb: 1\n`;
    const { reading, steps } = readInSteps(text);
    assertSameReading(reading, parseYamlTree(text), 'directives');
    assert.equal(steps, 1);
  });

  it('reads random large lists of sites, and random edits of them, exactly as a whole parse', () => {
    let readInPieces = 0;
    const pieces = ['\n', ' ', '  ', '- ', ': ', '#', '"', "'", '[', ']', '{', '}', '|', '>', '&a ', '*a', '\t', 'x', '---', '\r'];
    fc.assert(
      fc.property(
        fc.array(fc.constantFrom(...SITE_ITEMS), { minLength: 8, maxLength: 40 }),
        fc.integer({ min: 20, max: 80 }),
        fc.array(fc.tuple(fc.nat(), fc.nat(3), fc.constantFrom(...pieces)), { maxLength: 3 }),
        (items, copies, edits) => {
          let text = sitesRecord(Array.from({ length: copies }, () => items).flat());
          for (const [at, removed, inserted] of edits) {
            const offset = at % (text.length + 1);
            text = text.slice(0, offset) + inserted + text.slice(offset + removed);
          }
          const { reading, steps } = readInSteps(text);
          assertSameReading(reading, parseYamlTree(text), JSON.stringify(text.slice(0, 200)));
          if (steps > 2) readInPieces++;
        },
      ),
      { numRuns: 100 },
    );
    // Many runs read by pieces (most edits break the text, which is then read whole: equal all the same).
    assert.ok(readInPieces > 20, `${readInPieces} of 100 runs read by pieces`);
  });
});
