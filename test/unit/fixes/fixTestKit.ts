import assert from 'node:assert/strict';
import type { RecordDiagnostic } from '../../../server/src/service/diagnostics/recordDiagnostic';
import { combineFixes } from '../../../server/src/service/fixes/fixAll';
import { FixDocument } from '../../../server/src/service/fixes/fixDocument';
import { quickFixFor } from '../../../server/src/service/fixes/quickFixes';
import { applyEdits } from '../../../server/src/service/fixes/textEdit';
import type { RecordFormat } from '../../../server/src/service/parse/parsedRecord';
import { RecordAnalyzer } from '../../../server/src/service/recordAnalyzer';

/** The fixed "today" of the fix tests. */
export const TODAY = '2025-06-15';

export function analyze(text: string, format: RecordFormat = 'yaml'): { document: FixDocument; diagnostics: readonly RecordDiagnostic[] } {
  const analysis = new RecordAnalyzer(format).analyze(text, { today: TODAY });
  return { document: new FixDocument(text, analysis.parsed), diagnostics: analysis.diagnostics };
}

export interface AppliedFix {
  readonly title: string;
  readonly before: string;
  readonly after: string;
  readonly diagnostic: RecordDiagnostic;
  /** Diagnostics of the fixed text. */
  readonly remaining: readonly RecordDiagnostic[];
}

/** Which diagnostic: the text it marks, or its pointer (`{ pointer }`), or any (undefined). */
export type Where = string | { readonly pointer: string } | undefined;

/** Finds the one diagnostic with `code` at `where`, applies its quick fix and re-analyzes. */
export function applyFix(text: string, code: string, where: Where, format: RecordFormat = 'yaml'): AppliedFix {
  const { document, diagnostics } = analyze(text, format);
  const at = (d: RecordDiagnostic) =>
    where === undefined || (typeof where === 'string' ? text.slice(d.range.start, d.range.end) === where : d.pointer === where.pointer);
  const candidates = diagnostics.filter((d) => d.code === code && at(d));
  assert.equal(candidates.length, 1, `expected one ${code} at ${JSON.stringify(where)}; got:\n${describe(text, diagnostics)}`);
  const diagnostic = candidates[0];
  const fix = quickFixFor(document, diagnostic);
  assert.ok(fix, `the ${code} diagnostic has no quick fix (fix data: ${JSON.stringify(diagnostic.fix)})`);
  const after = applyEdits(text, fix.edits);
  return { title: fix.title, before: text, after, diagnostic, remaining: analyze(after, format).diagnostics };
}

/** Applies every unattended fix of the file at once (what `source.fixAll` does). */
export function applyFixAll(text: string, format: RecordFormat = 'yaml'): string {
  const { document, diagnostics } = analyze(text, format);
  return applyEdits(text, combineFixes(document, diagnostics, (fix) => fix.unattended).edits);
}

/** The changed lines of a before/after pair (a line diff by longest common subsequence): `-old` and `+new`, in order. */
export function changedLines(before: string, after: string): string[] {
  const a = before.split('\n');
  const b = after.split('\n');
  const common: number[][] = Array.from({ length: a.length + 1 }, () => new Array<number>(b.length + 1).fill(0));
  for (let i = a.length - 1; i >= 0; i--) {
    for (let j = b.length - 1; j >= 0; j--)
      common[i][j] = a[i] === b[j] ? common[i + 1][j + 1] + 1 : Math.max(common[i + 1][j], common[i][j + 1]);
  }
  const lines: string[] = [];
  let i = 0;
  let j = 0;
  while (i < a.length || j < b.length) {
    if (i < a.length && j < b.length && a[i] === b[j]) {
      i++;
      j++;
    } else if (i < a.length && (j === b.length || common[i + 1][j] >= common[i][j + 1])) {
      lines.push(`-${a[i++]}`);
    } else {
      lines.push(`+${b[j++]}`);
    }
  }
  return lines;
}

/** Asserts the diagnostic the fix was for is gone: no diagnostic with its code at its pointer. */
export function assertFixed(applied: AppliedFix): void {
  const { code, pointer } = applied.diagnostic;
  const still = applied.remaining.filter((d) => d.code === code && d.pointer === pointer);
  assert.deepEqual(
    still.map((d) => d.message),
    [],
    `after "${applied.title}" the ${code} diagnostic should be gone:\n${applied.after}`,
  );
}

export function describe(text: string, diagnostics: readonly RecordDiagnostic[]): string {
  return (
    diagnostics.map((d) => `  ${d.code} ${JSON.stringify(text.slice(d.range.start, d.range.end))} ${d.message}`).join('\n') || '  (none)'
  );
}

export function lines(...content: string[]): string {
  return `${content.join('\n')}\n`;
}
