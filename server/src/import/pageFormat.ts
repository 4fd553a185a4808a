// The contract between the import pipeline (detect -> read -> normalise -> emit) and the readers:
// structured formats in `formats/`, labelled pages through the lexicon engine in `lexicon/`.

/** A registry page or record file, split once into lines (line endings removed, text otherwise untouched). */
export interface PageText {
  /** The text as given (after HTML was reduced to text, if it was HTML). */
  readonly text: string;
  readonly lines: readonly string[];
}

/** Why a line of the page stays as a comment instead of going into a field. */
export type KeptReason =
  /** A label the readers do not know, or the value under it. */
  | 'unknown-label'
  /** A label the readers know, for which a ClinicalTrials.gov record has no field. */
  | 'no-field'
  /** A value that means "nothing" (`Not available`, `N/A`, `1969-12-31`, enrollment `0`). */
  | 'placeholder'
  /** The page gives two different values for one field. */
  | 'conflict'
  /** An anticipated date or count the page also gives as actual (the actual one is in the record). */
  | 'superseded'
  /** The value runs into the end of a text that stops mid-word or mid-sentence. */
  | 'cut-off'
  /** Another trial's ID or title (related trials, "see also"). */
  | 'other-trial'
  /** A value the reader could not read into the field's form (an unknown status, an odd date). */
  | 'unreadable'
  /** Part of the line went into a field; the rest could not be read with certainty. */
  | 'partly-read'
  /** The same value in another language, on a bilingual page. */
  | 'other-language'
  /** Text no reader recognised. */
  | 'not-recognised';

/** What a reader got out of a page. */
export interface PageReading {
  /**
   * A `protocolSection`-shaped object with API field names and API enum values
   * (already normalised). Only facts the page states: absent beats wrong.
   */
  readonly record: Record<string, unknown>;
  /**
   * Indexes (0-based, into `PageText.lines`) of the lines that are accounted for: they
   * contributed to a field, or are the page's own furniture (a field label, a section heading)
   * whose information is carried by the record's structure. Every other non-empty line is kept
   * verbatim as a comment at the end of the emitted record.
   */
  readonly usedLines: ReadonlySet<number>;
  /**
   * Why each kept line was not taken, where the reader knows (readers built on `lexicon/PageRecorder`
   * always do). A kept line without an entry was not recognised.
   */
  readonly keptReasons?: ReadonlyMap<number, KeptReason>;
  /** Things a curator should check ("two different start dates; kept the first"). */
  readonly warnings: readonly string[];
  /**
   * The sections of a whole API study besides the protocol that an author writes (`resultsSection`, …), when the
   * input has any: the record is then written as the whole study object (`protocolSection:` and these).
   */
  readonly studySections?: Readonly<Record<string, unknown>>;
}

export interface PageFormat {
  /** Stable id: `medpath`, `ignite`, `meddatax`, `inclinicaltrials`, `ctgov-json`, `ctgov-xml`, `generic`. */
  readonly id: string;
  /** For people: "MedPath study page". */
  readonly label: string;
  /**
   * A fallback reader (the generic "Label: value" one) is asked only when no other reader claims
   * the page: its low score could never win, and its detection scans every line.
   */
  readonly fallback?: boolean;
  /** How sure this reader is that the text is its format, from 0 (not at all) to 1 (certain); the highest score wins. */
  detect(page: PageText): number;
  /** Never throws on bad input: reads what it can. */
  read(page: PageText): PageReading;
  /**
   * Optional, for inputs that hold several records (an API search response): one reading per
   * record, the first being what `read` returns. Without it the input is one record.
   */
  readAll?(page: PageText): PageReading[];
}
