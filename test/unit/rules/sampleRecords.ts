// Records several rules' tests start from (each test changes one thing in them).
import { yaml } from './ruleTestKit';

/** A complete interventional design. */
export const interventional = yaml(
  'designModule:',
  '  studyType: INTERVENTIONAL',
  '  phases: [PHASE2]',
  '  designInfo:',
  '    allocation: RANDOMIZED',
  '    interventionModel: PARALLEL',
  '    primaryPurpose: TREATMENT',
  '    maskingInfo:',
  '      masking: NONE',
  '  enrollmentInfo:',
  '    count: 40',
  '    type: ESTIMATED',
);

/** A complete observational design. */
export const observational = yaml(
  'designModule:',
  '  studyType: OBSERVATIONAL',
  '  designInfo:',
  '    observationalModel: COHORT',
  '    timePerspective: PROSPECTIVE',
  'eligibilityModule:',
  '  sex: ALL',
  '  studyPopulation: Adults attending the clinic',
  '  samplingMethod: NON_PROBABILITY_SAMPLE',
);

/** Two arms and two interventions, linked both ways. */
export const arms = yaml(
  'designModule:',
  '  studyType: INTERVENTIONAL',
  '  designInfo:',
  '    allocation: RANDOMIZED',
  '    interventionModel: PARALLEL',
  'armsInterventionsModule:',
  '  armGroups:',
  '    - label: Aspirin arm',
  '      type: EXPERIMENTAL',
  '      interventionNames: ["Drug: Aspirin"]',
  '    - label: Placebo arm',
  '      type: PLACEBO_COMPARATOR',
  '      interventionNames: ["Drug: Placebo"]',
  '  interventions:',
  '    - type: DRUG',
  '      name: Aspirin',
  '      armGroupLabels: [Aspirin arm]',
  '    - type: DRUG',
  '      name: Placebo',
  '      armGroupLabels: [Placebo arm]',
);

/** A status module; TODAY in the kit is 2025-06-15. */
export function status(
  overallStatus: string,
  extra: string[] = [],
  dates: [string, string, string] = ['2023-01-10', '2024-06', '2024-12'],
  types: [string, string, string] = ['ACTUAL', 'ACTUAL', 'ACTUAL'],
): string {
  return yaml(
    'statusModule:',
    '  statusVerifiedDate: 2025-05',
    `  overallStatus: ${overallStatus}`,
    ...extra,
    '  startDateStruct:',
    `    date: "${dates[0]}"`,
    `    type: ${types[0]}`,
    '  primaryCompletionDateStruct:',
    `    date: "${dates[1]}"`,
    `    type: ${types[1]}`,
    '  completionDateStruct:',
    `    date: "${dates[2]}"`,
    `    type: ${types[2]}`,
  );
}

/** A design module with an enrollment. */
export const enrollment = (count: number, type: string) =>
  yaml('designModule:', '  studyType: INTERVENTIONAL', '  enrollmentInfo:', `    count: ${count}`, `    type: ${type}`);
