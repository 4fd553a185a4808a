import { enumValueAt } from './enumValue';

// One normaliser per enum-valued field the readers meet; the tables are the schema's own
// values and labels, plus the few page spellings the schema does not know.

/**
 * Status words of other registries and aggregators that mean exactly one ClinicalTrials.gov status.
 * Words that could mean several (`Ongoing`, `Active`, `Not recruiting`, `Pending`, `Authorised…`) are
 * not here: absent beats wrong.
 */
const REGISTRY_STATUS_WORDS: Readonly<Record<string, string>> = {
  'No longer recruiting': 'ACTIVE_NOT_RECRUITING',
  'Active, not recruiting': 'ACTIVE_NOT_RECRUITING',
  'Active - not recruiting': 'ACTIVE_NOT_RECRUITING',
  'Open public recruiting': 'RECRUITING',
  'Active - Recruiting': 'RECRUITING',
  'Recruiting, open': 'RECRUITING',
  'Not yet enrolling': 'NOT_YET_RECRUITING',
  'Not yet open': 'NOT_YET_RECRUITING',
  Complete: 'COMPLETED',
  'Prematurely ended': 'TERMINATED',
  'Stopped early': 'TERMINATED',
  Unknown: 'UNKNOWN',
};

export const normaliseOverallStatus = (text: string | undefined): string | undefined =>
  enumValueAt(['statusModule', 'overallStatus'], text, REGISTRY_STATUS_WORDS);

/**
 * A sentence that only states the status: `This study has been terminated.`, `This trial is active,
 * not recruiting.`, `This study is currently recruiting participants.` → the status.
 */
export function statusOfSentence(text: string | undefined): string | undefined {
  const match = /^This (?:study|trial) (?:has been|is|was)(?: currently)? (.+?)(?: participants)?\.?$/i.exec(text?.trim() ?? '');
  return match ? normaliseOverallStatus(match[1]) : undefined;
}

export const normaliseStudyType = (text: string | undefined): string | undefined =>
  enumValueAt(['designModule', 'studyType'], text?.replace(/\s+stud(?:y|ies)$/i, ''), { 'Observational [Patient Registry]': 'OBSERVATIONAL', 'Expanded access': 'EXPANDED_ACCESS' });

export const normaliseSex = (text: string | undefined): string | undefined =>
  enumValueAt(['eligibilityModule', 'sex'], text, { Both: 'ALL', 'Male and female': 'ALL', Men: 'MALE', Women: 'FEMALE' });

export const normaliseAllocation = (text: string | undefined): string | undefined =>
  enumValueAt(['designModule', 'designInfo', 'allocation'], text, { Randomised: 'RANDOMIZED', 'Non-randomised': 'NON_RANDOMIZED', 'Non-Randomized': 'NON_RANDOMIZED' });

export const normaliseInterventionModel = (text: string | undefined): string | undefined =>
  enumValueAt(['designModule', 'designInfo', 'interventionModel'], text, { 'Single group': 'SINGLE_GROUP', 'Single Group Assignment': 'SINGLE_GROUP', 'Parallel Assignment': 'PARALLEL', 'Crossover Assignment': 'CROSSOVER', 'Factorial Assignment': 'FACTORIAL', 'Sequential Assignment': 'SEQUENTIAL' });

export const normalisePrimaryPurpose = (text: string | undefined): string | undefined =>
  enumValueAt(['designModule', 'designInfo', 'primaryPurpose'], text);

export const normaliseArmGroupType = (text: string | undefined): string | undefined =>
  enumValueAt(['armsInterventionsModule', 'armGroups', '0', 'type'], text, { Experimental: 'EXPERIMENTAL', 'Placebo Comparator': 'PLACEBO_COMPARATOR', 'Active Comparator': 'ACTIVE_COMPARATOR' });

export const normaliseInterventionType = (text: string | undefined): string | undefined =>
  enumValueAt(['armsInterventionsModule', 'interventions', '0', 'type'], text?.replace(/:$/, ''));
