// The contract between the lexicon engine and the items it reads. An item is one thing a page states
// under a label (WHO's "Public title", ClinicalTrials.gov's "Recruitment Status", a site's "Trial size"),
// and knows how its value lines become record fields.
import type { DateOptions } from '../normalise/dates';
import type { PageRecorder } from './pageRecorder';

/** The value the engine found for one label. */
export interface ItemValue {
  /** The label as the page writes it (trimmed, without its colon). */
  readonly label: string;
  readonly labelLine: number;
  /** The value lines' text, trimmed, joined by line breaks ('' when the label has no value). */
  readonly text: string;
  /** The lines the value came from (the label's own line too when the value is on it). */
  readonly lines: readonly number[];
  /** One entry per value line, for list items: `text` without list marks and emphasis, `raw` as written. */
  readonly entries: ReadonlyArray<{ readonly text: string; readonly raw: string; readonly line: number }>;
}

/** What an item needs besides its value. */
export interface ItemContext {
  readonly recorder: PageRecorder;
  readonly dates: DateOptions;
  /** A value cleaner of the site (ANZCTR appends its internal field numbers to values). */
  readonly clean: (text: string) => string;
}

/**
 * How many lines an item's value spans when its label stands alone on a line:
 * `one` the next non-empty line; `block` every line up to the next label or heading (blank lines do
 * not end it, and are left out of the value's text); `list` the same, one entry per line (a list
 * ends earlier, see `listEnd`); `none` no value (a heading).
 */
export type ItemShape = 'one' | 'block' | 'list' | 'none';

export interface Item {
  readonly shape: ItemShape;
  /**
   * For items whose value has a recognisable form (a status, a date, a number): whether a text is
   * one. The engine accepts `Label value` on one line, separated by a single space, only when the
   * item accepts the value (or the page writes most labels that way).
   */
  readonly accepts?: (text: string) => boolean;
  /**
   * For list items: the entries are names (conditions, sponsors, IDs), so the list ends before the first
   * line that cannot be one (a bare number, a sentence, a sub-heading): pages put unlabelled tiles after lists.
   */
  readonly names?: boolean;
  /** Keys that belong to this item's value when they start a line inside it (`Type:`, `Name:` in an intervention list). */
  readonly subLabels?: RegExp;
  /** Reads the value into the record through the recorder; returns whether it took it. */
  read(value: ItemValue, context: ItemContext): boolean;
}
