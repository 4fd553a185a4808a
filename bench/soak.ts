// The soak scenario that once stalled the server, replayed against the built server over stdio: a
// JSON fragment pasted into the 424 KB record, then 100 keystrokes in it, each followed at once by a
// hover on another (small) record. The same typing and hovers on the clean record come first, in the
// same fresh server, so the two hover latencies compare like with like. Ours only: the point is how
// our server holds up with a broken document open, not a comparison with the peer.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { protocolSectionOf, smallSample, toYaml, TARGET_RECORD } from './documents';
import { benchUri, startOurServer, type ServerUnderTest } from './servers';
import { summarize, type Summary } from './stats';

export interface SoakResult {
  readonly keystrokes: number;
  /** Hover on the small record, sent right after each keystroke in the large one. */
  readonly hoverClean: Summary;
  readonly hoverPasted: Summary;
  /** Diagnostics shown once the paste had been checked. */
  readonly diagnosticsAfterPaste: number;
}

const KEYSTROKES = 100;
/** The soak test pasted at line 1319 (one-based). */
const PASTE_LINE = 1318;

export async function soakReplay(root: string, keystrokes = KEYSTROKES): Promise<SoakResult> {
  const fragment = readFileSync(path.join(root, 'test', 'fixtures', 'heavy', 'pasted-json-fragment.txt'), 'utf8');
  const large = toYaml(protocolSectionOf(path.join(root, 'test', 'fixtures', 'ctgov', 'json', `${TARGET_RECORD}.json`)));
  const small = smallSample(root).text;
  const server = await startOurServer(root);
  try {
    const smallUri = benchUri('soak-small');
    await open(server, smallUri, small);
    const hoverLine = small.split('\n').findIndex((line) => line.startsWith('  overallStatus:'));

    const cleanUri = benchUri('soak-clean');
    await open(server, cleanUri, large);
    const hoverClean = await typeWithHovers(server, cleanUri, large, keystrokes, smallUri, hoverLine, 2);
    server.session.notify('textDocument/didClose', { textDocument: { uri: cleanUri } });

    const pastedUri = benchUri('soak-pasted');
    await open(server, pastedUri, large);
    const published = server.session.nextDiagnostics(pastedUri, (p) => p.version === 2);
    server.session.notify('textDocument/didChange', {
      textDocument: { uri: pastedUri, version: 2 },
      contentChanges: [{ range: { start: { line: PASTE_LINE, character: 0 }, end: { line: PASTE_LINE, character: 0 } }, text: fragment }],
    });
    const afterPaste = await published;
    const hoverPasted = await typeWithHovers(server, pastedUri, large, keystrokes, smallUri, hoverLine, 3);
    return {
      keystrokes,
      hoverClean: summarize(hoverClean),
      hoverPasted: summarize(hoverPasted),
      diagnosticsAfterPaste: afterPaste.diagnostics.length,
    };
  } finally {
    await server.session.shutdown();
  }
}

async function open(server: ServerUnderTest, uri: string, text: string): Promise<void> {
  const opened = server.session.nextDiagnostics(uri);
  server.session.notify('textDocument/didOpen', { textDocument: { uri, languageId: server.languageId, version: 1, text } });
  await opened;
}

/**
 * Types one letter per keystroke at the end of the record's brief title (above the paste), as ranged
 * changes, and right after each sends a hover on the other record without waiting for diagnostics:
 * the hover's latency, per keystroke.
 */
async function typeWithHovers(
  server: ServerUnderTest,
  uri: string,
  text: string,
  keystrokes: number,
  hoverUri: string,
  hoverLine: number,
  firstVersion: number,
): Promise<number[]> {
  const lines = text.split('\n');
  const line = lines.findIndex((candidate) => candidate.startsWith('  briefTitle: '));
  const latencies: number[] = [];
  let version = firstVersion;
  for (let i = 0; i < keystrokes; i++, version++) {
    const character = lines[line].length + i;
    server.session.notify('textDocument/didChange', {
      textDocument: { uri, version },
      contentChanges: [{ range: { start: { line, character }, end: { line, character } }, text: 'x' }],
    });
    const start = performance.now();
    await server.session.request('textDocument/hover', { textDocument: { uri: hoverUri }, position: { line: hoverLine, character: 4 } });
    latencies.push(performance.now() - start);
  }
  // Let the last keystroke's diagnostics arrive before the next phase.
  await server.session.request('textDocument/documentSymbol', { textDocument: { uri } });
  return latencies;
}
