import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type {
  CodeAction,
  Diagnostic,
  DocumentSymbol,
  FoldingRange,
  Hover,
  Location,
  MarkupContent,
  Range,
  TextEdit,
  WorkspaceEdit,
} from 'vscode-languageserver';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { startInMemoryServer, type TestLspClient } from './lspClient';

const INVALID = readFileSync(path.resolve(__dirname, '../../samples/invalid-example.trial.yaml'), 'utf8');

/** The text after applying a workspace edit's changes for `uri`. */
function applied(text: string, uri: string, edit: WorkspaceEdit | undefined): string {
  const edits: TextEdit[] = edit?.changes?.[uri] ?? [];
  return TextDocument.applyEdits(TextDocument.create(uri, 'trial-record-yaml', 1, text), edits);
}

function positionOf(text: string, needle: string): { line: number; character: number } {
  const offset = text.indexOf(needle);
  assert.ok(offset >= 0, `${needle} not in the text`);
  return TextDocument.create('x', 'x', 1, text).positionAt(offset + 1);
}

function slice(text: string, range: Range): string {
  const document = TextDocument.create('x', 'x', 1, text);
  return text.slice(document.offsetAt(range.start), document.offsetAt(range.end));
}

describe('code actions, navigation and rule hover over LSP', () => {
  let client: TestLspClient;
  const uri = 'file:///records/invalid-example.trial.yaml';
  let diagnostics: Diagnostic[];

  before(async () => {
    client = startInMemoryServer();
    const result = (await client.initialize()) as { capabilities: Record<string, unknown> };
    for (const capability of [
      'codeActionProvider',
      'documentSymbolProvider',
      'definitionProvider',
      'referencesProvider',
      'renameProvider',
      'foldingRangeProvider',
    ]) {
      assert.ok(result.capabilities[capability], `the server announces ${capability}`);
    }
    await client.open(uri, INVALID);
    diagnostics = await client.diagnostics(uri, (list) => list.some((d) => d.code === 'design/masking-who-masked'));
  });
  after(async () => client.shutdown());

  const codeActions = (forDiagnostics: Diagnostic[], only?: string[]) =>
    client.request<CodeAction[]>('textDocument/codeAction', {
      textDocument: { uri },
      range: forDiagnostics[0]?.range ?? { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } },
      context: { diagnostics: forDiagnostics, only },
    });

  it('publishes the fix data with each fixable diagnostic', () => {
    const status = diagnostics.find((d) => d.code === 'schema/enum' && slice(INVALID, d.range) === 'Recruiting');
    assert.deepEqual(status?.data, { kind: 'replace-value', valuePointer: '/statusModule/overallStatus', replacement: 'RECRUITING' });
  });

  it('offers the quick fix for a diagnostic, and its edit changes only the value', async () => {
    const status = diagnostics.find((d) => d.code === 'schema/enum' && slice(INVALID, d.range) === 'Recruiting')!;
    const actions = await codeActions([status]);
    const fix = actions.find((action) => action.kind === 'quickfix' && action.isPreferred);
    assert.equal(fix?.title, 'Change `overallStatus` to `RECRUITING`');
    assert.deepEqual(fix?.diagnostics, [status]);
    assert.equal(applied(INVALID, uri, fix?.edit), INVALID.replace('overallStatus: Recruiting ', 'overallStatus: RECRUITING '));
  });

  it('offers the masking fix of a rule diagnostic', async () => {
    const masking = diagnostics.find((d) => d.code === 'design/masking-who-masked')!;
    const [fix] = await codeActions([masking]);
    assert.equal(fix.title, 'Change `masking` to `SINGLE`');
    assert.equal(fix.isPreferred, false, 'a judgement call is not applied by "Auto Fix"');
    assert.match(applied(INVALID, uri, fix.edit), /masking: SINGLE +# cross-field/);
  });

  it('offers "fix all of this kind" when a kind occurs more than once', async () => {
    const enums = diagnostics.filter((d) => d.code === 'schema/enum');
    assert.equal(enums.length, 2);
    const actions = await codeActions([enums[0]]);
    const all = actions.find((action) => action.title.startsWith('Fix all'));
    assert.equal(all?.title, 'Fix all 2 `schema/enum` problems in this file');
    const text = applied(INVALID, uri, all?.edit);
    assert.match(text, /overallStatus: RECRUITING/);
    assert.match(text, /- PHASE2/);
  });

  it('answers source.fixAll only when asked, with every unattended fix', async () => {
    const quick = await codeActions([]);
    assert.equal(quick.filter((action) => action.kind?.startsWith('source')).length, 0);
    const [fixAll] = await codeActions([], ['source.fixAll']);
    assert.equal(fixAll.kind, 'source.fixAll.trialRecord');
    assert.equal(fixAll.title, 'Fix 5 trial-record problems that have an unambiguous fix');
    const text = applied(INVALID, uri, fixAll.edit);
    for (const expected of [/briefTitle: Aerobic/, /overallStatus: RECRUITING/, /date: 2024-03/, /- PHASE2/, /minimumAge: 18 Years/])
      assert.match(text, expected);
  });

  it('outlines modules, arms and interventions', async () => {
    const symbols = await client.request<DocumentSymbol[]>('textDocument/documentSymbol', { textDocument: { uri } });
    assert.ok(symbols.map((s) => s.name).includes('armsInterventionsModule'));
    const arms = symbols.find((s) => s.name === 'armsInterventionsModule')!.children!.find((s) => s.name === 'armGroups')!;
    assert.deepEqual(
      arms.children!.map((s) => s.name),
      ['Aerobic exercise', 'Usual activity', 'Arm 3'],
    );
    const folds = await client.request<FoldingRange[]>('textDocument/foldingRange', { textDocument: { uri } });
    assert.ok(folds.some((fold) => INVALID.split('\n')[fold.startLine].startsWith('armsInterventionsModule:')));
  });

  it('goes to the arm from an armGroupLabels entry and finds its references', async () => {
    const text = INVALID;
    const entryLine = text.split('\n').findIndex((line) => line.trim() === '- Aerobic exercise');
    const position = { line: entryLine, character: text.split('\n')[entryLine].indexOf('Aerobic') + 2 };
    const [definition] = await client.request<Location[]>('textDocument/definition', { textDocument: { uri }, position });
    assert.equal(slice(text, definition.range), 'Aerobic exercise');
    assert.equal(text.split('\n')[definition.range.start.line].trim(), '- label: Aerobic exercise');
    const references = await client.request<Location[]>('textDocument/references', {
      textDocument: { uri },
      position,
      context: { includeDeclaration: true },
    });
    assert.equal(references.length, 2);
  });

  it('renames an arm label and its references (prepareRename first)', async () => {
    const position = positionOf(INVALID, 'Aerobic exercise\n');
    const prepared = await client.request<{ range: Range; placeholder: string }>('textDocument/prepareRename', {
      textDocument: { uri },
      position,
    });
    assert.equal(prepared.placeholder, 'Aerobic exercise');
    const edit = await client.request<WorkspaceEdit>('textDocument/rename', {
      textDocument: { uri },
      position,
      newName: 'Exercise program',
    });
    assert.equal(edit.changes?.[uri]?.length, 2);
    const text = applied(INVALID, uri, edit);
    assert.match(text, /- label: Exercise program\n/);
    assert.match(text, /armGroupLabels:\n {8}- Exercise program\n/);
    await assert.rejects(
      client.request('textDocument/rename', { textDocument: { uri }, position, newName: 'Usual activity' }),
      /already labelled/,
    );
    await assert.rejects(
      client.request('textDocument/prepareRename', { textDocument: { uri }, position: positionOf(INVALID, 'EXPERIMENTAL') }),
      /can be renamed/,
    );
  });

  it('shows the rule documentation when hovering a rule diagnostic', async () => {
    const masking = diagnostics.find((d) => d.code === 'design/masking-who-masked')!;
    const hover = await client.request<Hover>('textDocument/hover', { textDocument: { uri }, position: masking.range.start });
    const markdown = (hover.contents as MarkupContent).value;
    assert.match(markdown, /\*\*Masking level and masked roles disagree\*\* · `design\/masking-who-masked`/);
    assert.match(markdown, /\*\*`DOUBLE`\*\* — /, 'the value help follows the rule help');
  });
});
