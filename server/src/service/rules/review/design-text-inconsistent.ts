import { code, DESIGN, DESIGN_INFO, listPhrase } from '../ruleHelpers';
import { protocolDefinition } from '../ruleReference';
import type { RuleContext, RuleDefinition, RuleFinding } from '../ruleTypes';
import { freeTextFields, quote } from './textHelpers';

const RANDOMIZED = /\brandomi[sz](?:ed|ation)\b/i;
/** "Randomized" about another study or in another sense: "non-randomized", "follow-up of patients randomized in…", "Mendelian randomization". */
const RANDOMIZED_ELSEWHERE =
  /\b(?:non-?|un|quasi-?|pseudo-?|previously |mendelian )randomi[sz]\w*|\b(?:from|of|in|following|after|within|nested in) (?:a|an|the|two|three|several) (?:[\w-]+ ){0,3}randomi[sz]ed|\brandomi[sz]ed (?:in|into|to) (?:the |a |an )?[A-Z]|\b(?:extension|follow-?up|ancillary|sub-?study|post[- ]hoc|secondary analys\w*|pooled|meta-analys\w*)\b/i;

const BLINDED = /\b(?:double|triple|quadruple|single)[- ]?(?:blind|mask)\w*|\bplacebo[- ]controlled\b/i;
const OPEN_LABEL = /\bopen[- ]label\b|\bunblinded\b|\bnon-?blinded\b/i;
/** A title about a study that follows another (whose design it may name). */
const ABOUT_ANOTHER_STUDY =
  /\b(?:extension|follow-?up|rollover|roll-over|following|completed|previous|prior|parent|ancillary|sub-?study|post[- ]hoc|long-term safety of)\b/i;

const PHASE =
  /\bphase[ \t]{0,2}(0|1|2|3|4|iv|i{1,3})[ \t]{0,2}[ab]?(?:[ \t]{0,2}(?:\/|-|–|and|to|or)[ \t]{0,2}(?:phase[ \t]{0,2})?(1|2|3|4|iv|i{1,3})[ \t]{0,2}[ab]?)?\b/i;
const PHASE_NUMBER: Readonly<Record<string, string>> = {
  '0': 'EARLY_PHASE1',
  '1': 'PHASE1',
  i: 'PHASE1',
  '2': 'PHASE2',
  ii: 'PHASE2',
  '3': 'PHASE3',
  iii: 'PHASE3',
  '4': 'PHASE4',
  iv: 'PHASE4',
};

const UNRANDOMIZED_ALLOCATIONS = new Set(['NA', 'NON_RANDOMIZED']);
const MASKED_LEVELS = new Set(['DOUBLE', 'TRIPLE', 'QUADRUPLE']);

export const designTextInconsistent: RuleDefinition = {
  id: 'review/design-text-inconsistent',
  title: 'Title disagrees with the design',
  defaultSeverity: 'warning',
  basis: '§6 (PRS Major comment)',
  confidence: 'verified',
  provenance:
    'ctgov-model.md §6 (Major comment: information inconsistent with other parts of the record). prs-review-criteria.md `review/design-text-inconsistent` (✅ [NEJM11-T3]: an observational study titled "randomized" is NLM\'s example of internal inconsistency). Cross-field heuristic, hence a warning.',
  reference: protocolDefinition('Study Design (Allocation, Masking, Study Phase)'),
  explanation: 'What the titles say about randomization, blinding and phase matches `allocation`, `masking` and `phases`.',
  documentation:
    'ClinicalTrials.gov reviewers send back records whose parts disagree, such as an observational study titled "randomized". ' +
    'The check compares the brief and official titles with the design: "randomized" needs randomized allocation in an interventional study; ' +
    '"double-blind" or "placebo-controlled" needs masking other than `NONE`; "open-label" fits `NONE` or `SINGLE` masking; "Phase N" matches `phases`. ' +
    'Titles about another study ("follow-up of patients randomized in…", "open-label extension of…") are not flagged. ' +
    'Fix: correct the design fields, or the title.',
  check(context) {
    const findings: RuleFinding[] = [];
    for (const field of freeTextFields(context, ['titles'])) {
      for (const problem of titleProblems(context, field.text))
        findings.push({ pointer: field.pointer, target: 'value', message: `${field.label} ${problem}` });
    }
    return findings;
  },
};

function titleProblems(context: RuleContext, title: string): string[] {
  const problems: string[] = [];
  const studyType = context.studyType;
  const allocation = context.text(`${DESIGN_INFO}/allocation`);
  const masking = context.text(`${DESIGN_INFO}/maskingInfo/masking`);
  const randomized = RANDOMIZED.exec(title);
  if (randomized && !RANDOMIZED_ELSEWHERE.test(title)) {
    if (studyType === 'OBSERVATIONAL')
      problems.push(
        `says ${quote(randomized[0])}, but the study is observational: an observational study assigns no treatment. Correct the title or the study type.`,
      );
    else if (allocation !== undefined && UNRANDOMIZED_ALLOCATIONS.has(allocation))
      problems.push(
        `says ${quote(randomized[0])}, but \`allocation\` is ${code(allocation)}. Set \`allocation\` to \`RANDOMIZED\` if participants are randomized, or correct the title.`,
      );
  }
  const aboutAnother = ABOUT_ANOTHER_STUDY.test(title);
  const blinded = BLINDED.exec(title);
  const openLabel = OPEN_LABEL.exec(title);
  if (blinded && !openLabel && !aboutAnother && masking === 'NONE')
    problems.push(`says ${quote(blinded[0])}, but \`masking\` is \`NONE\`. Record who is masked, or correct the title.`);
  if (openLabel && !blinded && !aboutAnother && masking !== undefined && MASKED_LEVELS.has(masking))
    problems.push(
      `says ${quote(openLabel[0])}, but \`masking\` is ${code(masking)}. An open-label study masks no one (or only the outcomes assessor): correct the masking or the title.`,
    );
  const phaseProblem = phaseMismatch(context, title, aboutAnother);
  if (phaseProblem) problems.push(phaseProblem);
  return problems;
}

function phaseMismatch(context: RuleContext, title: string, aboutAnother: boolean): string | undefined {
  const match = PHASE.exec(title);
  const phases = context.list(`${DESIGN}/phases`).filter((phase): phase is string => typeof phase === 'string');
  if (!match || aboutAnother || phases.length === 0 || context.studyType !== 'INTERVENTIONAL') return undefined;
  const named = [match[1], match[2]]
    .filter((number): number is string => number !== undefined)
    .map((number) => PHASE_NUMBER[number.toLowerCase()]);
  // "Phase 1" fits an early phase 1 record; any named phase among `phases` is agreement enough.
  const fits = named.some((phase) => phases.includes(phase) || (phase === 'PHASE1' && phases.includes('EARLY_PHASE1')));
  if (fits) return undefined;
  return `says ${quote(match[0])}, but \`phases\` is ${listPhrase(phases.map(code))}. Make \`phases\` the phase the study is in, or correct the title.`;
}
