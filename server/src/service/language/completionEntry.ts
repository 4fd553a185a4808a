import type { OffsetRange } from '../text/offsetRange';

/** One completion proposal, transport-neutral (the LSP layer maps it to a CompletionItem). */
export interface CompletionEntry {
  readonly label: string;
  /** `reference`: the label of an arm or the `Type: Name` of an intervention defined in the record. */
  readonly kind: 'value' | 'property' | 'module' | 'reference';
  /** Replaces `replaceRange`. Multi-line texts carry their full indentation: insert them as they are. */
  readonly insertText: string;
  /** `insertText` is a snippet (`$1` marks where the cursor goes); only JSON properties use one. */
  readonly isSnippet: boolean;
  /**
   * What the editor matches the typed text (the range's text up to the cursor, leading blanks
   * skipped) against: the key, or an enum's value with its registry label and synonyms.
   */
  readonly filterText: string;
  readonly detail: string;
  /** Markdown. */
  readonly documentation: string;
  readonly replaceRange: OffsetRange;
  /** The inserted field has choices of its own (enum values, nested keys): ask for completions again. */
  readonly retrigger: boolean;
}

export interface CompletionResult {
  /** In the order to show them (with nothing typed yet). */
  readonly items: readonly CompletionEntry[];
  /** More items may match once something is typed: the editor should ask again as the user types. */
  readonly incomplete?: boolean;
}
