import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { complete, type CompletionEntry } from '../../../server/src/service/language/completion';
import { hover } from '../../../server/src/service/language/hover';
import type { RecordFormat } from '../../../server/src/service/parse/parsedRecord';
import { parseRecord } from '../../../server/src/service/parse/parseRecord';
import { recordSchema } from '../../../server/src/service/schema/recordSchema';
import { vscodeAccepts, withCursor } from './support';

// Lists that refer to the record's own arms and interventions offer what the record defines.
const schema = recordSchema();

const ARMS = `armsInterventionsModule:
  armGroups:
    - label: Aspirin arm
      type: EXPERIMENTAL
      description: Aspirin daily.
      interventionNames:
        - "Drug: Aspirin"
    - label: Placebo arm
      type: PLACEBO_COMPARATOR
      description: A sugar pill.
      interventionNames:
        - `;
const INTERVENTIONS = `
  interventions:
    - type: DRUG
      name: Aspirin
      description: 100 mg a day.
      armGroupLabels:
        - Aspirin arm
    - type: DIETARY_SUPPLEMENT
      name: Vitamin D, 1000 IU
      armGroupLabels: []
`;

function completeAt(marked: string, format: RecordFormat = 'yaml') {
  const document = withCursor(marked, format);
  return { ...complete(document.text, document.parsed, document.offset, schema), text: document.text, offset: document.offset };
}

function labels(items: readonly CompletionEntry[]): string[] {
  return items.map((item) => item.label);
}

function accept(result: ReturnType<typeof completeAt>, label: string): string {
  const item = result.items.find((candidate) => candidate.label === label);
  assert.ok(item, `no item ${label} in ${labels(result.items).join(', ')}`);
  assert.ok(vscodeAccepts(result.text, result.offset, item.replaceRange, item.filterText), `VS Code would not show ${label}`);
  return result.text.slice(0, item.replaceRange.start) + item.insertText + result.text.slice(item.replaceRange.end);
}

describe('interventionNames: the interventions as `Type: Name`', () => {
  it('offers the interventions not yet listed, quoted in a block list, with their type and description', () => {
    const result = completeAt(`${ARMS}|${INTERVENTIONS}`);
    assert.deepEqual(labels(result.items), ['Drug: Aspirin', 'Dietary Supplement: Vitamin D, 1000 IU']);
    const aspirin = result.items[0];
    assert.equal(aspirin.kind, 'reference');
    assert.equal(aspirin.detail, 'Drug intervention');
    assert.match(aspirin.documentation, /100 mg a day/);
    const accepted = accept(result, 'Drug: Aspirin');
    assert.ok(accepted.includes('interventionNames:\n        - "Drug: Aspirin"\n  interventions'));
    // What was inserted reads back as the reference the rules look for.
    const parsed = parseRecord(accepted, 'yaml');
    assert.ok(JSON.stringify(parsed.value).includes('"interventionNames":["Drug: Aspirin"]'));
    // Already listed in the same list: not offered again; the item being edited does not count.
    const more = completeAt(
      `${ARMS.replace('        - "Drug: Aspirin"\n', '        - "Drug: Aspirin"\n        - |\n')}"x"${INTERVENTIONS}`,
    );
    assert.deepEqual(labels(more.items), ['Dietary Supplement: Vitamin D, 1000 IU']);
    const editing = completeAt(`${ARMS.replace('        - "Drug: Aspirin"\n', '        - "Drug: Asp|irin"\n')}"x"${INTERVENTIONS}`);
    assert.deepEqual(labels(editing.items), ['Drug: Aspirin', 'Dietary Supplement: Vitamin D, 1000 IU']);
  });

  it('finds an intervention by its name, and takes `Drug: Asp` typed unquoted as the typed value', () => {
    const byName = completeAt(`${ARMS}Vit|${INTERVENTIONS}`);
    assert.ok(accept(byName, 'Dietary Supplement: Vitamin D, 1000 IU').includes('- "Dietary Supplement: Vitamin D, 1000 IU"\n'));
    const asKey = completeAt(`${ARMS}Drug: Asp|${INTERVENTIONS}`);
    assert.ok(accept(asKey, 'Drug: Aspirin').includes('        - "Drug: Aspirin"\n  interventions'));
  });

  it('completes inside quotes, escaping for them', () => {
    const double = completeAt(`${ARMS}"Dru|"${INTERVENTIONS}`);
    assert.ok(accept(double, 'Drug: Aspirin').includes('- "Drug: Aspirin"\n'));
    const single = completeAt(`${ARMS}'|'${INTERVENTIONS.replace('Aspirin', "Ann's aspirin")}`);
    assert.ok(accept(single, "Drug: Ann's aspirin").includes("- 'Drug: Ann''s aspirin'\n"));
  });

  it('works in a flow list, quoting what a flow list cannot hold plain', () => {
    const flow = ARMS.replace(/interventionNames:\n {8}- $/, 'interventionNames: [|]');
    const result = completeAt(`${flow}${INTERVENTIONS}`);
    assert.ok(
      accept(result, 'Dietary Supplement: Vitamin D, 1000 IU').includes('interventionNames: ["Dietary Supplement: Vitamin D, 1000 IU"]'),
    );
    const second = completeAt(`${ARMS.replace(/interventionNames:\n {8}- $/, 'interventionNames: ["Drug: Aspirin", |]')}${INTERVENTIONS}`);
    assert.deepEqual(labels(second.items), ['Dietary Supplement: Vitamin D, 1000 IU']);
  });

  it('works in JSON', () => {
    const json = (cursor: string): string =>
      JSON.stringify({
        armsInterventionsModule: {
          armGroups: [{ label: 'A', interventionNames: ['CURSOR'] }],
          interventions: [
            { type: 'DRUG', name: 'Aspirin', armGroupLabels: ['A'] },
            { type: 'DEVICE', name: 'Pump' },
          ],
        },
      }).replace('"CURSOR"', cursor);
    const empty = completeAt(json('|'), 'json');
    assert.ok(accept(empty, 'Device: Pump').includes('"interventionNames":["Device: Pump"]'));
    const typed = completeAt(json('"pu|"'), 'json');
    assert.ok(accept(typed, 'Device: Pump').includes('"interventionNames":["Device: Pump"]'));
  });
});

describe('armGroupLabels: the arms by label', () => {
  it('offers the arm labels not yet listed, with the arm type and description', () => {
    const result = completeAt(
      `${ARMS}"Drug: Aspirin"${INTERVENTIONS.replace('        - Aspirin arm\n', '        - Aspirin arm\n        - |\n')}`,
    );
    assert.deepEqual(labels(result.items), ['Placebo arm']);
    assert.equal(result.items[0].detail, 'Placebo Comparator');
    assert.match(result.items[0].documentation, /sugar pill/);
    assert.ok(accept(result, 'Placebo arm').includes('        - Aspirin arm\n        - Placebo arm\n'));
  });

  it('works in a flow list and in JSON', () => {
    const flow = completeAt(`${ARMS}"Drug: Aspirin"${INTERVENTIONS.replace('armGroupLabels: []', 'armGroupLabels: [Pla|]')}`);
    assert.ok(accept(flow, 'Placebo arm').includes('armGroupLabels: [Placebo arm]'));
    const both = completeAt(`${ARMS}"Drug: Aspirin"${INTERVENTIONS.replace('armGroupLabels: []', 'armGroupLabels: [Placebo arm,|]')}`);
    assert.ok(accept(both, 'Aspirin arm').includes('armGroupLabels: [Placebo arm, Aspirin arm]'));
    const json = JSON.stringify({
      armsInterventionsModule: {
        armGroups: [{ label: 'A, the first', type: 'EXPERIMENTAL' }],
        interventions: [{ type: 'DRUG', name: 'X', armGroupLabels: ['CURSOR'] }],
      },
    }).replace('"CURSOR"', '"|"');
    assert.ok(accept(completeAt(json, 'json'), 'A, the first').includes('"armGroupLabels":["A, the first"]'));
  });

  it('offers nothing when the record has no arms, and nothing for other free-text lists', () => {
    assert.deepEqual(
      completeAt('armsInterventionsModule:\n  interventions:\n    - type: DRUG\n      name: X\n      armGroupLabels:\n        - |\n').items,
      [],
    );
    assert.deepEqual(
      completeAt(`${ARMS}"Drug: Aspirin"\n  interventions:\n    - type: DRUG\n      name: X\n      otherNames:\n        - |\n`).items,
      [],
    );
  });
});

describe('results group ids', () => {
  const STUDY = `protocolSection:
  identificationModule:
    briefTitle: A study
resultsSection:
  participantFlowModule:
    groups:
      - id: FG000
        title: Drug
        description: Drug once a day.
      - id: FG001
        title: Placebo
    periods:
      - milestones:
          - type: STARTED
            achievements:
              - groupId: FG000
              - groupId: |
  outcomeMeasuresModule:
    outcomeMeasures:
      - title: Weight
        groups:
          - id: OG000
            title: Drug
          - id: OG001
            title: Placebo
        analyses:
          - groupIds:
              - OG000
              - ¦
`;

  it("offers the groups of the reference's own module, with their titles", () => {
    const result = completeAt(STUDY.replace('¦', ''));
    assert.deepEqual(labels(result.items), ['FG000', 'FG001']);
    assert.equal(result.items[1]?.detail, 'Placebo');
    assert.match(result.items[0]?.documentation ?? '', /\*\*Drug\*\* \(`FG000`\)\n\nDrug once a day\./);
    assert.match(accept(result, 'FG001'), /- groupId: FG001\n/);
  });

  it("offers an analysis the outcome measure's groups it does not list yet", () => {
    const result = completeAt(STUDY.replace('groupId: |', 'groupId: FG001').replace('¦', '|'));
    assert.deepEqual(labels(result.items), ['OG001']);
  });

  it('hover on a group id shows its title and description', () => {
    const document = withCursor(
      STUDY.replace('groupId: FG000', 'groupId: FG0|00').replace('groupId: |', 'groupId: FG001').replace('¦', ''),
      'yaml',
    );
    const shown = hover(document.text, document.parsed, document.offset, schema);
    assert.equal(shown?.markdown, '**Drug** (`FG000`)\n\nDrug once a day.');
  });
});
