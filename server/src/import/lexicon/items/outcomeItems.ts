// Outcome lists, in the two forms pages write them with a reliable boundary between the parts:
//   `Measure [ Time Frame: … ]` with the description on the lines below (ClinicalTrials.gov), and
//   `Measure` / `time frame: …` on two lines (aggregators).
// Any other layout (cells joined by spaces) stays as comments: a split would be a guess.
import { presentValue } from '../../normalise/placeholder';
import type { Item } from '../itemTypes';

interface Outcome {
  measure: string;
  timeFrame?: string;
  description?: string;
}

const BRACKETED = /^(.+?)\s*\[\s*Time Frame:\s*(.+?)\s*\]\s*$/i;
const TIME_FRAME_LINE = /^time ?frame\s*:\s*(.+)$/i;

function outcomeList(field: 'primaryOutcomes' | 'secondaryOutcomes' | 'otherOutcomes'): Item {
  return {
    shape: 'list',
    read(value, context) {
      const outcomes: Array<{ outcome: Outcome; lines: number[]; bracketed: boolean }> = [];
      const strays: number[] = [];
      value.entries.forEach((entry, index) => {
        const text = entry.text.replace(/^[•·*-]\s*/, '').trim();
        const bracketed = BRACKETED.exec(text);
        const timeFrame = TIME_FRAME_LINE.exec(text);
        const previous = outcomes[outcomes.length - 1];
        const nextIsTimeFrame = TIME_FRAME_LINE.test(value.entries[index + 1]?.text.trim() ?? '');
        if (bracketed) {
          outcomes.push({ outcome: { measure: bracketed[1], timeFrame: bracketed[2] }, lines: [entry.line], bracketed: true });
        } else if (timeFrame && previous && !previous.bracketed && previous.outcome.timeFrame === undefined) {
          previous.outcome.timeFrame = timeFrame[1].trim();
          previous.lines.push(entry.line);
        } else if (!timeFrame && nextIsTimeFrame) {
          outcomes.push({ outcome: { measure: text }, lines: [entry.line], bracketed: false });
        } else if (!timeFrame && previous?.bracketed) {
          // The description under a bracketed measure, up to the next measure.
          const line = entry.raw.trim();
          previous.outcome.description = previous.outcome.description === undefined ? line : `${previous.outcome.description}\n${line}`;
          previous.lines.push(entry.line);
        } else strays.push(entry.line);
      });
      // A list of measures alone, one per line (WHO registries: `Primary outcomes` / `Eye axial length`).
      if (outcomes.length === 0 && value.entries.length > 0 && value.entries.length <= 30) {
        for (const entry of value.entries) {
          const measure = entry.text.replace(/^[•·*-]\s*/, '').trim();
          if (measure.length <= 300) outcomes.push({ outcome: { measure }, lines: [entry.line], bracketed: false });
          else strays.push(entry.line);
        }
        strays.splice(0, strays.length, ...strays.filter((line) => !outcomes.some((outcome) => outcome.lines.includes(line))));
      }
      let took = false;
      for (const { outcome, lines } of outcomes) {
        const measure = presentValue(outcome.measure);
        if (measure === undefined) continue;
        took = context.recorder.push(['outcomesModule', field], { ...outcome, measure }, lines, 'outcome') || took;
      }
      context.recorder.keep(strays, 'unreadable');
      return took;
    },
  };
}

export const OUTCOME_ITEMS = {
  primaryOutcomes: outcomeList('primaryOutcomes'),
  secondaryOutcomes: outcomeList('secondaryOutcomes'),
  otherOutcomes: outcomeList('otherOutcomes'),
} as const;
