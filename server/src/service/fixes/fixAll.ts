import type { FixDocument } from './fixDocument';
import { quickFixFor, type FixableDiagnostic, type FixReporting, type QuickFix } from './quickFixes';
import { editsOverlap, type TextEdit } from './textEdit';

export interface CombinedFix {
  readonly edits: readonly TextEdit[];
  /** How many diagnostics the edits fix. */
  readonly fixed: number;
}

/**
 * The fixes of several diagnostics as one edit set (`source.fixAll`, "fix all of this kind"):
 * renames first (a near-miss key keeps the author's value, so it beats adding the key empty),
 * then in document order, skipping a fix whose edits touch text an earlier one already edits or
 * that adds a field an earlier one already adds (a rename's new key counts), so the set applies
 * cleanly and writes no key twice; a second run picks up what was skipped. `context` is every
 * diagnostic of the document (default: `diagnostics`), so a fix can defer to one outside the set.
 * A fix that fails is logged to `reporting` (see `quickFixFor`) and the others still apply.
 */
export function combineFixes(
  document: FixDocument,
  diagnostics: readonly FixableDiagnostic[],
  accept: (fix: QuickFix) => boolean = () => true,
  context: readonly FixableDiagnostic[] = diagnostics,
  reporting?: FixReporting,
): CombinedFix {
  const edits: TextEdit[] = [];
  const created = new Set<string>();
  let fixed = 0;
  const rank = (diagnostic: FixableDiagnostic) => (diagnostic.fix?.kind === 'rename-key' ? 0 : 1);
  const ordered = [...diagnostics].sort((a, b) => rank(a) - rank(b) || a.range.start - b.range.start);
  for (const diagnostic of ordered) {
    const fix = quickFixFor(document, diagnostic, context, reporting);
    if (!fix || !accept(fix)) continue;
    if (fix.edits.some((edit) => edits.some((taken) => editsOverlap(edit, taken)))) continue;
    if (fix.creates.some((pointer) => created.has(pointer))) continue;
    edits.push(...fix.edits);
    for (const pointer of fix.creates) created.add(pointer);
    fixed++;
  }
  return { edits, fixed };
}
