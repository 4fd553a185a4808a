// Format Document and Format Selection for JSON records: jsonc-parser's formatter, as VS Code's own
// JSON support uses it. It changes only the white space between tokens, and only inside the range.
import { format, type Range as JsoncRange } from 'jsonc-parser';
import type { TextEdit } from '../fixes/textEdit';
import { offsetRange, type OffsetRange } from '../text/offsetRange';
import type { FormatOptions } from './formatOptions';

export function formatJsonEdits(text: string, options: FormatOptions, range?: OffsetRange): TextEdit[] {
  const jsoncRange: JsoncRange | undefined = range ? { offset: range.start, length: range.end - range.start } : undefined;
  const edits = format(text, jsoncRange, {
    tabSize: options.tabSize,
    insertSpaces: options.insertSpaces,
    eol: text.includes('\r\n') ? '\r\n' : '\n',
    // A final line break the file has stays (jsonc-parser would take it away unless asked to insert one).
    insertFinalNewline: options.insertFinalNewline === true || /\n\s*$/.test(text),
    keepLines: false,
  });
  return edits.map((edit) => ({ range: offsetRange(edit.offset, edit.offset + edit.length), newText: edit.content }));
}
