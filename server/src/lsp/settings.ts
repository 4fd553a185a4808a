import type { Severity } from '../service/diagnostics/recordDiagnostic';
import { DEFAULT_REVIEW_STAGE, isReviewStage, type ReviewStage } from '../service/readiness/reviewStage';
import { ALL_RULES, lookupRule } from '../service/rules/ruleCatalog';
import { nearestMatch } from '../service/util/nearestMatch';

/** The `trialRecord.*` settings the server reads (see package.json `contributes.configuration`). */
export interface ServerSettings {
  readonly validation: { readonly enabled: boolean };
  readonly rules: Readonly<Record<string, Severity | 'off'>>;
  /** At most this many diagnostics are shown per document (`trialRecord.diagnostics.maxProblems`). */
  readonly diagnostics: { readonly maxProblems: number };
  /** `trialRecord.review.stage`: `draft` (the review layer advises) or `submission` (missing required fields are errors). */
  readonly review: { readonly stage: ReviewStage };
}

export const DEFAULT_MAX_PROBLEMS = 1000;

export const DEFAULT_SETTINGS: ServerSettings = {
  validation: { enabled: true },
  rules: {},
  diagnostics: { maxProblems: DEFAULT_MAX_PROBLEMS },
  review: { stage: DEFAULT_REVIEW_STAGE },
};

const RULE_LEVELS = new Set(['error', 'warning', 'information', 'hint', 'off']);

/** Reads untrusted settings JSON: anything malformed falls back to the default, never throws. */
export function readSettings(raw: unknown): ServerSettings {
  const section = typeof raw === 'object' && raw !== null ? (raw as Record<string, unknown>) : {};
  const validation =
    typeof section.validation === 'object' && section.validation !== null ? (section.validation as Record<string, unknown>) : {};
  const rules: Record<string, Severity | 'off'> = {};
  if (typeof section.rules === 'object' && section.rules !== null) {
    for (const [id, level] of Object.entries(section.rules as Record<string, unknown>)) {
      if (typeof level === 'string' && RULE_LEVELS.has(level)) rules[id] = level as Severity | 'off';
    }
  }
  const diagnostics =
    typeof section.diagnostics === 'object' && section.diagnostics !== null ? (section.diagnostics as Record<string, unknown>) : {};
  const maxProblems =
    typeof diagnostics.maxProblems === 'number' && Number.isFinite(diagnostics.maxProblems) && diagnostics.maxProblems >= 1
      ? Math.floor(diagnostics.maxProblems)
      : DEFAULT_MAX_PROBLEMS;
  const review = typeof section.review === 'object' && section.review !== null ? (section.review as Record<string, unknown>) : {};
  const stage = isReviewStage(review.stage) ? review.stage : DEFAULT_REVIEW_STAGE;
  return { validation: { enabled: validation.enabled !== false }, rules, diagnostics: { maxProblems }, review: { stage } };
}

/** One sentence per rule id in `trialRecord.rules` that names no rule (a typo would otherwise be silently ignored). */
export function unknownRuleIds(rules: ServerSettings['rules']): string[] {
  return Object.keys(rules)
    .filter((id) => !lookupRule(id))
    .map((id) => {
      const suggestion = nearestMatch(
        id,
        ALL_RULES.map((rule) => rule.id),
      );
      return suggestion
        ? `no rule is called \`${id}\`; did you mean \`${suggestion}\`?`
        : `no rule is called \`${id}\` (the README lists the rule ids).`;
    });
}
