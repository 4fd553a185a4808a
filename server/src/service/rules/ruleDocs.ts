import type { Severity } from '../diagnostics/recordDiagnostic';
import { ALL_RULES, lookupRule } from './ruleCatalog';
import type { RuleConfidence, RuleDefinition } from './ruleTypes';

const CONFIDENCE_MARK: Record<RuleConfidence, string> = { verified: '✅', secondary: '◑', unverified: '❓' };
const CONFIDENCE_WORD: Record<RuleConfidence, string> = { verified: 'verified in a primary source', secondary: 'from a secondary source', unverified: 'not verified' };

function cell(text: string): string {
  return text.replace(/\|/g, '\\|').replace(/\r?\n/g, ' ');
}

/**
 * The README's rule table, generated from the catalog so it cannot drift:
 * id, default severity, what it checks, basis (ctgov-model.md §5 rule and confidence).
 */
export function rulesTableMarkdown(rules: readonly RuleDefinition[] = ALL_RULES): string {
  const lines = [
    '| Rule | Default | What it checks | Basis |',
    '|---|---|---|---|',
    ...rules.map((rule) => `| \`${rule.id}\` | ${rule.defaultSeverity} | ${cell(rule.explanation)} | ${cell(rule.basis)} ${CONFIDENCE_MARK[rule.confidence]} |`),
  ];
  return `${lines.join('\n')}\n\n${COVERED_ELSEWHERE}\n`;
}

/**
 * Section 5 rules with no rule here, and why: the README says so under the table.
 * R28: the schema carries every §4 limit as `maxLength` plus `x-limitSource`, and the schema layer
 * reports it (`schema/max-length`); a rule would only duplicate that diagnostic.
 */
export const COVERED_ELSEWHERE = [
  'Not rules here: R1–R3 (NCT ID, date and age formats) and R28 (PRS length limits) are checked by the schema layer ' +
    '(`schema/pattern`, `schema/format`, `schema/max-length`; each limit carries `x-limitSource`, verified or secondary); ' +
    'R26 (federal grant number) cannot be checked from the record; R29 (registry-assigned fields) is marked read-only in the schema; ' +
    'R30 (free-text lint) is not implemented yet.',
].join('\n');

/** Markdown for hovering a diagnostic whose code is a rule id; undefined for other codes. */
export function ruleHoverMarkdown(id: string, effectiveSeverity?: Severity): string | undefined {
  const rule = lookupRule(id);
  if (!rule) return undefined;
  const severity = effectiveSeverity && effectiveSeverity !== rule.defaultSeverity
    ? `${effectiveSeverity} (default ${rule.defaultSeverity})`
    : rule.defaultSeverity;
  return [
    `**${rule.title}** · \`${rule.id}\` · ${severity}`,
    '',
    rule.documentation,
    '',
    `Basis: ${rule.basis} (${CONFIDENCE_WORD[rule.confidence]}). Change or silence it with the \`trialRecord.rules\` setting ` +
      `(\`"${rule.id}": "off"\`) or in the file with a \`trial-record-disable ${rule.id}\` comment.`,
  ].join('\n');
}

export { lookupRule };
