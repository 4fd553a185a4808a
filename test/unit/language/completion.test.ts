import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { complete, type CompletionEntry } from '../../../server/src/service/language/completion';
import type { RecordFormat } from '../../../server/src/service/parse/parsedRecord';
import { MODULE_NAMES, STATUS_VALUES, slice, testSchema, vscodeAccepts, withCaret, withCursor } from './support';

function completeAt(marked: string, format: RecordFormat = 'yaml'): { items: readonly CompletionEntry[]; text: string; offset: number } {
  const document = withCursor(marked, format);
  return { ...complete(document.text, document.parsed, document.offset, testSchema), text: document.text, offset: document.offset };
}

function labels(items: readonly CompletionEntry[]): string[] {
  return items.map((item) => item.label);
}

/** The labels VS Code would still show, given what is typed before the cursor. */
function shown(result: { items: readonly CompletionEntry[]; text: string; offset: number }): string[] {
  return result.items
    .filter((item) => vscodeAccepts(result.text, result.offset, item.replaceRange, item.filterText))
    .map((item) => item.label);
}

/** The document after accepting `label` (plain-text items only). */
function accept(result: { items: readonly CompletionEntry[]; text: string }, label: string): string {
  const item = result.items.find((candidate) => candidate.label === label);
  assert.ok(item, `no item ${label} in ${labels(result.items).join(', ')}`);
  return result.text.slice(0, item.replaceRange.start) + item.insertText + result.text.slice(item.replaceRange.end);
}

describe('completion of enum values (YAML)', () => {
  it('offers exactly the 14 statuses after `overallStatus: `', () => {
    const result = completeAt('statusModule:\n  overallStatus: |\n');
    assert.deepEqual([...labels(result.items)].sort(), [...STATUS_VALUES].sort());
    const notYet = result.items.find((item) => item.label === 'NOT_YET_RECRUITING');
    assert.equal(notYet?.kind, 'value');
    assert.equal(notYet?.detail, 'Not yet recruiting');
    assert.match(notYet?.documentation ?? '', /not yet recruiting/i);
    assert.equal(accept(result, 'RECRUITING'), 'statusModule:\n  overallStatus: RECRUITING\n');
  });

  it('finds NOT_YET_RECRUITING from `not yet` (the range covers the whole typed value)', () => {
    const result = completeAt('statusModule:\n  overallStatus: not yet|\n');
    const item = result.items.find((candidate) => candidate.label === 'NOT_YET_RECRUITING');
    assert.ok(item);
    assert.equal(slice(result.text, item.replaceRange), 'not yet');
    assert.ok(item.filterText.includes('NOT_YET_RECRUITING') && item.filterText.includes('Not yet recruiting'));
    assert.deepEqual(shown(result), ['NOT_YET_RECRUITING']);
    assert.equal(accept(result, 'NOT_YET_RECRUITING'), 'statusModule:\n  overallStatus: NOT_YET_RECRUITING\n');
  });

  it('filters as VS Code does for `recr`, `Not y`, `complet` and `unknown status`', () => {
    assert.ok(shown(completeAt('statusModule:\n  overallStatus: recr|\n')).includes('RECRUITING'));
    // Fuzzy matching also lets `TEMPORARILY_NOT_AVAILABLE Temporarily…` through; VS Code ranks it lower.
    assert.ok(shown(completeAt('statusModule:\n  overallStatus: Not y|\n')).includes('NOT_YET_RECRUITING'));
    assert.deepEqual(shown(completeAt('statusModule:\n  overallStatus: complet|\n')), ['COMPLETED']);
    assert.deepEqual(shown(completeAt('statusModule:\n  overallStatus: unknown status|\n')), ['UNKNOWN']);
  });

  it('replaces an existing value, keeping a trailing comment', () => {
    const result = completeAt('statusModule:\n  overallStatus: RECRU|ITING # keep\n');
    assert.equal(accept(result, 'COMPLETED'), 'statusModule:\n  overallStatus: COMPLETED # keep\n');
  });

  it('completes inside quotes without touching them', () => {
    const result = completeAt('statusModule:\n  overallStatus: "rec|"\n');
    assert.equal(accept(result, 'RECRUITING'), 'statusModule:\n  overallStatus: "RECRUITING"\n');
  });

  it('adds the missing space after `key:`', () => {
    const result = completeAt('statusModule:\n  overallStatus:|\n');
    assert.equal(result.items.length, 14);
    assert.equal(accept(result, 'RECRUITING'), 'statusModule:\n  overallStatus: RECRUITING\n');
  });

  it('offers items of an enum list after `- `, and `phase 2` finds PHASE2', () => {
    const result = completeAt('designModule:\n  phases:\n    - |\n');
    assert.deepEqual(labels(result.items), ['NA', 'EARLY_PHASE1', 'PHASE1', 'PHASE2', 'PHASE3', 'PHASE4']);
    assert.equal(result.items[3].detail, 'Phase 2');
    assert.deepEqual(shown(completeAt('designModule:\n  phases:\n    - PHASE1\n    - phase 2|\n')), ['PHASE2']);
    // A list at the same indentation as its key is the same list.
    assert.equal(completeAt('designModule:\n  phases:\n  - PHASE1\n  - |\n').items.length, 6);
  });

  it('offers nothing for a list field written inline, and nothing for free text', () => {
    assert.deepEqual(completeAt('designModule:\n  phases: |\n').items, []);
    assert.deepEqual(completeAt('identificationModule:\n  briefTitle: |\n').items, []);
    assert.deepEqual(completeAt('conditionsModule:\n  conditions:\n    - |\n').items, []);
  });

  it('offers true and false for a boolean', () => {
    assert.deepEqual(labels(completeAt('oversightModule:\n  oversightHasDmc: |\n').items), ['true', 'false']);
  });

  it('completes enum values of nested objects and of list items', () => {
    assert.deepEqual(labels(completeAt('statusModule:\n  startDateStruct:\n    date: 2024-02\n    type: |\n').items), [
      'ACTUAL',
      'ESTIMATED',
    ]);
    assert.deepEqual(labels(completeAt('armsInterventionsModule:\n  armGroups:\n    - label: A\n      type: |\n').items), [
      'EXPERIMENTAL',
      'PLACEBO_COMPARATOR',
    ]);
    assert.deepEqual(labels(completeAt('armsInterventionsModule:\n  armGroups:\n    - label: A\n    - type: |\n').items), [
      'EXPERIMENTAL',
      'PLACEBO_COMPARATOR',
    ]);
  });

  it('works inside a whole API study object', () => {
    const result = completeAt('protocolSection:\n  statusModule:\n    overallStatus: |\nhasResults: false\n');
    assert.equal(result.items.length, 14);
    assert.deepEqual(
      completeAt('protocolSection:\n  statusModule: {}\nderivedSection:\n  miscInfoModule:\n    versionHolder: |\n').items,
      [],
    );
  });
});

describe('completion of keys (YAML)', () => {
  it('offers the 13 modules at the root of an empty document', () => {
    const result = completeAt('|');
    assert.deepEqual([...labels(result.items)].sort(), [...MODULE_NAMES].sort());
    assert.ok(result.items.every((item) => item.kind === 'module'));
    assert.equal(accept(result, 'statusModule'), 'statusModule:\n  ');
  });

  it('offers the modules not yet present at the root', () => {
    const result = completeAt('statusModule:\n  overallStatus: RECRUITING\n|\n');
    assert.equal(result.items.length, 12);
    assert.ok(!labels(result.items).includes('statusModule'));
    const typed = completeAt('statusModule:\n  overallStatus: RECRUITING\ndes|\n');
    assert.deepEqual(shown(typed), ['descriptionModule', 'designModule']);
    assert.equal(accept(typed, 'designModule'), 'statusModule:\n  overallStatus: RECRUITING\ndesignModule:\n  \n');
  });

  it('offers the keys of a module on an empty line, without those already present', () => {
    const result = completeAt('statusModule:\n  overallStatus: RECRUITING\n  |\n  whyStopped: x\nidentificationModule:\n  briefTitle: t\n');
    const names = labels(result.items);
    assert.ok(!names.includes('overallStatus') && !names.includes('whyStopped'));
    assert.ok(names.includes('statusVerifiedDate') && names.includes('startDateStruct'));
    assert.ok(result.items.every((item) => item.kind === 'property'));
    // Required first; registry-assigned ones last.
    assert.equal(names[0], 'statusVerifiedDate');
    assert.deepEqual(names.slice(-2), ['lastKnownStatus', 'studyFirstSubmitDate']);
    const verified = result.items[0];
    assert.match(verified.detail, /Record verification date/);
    assert.match(verified.detail, /required/);
    assert.match(verified.documentation, /2024-02/);
  });

  it('inserts `key: ` for scalars and an indented next line for objects and lists', () => {
    const result = completeAt('statusModule:\n  overallStatus: RECRUITING\n  |\n');
    assert.equal(accept(result, 'whyStopped'), 'statusModule:\n  overallStatus: RECRUITING\n  whyStopped: \n');
    assert.equal(accept(result, 'startDateStruct'), 'statusModule:\n  overallStatus: RECRUITING\n  startDateStruct:\n    \n');
    assert.equal(result.items.find((item) => item.label === 'startDateStruct')?.retrigger, true);
    assert.equal(result.items.find((item) => item.label === 'statusVerifiedDate')?.retrigger, false);
    const arms = completeAt('armsInterventionsModule:\n  |\n');
    assert.equal(accept(arms, 'armGroups'), 'armsInterventionsModule:\n  armGroups:\n    - \n');
  });

  it('completes a key being typed, replacing the whole word', () => {
    const result = completeAt('statusModule:\n  overallStatus: RECRUITING\n  why|\n');
    assert.deepEqual(shown(result), ['whyStopped']);
    assert.equal(accept(result, 'whyStopped'), 'statusModule:\n  overallStatus: RECRUITING\n  whyStopped: \n');
  });

  it('renames an existing key without adding a second `:`', () => {
    const result = completeAt('statusModule:\n  overall|Status: RECRUITING\n');
    assert.ok(labels(result.items).includes('overallStatus'));
    assert.equal(accept(result, 'lastKnownStatus'), 'statusModule:\n  lastKnownStatus: RECRUITING\n');
  });

  it('offers the keys of a new list item of objects', () => {
    const result = completeAt('armsInterventionsModule:\n  armGroups:\n    - |\n');
    assert.deepEqual(labels(result.items), ['label', 'type', 'description', 'interventionNames']);
    assert.equal(accept(result, 'interventionNames'), 'armsInterventionsModule:\n  armGroups:\n    - interventionNames:\n        - \n');
    const second = completeAt('armsInterventionsModule:\n  armGroups:\n    - label: A\n      type: EXPERIMENTAL\n    - |\n');
    assert.deepEqual(labels(second.items), ['label', 'type', 'description', 'interventionNames']);
    assert.deepEqual(shown(completeAt('armsInterventionsModule:\n  armGroups:\n    - label: A\n    - ty|\n')), ['type']);
  });

  it('offers the remaining keys of an existing list item', () => {
    const result = completeAt(
      'armsInterventionsModule:\n  armGroups:\n    - label: A\n      |\n    - label: B\n      type: EXPERIMENTAL\n',
    );
    assert.deepEqual(labels(result.items), ['type', 'description', 'interventionNames']);
    const second = completeAt(
      'armsInterventionsModule:\n  armGroups:\n    - label: A\n    - label: B\n      type: EXPERIMENTAL\n      |\n',
    );
    assert.deepEqual(labels(second.items), ['description', 'interventionNames']);
  });

  it('offers the modules inside protocolSection of a whole API study object', () => {
    const result = completeAt('protocolSection:\n  statusModule: {}\n  |\nhasResults: false\n');
    assert.equal(result.items.length, 12);
    assert.deepEqual(completeAt('protocolSection:\n  statusModule: {}\n|\n').items, []);
  });

  it('lets indentation decide the parent', () => {
    const text = 'statusModule:\n  startDateStruct:\n    date: 2024-02\n';
    assert.deepEqual(labels(completeAt(`${text}    |\n`).items), ['type']);
    assert.ok(labels(completeAt(`${text}  |\n`).items).includes('overallStatus'));
    assert.equal(completeAt(`${text}|\n`).items.length, 12);
  });

  it('offers nothing for an unknown parent key', () => {
    assert.deepEqual(completeAt('statusModule:\n  notAField:\n    |\n').items, []);
  });
});

describe('completion in odd places never throws', () => {
  const cases: Array<[string, string]> = [
    ['end of file without newline', 'statusModule:\n  overallStatus: RECRUITING|'],
    ['inside a comment', 'statusModule:\n  # overall|Status\n'],
    ['after a trailing comment', 'statusModule:\n  overallStatus: RECRUITING # stat|\n'],
    ['in the indentation', 'statusModule:\n | overallStatus: RECRUITING\n'],
    ['broken line', 'statusModule:\n  overallStatus: [RECR|\n  : :\n'],
    ['tab indentation', 'statusModule:\n\toverall|\n'],
    ['flow mapping', 'statusModule: {overallStatus: |}\n'],
    ['right after a dash', 'designModule:\n  phases:\n    -|\n'],
    ['CRLF line ends', 'statusModule:\r\n  overallStatus: |\r\n'],
    ['a document that is a list', '- a\n- |\n'],
    ['a scalar document', 'just text|\n'],
  ];
  for (const [name, marked] of cases) {
    it(name, () => {
      const result = completeAt(marked);
      assert.equal(Array.isArray(result.items), true);
      for (const item of result.items) {
        assert.ok(
          item.replaceRange.start <= result.offset && result.offset <= item.replaceRange.end,
          `${item.label} range excludes the cursor`,
        );
      }
    });
  }

  it('offers nothing in a comment, a block scalar or a continued plain scalar', () => {
    assert.deepEqual(completeAt('statusModule:\n  # overall|Status\n').items, []);
    assert.deepEqual(completeAt('statusModule:\n  overallStatus: RECRUITING # RE|\n').items, []);
    const block = withCaret('descriptionModule:\n  briefSummary: |\n    The study\n    ‸\n  detailedDescription: x\n');
    assert.deepEqual(complete(block.text, block.parsed, block.offset, testSchema).items, []);
    const blockWord = withCaret('descriptionModule:\n  briefSummary: >-\n    The study\n      overall‸\n');
    assert.deepEqual(complete(blockWord.text, blockWord.parsed, blockWord.offset, testSchema).items, []);
    const blockKeyLike = withCaret('descriptionModule:\n  briefSummary: |\n    Note: ‸\n');
    assert.deepEqual(complete(blockKeyLike.text, blockKeyLike.parsed, blockKeyLike.offset, testSchema).items, []);
    assert.deepEqual(completeAt('identificationModule:\n  briefTitle: A long title\n    that contin|\n').items, []);
  });

  it('CRLF documents get the same answers', () => {
    assert.equal(completeAt('statusModule:\r\n  overallStatus: |\r\n').items.length, 14);
    assert.equal(completeAt('statusModule:\r\n  overallStatus: RECRUITING\r\n  |\r\n').items.length, 5);
  });

  it('stays fast on a large document', () => {
    const arms = Array.from({ length: 20000 }, (_, i) => `    - label: Arm ${i}\n      type: EXPERIMENTAL\n`).join('');
    const result = completeAt(`armsInterventionsModule:\n  armGroups:\n${arms}    - |\n`);
    assert.deepEqual(labels(result.items), ['label', 'type', 'description', 'interventionNames']);
  });
});

describe('completion (JSON)', () => {
  it('offers quoted statuses after `"overallStatus": `', () => {
    const result = completeAt('{"statusModule": {"overallStatus": |}}', 'json');
    assert.equal(result.items.length, 14);
    assert.equal(accept(result, 'RECRUITING'), '{"statusModule": {"overallStatus": "RECRUITING"}}');
  });

  it('filters a started string as VS Code does and replaces it whole', () => {
    const result = completeAt('{"statusModule": {"overallStatus": "not y|"}}', 'json');
    assert.ok(shown(result).includes('NOT_YET_RECRUITING'));
    assert.ok(!shown(result).includes('RECRUITING'));
    assert.equal(accept(result, 'NOT_YET_RECRUITING'), '{"statusModule": {"overallStatus": "NOT_YET_RECRUITING"}}');
    const unclosed = completeAt('{"statusModule": {"overallStatus": "rec|\n}}', 'json');
    assert.ok(shown(unclosed).includes('RECRUITING'));
    assert.equal(accept(unclosed, 'RECRUITING'), '{"statusModule": {"overallStatus": "RECRUITING"\n}}');
  });

  it('offers enum list items and booleans', () => {
    assert.equal(completeAt('{"designModule": {"phases": [|]}}', 'json').items.length, 6);
    assert.deepEqual(shown(completeAt('{"designModule": {"phases": ["PHASE1", "phase 2|"]}}', 'json')), ['PHASE2']);
    const booleans = completeAt('{"oversightModule": {"oversightHasDmc": tr|}}', 'json');
    assert.deepEqual(shown(booleans), ['true']);
    assert.equal(accept(booleans, 'true'), '{"oversightModule": {"oversightHasDmc": true}}');
  });

  it('offers missing keys as `"key": ` snippets, with a comma when a property follows', () => {
    const result = completeAt('{"statusModule": {"overallStatus": "RECRUITING",\n  |\n  "whyStopped": "x"}}', 'json');
    const names = labels(result.items);
    assert.ok(!names.includes('overallStatus') && !names.includes('whyStopped'));
    const item = result.items.find((candidate) => candidate.label === 'startDateStruct');
    assert.equal(item?.insertText, '"startDateStruct": {$1},');
    assert.equal(item?.isSnippet, true);
    const last = completeAt('{"statusModule": {"overallStatus": "RECRUITING", |}}', 'json');
    assert.equal(last.items.find((candidate) => candidate.label === 'whyStopped')?.insertText, '"whyStopped": "$1"');
  });

  it('completes a quoted key being typed, and a bare word', () => {
    const quoted = completeAt('{"statusModule": {"why|"}}', 'json');
    assert.deepEqual(shown(quoted), ['whyStopped']);
    assert.equal(slice(quoted.text, quoted.items[0].replaceRange), '"why"');
    const bare = completeAt('{"statusModule": {why|}}', 'json');
    assert.deepEqual(shown(bare), ['whyStopped']);
    const renaming = completeAt('{"statusModule": {"why|": "x"}}', 'json');
    assert.equal(renaming.items.find((candidate) => candidate.label === 'whyStopped')?.insertText, '"whyStopped"');
  });

  it('offers the modules at the root and the keys of a new list item', () => {
    assert.equal(completeAt('{|}', 'json').items.length, 13);
    assert.deepEqual(labels(completeAt('{"armsInterventionsModule": {"armGroups": [{|}]}}', 'json').items), [
      'label',
      'type',
      'description',
      'interventionNames',
    ]);
    assert.equal(completeAt('{"protocolSection": {"statusModule": {"overallStatus": |}}}', 'json').items.length, 14);
  });

  it('offers nothing in a comment or after a closed string', () => {
    assert.deepEqual(completeAt('{"statusModule": {"overallStatus": "RECRUITING" // rec|\n}}', 'json').items, []);
    assert.deepEqual(completeAt('{"statusModule": {"overallStatus": "RECRUITING"|}}', 'json').items, []);
    assert.deepEqual(completeAt('|', 'json').items, []);
    assert.deepEqual(completeAt('{"statusModule": {"overallStatus": [[|', 'json').items, []);
  });
});
