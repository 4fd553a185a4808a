import { parseAgeDuration } from '../ageDuration';
import { code, ELIGIBILITY } from '../ruleHelpers';
import { protocolDefinition } from '../ruleReference';
import type { RuleDefinition, RuleFinding } from '../ruleTypes';
import { LIST_ITEM, inclusionLines } from './eligibilityTextHelpers';
import { readAgeBounds, type AgeBound } from './ageTextHelpers';
import { quote } from './textHelpers';

const MINIMUM_AGE = `${ELIGIBILITY}/minimumAge`;
const MAXIMUM_AGE = `${ELIGIBILITY}/maximumAge`;
const SEX = `${ELIGIBILITY}/sex`;
const DAYS_PER_YEAR = 365.25;

/** An inclusion item whose subject is one sex: "Postmenopausal women with…", "Healthy male volunteers", "Men aged…". */
const ONE_SEX_SUBJECT =
  /^(?:(?:healthy|adult|elderly|older|young|ambulatory|(?:post|pre|peri)-?menopausal|non-?pregnant|transgender|cisgender)[ \t]{1,3}){0,2}(?:(women|woman|females?|girls?)|(men|man|males?|boys?))\b/i;
const FEMALE_WORD = /\b(?:women|woman|females?|girls?|ladies|mothers?)\b/i;
const MALE_WORD = /\b(?:men|man|males?|boys?|fathers?)\b/i;
/** Sex-specific wording that is no subject: pregnancy, contraception, "a female of childbearing potential is…". */
const SEX_SPECIFIC_CONDITION =
  /\bpregnan\w*|\bchild-?bearing\b|\bcontracept\w*|\blactat\w*|\bbreast-?feed\w*|\bnursing\b|\bmenstrua\w*|\bbirth control\b|\bfertil\w*|\bsteril\w*|\bvasectom\w*|\bpartners?\b|\bamenorrh\w*|\bhysterectom\w*|\boophorectom\w*|\btubal\b|\bovar\w*/i;

/**
 * Contradictions between the inclusion text and the structured `minimumAge`/`maximumAge`/`sex`. As the reference
 * grades them, an age contradiction is a warning (the rule's default) and a one-sex subject is information (its
 * finding's own severity): a criterion's subject is a weaker sign than a number.
 */
export const eligibilityDemographicsInconsistent: RuleDefinition = {
  id: 'review/eligibility-demographics-inconsistent',
  title: 'Criteria disagree with ages or sex',
  defaultSeverity: 'warning',
  basis: '§6 (PRS Major comment)',
  confidence: 'unverified',
  provenance:
    'ctgov-model.md §6 (Major comment: information inconsistent with other parts of the record). prs-review-criteria.md `review/eligibility-demographics-inconsistent` (❓ inferred from [MC] "Information here appears inconsistent with information in other parts of the record"). ' +
    'Cross-field heuristic, hence a warning.',
  reference: protocolDefinition('Eligibility Criteria, Sex/Gender, Minimum Age and Maximum Age'),
  explanation: 'Age limits and the sex of the participants written in the inclusion criteria match `minimumAge`, `maximumAge` and `sex`.',
  documentation:
    'ClinicalTrials.gov searches and displays the structured ages and sex, while readers read the criteria; reviewers send back records where the two disagree. ' +
    'The check reads the inclusion part only, ignores ages of parents, caregivers and partners, ages at diagnosis or onset, ' +
    'and sex-specific conditions (pregnancy, contraception, "women of childbearing potential"). ' +
    'Fix: make `minimumAge`, `maximumAge` and `sex` say what the criteria say (or correct the criteria).',
  check(context) {
    const criteria = context.text(`${ELIGIBILITY}/eligibilityCriteria`);
    if (criteria === undefined || criteria.trim() === '') return [];
    const lines = inclusionLines(criteria).map((line) => line.replace(LIST_ITEM, '').trim());
    const findings: RuleFinding[] = [];
    const bounds = readAgeBounds(lines);
    const minimum = ageInYears(context.text(MINIMUM_AGE));
    const lowest = lowestOf(bounds.filter((bound) => bound.kind === 'minimum'));
    if (minimum !== undefined && lowest && !agrees(lowest, minimum)) {
      findings.push({
        pointer: MINIMUM_AGE,
        target: 'value',
        message:
          `The inclusion criteria appear to set a minimum age of ${lowest.years} years (${quote(lowest.source)}), but \`minimumAge\` is ${code(context.text(MINIMUM_AGE))}. ` +
          'Make them agree: `minimumAge` is the youngest age that may take part.',
      });
    }
    const maximum = ageInYears(context.text(MAXIMUM_AGE));
    const highest = highestOf(bounds.filter((bound) => bound.kind === 'maximum'));
    if (maximum !== undefined && highest && !agrees(highest, maximum)) {
      findings.push({
        pointer: MAXIMUM_AGE,
        target: 'value',
        message:
          `The inclusion criteria appear to set a maximum age of ${highest.years} years (${quote(highest.source)}), but \`maximumAge\` is ${code(context.text(MAXIMUM_AGE))}. ` +
          'Make them agree: `maximumAge` is the oldest age that may take part.',
      });
    }
    const sexFinding = oneSexSubject(context.text(SEX), lines);
    if (sexFinding) findings.push(sexFinding);
    return findings;
  },
};

function ageInYears(text: string | undefined): number | undefined {
  const age = parseAgeDuration(text);
  return age ? age.days / DAYS_PER_YEAR : undefined;
}

/** "aged 18 to 65" and `18 Years` agree; so do "older than 17" and `18 Years`, "under 66" and `65 Years` (a strict bound is one year off). */
function agrees(bound: AgeBound, recordYears: number): boolean {
  if (Math.abs(bound.years - recordYears) < 0.5) return true;
  const adjacent = bound.kind === 'minimum' ? bound.years + 1 : bound.years - 1;
  return bound.strict && Math.abs(adjacent - recordYears) < 0.5;
}

function lowestOf(bounds: readonly AgeBound[]): AgeBound | undefined {
  return bounds.reduce<AgeBound | undefined>((best, bound) => (best === undefined || bound.years < best.years ? bound : best), undefined);
}

function highestOf(bounds: readonly AgeBound[]): AgeBound | undefined {
  return bounds.reduce<AgeBound | undefined>((best, bound) => (best === undefined || bound.years > best.years ? bound : best), undefined);
}

function oneSexSubject(sex: string | undefined, lines: readonly string[]): RuleFinding | undefined {
  if (sex !== 'ALL' && sex !== 'FEMALE' && sex !== 'MALE') return undefined;
  const subjects: Array<{ line: string; sex: 'FEMALE' | 'MALE' }> = [];
  const named = { FEMALE: false, MALE: false };
  for (const line of lines) {
    if (SEX_SPECIFIC_CONDITION.test(line)) continue;
    const femaleNamed = FEMALE_WORD.test(line);
    const maleNamed = MALE_WORD.test(line);
    named.FEMALE ||= femaleNamed;
    named.MALE ||= maleNamed;
    const match = ONE_SEX_SUBJECT.exec(line);
    if (!match || (femaleNamed && maleNamed)) continue; // both sexes named in one criterion
    subjects.push({ line, sex: match[1] !== undefined ? 'FEMALE' : 'MALE' });
  }
  // With `ALL`, one sex as a subject is a contradiction only when the other sex is never named in the inclusion part.
  const contradicting = subjects.find((subject) =>
    sex === 'ALL' ? !named[subject.sex === 'FEMALE' ? 'MALE' : 'FEMALE'] : subject.sex !== sex,
  );
  if (!contradicting) return undefined;
  const who = contradicting.sex === 'FEMALE' ? 'women' : 'men';
  return {
    pointer: SEX,
    target: 'value',
    severity: 'information',
    message:
      `An inclusion criterion appears to admit ${who} only (${quote(contradicting.line)}), but \`sex\` is ${code(sex)}. ` +
      `If only ${who} may take part, set \`sex\` to \`${contradicting.sex}\`; otherwise reword the criterion.`,
  };
}
