// The one problem a record gets when the size guards (parseGuards.ts) refuse it: which limit it passed, and where.
import { LineIndex } from '../text/lineIndex';
import { offsetRange } from '../text/offsetRange';
import type { ParsedRecord, SyntaxProblem } from './parsedRecord';
import { LONGEST_RECORD_FIELD, MAX_RECORD_CHARS, MAX_RECORD_VALUES, TOO_DEEP_MESSAGE, type ScanVerdict } from './parseGuards';

const REFUSAL_END = 'Nothing in it was checked; its text is left as it is.';

/**
 * The one problem reported for a text the scans refused, naming the limit it passed: at the value
 * for a value too long (so it can be found), at `offset` for nesting, on the first character else.
 */
export function refusalProblem(verdict: NonNullable<ScanVerdict>, text: string): SyntaxProblem {
  switch (verdict.exceeded) {
    case 'nesting':
      return {
        range: offsetRange(verdict.offset, verdict.offset + 1),
        message: TOO_DEEP_MESSAGE,
        code: 'syntax/too-deep',
        severity: 'error',
      };
    case 'value':
      return tooLarge(
        verdict.offset,
        `one value, from line ${(new LineIndex(text).lineOf(verdict.offset) + 1).toLocaleString('en-US')}, is ${megabytes(verdict.length)} long; the largest a record field allows is ${LONGEST_RECORD_FIELD.toLocaleString('en-US')} characters`,
      );
    case 'size':
      return tooLarge(0, `it is ${megabytes(verdict.length)}, and files over ${megabytes(MAX_RECORD_CHARS, 0)} are not read`);
    case 'values':
      return tooLarge(
        0,
        `it holds more than ${MAX_RECORD_VALUES.toLocaleString('en-US')} values and lines (a trial record has a few thousand)`,
      );
  }
}

function tooLarge(offset: number, why: string): SyntaxProblem {
  return {
    range: offsetRange(offset, offset + 1),
    message: `This file is too large to check: ${why}. ${REFUSAL_END}`,
    code: 'syntax/too-large',
    severity: 'error',
  };
}

/** Characters as megabytes of 1024 * 1024, as VS Code counts its 50 MB (text here is mostly ASCII). */
function megabytes(characters: number, digits = 1): string {
  return `${(characters / (1024 * 1024)).toFixed(digits)} MB`;
}

/** Whether the guards refused this record as too large (it holds no value; only the refusal problem). */
export function wasRefusedAsTooLarge(parsed: Pick<ParsedRecord, 'value' | 'syntaxProblems'>): boolean {
  return parsed.value === undefined && parsed.syntaxProblems.some((problem) => problem.code === 'syntax/too-large');
}
