import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { complete, type CompletionEntry, type CompletionResult } from '../../../server/src/service/language/completion';
import type { RecordFormat } from '../../../server/src/service/parse/parsedRecord';
import { recordSchema, type RecordSchema } from '../../../server/src/service/schema/recordSchema';
import { testSchema, vscodeAccepts, withCursor } from './support';

// What the user typed is what they get: the item VS Code would pick for the typed word inserts
// that key or value, whatever the indentation the editor left the line at.

interface Completed extends CompletionResult {
  readonly text: string;
  readonly offset: number;
}

function completeAt(marked: string, format: RecordFormat = 'yaml', schema: RecordSchema = testSchema): Completed {
  const document = withCursor(marked, format);
  return { ...complete(document.text, document.parsed, document.offset, schema), text: document.text, offset: document.offset };
}

/** The items VS Code keeps for the typed word, best first: those whose filter text starts with the word rank first (VS Code scores a prefix match highest). */
function shown(result: Completed): CompletionEntry[] {
  const kept = result.items.filter((item) => vscodeAccepts(result.text, result.offset, item.replaceRange, item.filterText));
  const word = (item: CompletionEntry): string => result.text.slice(item.replaceRange.start, result.offset).trimStart().toLowerCase();
  const prefix = (item: CompletionEntry): number => (item.filterText.toLowerCase().startsWith(word(item)) ? 0 : 1);
  return kept
    .map((item, order) => ({ item, order }))
    .sort((a, b) => prefix(a.item) - prefix(b.item) || a.order - b.order)
    .map(({ item }) => item);
}

/** The document after VS Code inserts its first choice for the typed word. */
function acceptFirst(result: Completed): string {
  const [item] = shown(result);
  assert.ok(item, `nothing shown for the typed word; offered ${result.items.map((candidate) => candidate.label).join(', ')}`);
  return result.text.slice(0, item.replaceRange.start) + item.insertText + result.text.slice(item.replaceRange.end);
}

const NESTED = 'identificationModule:\n  orgStudyIdInfo:\n    id: X\n';

describe('a key typed where the indentation puts it in a nested object (YAML)', () => {
  it('`brief` under orgStudyIdInfo gives briefTitle, moved out to the module', () => {
    const result = completeAt(`${NESTED}    brief|\nstatusModule:\n  overallStatus: RECRUITING\n`);
    assert.deepEqual(
      shown(result).map((item) => item.label),
      ['briefTitle'],
    );
    assert.equal(acceptFirst(result), `${NESTED}  briefTitle: \nstatusModule:\n  overallStatus: RECRUITING\n`);
    const item = shown(result)[0];
    assert.match(item.detail, /in identificationModule/);
  });

  it('keeps the keys of the object at the cursor first', () => {
    const result = completeAt('statusModule:\n  startDateStruct:\n    date: 2024\n    t|\n');
    assert.deepEqual(
      result.items.slice(0, 1).map((item) => item.label),
      ['type'],
    );
    assert.equal(
      acceptFirst(completeAt('statusModule:\n  startDateStruct:\n    date: 2024\n    ty|\n')),
      'statusModule:\n  startDateStruct:\n    date: 2024\n    type: \n',
    );
  });

  it('a module name typed in a nested block starts a new module at the top level', () => {
    const result = completeAt(`${NESTED}    statusM|\n`);
    assert.equal(acceptFirst(result), `${NESTED}statusModule:\n  \n`);
    assert.equal(shown(result)[0].kind, 'module');
    assert.match(shown(result)[0].detail, /top level/);
  });

  it('does not move a line out of a block that goes on below it', () => {
    // `type: X` below belongs to orgStudyIdInfo: a key at the module's column would take it as its own.
    const result = completeAt(`${NESTED}    brief|\n    type: X\n`);
    assert.deepEqual(shown(result), []);
    // A sibling below at the module's column is fine: the line may move out to there, not to the top level.
    const between = completeAt(`${NESTED}    brief|\n  acronym: A\n`);
    assert.deepEqual(
      shown(between).map((item) => item.label),
      ['briefTitle'],
    );
    assert.ok(!between.items.some((item) => item.kind === 'module'));
  });

  it('moves out of a list item to the list owner and above', () => {
    const arm = 'armsInterventionsModule:\n  armGroups:\n    - label: A\n      description: d\n';
    const schema = recordSchema();
    assert.equal(acceptFirst(completeAt(`${arm}      interv|\n`, 'yaml', schema)), `${arm}      interventionNames:\n        - \n`);
    assert.equal(acceptFirst(completeAt(`${arm}      interventions|\n`, 'yaml', schema)), `${arm}  interventions:\n    - \n`);
    assert.equal(acceptFirst(completeAt(`${arm}      desig|\n`, 'yaml', schema)), `${arm}designModule:\n  \n`);
  });

  it('with nothing typed offers the object at the cursor only, and asks to be asked again', () => {
    const blank = completeAt('statusModule:\n  startDateStruct:\n    date: 2024\n    |\n');
    assert.deepEqual(
      blank.items.map((item) => item.label),
      ['type'],
    );
    assert.equal(blank.incomplete, true);
    // At the top level there is nothing further out: the list is complete.
    assert.notEqual(completeAt('statusModule:\n  overallStatus: RECRUITING\n|\n').incomplete, true);
  });

  it("every shown item keeps the typed word in VS Code's filter after leading blanks", () => {
    const result = completeAt(`${NESTED}    brief|\n`);
    for (const item of result.items) {
      assert.ok(item.replaceRange.start <= result.offset && result.offset <= item.replaceRange.end);
      assert.equal(/[\r\n]/.test(result.text.slice(item.replaceRange.start, item.replaceRange.end)), false);
    }
  });

  it('stays fast after a long list (the parse says where the list starts)', () => {
    const arms = Array.from({ length: 20000 }, (_, i) => `    - label: Arm ${i}\n      type: EXPERIMENTAL\n`).join('');
    const head = `armsInterventionsModule:\n  armGroups:\n${arms}`;
    const blank = completeAt(`${head}      |\n`);
    assert.deepEqual(
      blank.items.map((item) => item.label),
      ['description', 'interventionNames'],
    );
    assert.equal(blank.incomplete, true);
    assert.equal(acceptFirst(completeAt(`${head}      desig|\n`)), `${head}designModule:\n  \n`);
  });
});

describe('a key typed at a level the indentation makes plain', () => {
  it('YAML: `brief` under identificationModule gives briefTitle, at the top level a module', () => {
    assert.equal(acceptFirst(completeAt('identificationModule:\n  brief|\n')), 'identificationModule:\n  briefTitle: \n');
    assert.equal(
      acceptFirst(completeAt('identificationModule:\n  briefTitle: T\nstat|\n')),
      'identificationModule:\n  briefTitle: T\nstatusModule:\n  \n',
    );
  });

  it('JSON: a quoted key, an unclosed one and a bare word give briefTitle', () => {
    for (const marked of [
      '{"identificationModule": {"brief|"}}',
      '{"identificationModule": {\n  "brief|\n}}',
      '{"identificationModule": {brief|}}',
    ]) {
      const result = completeAt(marked, 'json');
      assert.equal(shown(result)[0]?.label, 'briefTitle', marked);
      assert.match(acceptFirst(result), /"briefTitle": "\$1"/, marked);
    }
    const nested = completeAt('{"identificationModule": {"orgStudyIdInfo": {"id": "X"}, "brief|"}}', 'json');
    assert.equal(shown(nested)[0]?.label, 'briefTitle');
    assert.equal(shown(completeAt('{"identificationModule": {}, "stat|"}', 'json'))[0]?.label, 'statusModule');
  });
});

describe('enum values found by what the author calls them (bundled schema)', () => {
  const schema = recordSchema();
  const status = (typed: string): Completed => completeAt(`statusModule:\n  overallStatus: ${typed}|\n`, 'yaml', schema);

  it('`Finished` and `Done` offer COMPLETED, `Recruiting` offers RECRUITING first', () => {
    assert.equal(shown(status('Finished'))[0]?.label, 'COMPLETED');
    assert.equal(acceptFirst(status('Finished')), 'statusModule:\n  overallStatus: COMPLETED\n');
    assert.equal(shown(status('Done'))[0]?.label, 'COMPLETED');
    assert.equal(shown(status('Recruiting'))[0]?.label, 'RECRUITING');
  });

  it("labels and the registry's older labels find their value", () => {
    assert.equal(shown(status('Not yet recruiting'))[0]?.label, 'NOT_YET_RECRUITING');
    assert.equal(shown(status('Complete'))[0]?.label, 'COMPLETED');
    assert.equal(shown(status('Stopped early'))[0]?.label, 'TERMINATED');
    const phase = completeAt('designModule:\n  phases:\n    - Phase 2|\n', 'yaml', schema);
    assert.equal(shown(phase)[0]?.label, 'PHASE2');
    const roman = completeAt('designModule:\n  phases:\n    - Phase II|\n', 'yaml', schema);
    assert.equal(shown(roman)[0]?.label, 'PHASE2');
  });

  it('a synonym only widens the filter: the value is what is inserted, in JSON too', () => {
    const json = completeAt('{"statusModule": {"overallStatus": "Finish|"}}', 'json', schema);
    assert.equal(shown(json)[0]?.label, 'COMPLETED');
    assert.equal(acceptFirst(json), '{"statusModule": {"overallStatus": "COMPLETED"}}');
    for (const item of status('').items) assert.ok(item.filterText.length <= 128, `${item.label}: ${item.filterText}`);
    const completed = status('').items.find((item) => item.label === 'COMPLETED');
    assert.match(completed?.filterText ?? '', /^COMPLETED Completed .*Finished/);
  });

  it('completes the items of a flow list of values', () => {
    const result = completeAt('designModule:\n  phases: [PHASE1, phase 2|]\n', 'yaml', schema);
    assert.equal(shown(result)[0]?.label, 'PHASE2');
    assert.equal(acceptFirst(result), 'designModule:\n  phases: [PHASE1, PHASE2]\n');
    assert.equal(
      acceptFirst(completeAt('designModule:\n  phases: [PHASE1,|]\n', 'yaml', schema)),
      'designModule:\n  phases: [PHASE1, NA]\n',
    );
  });
});
