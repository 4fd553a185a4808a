// Drives both servers through the same opens, edits, completions and hovers, one server at a
// time per step (so they never compete for the CPU), and collects the latencies.
import { performance } from 'node:perf_hooks';
import type { BenchDocument } from './documents';
import { cursorPlaces, editScript, type BenchEdit, type EditKind } from './edits';
import { LineIndex, type Position } from '../server/src/service/text/lineIndex';
import { textChange } from '../server/src/service/text/textChange';
import { benchUri, type ServerUnderTest } from './servers';

export type Measure =
  'open' | 'edit' | `edit: ${EditKind}` | 'edit, incremental sync' | 'completion at value' | 'completion at key' | 'hover';

/** Latencies in ms, by document and measure. */
export type Latencies = Map<string, Map<Measure, number[]>>;

export interface EditorBenchPlan {
  readonly opens: number;
  /** Edits of each kind (so three times as many edits in all). */
  readonly editsPerKind: (document: BenchDocument) => number;
  /** Completion and hover requests per place. */
  readonly requests: (document: BenchDocument) => number;
}

export class EditorBench {
  readonly latencies = new Map<string, Latencies>();
  /** Requests a server failed to answer (reported, not timed), e.g. "peer: hover on synthetic-4MB: …". */
  readonly failures = new Set<string>();
  private counter = 0;

  constructor(
    private readonly servers: readonly ServerUnderTest[],
    private readonly plan: EditorBenchPlan,
  ) {
    for (const server of servers) this.latencies.set(server.session.name, new Map());
  }

  async run(document: BenchDocument): Promise<void> {
    for (let round = 0; round < this.plan.opens; round++) {
      for (const server of this.servers) {
        if (!server.editsOnly) this.record(server, document, 'open', await this.openAndClose(server, document));
      }
    }
    const edits = editScript(document.text, this.plan.editsPerKind(document));
    const places = cursorPlaces(edits.length > 0 ? edits[edits.length - 1].text : document.text);
    for (const server of this.servers) {
      const uri = this.freshUri(document);
      let version = 1;
      const opened = server.session.nextDiagnostics(uri);
      server.session.notify('textDocument/didOpen', { textDocument: { uri, languageId: server.languageId, version, text: document.text } });
      await opened;
      for (const edit of edits) {
        version++;
        const expected = version;
        const published = server.session.nextDiagnostics(uri, (p) => p.version === undefined || p.version >= expected);
        const start = performance.now();
        server.session.notify('textDocument/didChange', { textDocument: { uri, version }, contentChanges: [{ text: edit.text }] });
        await published;
        const elapsed = performance.now() - start;
        this.record(server, document, 'edit', elapsed);
        this.record(server, document, `edit: ${edit.kind}`, elapsed);
      }
      for (let i = 0; i < (server.editsOnly ? 0 : this.plan.requests(document)); i++) {
        await this.request(server, document, 'completion at value', 'textDocument/completion', uri, places.atValue);
        await this.request(server, document, 'completion at key', 'textDocument/completion', uri, places.atKey);
        await this.request(server, document, 'hover', 'textDocument/hover', uri, places.hover);
      }
      server.session.notify('textDocument/didClose', { textDocument: { uri } });
      if (server.incrementalSync) await this.replayIncrementally(server, document, edits);
    }
  }

  /**
   * The same edits again as VS Code sends them to a server that takes ranged changes: only the
   * changed text. Reported on its own row; the comparison with the peer uses full-text edits.
   */
  private async replayIncrementally(server: ServerUnderTest, document: BenchDocument, edits: readonly BenchEdit[]): Promise<void> {
    const uri = this.freshUri(document);
    let version = 1;
    let previous = document.text;
    const opened = server.session.nextDiagnostics(uri);
    server.session.notify('textDocument/didOpen', { textDocument: { uri, languageId: server.languageId, version, text: previous } });
    await opened;
    for (const edit of edits) {
      const change = textChange(previous, edit.text);
      if (!change) continue;
      const lines = new LineIndex(previous);
      const range = { start: lines.positionAt(change.start), end: lines.positionAt(change.oldEnd) };
      version++;
      const expected = version;
      const published = server.session.nextDiagnostics(uri, (p) => p.version === undefined || p.version >= expected);
      const start = performance.now();
      server.session.notify('textDocument/didChange', {
        textDocument: { uri, version },
        contentChanges: [{ range, text: edit.text.slice(change.start, change.newEnd) }],
      });
      await published;
      this.record(server, document, 'edit, incremental sync', performance.now() - start);
      previous = edit.text;
    }
    server.session.notify('textDocument/didClose', { textDocument: { uri } });
  }

  private async openAndClose(server: ServerUnderTest, document: BenchDocument): Promise<number> {
    const uri = this.freshUri(document);
    const published = server.session.nextDiagnostics(uri);
    const start = performance.now();
    server.session.notify('textDocument/didOpen', {
      textDocument: { uri, languageId: server.languageId, version: 1, text: document.text },
    });
    await published;
    const elapsed = performance.now() - start;
    server.session.notify('textDocument/didClose', { textDocument: { uri } });
    return elapsed;
  }

  private async request(
    server: ServerUnderTest,
    document: BenchDocument,
    measure: Measure,
    method: string,
    uri: string,
    position: Position | undefined,
  ): Promise<void> {
    if (!position) return;
    const start = performance.now();
    try {
      await server.session.request(method, { textDocument: { uri }, position });
    } catch (error) {
      this.failures.add(
        `${server.session.name}: ${measure} on ${document.name} failed: ${error instanceof Error ? error.message : String(error)}`,
      );
      return;
    }
    this.record(server, document, measure, performance.now() - start);
  }

  private freshUri(document: BenchDocument): string {
    return benchUri(`${document.name}-${++this.counter}`);
  }

  private record(server: ServerUnderTest, document: BenchDocument, measure: Measure, ms: number): void {
    const byDocument = this.latencies.get(server.session.name)!;
    let byMeasure = byDocument.get(document.name);
    if (!byMeasure) byDocument.set(document.name, (byMeasure = new Map<Measure, number[]>()));
    let samples = byMeasure.get(measure);
    if (!samples) byMeasure.set(measure, (samples = []));
    samples.push(ms);
  }
}

/** Opens `documents` (distinct URIs) and waits until each has diagnostics; returns the RSS then. */
export async function residentAfterOpening(server: ServerUnderTest, documents: readonly BenchDocument[]): Promise<number> {
  const waits = documents.map((document, index) => {
    const uri = benchUri(`memory-${index}-${document.name}`);
    const published = server.session.nextDiagnostics(uri);
    server.session.notify('textDocument/didOpen', {
      textDocument: { uri, languageId: server.languageId, version: 1, text: document.text },
    });
    return published;
  });
  await Promise.all(waits);
  return server.session.residentBytes();
}
