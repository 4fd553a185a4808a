// Small builders the item definitions share: a text field, an enum field, a date field.
import { normaliseDate } from '../../normalise/dates';
import { presentValue } from '../../normalise/placeholder';
import type { Item, ItemContext, ItemValue } from '../itemTypes';
import type { FieldPath } from '../pageRecorder';

/** The value with the site's cleaner applied and placeholders removed; undefined when nothing is left. */
export function valueText(value: ItemValue, context: ItemContext): string | undefined {
  return presentValue(context.clean(value.text));
}

/**
 * Calls `take` for each entry of a list value that is not a placeholder (with the site's cleaner
 * applied); returns whether any entry was taken.
 */
export function takeEntries(value: ItemValue, context: ItemContext, take: (text: string, line: number) => boolean): boolean {
  let took = false;
  for (const entry of value.entries) {
    const text = presentValue(context.clean(entry.text));
    if (text !== undefined) took = take(text, entry.line) || took;
  }
  return took;
}

/** A free-text field: the value as written (lines kept), or nothing for a placeholder. */
export function textItem(path: FieldPath, shape: 'one' | 'block' = 'one', maxLength?: number): Item {
  return {
    shape,
    read(value, context) {
      const text = valueText(value, context);
      if (text === undefined || (maxLength !== undefined && text.length > maxLength)) return false;
      return context.recorder.set(path, text, value.lines);
    },
  };
}

/** An enum field: the value must name exactly one API value. */
export function enumItem(path: FieldPath, normalise: (text: string) => string | undefined): Item {
  return {
    shape: 'one',
    accepts: (text) => normalise(text) !== undefined,
    read(value, context) {
      const text = valueText(value, context);
      return text !== undefined && context.recorder.set(path, normalise(text), value.lines);
    },
  };
}

/** Words of a label or value that give a date's type. */
export function dateTypeOf(words: string): 'ACTUAL' | 'ESTIMATED' | undefined {
  if (/\bactual\b/i.test(words)) return 'ACTUAL';
  if (/\b(?:estimated|anticipated|expected|est\.?)(?=\s|$|\))/i.test(words)) return 'ESTIMATED';
  return undefined;
}

/**
 * A date field. `struct` fields (`startDateStruct`) take `{ date, type? }`, the type from the label's
 * words or the value's (`Actual Study Start Date`, `2019-06 (Actual)`); plain ones take the date string.
 */
export function dateItem(path: FieldPath, form: 'struct' | 'plain' | 'struct-untyped'): Item {
  return {
    shape: 'one',
    accepts: (text) => normaliseDate(firstDateOf(text)) !== undefined,
    read(value, context) {
      const text = valueText(value, context);
      const reading = text === undefined ? undefined : normaliseDate(firstDateOf(text), context.dates);
      if (!reading) return false;
      if (form === 'plain') return context.recorder.set(path, reading.date, value.lines);
      const type = form === 'struct' ? (reading.type ?? dateTypeOf(value.label)) : undefined;
      return context.recorder.set(path, { date: reading.date, ...(type ? { type } : {}) }, value.lines);
    },
  };
}

/** The date at the start of a value that goes on (`November 8, 2021   (Final data collection date…)`). */
function firstDateOf(text: string): string {
  return text
    .replace(/\s{2,}\(.*\)$/, '')
    .replace(/\s+\((?:final|data)[^)]*\)$/i, '')
    .trim();
}

/** A known label whose value has no place in a ClinicalTrials.gov record: its lines stay, saying so. */
export const noFieldItem: Item = {
  shape: 'block',
  read: (value, context) => {
    context.recorder.keep(value.lines, 'no-field');
    return false;
  },
};

/** A heading: the page's own furniture, with no value of its own. */
export const headingItem: Item = {
  shape: 'none',
  read: () => false,
};
