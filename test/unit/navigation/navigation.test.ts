import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { applyEdits } from '../../../server/src/service/fixes/textEdit';
import { CrossReferences } from '../../../server/src/service/navigation/crossReferences';
import { documentSymbols, type RecordSymbol } from '../../../server/src/service/navigation/documentSymbols';
import { foldingRanges } from '../../../server/src/service/navigation/foldingRanges';
import { prepareRenameAt, renameAt } from '../../../server/src/service/navigation/renameSymbol';
import { parseRecord } from '../../../server/src/service/parse/parseRecord';
import type { RecordFormat } from '../../../server/src/service/parse/parsedRecord';
import { runRules } from '../../../server/src/service/rules/runRules';
import { LineIndex } from '../../../server/src/service/text/lineIndex';

const RECORD = `# arms and their interventions
armsInterventionsModule:
  armGroups:
    - label: Aerobic exercise   # the active arm
      type: EXPERIMENTAL
      interventionNames:
        - "Behavioral: Walking program"
    - label: 'Usual care'
      type: NO_INTERVENTION
  interventions:
    - type: BEHAVIORAL
      name: Walking program
      armGroupLabels:
        - Aerobic exercise
outcomesModule:
  primaryOutcomes:
    - measure: Blood pressure
      timeFrame: 16 weeks
contactsLocationsModule:
  locations:
    - facility: Example Hospital
      city: Springfield
      country: United States
`;

function offsetOf(text: string, needle: string, occurrence = 0): number {
  let offset = -1;
  for (let i = 0; i <= occurrence; i++) offset = text.indexOf(needle, offset + 1);
  assert.ok(offset >= 0, `${needle} not found`);
  return offset + 1;
}

function rename(text: string, needle: string, newName: string, format: RecordFormat = 'yaml', occurrence = 0): string {
  const result = renameAt(text, parseRecord(text, format), offsetOf(text, needle, occurrence), newName);
  assert.ok(result && 'edits' in result, `rename at ${needle}: ${JSON.stringify(result)}`);
  return applyEdits(text, result.edits);
}

function outline(symbols: readonly RecordSymbol[], depth = 0): string[] {
  return symbols.flatMap((symbol) => [`${'  '.repeat(depth)}${symbol.kind} ${symbol.name}`, ...outline(symbol.children, depth + 1)]);
}

describe('document symbols', () => {
  it('lists modules, arms, interventions, outcomes and locations by their labels', () => {
    assert.deepEqual(outline(documentSymbols(RECORD, parseRecord(RECORD, 'yaml'))), [
      'module armsInterventionsModule',
      '  list armGroups',
      '    arm Aerobic exercise',
      '    arm Usual care',
      '  list interventions',
      '    intervention Behavioral: Walking program',
      'module outcomesModule',
      '  list primaryOutcomes',
      '    outcome Blood pressure',
      'module contactsLocationsModule',
      '  list locations',
      '    location Example Hospital',
    ]);
  });

  it('selects the label inside the item, and the item range starts at its dash', () => {
    const arms = documentSymbols(RECORD, parseRecord(RECORD, 'yaml'))[0].children[0].children;
    assert.equal(RECORD.slice(arms[1].selectionRange.start, arms[1].selectionRange.end), "'Usual care'");
    assert.ok(RECORD.slice(arms[0].range.start, arms[0].range.end).startsWith('- label: Aerobic exercise'));
  });

  it('nests the modules of a whole-study JSON file under protocolSection and names unlabelled items', () => {
    const json = '{"protocolSection": {"armsInterventionsModule": {"armGroups": [{"type": "EXPERIMENTAL"}]}}, "hasResults": false}';
    assert.deepEqual(outline(documentSymbols(json, parseRecord(json, 'json'))), [
      'section protocolSection',
      '  module armsInterventionsModule',
      '    list armGroups',
      '      arm Arm 1',
    ]);
  });
});

describe('definition and references', () => {
  const parsed = parseRecord(RECORD, 'yaml');
  const references = new CrossReferences(RECORD, parsed);

  it('goes from an armGroupLabels entry to the arm label and finds both', () => {
    const found = references.targetAt(offsetOf(RECORD, '- Aerobic exercise') + 3);
    assert.deepEqual(found?.target, { kind: 'arm', label: 'Aerobic exercise' });
    const occurrences = references.occurrencesOf(found.target);
    assert.deepEqual(
      occurrences.map((o) => [o.role, o.isDefinition, o.pointer]),
      [
        ['arm-label', true, '/armsInterventionsModule/armGroups/0/label'],
        ['arm-reference', false, '/armsInterventionsModule/interventions/0/armGroupLabels/0'],
      ],
    );
  });

  it('goes from a `Type: Name` entry to the intervention name, marking only the name part', () => {
    const found = references.targetAt(offsetOf(RECORD, 'Behavioral: Walking'));
    assert.equal(found?.target.kind, 'intervention');
    const [definition, reference] = references.occurrencesOf(found.target);
    assert.equal(RECORD.slice(definition.nameRange!.start, definition.nameRange!.end), 'Walking program');
    assert.equal(definition.pointer, '/armsInterventionsModule/interventions/0/name');
    assert.equal(RECORD.slice(reference.nameRange!.start, reference.nameRange!.end), 'Walking program');
    assert.equal(RECORD.slice(reference.valueRange.start, reference.valueRange.end), '"Behavioral: Walking program"');
  });

  it('finds nothing on other values or on a label no arm has', () => {
    assert.equal(references.targetAt(offsetOf(RECORD, 'EXPERIMENTAL')), undefined);
    const typo = RECORD.replace('        - Aerobic exercise\n', '        - Aerobic excercise\n');
    assert.equal(new CrossReferences(typo, parseRecord(typo, 'yaml')).targetAt(offsetOf(typo, 'excercise')), undefined);
  });
});

describe('rename', () => {
  it('renames an arm label and every armGroupLabels entry, keeping quotes and comments', () => {
    const after = rename(RECORD, 'Aerobic exercise', 'Supervised exercise');
    assert.equal(after, RECORD.replace(/Aerobic exercise/g, 'Supervised exercise'));
    const quoted = rename(RECORD, 'Usual care', 'Usual activity');
    assert.match(quoted, /- label: 'Usual activity'/);
  });

  it('renames an intervention from a reference: the name and every `Type: Name` entry', () => {
    const after = rename(RECORD, 'Walking program', 'Brisk walking');
    assert.equal(after, RECORD.replace(/Walking program/g, 'Brisk walking'));
    const cross = runRules(parseRecord(after, 'yaml'), { today: '2025-06-15', text: after }).filter((d) => d.code.startsWith('arms/'));
    assert.deepEqual(
      cross.map((d) => d.message),
      [],
      'the renamed record still links arms and interventions',
    );
  });

  it('quotes a new name that YAML would misread, and renames in JSON', () => {
    assert.match(rename(RECORD, 'Aerobic exercise', 'Arm: exercise'), /- label: "Arm: exercise" {3}# the active arm/);
    const json =
      '{\n  "armsInterventionsModule": {\n    "armGroups": [{"label": "A", "interventionNames": ["Drug: X"]}],\n    "interventions": [{"type": "DRUG", "name": "X", "armGroupLabels": ["A"]}]\n  }\n}';
    const after = rename(json, '"X"', 'Y', 'json');
    assert.equal(after, json.replace('"Drug: X"', '"Drug: Y"').replace('"name": "X"', '"name": "Y"'));
  });

  it('prepares with the name range and refuses clashes and empty names', () => {
    const parsed = parseRecord(RECORD, 'yaml');
    const prepared = prepareRenameAt(RECORD, parsed, offsetOf(RECORD, 'Usual care'));
    assert.equal(prepared?.placeholder, 'Usual care');
    assert.equal(RECORD.slice(prepared.range.start, prepared.range.end), 'Usual care');
    assert.equal(prepareRenameAt(RECORD, parsed, offsetOf(RECORD, 'NO_INTERVENTION')), undefined);
    assert.deepEqual(renameAt(RECORD, parsed, offsetOf(RECORD, 'Aerobic'), 'Usual care'), {
      error: 'An arm is already labelled `Usual care`.',
    });
    assert.deepEqual(renameAt(RECORD, parsed, offsetOf(RECORD, 'Aerobic'), '  '), { error: 'The new name is empty.' });
  });
});

describe('folding', () => {
  it('folds modules, lists and list items from their first to their last line', () => {
    const lines = new LineIndex(RECORD);
    const folds = foldingRanges(RECORD, parseRecord(RECORD, 'yaml'), lines).map(
      ({ startLine, endLine }) => `${lines.lineText(startLine).trim()} … ${lines.lineText(endLine).trim()}`,
    );
    for (const expected of [
      'armsInterventionsModule: … - Aerobic exercise',
      'armGroups: … type: NO_INTERVENTION',
      '- label: Aerobic exercise   # the active arm … - "Behavioral: Walking program"',
      'contactsLocationsModule: … country: United States',
    ])
      assert.ok(folds.includes(expected), `expected fold ${expected} in:\n${folds.join('\n')}`);
  });

  it('keeps the closing bracket of JSON blocks visible', () => {
    const json = readFileSync(path.resolve(__dirname, '../../../samples/minimal-draft.trial.json'), 'utf8');
    const lines = new LineIndex(json);
    const folds = foldingRanges(json, parseRecord(json, 'json'), lines);
    const status = folds.find((fold) => lines.lineText(fold.startLine).includes('"statusModule"'));
    assert.ok(status);
    assert.match(lines.lineText(status.endLine + 1), /^\s*},?$/);
  });
});
