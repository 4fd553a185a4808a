// How the results review criteria read a measure's unit of measure and title: counts of participants, percentages of
// participants, time-to-event titles, time-per-day units. Units and titles are short, but every pattern is anchored
// or word-bounded and has no nested quantifiers, so a pasted paragraph cannot make them slow.

/** Who a count of people counts, as units and titles name them. */
const PEOPLE = String.raw`(?:participants?|subjects?|patients?|people|persons?|individuals?|children|child|infants?|neonates?|adults?|adolescents?|women|men|volunteers?|respondents?|cases)`;

const PERCENT = /%|\bper\s?cent(?:age)?s?\b/i;
const PEOPLE_WORD = new RegExp(String.raw`\b${PEOPLE}\b`, 'i');
/** A percent unit that measures a change or another quantity, not a share of participants. */
const PERCENT_OF_SOMETHING_ELSE = /\bchange\b|\bdifference\b/i;

/** "Number of participants with …", "Total number of patients who …", "Count of subjects …". */
export const NUMBER_OF_PARTICIPANTS_TITLE = new RegExp(
  String.raw`^\s*(?:the\s+)?(?:total\s+)?(?:number|count|no\.)\s+of\s+${PEOPLE}\b`,
  'i',
);
/** "Percentage of participants with …", "Percent of patients …", "% of subjects …". */
export const PERCENT_OF_PARTICIPANTS_TITLE = new RegExp(String.raw`^\s*(?:the\s+)?(?:percentage|percent|%)\s+of\s+${PEOPLE}\b`, 'i');
/** "Time to …", "Median time to …": a time-to-event measure, whose unit is a time. */
export const TIME_TO_TITLE = /^\s*(?:median\s+|mean\s+|overall\s+)?time\s+to\b/i;

/** A percent unit: `%`, `percent`, `percentage of participants`, `percent change`. */
export function isPercentUnit(unit: string): boolean {
  return PERCENT.test(unit);
}

/** A unit that counts people: `Participants`, `patients`, `number of subjects`; not a percentage of them. */
export function isParticipantUnit(unit: string): boolean {
  return PEOPLE_WORD.test(unit) && !isPercentUnit(unit);
}

/**
 * The measure reports a share of participants in percent: a percent unit that names people (`percentage of
 * participants`), or a bare percent unit (`%`) under a "Percentage of participants…" title. `percent change` and
 * percentages of something else (`% body mass`, `Percentage of BSA`) are not.
 */
export function isPercentOfParticipants(unit: string, title: string | undefined): boolean {
  if (!isPercentUnit(unit) || PERCENT_OF_SOMETHING_ELSE.test(unit)) return false;
  if (PEOPLE_WORD.test(unit)) return true;
  return /^\s*(?:%|percent(?:age)?(?:\s+of\s+(?:total\s+)?)?)\s*$/i.test(unit) && PERCENT_OF_PARTICIPANTS_TITLE.test(title ?? '');
}

/** The longest a unit can run per day, for units of time per day: `hours per day` 24, `minutes/day` 1440. */
export function maximumPerDay(unit: string): { readonly limit: number; readonly name: string } | undefined {
  if (/\b(?:hours?|hrs?|h)\s*(?:\/|per|a|each)\s*(?:day|d|24\s*h(?:ours?)?)\b/i.test(unit)) return { limit: 24, name: 'hours' };
  if (/\b(?:minutes?|mins?)\s*(?:\/|per|a|each)\s*(?:day|d)\b/i.test(unit)) return { limit: 1440, name: 'minutes' };
  return undefined;
}
