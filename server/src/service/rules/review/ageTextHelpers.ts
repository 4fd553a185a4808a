// Age limits written in eligibility text ("aged 18 to 65 years", "18 years or older", "age < 75"), read line by line
// with bounded patterns (no nested quantifiers), in years.

export interface AgeBound {
  readonly kind: 'minimum' | 'maximum';
  readonly years: number;
  /** "older than 17", "under 66": the limit itself is excluded. */
  readonly strict: boolean;
  /** The words the bound was read from. */
  readonly source: string;
}

/** A line about someone else's age, or an age at an event, not the participant's age now. */
const OTHER_AGE =
  /\b(?:parents?|caregivers?|carers?|guardians?|mothers?|fathers?|spouses?|partners?|siblings?|family|informants?|staff|nurses?|physicians?|clinicians?|providers?|teachers?|donors?|child(?:ren)?'s|offspring|diagnos\w*|onset|menarche|menopause|since|history|smok\w*|duration|within|last|past|ago|gestation\w*|gestational|born|pack|expectancy|survival|follow\w*|months?|weeks?|days?)\b/i;

const N = '(\\d{1,3})';
/** "nineteen (19) years": a number may close a parenthesis. */
const N_CLOSED = '(\\d{1,3})\\)?';
const S = '[ \\t]{0,3}';
const YEARS = '(?:years?|yrs?|y\\.?o\\.?)';
const OF_AGE = `(?:${S}old|[ \\t]{1,3}of age|-old)`;

/** Each pattern names the bounds its groups hold: `[min group, max group]` (0 = none) and whether they are strict. */
interface AgePattern {
  readonly pattern: RegExp;
  readonly minimumGroup: number;
  readonly maximumGroup: number;
  readonly strict: boolean;
}

const AGE_PATTERNS: readonly AgePattern[] = [
  // "aged 18 to 65", "ages 18-65 years", "age between 18 and 65"
  {
    pattern: new RegExp(
      `\\b(?:between[ \\t]{1,3}(?:the[ \\t]{1,3})?)?(?:aged?|ages)${S}(?:of[ \\t]{1,3})?(?:between[ \\t]{1,3})?${N}(?:${S}${YEARS})?${S}(?:-|–|to|and)${S}${N}\\b(?!${S}(?:months?|weeks?|days?))`,
      'gi',
    ),
    minimumGroup: 1,
    maximumGroup: 2,
    strict: false,
  },
  // "18-65 years old", "between 18 and 65 years of age"
  { pattern: new RegExp(`\\b${N}${S}(?:-|–|to|and)${S}${N}${S}${YEARS}${OF_AGE}`, 'gi'), minimumGroup: 1, maximumGroup: 2, strict: false },
  // "18 years or older", "18 years of age and above"
  {
    pattern: new RegExp(`\\b${N_CLOSED}${S}${YEARS}${OF_AGE}?${S}(?:or|and)[ \\t]{1,3}(?:older|over|above|greater)\\b`, 'gi'),
    minimumGroup: 1,
    maximumGroup: 0,
    strict: false,
  },
  // "age ≥ 18", "aged at least 18"
  {
    pattern: new RegExp(`\\b(?:aged?|ages)${S}(?:≥|>=|=>|at least|of at least|minimum(?: of)?)${S}${N}\\b`, 'gi'),
    minimumGroup: 1,
    maximumGroup: 0,
    strict: false,
  },
  // "age > 17", "aged over 17", "older than 17 years"
  {
    pattern: new RegExp(`\\b(?:aged?${S}(?:>|over|above|older than|greater than)|older than)${S}${N}\\b`, 'gi'),
    minimumGroup: 1,
    maximumGroup: 0,
    strict: true,
  },
  // "at least 18 years of age", "≥ 18 years old"
  { pattern: new RegExp(`(?:≥|>=|\\bat least)${S}${N}${S}${YEARS}${OF_AGE}`, 'gi'), minimumGroup: 1, maximumGroup: 0, strict: false },
  // a criterion that is only the bound: "≥ 18 years"
  { pattern: new RegExp(`^(?:≥|>=)${S}${N}${S}${YEARS}`, 'gi'), minimumGroup: 1, maximumGroup: 0, strict: false },
  // "age ≤ 75", "aged up to 75"
  {
    pattern: new RegExp(`\\b(?:aged?|ages)${S}(?:≤|<=|=<|up to|not older than|no older than|maximum(?: of)?)${S}${N}\\b`, 'gi'),
    minimumGroup: 0,
    maximumGroup: 1,
    strict: false,
  },
  // "age < 76", "aged under 76", "younger than 76"
  {
    pattern: new RegExp(`\\b(?:aged?${S}(?:<|under|below|younger than|less than)|younger than)${S}${N}\\b`, 'gi'),
    minimumGroup: 0,
    maximumGroup: 1,
    strict: true,
  },
  // "75 years or younger"
  {
    pattern: new RegExp(`\\b${N_CLOSED}${S}${YEARS}${OF_AGE}?${S}(?:or|and)[ \\t]{1,3}(?:younger|under|below|less)\\b`, 'gi'),
    minimumGroup: 0,
    maximumGroup: 1,
    strict: false,
  },
];

/** A range that may exclude its ends. */
const BETWEEN = /\bbetween\b/i;

/** Plausible human ages; anything else is a dose, a score or a year. */
const MAX_AGE = 120;

/** Every participant age bound in the lines (lines about other people's ages or ages at an event are skipped). */
export function readAgeBounds(lines: readonly string[]): AgeBound[] {
  const bounds: AgeBound[] = [];
  for (const line of lines) {
    if (OTHER_AGE.test(line)) continue;
    for (const { pattern, minimumGroup, maximumGroup, strict } of AGE_PATTERNS) {
      pattern.lastIndex = 0;
      for (let match = pattern.exec(line); match !== null; match = pattern.exec(line)) {
        const minimum = minimumGroup ? Number(match[minimumGroup]) : undefined;
        const maximum = maximumGroup ? Number(match[maximumGroup]) : undefined;
        if (minimum !== undefined && maximum !== undefined && !(minimum < maximum)) continue;
        if ((minimum ?? 0) > MAX_AGE || (maximum ?? 0) > MAX_AGE) continue;
        const source = match[0];
        // "between 18 and 65" is read both ways (18–65 inclusive, or 19–64), so it may be one year off.
        const loose = strict || BETWEEN.test(source);
        if (minimum !== undefined) bounds.push({ kind: 'minimum', years: minimum, strict: loose, source });
        if (maximum !== undefined) bounds.push({ kind: 'maximum', years: maximum, strict: loose, source });
      }
    }
  }
  return bounds;
}
