import type { FixDocument } from './fixDocument';
import { quickFixFor, type FixableDiagnostic } from './quickFixes';
import { editsOverlap, type TextEdit } from './textEdit';

export interface CombinedFix {
  readonly edits: readonly TextEdit[];
  /** How many diagnostics the edits fix. */
  readonly fixed: number;
}

/**
 * The fixes of several diagnostics as one edit set (`source.fixAll`, "fix all of this kind"):
 * in document order, skipping a fix whose edits touch text an earlier one already edits, so
 * the set applies cleanly; a second run picks up what was skipped.
 */
export function combineFixes(document: FixDocument, diagnostics: readonly FixableDiagnostic[], accept: (fix: { unattended: boolean }) => boolean = () => true): CombinedFix {
  const edits: TextEdit[] = [];
  let fixed = 0;
  const ordered = [...diagnostics].sort((a, b) => a.range.start - b.range.start);
  for (const diagnostic of ordered) {
    const fix = quickFixFor(document, diagnostic);
    if (!fix || !accept(fix)) continue;
    if (fix.edits.some((edit) => edits.some((taken) => editsOverlap(edit, taken)))) continue;
    edits.push(...fix.edits);
    fixed++;
  }
  return { edits, fixed };
}
