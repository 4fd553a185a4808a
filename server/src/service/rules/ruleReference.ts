import type { RuleReference } from './ruleTypes';

/**
 * ClinicalTrials.gov's "Protocol Registration Data Element Definitions", the public page that defines
 * every registration field. The reference notes cite no per-element anchors on it, so links go to the page
 * and name the elements to look for there.
 */
export const PROTOCOL_DEFINITIONS_URL = 'https://clinicaltrials.gov/policy/protocol-definitions';

/** A link to the definitions page for the named data element(s), spelled as the page spells them. */
export function protocolDefinition(elements: string): RuleReference {
  return { title: elements, url: PROTOCOL_DEFINITIONS_URL };
}

/** ClinicalTrials.gov's "Results Data Element Definitions": the public page that defines every results field. */
export const RESULTS_DEFINITIONS_URL = 'https://clinicaltrials.gov/policy/results-definitions';

/** A link to the results definitions page for the named data element(s), spelled as the page spells them. */
export function resultsDefinition(elements: string): RuleReference {
  return { title: elements, url: RESULTS_DEFINITIONS_URL };
}
