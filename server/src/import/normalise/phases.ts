import { readPhases } from '../../service/normalise';

/**
 * A structured phase label → API phases: `Phase 1/Phase 2` → [PHASE1, PHASE2], `phase II/III`,
 * `Phase Ⅱ`, `EARLY_PHASE1`, `PHASE2, PHASE3`; `N/A`, `NA`, `Not Applicable` → [NA].
 * Undefined for anything else (free text is not a structured phase).
 */
export function normalisePhases(text: string | undefined): string[] | undefined {
  return text === undefined ? undefined : readPhases(text, { policy: 'exact' });
}
