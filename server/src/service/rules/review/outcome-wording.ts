import type { RuleDefinition, RuleFinding } from '../ruleTypes';
import { checkable, OUTCOME_REFERENCE, outcomeName, readOutcomes, spacedTokenCount } from './outcomeHelpers';

/** An aim instead of a measure: `To assess …`, `To compare …`. */
const AIM_OPENING =
  /^\s*(?:to\s+(?:assess|evaluate|determine|examine|investigate|compare|explore|measure|estimate|establish|characteri[sz]e|describe|identify|quantify|analy[sz]e|test|demonstrate|study|understand|observe|monitor|verify|confirm|document|detect))\b/i;
/** A description this short that opens with an aim is only the aim (`To evaluate the DLT`). */
const BARE_AIM_WORDS = 12;
/** A direction instead of the neutral `Change in`: `Improvement in …`, `Reduction of …`. */
const DIRECTION_OPENING =
  /^\s*(?:improvements?|reductions?|decreases?|increases?|worsening|deterioration|enhancement|lowering|reduced|improved|increased|decreased)\s+(?:in|of)\b/i;

export const outcomeWording: RuleDefinition = {
  id: 'review/outcome-wording',
  title: 'Outcome worded as an aim or a direction',
  defaultSeverity: 'information',
  basis: 'R30, PRS Major or Advisory comment',
  confidence: 'secondary',
  provenance:
    'R30 (free-text lint: specific outcome measures, no duplicates) of the reference notes; prs-review-criteria.md "Outcome measures": a measure states what is measured, not why (UCSF, CU-INS, CU-CHK, ◑). ' +
    'Regex on the opening words, so information. Silent for "Time to …" and responder categories inside a title ("… Achieving ≥50% Reduction in …").',
  reference: OUTCOME_REFERENCE,
  explanation:
    'An outcome title or description does not open with an aim (`To assess …`) and a title does not open with a direction (`Improvement in …`) instead of `Change in …`.',
  documentation:
    'An outcome measure names the variable that is measured, not the study’s aim: `To evaluate the efficacy of …` belongs in the brief summary. ' +
    'A title that opens with the hoped-for direction (`Improvement in`, `Reduction of`, `Increase in`) presumes the result; the neutral form is `Change in …` or `Change From Baseline in …`. ' +
    'A responder category inside a title is fine: `Percentage of Participants Achieving ≥50% Reduction in Seizure Frequency`. ' +
    'Fix: start with the measure, e.g. `Change From Baseline in HbA1c at Week 26`.',
  check(context) {
    const findings: RuleFinding[] = [];
    for (const outcome of readOutcomes(context)) {
      const fields: Array<['title' | 'description', 'measure' | 'description', string | undefined]> = [
        ['title', 'measure', outcome.measure],
        ['description', 'description', outcome.description],
      ];
      for (const [name, key, text] of fields) {
        if (!checkable(text)) continue;
        // A description may open with its aim when it goes on to say how it is measured; a bare aim says nothing more.
        const aim = name === 'title' || spacedTokenCount(text) < BARE_AIM_WORDS ? AIM_OPENING.exec(text) : null;
        const direction = name === 'title' ? DIRECTION_OPENING.exec(text) : null;
        if (!aim && !direction) continue;
        findings.push({
          pointer: `${outcome.pointer}/${key}`,
          target: 'value',
          message: aim
            ? `The ${name} of ${outcomeName(outcome)} appears to state an aim (\`${aim[0].trim()} …\`) rather than the measure. ` +
              'Name what is measured, for example `Change From Baseline in Systolic Blood Pressure at Week 12`.'
            : `The title of ${outcomeName(outcome)} appears to presume a direction (\`${direction![0].trim()} …\`). ` +
              'Use the neutral `Change in …` or `Change From Baseline in …`.',
        });
      }
    }
    return findings;
  },
};
