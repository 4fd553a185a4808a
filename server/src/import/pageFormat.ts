// The contract between the import pipeline (detect -> read -> normalise -> emit) and the
// per-format readers. One reader per file in this folder; normalisation helpers in `normalise/`.

/** A registry page or record file, split once into lines (line endings removed, text otherwise untouched). */
export interface PageText {
  /** The text as given (after HTML was reduced to text, if it was HTML). */
  readonly text: string;
  readonly lines: readonly string[];
}

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
  /** Things a curator should check ("two different start dates; kept the first"). */
  readonly warnings: readonly string[];
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
