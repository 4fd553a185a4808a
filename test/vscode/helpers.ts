// Helpers for the in-editor tests: find and open workspace files, poll for a condition, read diagnostics.
// Everything waits by polling a condition with a deadline; nothing sleeps a fixed time and hopes.
import * as assert from 'node:assert/strict';
import { inspect } from 'node:util';
import * as vscode from 'vscode';
import type { TrialRecordExtensionApi } from '../../client/src/extensionApi';

export const EXTENSION_ID = 'trial-record-studio.trial-record-studio';
export const SOURCE_PREFIX = 'trial-record';

export interface WaitOptions {
  /** Give up after this many milliseconds (default 30 s: the language server may start cold). */
  timeout?: number;
  /** Poll every this many milliseconds (default 100). */
  interval?: number;
  /** What is being waited for, for the failure message. */
  message?: string;
  /** Describes the current state when the wait fails (e.g. the diagnostics seen so far). */
  describe?: () => string;
}

/**
 * Polls `probe` until it returns a truthy value and resolves to that value. Exceptions thrown by the probe
 * count as "not yet" (the last one is reported on time-out).
 */
export async function waitFor<T>(
  probe: () => T | undefined | null | false | Promise<T | undefined | null | false>,
  options: WaitOptions = {},
): Promise<T> {
  const { timeout = 30_000, interval = 100, message = 'condition' } = options;
  const deadline = Date.now() + timeout;
  let lastError: unknown;
  for (;;) {
    try {
      const value = await probe();
      if (value) return value;
    } catch (error) {
      lastError = error;
    }
    if (Date.now() >= deadline) {
      const details = [
        `Timed out after ${timeout} ms waiting for ${message}.`,
        lastError ? `Last error: ${lastError instanceof Error ? lastError.message : inspect(lastError)}` : '',
        options.describe ? `State: ${options.describe()}` : '',
      ].filter(Boolean);
      throw new Error(details.join('\n'));
    }
    await new Promise((resolve) => setTimeout(resolve, interval));
  }
}

/**
 * Shows `document`, closes its editor without saving and, for an untitled document, waits until the extension
 * host knows it is gone: until then a new untitled editor may be handed the old one's name and stale text.
 */
export async function revertAndClose(document: vscode.TextDocument): Promise<void> {
  await vscode.window.showTextDocument(document, { preview: false });
  await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
  if (document.uri.scheme === 'untitled') {
    await waitFor(() => document.isClosed, { message: `${document.uri.toString()} to close` });
  }
}

/** The first workspace folder (the tests run on a temporary copy of samples/). */
export function workspaceFolder(): vscode.WorkspaceFolder {
  const folder = vscode.workspace.workspaceFolders?.[0];
  assert.ok(folder, 'No workspace folder is open; the runner opens a copy of samples/.');
  return folder;
}

/** The URI of `relativePath` in the workspace; fails clearly if the file is not there. */
export async function workspaceFile(relativePath: string): Promise<vscode.Uri> {
  const uri = vscode.Uri.joinPath(workspaceFolder().uri, ...relativePath.split('/'));
  try {
    await vscode.workspace.fs.stat(uri);
    return uri;
  } catch {
    const found = await vscode.workspace.findFiles(`**/${relativePath}`, '**/node_modules/**', 1);
    assert.ok(found[0], `${relativePath} is not in the workspace (${workspaceFolder().uri.toString()})`);
    return found[0];
  }
}

/** Opens a workspace file in an editor and resolves to its document. */
export async function openWorkspaceFile(relativePath: string): Promise<vscode.TextDocument> {
  const uri = await workspaceFile(relativePath);
  const document = await vscode.workspace.openTextDocument(uri);
  await vscode.window.showTextDocument(document, { preview: false });
  return document;
}

/** The code of a diagnostic as a string (`code` may be a string, a number or `{ value, target }`). */
export function codeOf(diagnostic: vscode.Diagnostic): string | undefined {
  const code = diagnostic.code;
  if (code === undefined) return undefined;
  if (typeof code === 'object') return String(code.value);
  return String(code);
}

export function diagnosticsOf(uri: vscode.Uri): vscode.Diagnostic[] {
  return vscode.languages.getDiagnostics(uri);
}

/** One line per diagnostic, for failure messages. */
export function describeDiagnostics(diagnostics: readonly vscode.Diagnostic[]): string {
  if (diagnostics.length === 0) return '(no diagnostics)';
  return diagnostics
    .map((d) => {
      const r = d.range;
      const severity = vscode.DiagnosticSeverity[d.severity];
      return `  ${r.start.line}:${r.start.character}-${r.end.line}:${r.end.character} ${severity} [${d.source ?? '?'} ${codeOf(d) ?? '?'}] ${d.message}`;
    })
    .join('\n');
}

/** Waits until the diagnostics of `uri` satisfy `predicate`; resolves to them. */
export async function waitForDiagnostics(
  uri: vscode.Uri,
  predicate: (diagnostics: vscode.Diagnostic[]) => boolean,
  options: WaitOptions = {},
): Promise<vscode.Diagnostic[]> {
  return waitFor(
    () => {
      const diagnostics = diagnosticsOf(uri);
      return predicate(diagnostics) ? diagnostics : undefined;
    },
    {
      message: `diagnostics of ${uri.path.split('/').pop()}`,
      ...options,
      describe: () => `\n${describeDiagnostics(diagnosticsOf(uri))}`,
    },
  );
}

/** The range of the `occurrence`-th match (0-based) of `pattern`'s group `group` (0 = whole match). */
export function rangeOfMatch(document: vscode.TextDocument, pattern: RegExp, group = 0, occurrence = 0): vscode.Range {
  const flags = pattern.flags.includes('g') ? pattern.flags : pattern.flags + 'g';
  const regex = new RegExp(pattern.source, flags.includes('d') ? flags : flags + 'd');
  const text = document.getText();
  let match: RegExpExecArray | null;
  let seen = 0;
  while ((match = regex.exec(text)) !== null) {
    if (seen === occurrence) {
      const indices = match.indices?.[group];
      assert.ok(indices, `group ${group} of ${pattern} did not take part in the match`);
      return new vscode.Range(document.positionAt(indices[0]), document.positionAt(indices[1]));
    }
    seen++;
    if (match[0].length === 0) regex.lastIndex++;
  }
  assert.fail(`${pattern} not found in ${document.uri.path.split('/').pop()}:\n${text}`);
}

/** Replaces `range` with `text` through a WorkspaceEdit and waits until the document shows it. */
export async function replaceRange(document: vscode.TextDocument, range: vscode.Range, text: string): Promise<void> {
  const edit = new vscode.WorkspaceEdit();
  edit.replace(document.uri, range, text);
  const expected = document.getText(new vscode.Range(new vscode.Position(0, 0), range.start)) + text;
  assert.ok(await vscode.workspace.applyEdit(edit), 'applyEdit was refused');
  await waitFor(() => document.getText().startsWith(expected), { message: 'the edit to reach the document' });
}

/**
 * For a suite that edits one workspace file: opens it before the suite and puts its original text
 * back after each test (later tests expect the sample as it is on disk). Call inside `suite()`.
 */
export function useWorkspaceDocument(relativePath: string): () => { document: vscode.TextDocument; originalText: string } {
  let document: vscode.TextDocument | undefined;
  let originalText = '';
  suiteSetup(async () => {
    document = await openWorkspaceFile(relativePath);
    originalText = document.getText();
  });
  teardown(async () => {
    if (document) await setDocumentText(document, originalText);
  });
  return () => {
    assert.ok(document, `${relativePath} was not opened (suiteSetup failed?)`);
    return { document, originalText };
  };
}

/** Puts the whole text of `document` back to `text` (tests edit; later tests expect the original). */
export async function setDocumentText(document: vscode.TextDocument, text: string): Promise<void> {
  if (document.getText() === text) return;
  const whole = new vscode.Range(new vscode.Position(0, 0), document.positionAt(document.getText().length));
  const edit = new vscode.WorkspaceEdit();
  edit.replace(document.uri, whole, text);
  assert.ok(await vscode.workspace.applyEdit(edit), 'applyEdit was refused');
  await waitFor(() => document.getText() === text, { message: 'the document text to be restored' });
}

export function sameRange(a: vscode.Range, b: vscode.Range): boolean {
  return a.start.isEqual(b.start) && a.end.isEqual(b.end);
}

export function formatRange(range: vscode.Range): string {
  return `${range.start.line}:${range.start.character}-${range.end.line}:${range.end.character}`;
}

/** The plain text of hover contents (Markdown strings and marked strings alike). */
export function hoverText(hovers: readonly vscode.Hover[]): string {
  return hovers
    .flatMap((hover) => hover.contents)
    .map((content) => (typeof content === 'string' ? content : content.value))
    .join('\n');
}

/** The label of a completion item as a string. */
export function completionLabel(item: vscode.CompletionItem): string {
  return typeof item.label === 'string' ? item.label : item.label.label;
}

/** Activates (if needed) and returns the extension under test. */
export async function activeExtension(): Promise<vscode.Extension<unknown>> {
  const extension = vscode.extensions.getExtension(EXTENSION_ID);
  assert.ok(extension, `extension ${EXTENSION_ID} is not installed in this editor`);
  await waitFor(() => extension.isActive, { message: `${EXTENSION_ID} to activate` });
  return extension;
}

/** What the extension's activate() returned: facts for the fault tests (server pid, settings problems). */
export async function extensionApi(): Promise<TrialRecordExtensionApi> {
  const extension = await activeExtension();
  const api = extension.exports as Partial<TrialRecordExtensionApi> | undefined;
  assert.ok(
    api &&
      typeof api.languageServerPid === 'function' &&
      typeof api.settingsProblems === 'function' &&
      typeof api.shownInPreview === 'function',
    `${EXTENSION_ID} exports no TrialRecordExtensionApi (client/src/extensionApi.ts); is the installed build older than the tests?`,
  );
  return api as TrialRecordExtensionApi;
}
