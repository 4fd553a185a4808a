import { code, IDENTIFICATION } from '../ruleHelpers';
import { protocolDefinition } from '../ruleReference';
import type { RuleDefinition, RuleFinding } from '../ruleTypes';

const ACRONYM = `${IDENTIFICATION}/acronym`;
const BRIEF_TITLE = `${IDENTIFICATION}/briefTitle`;

/** Characters that may surround the acronym where it stands as a whole word in the title. */
const WORD_CHARACTER = /[\p{L}\p{N}_-]/u;

/** A label before a separator at the start of the title: "ABC: Study of X", "ABC - Study of X", "ABC; Registry of X". */
const LEADING_SEPARATOR = /^[ \t]{0,3}[:;–—-][ \t]{1,3}/;

/** The title without a leading "ABC: " label, or undefined when it does not start so. */
function withoutLeadingAcronym(title: string, acronym: string): string | undefined {
  const trimmed = title.trimStart();
  if (!trimmed.startsWith(acronym)) return undefined;
  const separator = LEADING_SEPARATOR.exec(trimmed.slice(acronym.length));
  if (!separator) return undefined;
  const rest = trimmed.slice(acronym.length + separator[0].length).trim();
  return rest === '' ? undefined : rest;
}

/** A word after the acronym that makes it the study's own name: "The ABC Study of X", "ABC Trial". */
const STUDY_WORD = /^(?:study|trial|registry|cohort|project|program(?:me)?|pilot)\b/i;

/**
 * Whether the title repeats the acronym as the study's label: as a whole word (not inside "C-AXSPAND2" or
 * "NIH_HVX6b"), case as written, at the title's start or end, in parentheses, or naming the study ("The ABC
 * Study of X"). Inside the wording it is usually a product's name the title must keep ("Investigation of DEXA-C
 * Anterior Cervical Interbody System", the device): not reported.
 */
function repeatsAcronym(title: string, acronym: string): boolean {
  for (let at = title.indexOf(acronym); at >= 0; at = title.indexOf(acronym, at + 1)) {
    const before = title.slice(0, at).trimEnd();
    const after = title.slice(at + acronym.length).trimStart();
    if (WORD_CHARACTER.test(title[at - 1] ?? '') || WORD_CHARACTER.test(title[at + acronym.length] ?? '')) continue;
    if (before === '' || after === '' || (before.endsWith('(') && after.startsWith(')')) || STUDY_WORD.test(after)) return true;
  }
  return false;
}

/**
 * The title without a parenthesised copy of the acronym ("Study of X (ABC)" → "Study of X") or a leading "ABC: " label:
 * the cases where the right text is certain. Undefined when the acronym is not in parentheses on its own.
 */
function withoutParenthesisedAcronym(title: string, acronym: string): string | undefined {
  const at = title.indexOf(`(${acronym})`);
  if (at < 0) return withoutLeadingAcronym(title, acronym);
  const before = title.slice(0, at).trimEnd();
  const after = title.slice(at + acronym.length + 2).trimStart();
  const joined = (before === '' || after === '' || /^[,.:;]/.test(after) ? `${before}${after}` : `${before} ${after}`).trim();
  return joined === '' ? undefined : joined;
}

/**
 * The acronym is shown in parentheses after the brief title, so the title need not repeat it.
 * An acronym over 14 characters is not checked here: the schema's `maxLength` already reports it as an error
 * (`schema/max-length`), so this criterion keeps only the reviewers' advisory part.
 */
export const titleAcronymField: RuleDefinition = {
  id: 'review/title-acronym-field',
  title: 'Brief title repeats the acronym',
  defaultSeverity: 'information',
  basis: '§4 (limit), §6 (PRS Advisory comment)',
  confidence: 'verified',
  provenance:
    'ctgov-model.md §4 (Acronym, 14 characters) and §6 (advisory comments). prs-review-criteria.md `review/title-acronym-field` (✅ [DEF] 14-character limit, [DEF-15] acronym displayed after the brief title). ' +
    'The limit is the schema maxLength (schema/max-length, error); the repeat is advisory, hence information.',
  reference: protocolDefinition('Acronym'),
  explanation: 'The brief title does not repeat (or consist only of) the acronym, which ClinicalTrials.gov shows after it.',
  documentation:
    'ClinicalTrials.gov shows the acronym in parentheses after the brief title, so a brief title that already contains it shows it twice ("Study of X (ABC) (ABC)"), ' +
    'and a brief title that is only the acronym tells a lay reader nothing. ' +
    'A good brief title is a short plain-language sentence about the study, with the acronym only in `acronym`. ' +
    'Fix: remove the acronym from `briefTitle` (the quick fix does when it is in parentheses or a leading label), or write a plain-language title.',
  check(context) {
    const acronym = context.text(ACRONYM)?.trim();
    const title = context.text(BRIEF_TITLE);
    if (!acronym || title === undefined || title.trim() === '') return [];
    const findings: RuleFinding[] = [];
    if (title.trim().toLowerCase() === acronym.toLowerCase()) {
      findings.push({
        pointer: BRIEF_TITLE,
        target: 'value',
        message: `The brief title is only the acronym ${code(acronym)}. Write a short plain-language title saying what the study does; the registry adds the acronym after it.`,
      });
      return findings;
    }
    if (!repeatsAcronym(title, acronym)) return [];
    const replacement = withoutParenthesisedAcronym(title, acronym);
    findings.push({
      pointer: BRIEF_TITLE,
      target: 'value',
      message:
        `The brief title contains the acronym ${code(acronym)}, which ClinicalTrials.gov already shows after the title. ` +
        (replacement ? `Write it as ${code(replacement)}.` : 'Leave the acronym to the `acronym` field.'),
      fix: replacement ? { kind: 'replace-value', valuePointer: BRIEF_TITLE, replacement } : undefined,
    });
    return findings;
  },
};
