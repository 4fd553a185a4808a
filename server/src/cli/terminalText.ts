// Text the CLI writes to a terminal. A record's keys and values, its messages and file names can hold
// any character; written raw, an escape sequence drives the terminal (clears it, retitles it) and a
// line break forges an extra diagnostic line. Every such value goes through `terminalSafe`, so one
// diagnostic is always one line and what is shown is what the file holds, spelled out.

/**
 * C0 controls (tab and line feed included), DEL, C1 controls, the Unicode line and paragraph
 * separators, and the bidirectional formatting marks that reorder how a line is displayed.
 */
// eslint-disable-next-line no-control-regex -- finding control characters is this pattern's purpose
const UNSAFE = /[\u0000-\u001f\u007f-\u009f\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g;

const NAMED_ESCAPES: Readonly<Record<string, string>> = { '\n': '\\n', '\r': '\\r', '\t': '\\t' };

/** `text` with each control character written as a visible escape: `\n`, `\x1b`, `\u2028`. */
export function terminalSafe(text: string): string {
  return text.replace(UNSAFE, (char) => NAMED_ESCAPES[char] ?? codeEscape(char.charCodeAt(0)));
}

function codeEscape(code: number): string {
  return code <= 0xff ? `\\x${code.toString(16).padStart(2, '0')}` : `\\u${code.toString(16).padStart(4, '0')}`;
}

/**
 * Tagged template for a line of CLI text: the literal parts are the CLI's own (they may end in a
 * line break), every interpolated value is passed through `terminalSafe`.
 */
export function terminalLine(literals: TemplateStringsArray, ...values: ReadonlyArray<string | number>): string {
  return literals.reduce((line, literal, index) => line + (index === 0 ? '' : terminalSafe(String(values[index - 1]))) + literal, '');
}
