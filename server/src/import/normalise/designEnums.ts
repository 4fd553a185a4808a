import { enumValueAt } from './enumValue';

// One normaliser per enum-valued field the readers meet: the schema's values and labels, and the legacy
// labels and other registries' words of the shared spellings table (service/normalise/spellings.ts).

export const normaliseOverallStatus = (text: string | undefined): string | undefined =>
  enumValueAt(['statusModule', 'overallStatus'], text);

/**
 * A sentence that only states the status: `This study has been terminated.`, `This trial is active,
 * not recruiting.`, `This study is currently recruiting participants.` → the status.
 */
export function statusOfSentence(text: string | undefined): string | undefined {
  const match = /^This (?:study|trial) (?:has been|is|was)(?: currently)? (.+?)(?: participants)?\.?$/i.exec(text?.trim() ?? '');
  return match ? normaliseOverallStatus(match[1]) : undefined;
}

export const normaliseStudyType = (text: string | undefined): string | undefined =>
  enumValueAt(['designModule', 'studyType'], text?.replace(/\s+stud(?:y|ies)$/i, ''));

export const normaliseSex = (text: string | undefined): string | undefined => enumValueAt(['eligibilityModule', 'sex'], text);

export const normaliseAllocation = (text: string | undefined): string | undefined =>
  enumValueAt(['designModule', 'designInfo', 'allocation'], text);

export const normaliseInterventionModel = (text: string | undefined): string | undefined =>
  enumValueAt(['designModule', 'designInfo', 'interventionModel'], text);

export const normalisePrimaryPurpose = (text: string | undefined): string | undefined =>
  enumValueAt(['designModule', 'designInfo', 'primaryPurpose'], text);

export const normaliseArmGroupType = (text: string | undefined): string | undefined =>
  enumValueAt(['armsInterventionsModule', 'armGroups', '0', 'type'], text);

export const normaliseInterventionType = (text: string | undefined): string | undefined =>
  enumValueAt(['armsInterventionsModule', 'interventions', '0', 'type'], text?.replace(/:$/, ''));
