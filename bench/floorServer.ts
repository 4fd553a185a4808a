// The edit floor: a language server that does nothing but keep each document's text and answer
// every change with an empty publishDiagnostics. It uses the same transport as ours
// (vscode-languageserver over stdio, a TextDocuments store taking ranged or full-text changes), so
// the time the bench measures through it is what receiving a change and answering costs before
// any analysis: what no server on this transport can beat.
// Run: `node --import tsx bench/floorServer.ts --stdio` (tsx start-up is paid once, before
// `initialize` is answered; the bench times edits only).
import { createConnection, ProposedFeatures, TextDocuments, TextDocumentSyncKind } from 'vscode-languageserver/node';
import { TextDocument } from 'vscode-languageserver-textdocument';

const connection = createConnection(ProposedFeatures.all);
const documents = new TextDocuments(TextDocument);

connection.onInitialize(() => ({
  capabilities: { textDocumentSync: { openClose: true, change: TextDocumentSyncKind.Incremental } },
}));

// Fired for didOpen and for each didChange, after the store has applied the change.
documents.onDidChangeContent(({ document }) => {
  void connection.sendDiagnostics({ uri: document.uri, version: document.version, diagnostics: [] });
});

documents.listen(connection);
connection.listen();
