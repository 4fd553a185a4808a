// The manifest declares `virtualWorkspaces: true` and untrusted-workspace support because the language server
// never reads files: it works on the text VS Code sends. These tests hold it to that: a record that exists
// nowhere on disk — an untitled editor, a file of an in-memory file system — gets the same diagnostics.
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { codeOf, describeDiagnostics, rangeOfMatch, revertAndClose, waitForDiagnostics } from '../helpers';

const RECORD = ['protocolSection:', '  statusModule:', '    overallStatus: Recruiting', ''].join('\n');
const STATUS_VALUE = /overallStatus: (Recruiting)/;

/** A read-only file system holding one record, under a scheme of its own (like a virtual workspace's). */
class InMemoryRecords implements vscode.FileSystemProvider {
  private readonly changes = new vscode.EventEmitter<vscode.FileChangeEvent[]>();
  readonly onDidChangeFile = this.changes.event;
  constructor(private readonly files: ReadonlyMap<string, Uint8Array>) {}

  stat(uri: vscode.Uri): vscode.FileStat {
    const data = this.files.get(uri.path);
    if (data) return { type: vscode.FileType.File, ctime: 0, mtime: 0, size: data.byteLength };
    if (uri.path === '/') return { type: vscode.FileType.Directory, ctime: 0, mtime: 0, size: 0 };
    throw vscode.FileSystemError.FileNotFound(uri);
  }
  readDirectory(): [string, vscode.FileType][] {
    return [...this.files.keys()].map((name) => [name.slice(1), vscode.FileType.File]);
  }
  readFile(uri: vscode.Uri): Uint8Array {
    const data = this.files.get(uri.path);
    if (!data) throw vscode.FileSystemError.FileNotFound(uri);
    return data;
  }
  watch(): vscode.Disposable {
    return new vscode.Disposable(() => undefined);
  }
  createDirectory(uri: vscode.Uri): void {
    throw vscode.FileSystemError.NoPermissions(uri);
  }
  writeFile(uri: vscode.Uri): void {
    throw vscode.FileSystemError.NoPermissions(uri);
  }
  delete(uri: vscode.Uri): void {
    throw vscode.FileSystemError.NoPermissions(uri);
  }
  rename(uri: vscode.Uri): void {
    throw vscode.FileSystemError.NoPermissions(uri);
  }
}

async function expectEnumDiagnostic(document: vscode.TextDocument): Promise<void> {
  const value = rangeOfMatch(document, STATUS_VALUE, 1);
  const diagnostics = await waitForDiagnostics(
    document.uri,
    (ds) => ds.some((d) => codeOf(d) === 'schema/enum' && d.range.isEqual(value)),
    {
      message: `a schema/enum diagnostic on Recruiting in ${document.uri.toString()}`,
      timeout: 60_000,
    },
  );
  assert.ok(diagnostics.length > 0, describeDiagnostics(diagnostics));
}

suite('Documents without a file on disk', () => {
  test('an untitled trial-record-yaml editor gets diagnostics', async () => {
    const document = await vscode.workspace.openTextDocument({ language: 'trial-record-yaml', content: RECORD });
    assert.equal(document.uri.scheme, 'untitled');
    assert.equal(document.getText(), RECORD, 'the new untitled editor holds the text it was opened with');
    await vscode.window.showTextDocument(document, { preview: false });
    try {
      await expectEnumDiagnostic(document);
    } finally {
      await revertAndClose(document);
    }
  });

  test('a record on a virtual (in-memory) file system gets diagnostics', async () => {
    const scheme = 'trial-record-memfs';
    const registration = vscode.workspace.registerFileSystemProvider(
      scheme,
      new InMemoryRecords(new Map([['/virtual.trial.yaml', new TextEncoder().encode(RECORD)]])),
      { isReadonly: true },
    );
    try {
      const document = await vscode.workspace.openTextDocument(vscode.Uri.from({ scheme, path: '/virtual.trial.yaml' }));
      assert.equal(document.languageId, 'trial-record-yaml');
      await vscode.window.showTextDocument(document, { preview: false });
      try {
        await expectEnumDiagnostic(document);
      } finally {
        await vscode.commands.executeCommand('workbench.action.closeActiveEditor');
      }
    } finally {
      registration.dispose();
    }
  });
});
