import { DiagnosticSeverity, type Diagnostic } from 'vscode-languageserver';
import type { RecordDiagnostic, Severity } from '../service/diagnostics/recordDiagnostic';
import type { LineIndex } from '../service/text/lineIndex';
import { toLspDiagnostic, toLspRange } from './toLsp';

export const TOO_MANY_PROBLEMS_CODE = 'diagnostics/too-many';

const SEVERITY_ORDER: Record<Severity, number> = { error: 0, warning: 1, information: 2, hint: 3 };

/**
 * The diagnostics shown for one document: at most `maxProblems`, errors first, then in text order,
 * and, when some are left out, one last diagnostic saying how many and how to see them all. Like
 * mature language servers, a document with thousands of problems must not flood the editor: each
 * publication is serialised, sent and drawn, on every keystroke.
 */
export function shownDiagnostics(diagnostics: readonly RecordDiagnostic[], lines: LineIndex, maxProblems: number): Diagnostic[] {
  if (diagnostics.length <= maxProblems) return diagnostics.map((diagnostic) => toLspDiagnostic(diagnostic, lines));
  const ordered = [...diagnostics].sort((a, b) => SEVERITY_ORDER[a.severity] - SEVERITY_ORDER[b.severity] || a.range.start - b.range.start);
  const shown = ordered.slice(0, maxProblems).map((diagnostic) => toLspDiagnostic(diagnostic, lines));
  const left = ordered.length - maxProblems;
  const firstLeft = ordered[maxProblems];
  shown.push({
    range: toLspRange(firstLeft.range, lines),
    severity: DiagnosticSeverity.Information,
    code: TOO_MANY_PROBLEMS_CODE,
    source: 'trial-record',
    message: `${left.toLocaleString('en-US')} more problem${left === 1 ? ' is' : 's are'} not shown (the first ${maxProblems.toLocaleString('en-US')} are, errors first; setting trialRecord.diagnostics.maxProblems). \`trial-record check\` on this file lists them all.`,
  });
  return shown;
}

/**
 * Below this many diagnostics a publication is always sent, even when unchanged: it is cheap, and it
 * tells clients that track versions (and tests and benchmarks waiting for a version) that the new
 * version was checked. Above it, an unchanged list is not sent again: that is where re-sending cost
 * (a pasted fragment made 42,000 diagnostics, re-sent on every keystroke).
 */
export const ALWAYS_PUBLISHED_BELOW = 100;

/**
 * Sends each document's diagnostics, skipping a long list identical to the last one sent for that
 * document (typing inside a value usually leaves every problem where it was).
 */
export class DiagnosticsPublisher {
  private readonly lastSent = new Map<string, string>();

  constructor(private readonly send: (uri: string, version: number | undefined, diagnostics: Diagnostic[]) => void) {}

  publish(uri: string, version: number | undefined, diagnostics: Diagnostic[]): void {
    if (diagnostics.length < ALWAYS_PUBLISHED_BELOW) {
      this.lastSent.delete(uri);
      this.send(uri, version, diagnostics);
      return;
    }
    const key = JSON.stringify(diagnostics);
    if (this.lastSent.get(uri) === key) return;
    this.lastSent.set(uri, key);
    this.send(uri, version, diagnostics);
  }

  /** The document closed (or validation was turned off): its diagnostics are cleared and forgotten. */
  clear(uri: string, version?: number): void {
    this.lastSent.delete(uri);
    this.send(uri, version, []);
  }
}
