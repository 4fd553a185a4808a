import { stringItems } from '../ruleHelpers';
import { protocolDefinition } from '../ruleReference';
import type { RuleDefinition, RuleFinding } from '../ruleTypes';
import { isPlaceholder, quote, wordCount } from './textHelpers';

const CONDITIONS = '/conditionsModule/conditions';

/** A study design named as a condition ("Randomized Controlled Trial", "Pilot Study"). */
const DESIGN_TERM =
  /^(?:(?:a|an|the)[ \t])?(?:(?:randomi[sz]ed|controlled|clinical|pilot|feasibility|observational|cohort|prospective|retrospective|open[- ]label|double[- ]blind|phase[ \t]\w{1,3}|single[- ]arm|cross[- ]sectional|interventional)[ \t-]{1,3}){1,4}(?:trials?|stud(?:y|ies)|designs?)$/i;
const NCT_NUMBER = /\bNCT\d{8}\b/i;
/** Long staging terms are legitimate conditions ("Stage III Lung Cancer AJCC v8"). */
const STAGING_CODES = /\b(?:AJCC|FIGO|WHO|v\d{1,2})\b/;
const STAGING_WORDS = /\b(?:stage|grade)\b/i;
const MAX_WORDS = 12;

/** Keywords are not checked: keywords repeating conditions are harmless, and the reference names no keyword problem to look for. */
export const conditionsKeywordsQuality: RuleDefinition = {
  id: 'review/conditions-keywords-quality',
  title: 'Condition is not a condition',
  defaultSeverity: 'information',
  basis: '§4, §6 (PRS Advisory comment)',
  confidence: 'verified',
  provenance:
    'ctgov-model.md §4 (Conditions definition: MeSH where possible) and §6 (advisory comments). prs-review-criteria.md `review/conditions-keywords-quality` (✅ [DEF]: conditions are diseases or conditions, MeSH where possible; [MIRON]). Heuristic, advisory, hence information.',
  reference: protocolDefinition('Conditions or Focus of Study'),
  explanation:
    'Each condition names a disease or condition (MeSH where possible), not a placeholder, a design, an NCT number or a sentence.',
  documentation:
    'ClinicalTrials.gov indexes studies by their conditions, so each entry should name the disease or condition studied, preferably as a MeSH term ' +
    '("Type 2 Diabetes Mellitus", "Healthy Volunteers" for healthy participants). ' +
    'A placeholder ("N/A", "Other"), a design ("Randomized Controlled Trial"), an NCT number or a sentence cannot be searched for. ' +
    'Fix: replace the entry with the condition studied, one condition per entry.',
  check(context) {
    const findings: RuleFinding[] = [];
    for (const [pointer, condition] of stringItems(context, CONDITIONS)) {
      const problem = conditionProblem(condition);
      if (problem === undefined) continue;
      findings.push({
        pointer,
        target: 'value',
        message: `The condition ${quote(condition)} ${problem} Name the disease or condition studied, as a MeSH term where possible (e.g. "Type 2 Diabetes Mellitus").`,
      });
    }
    return findings;
  },
};

function conditionProblem(condition: string): string | undefined {
  const trimmed = condition.trim();
  if (trimmed === '' || isPlaceholder(trimmed)) return 'is a placeholder, not a condition.';
  if (NCT_NUMBER.test(trimmed)) return 'is a study number, not a condition.';
  if (DESIGN_TERM.test(trimmed)) return 'names a study design, not a condition.';
  if (wordCount(trimmed) > MAX_WORDS && !STAGING_CODES.test(trimmed) && !STAGING_WORDS.test(trimmed))
    return 'appears to be a sentence rather than a condition.';
  return undefined;
}
