import type { Severity } from '../diagnostics/recordDiagnostic';
import { severityAtStage } from '../readiness/reviewStage';
import { ALL_RULES, lookupRule, REGISTRY_RULES } from './ruleCatalog';
import { REVIEW_RULES } from './reviewCatalog';
import { protocolDefinition } from './ruleReference';
import type { RuleConfidence, RuleDefinition } from './ruleTypes';

const CONFIDENCE_MARK: Record<RuleConfidence, string> = { verified: '✅', secondary: '◑', unverified: '❓' };

function cell(text: string): string {
  return text.replace(/\|/g, '\\|').replace(/\r?\n/g, ' ');
}

/**
 * The README's registry rule table, generated from the catalog so it cannot drift:
 * id, default severity, what it checks, basis (ctgov-model.md §5 rule and confidence).
 */
export function rulesTableMarkdown(rules: readonly RuleDefinition[] = REGISTRY_RULES): string {
  const lines = [
    '| Rule | Default | What it checks | Basis |',
    '|---|---|---|---|',
    ...rules.map(
      (rule) =>
        `| \`${rule.id}\` | ${rule.defaultSeverity} | ${cell(rule.explanation)} | ${cell(rule.basis)} ${CONFIDENCE_MARK[rule.confidence]} |`,
    ),
  ];
  return `${lines.join('\n')}\n\n${COVERED_ELSEWHERE}\n`;
}

/**
 * The README's review criteria table (layer `review`), apart from the registry rules: what the registry's reviewers
 * would send back, with the severity at each review stage (`trialRecord.review.stage`, `check --stage`).
 */
export function reviewTableMarkdown(rules: readonly RuleDefinition[] = REVIEW_RULES): string {
  const lines = [
    '| Criterion | Default | At submission | What it checks | Basis |',
    '|---|---|---|---|---|',
    ...rules.map(
      (rule) =>
        `| \`${rule.id}\` | ${severityAtStage(rule, 'draft')} | ${severityAtStage(rule, 'submission')} | ${cell(rule.explanation)} | ${cell(rule.basis)} ${CONFIDENCE_MARK[rule.confidence]} |`,
    ),
  ];
  return `${lines.join('\n')}\n`;
}

/** The README's generated blocks: each between `<!-- NAME:start … -->` and `<!-- NAME:end -->` markers. */
export const README_TABLES: ReadonlyArray<{ readonly marker: string; readonly markdown: () => string }> = [
  { marker: 'rules-table', markdown: () => rulesTableMarkdown() },
  { marker: 'review-table', markdown: () => reviewTableMarkdown() },
];

/** `readme` with every generated block rewritten from the catalog; throws when a block's markers are missing. */
export function withGeneratedTables(readme: string): string {
  let result = readme;
  for (const { marker, markdown } of README_TABLES) {
    const pattern = new RegExp(`(<!-- ${marker}:start[^>]*-->)[\\s\\S]*?(<!-- ${marker}:end -->)`);
    if (!pattern.test(result)) throw new Error(`README.md has no ${marker} markers`);
    result = result.replace(pattern, (_whole, start: string, end: string) => `${start}\n${markdown().trim()}\n${end}`);
  }
  return result;
}

/**
 * For maintainers (docs/checks-on-real-records.md): each rule's basis, provenance and registry definition,
 * the research notes the hover leaves out.
 */
export function rulesProvenanceMarkdown(rules: readonly RuleDefinition[] = ALL_RULES): string {
  const lines = [
    '| Rule | Basis | Where it comes from | Registry definition |',
    '|---|---|---|---|',
    ...rules.map((rule) => {
      const reference = rule.reference ? `[${cell(rule.reference.title)}](${rule.reference.url})` : '—';
      return `| \`${rule.id}\` | ${cell(rule.basis)} ${CONFIDENCE_MARK[rule.confidence]} | ${cell(rule.provenance)} | ${reference} |`;
    }),
  ];
  return lines.join('\n');
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

/**
 * Said on hover for rules the registry's documentation does not back (`unverified`) and that only warn or inform,
 * so the author knows a finding may not need a change. Unverified errors are contradictions by definition.
 */
const HEURISTIC_NOTE =
  'This is a heuristic: ClinicalTrials.gov does not state it as a requirement, so check whether it applies to this study before changing the record.';

function heuristicNote(rule: RuleDefinition): string | undefined {
  return rule.confidence === 'unverified' && rule.defaultSeverity !== 'error' ? HEURISTIC_NOTE : undefined;
}

/**
 * Markdown for hovering a diagnostic whose code is a rule id; undefined for other codes. Written for the author:
 * the rule's documentation, a heuristic note where it matters, the registry's definition and how to turn it off.
 * The provenance (reference-note numbers, sources) stays out; the README table and docs/checks-on-real-records.md carry it.
 */
export function ruleHoverMarkdown(id: string, effectiveSeverity?: Severity): string | undefined {
  const rule = lookupRule(id);
  if (!rule) return undefined;
  const severity =
    effectiveSeverity && effectiveSeverity !== rule.defaultSeverity
      ? `${effectiveSeverity} (default ${rule.defaultSeverity})`
      : rule.defaultSeverity;
  const reference = rule.reference ?? protocolDefinition('Protocol Registration Data Element Definitions');
  const note = heuristicNote(rule);
  return [
    `**${rule.title}** · \`${rule.id}\` · ${severity}`,
    '',
    rule.documentation,
    ...(note ? ['', note] : []),
    '',
    `The registry's definition: [ClinicalTrials.gov: ${reference.title}](${reference.url}). ` +
      `Change or silence this rule with the \`trialRecord.rules\` setting (\`"${rule.id}": "off"\`) ` +
      `or in the file with a \`trial-record-disable ${rule.id}\` comment.`,
  ].join('\n');
}

export { lookupRule };
