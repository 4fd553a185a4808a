/**
 * The one table of written spellings the normalisers accept, beside the API's own values and the schema's
 * labels. The importer and the quick fixes read from here alone, so a spelling one of them accepts the other
 * accepts too. Matching is case-insensitive throughout.
 */

/** Month names; any abbreviation of at least three letters is read too (`Mar`, `Sept`, `Febr.`). */
export const MONTH_NAMES: readonly string[] = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];

/** The API's time units (NormalizedTime, singular) and how they are written. */
export type DurationUnit = 'Year' | 'Month' | 'Week' | 'Day' | 'Hour' | 'Minute';

export const DURATION_UNIT_SPELLINGS: Readonly<Record<DurationUnit, readonly string[]>> = {
  Year: ['year', 'years', 'yr', 'yrs', 'y'],
  Month: ['month', 'months', 'mo', 'mos', 'mth', 'mths'],
  Week: ['week', 'weeks', 'wk', 'wks', 'w'],
  Day: ['day', 'days', 'd'],
  Hour: ['hour', 'hours', 'hr', 'hrs', 'h'],
  Minute: ['minute', 'minutes', 'min', 'mins'],
};

/** Written instead of an age or duration when there is none: the registry wants the field left out. */
export const NO_LIMIT_PHRASES: readonly string[] = [
  'N/A',
  'NA',
  'None',
  'No limit',
  'Not applicable',
  ...['minimum', 'maximum', 'min', 'max'].flatMap((bound) => ['', ' age', ' limit', ' age limit'].map((tail) => `No ${bound}${tail}`)),
];

export const BOOLEAN_SPELLINGS: Readonly<Record<string, boolean>> = { true: true, yes: true, y: true, false: false, no: false, n: false };

/**
 * Legacy labels (the old ClinicalTrials.gov site and XML) and other registries' words that mean exactly one API
 * value. Each group belongs to the enum that holds all of its values. Words that could mean several values
 * (`Ongoing`, `Active`, `Not recruiting`, `Pending`) are not here: absent beats wrong.
 */
export const LEGACY_ENUM_LABELS: ReadonlyArray<Readonly<Record<string, string>>> = [
  // overallStatus
  {
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
  },
  // studyType
  { 'Observational [Patient Registry]': 'OBSERVATIONAL', 'Expanded access': 'EXPANDED_ACCESS' },
  // sex
  { Both: 'ALL', 'Male and female': 'ALL', Men: 'MALE', Women: 'FEMALE' },
  // allocation
  { Randomised: 'RANDOMIZED', 'Non-randomised': 'NON_RANDOMIZED', 'Non-Randomized': 'NON_RANDOMIZED' },
  // interventionModel
  {
    'Single group': 'SINGLE_GROUP',
    'Single Group Assignment': 'SINGLE_GROUP',
    'Parallel Assignment': 'PARALLEL',
    'Crossover Assignment': 'CROSSOVER',
    'Factorial Assignment': 'FACTORIAL',
    'Sequential Assignment': 'SEQUENTIAL',
  },
  // armGroups.type
  { Experimental: 'EXPERIMENTAL', 'Placebo Comparator': 'PLACEBO_COMPARATOR', 'Active Comparator': 'ACTIVE_COMPARATOR' },
  // masking
  {
    'Open label': 'NONE',
    Open: 'NONE',
    'Single blind': 'SINGLE',
    'Double blind': 'DOUBLE',
    'Triple blind': 'TRIPLE',
    'Quadruple blind': 'QUADRUPLE',
  },
  // whoMasked
  { Subject: 'PARTICIPANT', Caregiver: 'CARE_PROVIDER', 'Outcome Assessor': 'OUTCOMES_ASSESSOR', 'Outcomes Assessor': 'OUTCOMES_ASSESSOR' },
  // phases: the old "no phase" label
  { 'None (Not applicable)': 'NA' },
];

/** Roman numerals as pages write phase numbers (`Phase II/III`); `Ⅱ` and the like read as these. */
export const ROMAN_NUMERALS: Readonly<Record<string, number>> = { I: 1, II: 2, III: 3, IV: 4 };

/** Labels whose number may be written in Roman numerals: `Phase II` is `Phase 2`. */
export const NUMBERED_LABELS: readonly string[] = ['Phase'];
