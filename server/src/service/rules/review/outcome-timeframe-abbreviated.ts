import type { RuleDefinition, RuleFinding } from '../ruleTypes';
import { checkable, OUTCOME_REFERENCE, outcomeName, quote, readOutcomes } from './outcomeHelpers';

interface Abbreviation {
  /** Finds the abbreviation; each starts after a look-behind that keeps it from starting inside a word or number. */
  readonly pattern: RegExp;
  /** The unit spelled out: when the field already spells it, the abbreviation is explained there. */
  readonly spelled: RegExp;
  /** Only the week abbreviations have one certain spelling; the others are reported without a fix. */
  readonly certain: boolean;
}

/** Enough abbreviations to report; a field with more is not looked at further (keeps the overlap check short). */
const MAX_REPORTED = 40;

const WEEK_SPELLED = /\bweeks?\b/i;
/** `16W`, `12 wks`, `12wk`. */
const WEEKS_AFTER_NUMBER = /(?<![\w.])(\d+(?:\.\d+)?)\s?(wks?|w)(?![a-z])/gi;
/** `W12`, `Wk 12`, `wks 4`. */
const WEEK_BEFORE_NUMBER = /(?<![a-z\d])(wks?|w)\s?(\d+)(?![a-z\d])/gi;
/** `wk`, `wks` anywhere else. */
const WEEK_WORD = /(?<![a-z])(wks?)(?![a-z])/gi;

const ABBREVIATIONS: readonly Abbreviation[] = [
  { pattern: WEEKS_AFTER_NUMBER, spelled: WEEK_SPELLED, certain: true },
  { pattern: WEEK_BEFORE_NUMBER, spelled: WEEK_SPELLED, certain: true },
  { pattern: WEEK_WORD, spelled: WEEK_SPELLED, certain: true },
  { pattern: /(?<![a-z\d])C\d+\s?D\d+(?![a-z\d])/gi, spelled: /\bcycles?\b/i, certain: false },
  { pattern: /(?<![a-z\d])D\d+(?![a-z\d])/gi, spelled: /\bdays?\b/i, certain: false },
  { pattern: /(?<![A-Za-z\d])M\d+(?![a-z\d])/g, spelled: /\bmonths?\b/i, certain: false },
  { pattern: /(?<=\d)\s?mos?(?![a-z])/gi, spelled: /\bmonths?\b/i, certain: false },
  { pattern: /(?<![a-z])yrs?(?![a-z])/gi, spelled: /\byears?\b/i, certain: false },
  { pattern: /(?<=\d)\s?(?:hrs?|h)(?![a-z])/gi, spelled: /\bhours?\b/i, certain: false },
];

/** `W` → `Week`, `w` → `week`, `WK` → `Week`: keep the author's capital. */
function weekWord(original: string, plural: boolean): string {
  const word = plural ? 'weeks' : 'week';
  return original[0] === original[0].toUpperCase() ? word[0].toUpperCase() + word.slice(1) : word;
}

/** The time frame with its week abbreviations spelled out: `W12` → `Week 12`, `16W` → `16 weeks`, `wks` → `weeks`. */
function spellWeeks(timeFrame: string): string {
  return timeFrame
    .replace(WEEKS_AFTER_NUMBER, (_match, number: string) => `${number} ${Number(number) === 1 ? 'week' : 'weeks'}`)
    .replace(WEEK_BEFORE_NUMBER, (_match, word: string, number: string) => `${weekWord(word, false)} ${number}`)
    .replace(WEEK_WORD, (word: string) => weekWord(word, word.toLowerCase() === 'wks').toLowerCase());
}

export const outcomeTimeFrameAbbreviated: RuleDefinition = {
  id: 'review/outcome-timeframe-abbreviated',
  title: 'Outcome time frame abbreviates its units',
  defaultSeverity: 'information',
  basis: 'R30, PRS Advisory comment',
  confidence: 'secondary',
  provenance:
    'R30 (free-text lint: specific outcome measures, no duplicates) of the reference notes; prs-review-criteria.md "Outcome measures": reviewers ask for "16 Weeks", not "16W" (advisory; CU-CHK, ◑). Regex, so information. ' +
    'Only the week abbreviations get a quick fix: their spelling is certain; `M6` or `6 mo` are left to the author.',
  reference: OUTCOME_REFERENCE,
  explanation: 'Outcome time frames spell out their units (`16 weeks`, `Day 28`), not `16W`, `W12`, `wks`, `D28`, `M6`, `hr` or `C1D1`.',
  documentation:
    'Time frames are read by the public, so reviewers ask for units in words: `16 weeks` rather than `16W`, `Week 12` rather than `W12`, `Day 28` rather than `D28`, ' +
    '`Cycle 1 Day 1` rather than `C1D1`. An abbreviation the field itself spells out elsewhere is fine. ' +
    'Fix: write the units in full; for weeks the quick fix does it.',
  check(context) {
    const findings: RuleFinding[] = [];
    for (const outcome of readOutcomes(context)) {
      const timeFrame = outcome.timeFrame;
      if (!checkable(timeFrame)) continue;
      const found: string[] = [];
      const taken: Array<readonly [number, number]> = [];
      let allCertain = true;
      for (const abbreviation of ABBREVIATIONS) {
        if (abbreviation.spelled.test(timeFrame)) continue;
        for (const match of timeFrame.matchAll(abbreviation.pattern)) {
          const start = match.index;
          const end = start + match[0].length;
          // `wks` inside `12 wks` was already found as part of it.
          if (taken.some(([from, to]) => start < to && end > from)) continue;
          taken.push([start, end]);
          if (taken.length > MAX_REPORTED) break;
          const text = match[0].trim();
          if (!found.includes(text)) found.push(text);
          allCertain &&= abbreviation.certain;
        }
      }
      if (found.length === 0) continue;
      // A field with dozens of abbreviations was not typed by hand: report it, fix nothing.
      const spelled = allCertain && taken.length <= MAX_REPORTED ? spellWeeks(timeFrame) : undefined;
      const shown = found.slice(0, 3).map((text) => `\`${text}\``);
      findings.push({
        pointer: `${outcome.pointer}/timeFrame`,
        target: 'value',
        message:
          `The time frame ${quote(timeFrame)} of ${outcomeName(outcome)} appears to abbreviate its units (${shown.join(', ')}${found.length > 3 ? ', …' : ''}). ` +
          (spelled !== undefined && spelled !== timeFrame
            ? `Spell them out: ${quote(spelled)}.`
            : 'Spell them out, for example `16 weeks` rather than `16W`, `Day 28` rather than `D28`.'),
        fix:
          spelled !== undefined && spelled !== timeFrame
            ? { kind: 'replace-value', valuePointer: `${outcome.pointer}/timeFrame`, replacement: spelled }
            : undefined,
      });
    }
    return findings;
  },
};
