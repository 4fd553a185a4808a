import type { RuleDefinition, RuleFinding } from '../ruleTypes';
import { filled, OUTCOME_REFERENCE, outcomeName, quote, readOutcomes } from './outcomeHelpers';

/** Measures a title may join by mistake, each with how authors write it; the longer names first so `glycated haemoglobin` is not also `haemoglobin`. */
const MEASURES: ReadonlyArray<readonly [string, RegExp]> = [
  ['HbA1c', /\b(?:hba1c|a1c|glyc(?:at|osyl)ed ha?emoglobin)\b/i],
  ['BMI', /\b(?:bmi|body mass index)\b/i],
  ['body weight', /\b(?:body ?weight|weight)\b/i],
  ['height', /\bheight\b/i],
  ['waist circumference', /\bwaist(?: circumference)?\b/i],
  ['hip circumference', /\bhip circumference\b/i],
  ['blood pressure', /\b(?:(?:systolic|diastolic|arterial) )?blood pressure\b|\b[sd]?bp\b/i],
  ['heart rate', /\b(?:heart|pulse) rate\b/i],
  ['respiratory rate', /\brespiratory rate\b/i],
  ['oxygen saturation', /\b(?:oxygen saturation|sp ?o2|sa ?o2)\b/i],
  ['body temperature', /\b(?:body )?temperature\b/i],
  ['fasting glucose', /\b(?:fasting (?:plasma |blood )?glucose|blood glucose|fpg)\b/i],
  ['LDL cholesterol', /\b(?:ldl|low[- ]density lipoprotein)(?:[- ]c|[- ]cholesterol)?\b/i],
  ['HDL cholesterol', /\b(?:hdl|high[- ]density lipoprotein)(?:[- ]c|[- ]cholesterol)?\b/i],
  ['total cholesterol', /\btotal cholesterol\b/i],
  ['triglycerides', /\btriglycerides?\b/i],
  ['FEV1', /\bfev1\b/i],
  ['FVC', /\bfvc\b/i],
  ['CRP', /\b(?:crp|c-reactive protein)\b/i],
  ['haemoglobin', /\bha?emoglobin\b/i],
  ['creatinine', /\bcreatinine\b/i],
];

/** Joins two measures into a list: `Weight and BMI`, `Weight, BMI`, `Weight/BMI`. */
const JOINER = /^\s*(?:,|\/|&|and|,\s*and)\s*$/i;
/** One measure made of several (`composite`, `either … or`), a ratio of two (`FEV1/FVC`), or a named instrument that contains `and`. */
const ONE_MEASURE =
  /\b(?:composite|either|or|whichever|any of|ratio|to-hip|metabolites?|scale|questionnaire|inventory|instrument|index)\b|\bfev1 ?\/ ?fvc\b|\bfvc ?\/ ?fev1\b/i;
const BODY_MASS_INDEX = /\bbody mass index\b/gi;

interface Mention {
  readonly measure: string;
  readonly start: number;
  readonly end: number;
}

/** The lexicon measures a title names, each once at its first place, in order; overlapping names count once. */
function mentions(title: string): Mention[] {
  const found: Mention[] = [];
  for (const [measure, pattern] of MEASURES) {
    const match = pattern.exec(title);
    if (!match) continue;
    const start = match.index;
    const end = start + match[0].length;
    if (found.some((other) => start < other.end && end > other.start)) continue;
    found.push({ measure, start, end });
  }
  return found.sort((a, b) => a.start - b.start);
}

export const outcomeMultipleMeasures: RuleDefinition = {
  id: 'review/outcome-multiple-measures',
  title: 'Outcome title joins several measures',
  defaultSeverity: 'information',
  basis: 'R30, PRS Major comment',
  confidence: 'secondary',
  provenance:
    'R30 (free-text lint: specific outcome measures, no duplicates) of the reference notes; prs-review-criteria.md "Outcome measures": "More than one outcome measure appears to be described" (CU-MULTI, UCSF, ◑). ' +
    'Heuristic (two lexicon measures joined by "and", a comma or a slash), so information. Silent for composites, either/or, ratios, instruments with "and" in their name, and a drug with its metabolites.',
  reference: OUTCOME_REFERENCE,
  explanation: 'An outcome title names one measure: `Body Weight and BMI` appears to be two outcomes.',
  documentation:
    'One outcome measure is one variable with one unit, so that its results fit one table. A title such as `Body Weight and BMI` or `Blood Pressure, Heart Rate` describes several measures, and reviewers return it. ' +
    'A composite (`Composite of Death, Stroke or Myocardial Infarction`), a ratio (`LDL/HDL Ratio`) or an instrument whose name contains "and" is one measure. ' +
    'Fix: make one outcome per measure, each with its own title, description and time frame.',
  check(context) {
    const findings: RuleFinding[] = [];
    for (const outcome of readOutcomes(context)) {
      const title = outcome.measure;
      if (!filled(title) || title.length > 300 || ONE_MEASURE.test(title.replace(BODY_MASS_INDEX, 'BMI'))) continue;
      const named = mentions(title);
      const joined: string[] = [];
      for (let index = 1; index < named.length; index++) {
        const between = title.slice(named[index - 1].end, named[index].start);
        if (!JOINER.test(between)) continue;
        if (!joined.includes(named[index - 1].measure)) joined.push(named[index - 1].measure);
        joined.push(named[index].measure);
      }
      if (joined.length < 2) continue;
      findings.push({
        pointer: `${outcome.pointer}/measure`,
        target: 'value',
        message:
          `The title ${quote(title)} of ${outcomeName(outcome)} appears to describe more than one measure (${joined.join(', ')}). ` +
          `Make one outcome per measure: one for ${joined.join(', one for ')}.`,
      });
    }
    return findings;
  },
};
