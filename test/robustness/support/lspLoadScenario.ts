// The load scenario, run in a child process started with --expose-gc (see lsp-load.test.ts):
// the real server over in-memory streams, 200 open records, a burst of edits across them with a
// hover request in the middle, then every record closed. Prints one JSON line: what the test
// asserts on.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { Hover, MarkupContent } from 'vscode-languageserver';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { RecordAnalyzer, localToday } from '../../../server/src/service/recordAnalyzer';
import { plainMessage, startInMemoryServer } from '../../lsp/lspClient';
import { REPO_ROOT } from './corpus';

export interface LoadReport {
  readonly documents: number;
  readonly edits: number;
  /** Diagnostics published for edited versions (the opening publishes not counted). */
  readonly publishedDuringBurst: number;
  readonly hoverDuringBurst: string | undefined;
  /** Records whose last published diagnostics are not those of their final text, with why. */
  readonly wrongFinalState: string[];
  /** How many records end with the status diagnostic on (so the final states really differ). */
  readonly finalWithStatusError: number;
  /** Whether the heap figures were taken after full collections (node ran with --expose-gc). */
  readonly gcExposed: boolean;
  readonly heapBaseline: number;
  readonly heapWhileOpen: number;
  readonly heapAfterClose: number;
}

const DOCUMENTS = 200;
const EDITS = 4000;
const TEMPLATE = readFileSync(path.join(REPO_ROOT, 'samples', 'NCT06731192.trial.yaml'), 'utf8');

/** A small deterministic generator: the same burst every run. */
function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state * 1664525 + 1013904223) >>> 0;
    return state / 2 ** 32;
  };
}

declare const gc: (() => void) | undefined;

async function heapUsed(): Promise<number> {
  // Several passes with turns of the event loop in between: finalizers and weak maps settle.
  for (let i = 0; i < 4; i++) {
    if (typeof gc === 'function') gc();
    await new Promise((resolve) => setImmediate(resolve));
  }
  return process.memoryUsage().heapUsed;
}

function lineOf(text: string, needle: string): number {
  return text.slice(0, text.indexOf(needle)).split('\n').length - 1;
}

async function run(): Promise<LoadReport> {
  const client = startInMemoryServer();
  await client.initialize();
  // Warm up (schema, validators, rule tables) so the baseline is the idle server's.
  await client.open('file:///warmup.trial.yaml', TEMPLATE);
  await client.diagnostics('file:///warmup.trial.yaml');
  await client.close('file:///warmup.trial.yaml');
  await client.diagnostics('file:///warmup.trial.yaml', (diagnostics) => diagnostics.length === 0);
  const heapBaseline = await heapUsed();

  const next = random(7);
  const documents = new Map<string, TextDocument>();
  for (let i = 0; i < DOCUMENTS; i++) {
    const uri = `file:///load/record-${i}.trial.yaml`;
    const text = TEMPLATE.replace(/briefTitle: .*/, `briefTitle: Load Record ${i}`);
    documents.set(uri, TextDocument.create(uri, 'trial-record-yaml', 1, text));
    await client.open(uri, text);
  }
  for (const uri of documents.keys()) await client.diagnostics(uri, () => true, 1);
  const publishedBefore = [...documents.keys()].reduce((sum, uri) => sum + client.publishedFor(uri).length, 0);

  const uris = [...documents.keys()];
  let hoverDuringBurst: string | undefined;
  for (let edit = 0; edit < EDITS; edit++) {
    const uri = uris[Math.floor(next() * uris.length)];
    const document = documents.get(uri)!;
    const text = document.getText();
    let change: { range: { start: { line: number; character: number }; end: { line: number; character: number } }; text: string };
    if (next() < 0.8) {
      // Typing at the end of the title.
      const line = lineOf(text, 'briefTitle: ');
      const end = text.split('\n')[line].length;
      change = { range: { start: { line, character: end }, end: { line, character: end } }, text: 'abcdefghij'[Math.floor(next() * 10)] };
    } else {
      // Switching the status between a valid and an invalid value: the diagnostics differ by version.
      const line = lineOf(text, 'overallStatus: ');
      const current = text.split('\n')[line];
      const value = current.includes('NOT_YET_RECRUITING') ? 'Not yet recruiting' : 'NOT_YET_RECRUITING';
      change = { range: { start: { line, character: 17 }, end: { line, character: current.length } }, text: value };
    }
    const version = document.version + 1;
    documents.set(uri, TextDocument.update(document, [change], version));
    const sent = await client.change(uri, change);
    if (sent !== version) throw new Error(`version mismatch for ${uri}: ${sent} != ${version}`);
    if (edit === EDITS / 2) {
      // Hover on `overallStatus` in a record being edited, in the middle of the burst.
      const hoverText = documents.get(uri)!.getText();
      const line = lineOf(hoverText, 'overallStatus: ');
      const hover = await client.request<Hover | null>('textDocument/hover', { textDocument: { uri }, position: { line, character: 5 } });
      hoverDuringBurst = hover ? (hover.contents as MarkupContent).value : undefined;
    }
  }

  const today = localToday();
  const wrongFinalState: string[] = [];
  let finalWithStatusError = 0;
  for (const [uri, document] of documents) {
    const published = await client.diagnostics(uri, () => true, document.version);
    const last = client.publishedFor(uri).at(-1);
    if (last?.version !== document.version)
      wrongFinalState.push(`${uri}: last published version ${last?.version}, final ${document.version}`);
    const expected = new RecordAnalyzer('yaml')
      .analyze(document.getText(), { today })
      .diagnostics.map((diagnostic) => `${diagnostic.code}: ${diagnostic.message}`)
      .sort();
    const shown = published.map((diagnostic) => `${diagnostic.code}: ${plainMessage(diagnostic)}`).sort();
    if (JSON.stringify(expected) !== JSON.stringify(shown))
      wrongFinalState.push(`${uri}: shows ${JSON.stringify(shown)}, final text has ${JSON.stringify(expected)}`);
    if (shown.some((line) => line.startsWith('schema/enum'))) finalWithStatusError++;
  }
  const publishedDuringBurst = uris.reduce((sum, uri) => sum + client.publishedFor(uri).length, 0) - publishedBefore;
  const heapWhileOpen = await heapUsed();

  for (const uri of uris) await client.close(uri);
  for (const uri of uris) {
    // Closing publishes an empty list without a version.
    await client.diagnostics(uri, (diagnostics) => diagnostics.length === 0 && client.publishedFor(uri).at(-1)?.version === undefined);
  }
  documents.clear();
  const heapAfterClose = await heapUsed();
  await client.shutdown();
  const gcExposed = typeof gc === 'function';
  return {
    documents: DOCUMENTS,
    edits: EDITS,
    publishedDuringBurst,
    hoverDuringBurst,
    wrongFinalState,
    finalWithStatusError,
    gcExposed,
    heapBaseline,
    heapWhileOpen,
    heapAfterClose,
  };
}

run().then(
  (report) => {
    process.stdout.write(`${JSON.stringify(report)}\n`);
    process.exit(0);
  },
  (error: unknown) => {
    process.stderr.write(`${error instanceof Error ? error.stack : String(error)}\n`);
    process.exit(1);
  },
);
