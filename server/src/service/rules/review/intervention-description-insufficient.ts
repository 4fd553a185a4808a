import { ARMS, code, fieldText, items } from '../ruleHelpers';
import { protocolDefinition } from '../ruleReference';
import type { RuleDefinition, RuleFinding } from '../ruleTypes';
import { sameWords, scanned, wordCount } from './textHelpers';

/** The intervention types whose description should give dose, form, frequency and duration. */
const DOSED_TYPES = new Set(['DRUG', 'BIOLOGICAL', 'DIETARY_SUPPLEMENT']);

/** Comparators with no dose to state. */
const INACTIVE =
  /\b(?:placebos?|vehicle|sham|dummy|saline|sugar pill|no (?:treatment|intervention)|standard of care|usual care|best supportive care)\b/i;

/** A dose: a number with a unit ("10 mg", "0.5 mL/kg", "2 x 10^6 cells", "1000 IU", "5%"). */
const DOSE =
  /\d[ \t]{0,2}(?:mg|g|mcg|µg|μg|ug|ng|kg|ml|l|iu|units?|u|mmol|meq|mol|%|cells|cfu|pfu|vp|tcid50|gy|micrograms?|milligrams?|grams?|mbq|mci|drops?|tablets?|capsules?|puffs?|sachets?|doses?|servings?|packets?|sprays?|patch(?:es)?|billion|million)\b/i;

/** Frequency, route or schedule words; route abbreviations count ("Given IV", "PO", "SC"). */
const FREQUENCY_OR_ROUTE =
  /\b(?:daily|once|twice|thrice|weekly|monthly|hourly|every|per day|a day|each day|times|bid|tid|qid|qd|qw|q\d{1,2}[hdw]|orally|oral|by mouth|intravenous\w*|subcutaneous\w*|intramuscular\w*|intradermal\w*|intranasal\w*|intrathecal\w*|intravitreal\w*|intravesical\w*|sublingual\w*|transdermal\w*|topical\w*|rectal\w*|vaginal\w*|inhal\w*|nebuli[sz]\w*|infus\w*|inject\w*|bolus|tablets?|capsules?|cycles?|days?|weeks?|dose|dosing|dosage|regimen|schedule|administered|given|taken)\b/i;

/** Route abbreviations, in capitals only ("Given IV", "PO"): lower-case "in", "it", "id" are words. */
const ROUTE_ABBREVIATION = /\b(?:IV|PO|SC|SQ|IM|ID|IT|IN|QD|BID|TID|QID)\b/;

/** A description this long says something about the intervention; only shorter ones are checked for dose and schedule. */
const MAX_WORDS_WITHOUT_DOSE = 15;

export const interventionDescriptionInsufficient: RuleDefinition = {
  id: 'review/intervention-description-insufficient',
  title: 'Drug description lacks dose or schedule',
  defaultSeverity: 'information',
  basis: '§4, §6 (PRS Major comment)',
  confidence: 'verified',
  provenance:
    'ctgov-model.md §4 (Intervention Description definition) and §6. prs-review-criteria.md `review/intervention-description-insufficient` (✅ [DEF]: enough detail to distinguish it from similar interventions; for drugs dosage form, dose, frequency, duration; [VIERG] 51.9% complete). ' +
    'Heuristic, hence information.',
  reference: protocolDefinition('Intervention Description'),
  explanation: 'A drug, biological or dietary supplement is described with its dose, form, route or schedule.',
  documentation:
    'ClinicalTrials.gov asks for enough detail to tell an intervention apart from similar ones: for a drug, its dosage form, dose, frequency and duration. ' +
    'The check flags drug, biological and dietary-supplement interventions whose description is missing, only repeats the name, ' +
    'or is a short text with neither a dose (a number with a unit) nor any frequency or route ("twice daily", "orally", "Given IV"). Placebo, vehicle and sham, and the exposures of observational studies, are not checked. ' +
    'A good description: "Metformin 500 mg tablets taken orally twice daily for 12 weeks." ' +
    'Fix: add the dose, form, route and schedule to `description`.',
  check(context) {
    // Observational studies record exposures, not a regimen they assign.
    if (context.studyType === 'OBSERVATIONAL') return [];
    const findings: RuleFinding[] = [];
    for (const [pointer, intervention] of items(context, `${ARMS}/interventions`)) {
      const type = fieldText(intervention, 'type');
      if (type === undefined || !DOSED_TYPES.has(type)) continue;
      const name = fieldText(intervention, 'name') ?? '';
      const description = scanned(fieldText(intervention, 'description') ?? '');
      if (INACTIVE.test(name) || INACTIVE.test(description)) continue;
      const called = name.trim() ? code(name.trim()) : 'This intervention';
      let problem: string | undefined;
      if (description.trim() === '') problem = `${called} has no description.`;
      else if (sameWords(description, name)) problem = `The description of ${called} only repeats its name.`;
      else if (
        wordCount(description) < MAX_WORDS_WITHOUT_DOSE &&
        !DOSE.test(description) &&
        !FREQUENCY_OR_ROUTE.test(description) &&
        !ROUTE_ABBREVIATION.test(description)
      )
        problem = `The description of ${called} appears to give no dose, route or schedule.`;
      if (problem === undefined) continue;
      findings.push({
        pointer: description.trim() === '' ? `${pointer}/name` : `${pointer}/description`,
        target: 'value',
        message: `${problem} Say what participants receive: dose, form, route, frequency and duration (e.g. "500 mg tablet orally twice daily for 12 weeks").`,
      });
    }
    return findings;
  },
};
