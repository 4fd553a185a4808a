// What a site's entry in the lexicon holds: data about the site's pages (how to recognise them, its own
// label spellings, its headings and boilerplate), read by the one engine in `readLabelledPage.ts`.
import type { DateOptions } from '../normalise/dates';
import type { ItemId } from './items';
import type { PageRecorder } from './pageRecorder';

/** A block the label engine cannot read line by line (a site's location list); given the lines under its heading. */
export type BlockReader = (lines: readonly number[], recorder: PageRecorder, pageLines: readonly string[]) => void;

/** Sections read together once the page is walked (a site's arms refer to its interventions section). */
export interface SectionsReader {
  /** Headings (bare text, lower case) whose lines are collected. */
  readonly headings: readonly string[];
  read(sections: ReadonlyMap<string, readonly number[]>, recorder: PageRecorder, pageLines: readonly string[]): void;
}

export interface SiteLexicon {
  /** Format id, as the report and the eval name it: `anzctr`, `ctgov-page`. */
  readonly id: string;
  /** For people: "ANZCTR trial page". */
  readonly label: string;
  /**
   * Lines (compared as bare text, case-insensitively) or patterns (tested on the whole text) that
   * mark the site's pages. The page is the site's when at least `minimumMarkers` are present.
   */
  readonly markers: ReadonlyArray<string | RegExp>;
  readonly minimumMarkers: number;
  /** The site's label spellings → items, over the shared lexicon (where the site means something else by a label). */
  readonly labels?: Readonly<Record<string, ItemId>>;
  /** Headings, navigation and boilerplate lines of the site: page furniture. */
  readonly furniture?: ReadonlyArray<string | RegExp>;
  /** Table headers written one cell per line (`Type`, `Measure`, `Description` …): their cells are no labels. */
  readonly tableHeaders?: ReadonlyArray<readonly string[]>;
  /** Lines that are not there for reading (CTRI's `Modification(s)` markers): skipped like blank lines, never a boundary. */
  readonly ignorable?: readonly RegExp[];
  /** How the site writes all-numeric dates. */
  readonly dates?: DateOptions;
  /** Cleans a value before it is read (ANZCTR appends internal field numbers). */
  readonly cleanValue?: (text: string) => string;
  /**
   * The study's title: the first text line of the page, or the first after a line matching `after`
   * (the site's header), never a label, furniture or boilerplate; or the first group of `pattern`
   * on the first line it matches (`Trial Outcomes & Findings for (title) (NCT …)`).
   */
  readonly title?: { readonly after?: RegExp; readonly pattern?: RegExp };
  /**
   * Unlabelled values whose form alone names the field (a status constant, a phase label, a study type,
   * `N participants`) are read where the site shows them as badges, anywhere outside labelled values.
   */
  readonly badges?: boolean | { readonly until: RegExp };
  /** Any short line ending with a colon is a label on this site, known or not (it ends the value before it). */
  readonly colonLabels?: boolean;
  /** Labels written as `Label value` on one line, separated by spaces, even when the value has no typed form. */
  readonly spaceLabels?: boolean;
  /** Blocks under a heading (a line's bare text, or a pattern for it) read by a reader of their own. */
  readonly blocks?: ReadonlyArray<{ readonly heading: string | RegExp; readonly read: BlockReader }>;
  readonly sections?: SectionsReader;
  /** Last corrections once the page is read (a site's date marks that mean nothing on a finished trial). */
  readonly finish?: (recorder: PageRecorder) => void;
}
