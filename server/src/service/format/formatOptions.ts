/** What the editor asks a formatter for (LSP `FormattingOptions`, the fields the record formatters read). */
export interface FormatOptions {
  /** Spaces per indentation level (YAML always indents with spaces). */
  readonly tabSize: number;
  /** JSON: indent with spaces rather than tabs. */
  readonly insertSpaces: boolean;
  /** End the file with a line break. */
  readonly insertFinalNewline?: boolean;
}
