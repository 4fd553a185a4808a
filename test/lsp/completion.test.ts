import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import type { CompletionItem, CompletionList, Position, TextEdit } from 'vscode-languageserver';
import { vscodeAccepts } from '../unit/language/support';
import { cursor, startInMemoryServer, type TestLspClient } from './lspClient';

// Completion as VS Code uses it: the word it filters on is the text from the start of an item's
// textEdit range to the cursor (leading blanks skipped); the item it picks for that word is the
// one whose filter text the word is a prefix of, in the server's order; accepting applies the
// item's textEdit. These tests type, ask, pick and apply, and compare the document.

function offsetAt(text: string, position: Position): number {
  const lines = text.split('\n');
  let offset = 0;
  for (let line = 0; line < position.line; line++) offset += lines[line].length + 1;
  return offset + position.character;
}

function positionAt(text: string, offset: number): Position {
  const before = text.slice(0, offset).split('\n');
  return { line: before.length - 1, character: before[before.length - 1].length };
}

/** A completion list as VS Code holds it: asked at `offset` of `text`, the text as it was then. */
interface Session {
  readonly list: CompletionList;
  readonly text: string;
  readonly offset: number;
}

/**
 * An item's range in offsets of `text` now, the cursor at `offset`: VS Code keeps its start and moves
 * its end by what was typed since the list was asked for (typing happens at the cursor).
 */
function rangeNow(session: Session, item: CompletionItem, offset: number): { start: number; end: number } {
  const edit = item.textEdit as TextEdit;
  assert.equal(edit.range.start.line, edit.range.end.line, `${item.label}: VS Code ignores multi-line ranges`);
  const start = offsetAt(session.text, edit.range.start);
  const end = offsetAt(session.text, edit.range.end);
  assert.ok(start <= session.offset && session.offset <= end, `${item.label}: the range must hold the cursor`);
  return { start, end: end + offset - session.offset };
}

/**
 * VS Code's pick for the typed word (range start to cursor, leading blanks skipped): of the items
 * its fuzzy filter keeps, prefix matches of the filter text first (they score highest), the
 * server's order (sortText) within.
 */
function vscodePick(session: Session, text: string, offset: number): CompletionItem | undefined {
  const sorted = [...session.list.items].sort((a, b) => (a.sortText ?? a.label).localeCompare(b.sortText ?? b.label));
  const kept = sorted.filter((item) => {
    const range = rangeNow(session, item, offset);
    return vscodeAccepts(text, offset, { start: range.start, end: Math.max(range.end, offset) }, item.filterText ?? item.label);
  });
  const word = (item: CompletionItem): string =>
    text
      .slice(rangeNow(session, item, offset).start, offset)
      .trimStart()
      .toLowerCase();
  return kept.find((item) => (item.filterText ?? item.label).toLowerCase().startsWith(word(item))) ?? kept[0];
}

/** The server's trigger characters: typing one asks for a new list. */
const TRIGGER_CHARACTERS = new Set([':', ' ', '-', '"']);

function apply(session: Session, item: CompletionItem, text: string, offset: number): string {
  const range = rangeNow(session, item, offset);
  return text.slice(0, range.start) + (item.textEdit as TextEdit).newText + text.slice(range.end);
}

/** An editor on one document of the server: types at its cursor and asks for completion there. */
class Editor {
  private constructor(
    private readonly client: TestLspClient,
    private readonly uri: string,
    public text: string,
    public offset: number,
    /** JSON: a typed `"` comes with its closing one (VS Code's auto-closing pairs). */
    private readonly closesQuotes: boolean,
  ) {}

  static async open(client: TestLspClient, uri: string, marked: string, languageId?: string): Promise<Editor> {
    const { text, line, character } = cursor(marked);
    await client.open(uri, text, languageId);
    return new Editor(client, uri, text, offsetAt(text, { line, character }), languageId === 'trial-record-json');
  }

  async type(typed: string): Promise<void> {
    for (const character of typed) {
      const inserted = character === '"' && this.closesQuotes && this.text[this.offset] !== '"' ? '""' : character;
      const position = positionAt(this.text, this.offset);
      await this.client.change(this.uri, { range: { start: position, end: position }, text: inserted });
      this.text = this.text.slice(0, this.offset) + inserted + this.text.slice(this.offset);
      this.offset++;
    }
  }

  async complete(): Promise<CompletionList> {
    return (await this.session()).list;
  }

  private async session(): Promise<Session> {
    const { text, offset } = this;
    const list = await this.client.request<CompletionList>('textDocument/completion', {
      textDocument: { uri: this.uri },
      position: positionAt(text, offset),
    });
    return { list, text, offset };
  }

  /** Types `word` as VS Code's suggest session sees it: asks once, and again while the list says it is incomplete; then accepts. */
  async typeAndAccept(word: string): Promise<string> {
    let session = await this.session();
    for (const character of word) {
      await this.type(character);
      if (TRIGGER_CHARACTERS.has(character) || session.list.isIncomplete) session = await this.session();
    }
    const item = vscodePick(session, this.text, this.offset);
    assert.ok(item, `nothing left for "${word}" in ${session.list.items.map((candidate) => candidate.label).join(', ')}`);
    return apply(session, item, this.text, this.offset);
  }
}

const RECORD = `identificationModule:
  orgStudyIdInfo:
    id: ABC-001
|
statusModule:
  overallStatus: RECRUITING
`;

describe('completion inserts what the user typed (LSP)', () => {
  let client: TestLspClient;
  let documents = 0;
  const uri = (extension = 'yaml'): string => `file:///records/completion-${++documents}.trial.${extension}`;
  before(async () => {
    client = startInMemoryServer();
    await client.initialize();
  });
  after(async () => client.shutdown());

  it('`brief` on a new line under identificationModule gives `briefTitle: `', async () => {
    const editor = await Editor.open(client, uri(), RECORD.replace('|', '  |'));
    assert.equal(await editor.typeAndAccept('brief'), RECORD.replace('|', '  briefTitle: '));
  });

  it('`brief` where the editor kept the nested indentation still gives the module key, re-indented', async () => {
    // Enter after `    id: ABC-001` keeps four blanks: the line is in orgStudyIdInfo, whose keys are `type` and `link`.
    const editor = await Editor.open(client, uri(), RECORD.replace('|', '    |'));
    const first = await editor.complete();
    assert.equal(first.isIncomplete, true, 'the list for a blank line is asked again once a letter is typed');
    assert.deepEqual(
      first.items.map((item) => item.label),
      ['type', 'link'],
    );
    assert.equal(await editor.typeAndAccept('brief'), RECORD.replace('|', '  briefTitle: '));
  });

  it('a module name typed there starts a new module', async () => {
    const editor = await Editor.open(client, uri(), RECORD.replace('|', '    |'));
    assert.equal(await editor.typeAndAccept('designM'), RECORD.replace('|', 'designModule:\n  '));
  });

  it('JSON: a started key gives that key, at the top level and nested', async () => {
    const json = '{\n  "identificationModule": {\n    "orgStudyIdInfo": {"id": "A"},\n    |\n  }\n}';
    const nested = await Editor.open(client, uri('json'), json, 'trial-record-json');
    assert.equal(await nested.typeAndAccept('"brief'), json.replace('|', '"briefTitle": "$1"'));
    const top = '{\n  "identificationModule": {},\n  |\n}';
    const module = await Editor.open(client, uri('json'), top, 'trial-record-json');
    assert.equal(await module.typeAndAccept('"stat'), top.replace('|', '"statusModule": {$1}'));
  });

  it('`Finished` at overallStatus gives COMPLETED', async () => {
    const editor = await Editor.open(client, uri(), 'statusModule:\n  overallStatus: |\n');
    assert.equal(await editor.typeAndAccept('Finished'), 'statusModule:\n  overallStatus: COMPLETED\n');
  });

  it('an item whose field has choices opens the suggestions again', async () => {
    const editor = await Editor.open(client, uri(), 'statusModule:\n  |\n');
    const list = await editor.complete();
    assert.equal(list.items.find((item) => item.label === 'overallStatus')?.command?.command, 'editor.action.triggerSuggest');
    assert.equal(list.items.find((item) => item.label === 'whyStopped')?.command, undefined);
  });
});

describe("references to the record's arms and interventions (LSP)", () => {
  let client: TestLspClient;
  before(async () => {
    client = startInMemoryServer();
    await client.initialize();
  });
  after(async () => client.shutdown());

  const ARMS = `armsInterventionsModule:
  armGroups:
    - label: Walking
      type: EXPERIMENTAL
      interventionNames:
        - |
  interventions:
    - type: BEHAVIORAL
      name: Supervised walking
      armGroupLabels: [Walking]
`;

  it("an arm's interventionNames entry becomes the quoted `Type: Name`", async () => {
    const editor = await Editor.open(client, 'file:///records/arms-1.trial.yaml', ARMS);
    const accepted = await editor.typeAndAccept('Behav');
    assert.equal(accepted, ARMS.replace('- |', '- "Behavioral: Supervised walking"'));
  });

  it("an intervention's armGroupLabels entry becomes the arm label, in a flow list too", async () => {
    const block = ARMS.replace('- |', '- "Behavioral: Supervised walking"').replace(
      'armGroupLabels: [Walking]',
      'armGroupLabels:\n        - |',
    );
    const editor = await Editor.open(client, 'file:///records/arms-2.trial.yaml', block);
    const list = await editor.complete();
    assert.equal(list.items[0]?.detail, 'Experimental');
    assert.equal(await editor.typeAndAccept('Wal'), block.replace('- |', '- Walking'));
    const flow = block.replace('armGroupLabels:\n        - |', 'armGroupLabels: [|]');
    const flowEditor = await Editor.open(client, 'file:///records/arms-3.trial.yaml', flow);
    assert.equal(await flowEditor.typeAndAccept('W'), flow.replace('[|]', '[Walking]'));
  });
});
