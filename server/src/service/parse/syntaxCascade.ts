// A paste that breaks a document's structure makes the parsers report an error on nearly every line
// after it (42,000 for one JSON fragment in a 434 KB record). The first errors say what is wrong; the
// rest follow from them. Keeping them all costs memory and time on every keystroke and buries the
// useful ones, so a parser keeps the first MAX_SYNTAX_PROBLEMS and one problem that counts the rest.
import { offsetRange, type OffsetRange } from '../text/offsetRange';
import type { SyntaxProblem } from './parsedRecord';

/** Syntax problems kept one by one; the rest are counted in one problem. */
export const MAX_SYNTAX_PROBLEMS = 100;

/**
 * The parser's errors as problems, in text order: the first MAX_SYNTAX_PROBLEMS one by one (only those
 * are converted), and one problem that counts the others and spans them.
 */
export function boundedSyntaxProblems<T>(
  errors: readonly T[],
  rangeOf: (error: T) => OffsetRange,
  toProblem: (error: T) => SyntaxProblem,
  code: string,
): SyntaxProblem[] {
  const sorted = errors.length <= MAX_SYNTAX_PROBLEMS ? errors : [...errors].sort((a, b) => rangeOf(a).start - rangeOf(b).start);
  const kept = sorted.slice(0, MAX_SYNTAX_PROBLEMS).map(toProblem);
  const rest = sorted.slice(MAX_SYNTAX_PROBLEMS);
  if (rest.length === 0) return kept;
  const start = rangeOf(rest[0]).start;
  // Each range is already inside the text (a parser error at the very end is an empty range there).
  let end = start;
  for (const error of rest) end = Math.max(end, rangeOf(error).end);
  kept.push({
    range: offsetRange(start, end),
    message:
      rest.length === 1
        ? 'One more syntax problem follows from here; it usually comes from the first one above and goes away once that is fixed.'
        : `${rest.length.toLocaleString('en-US')} more syntax problems follow from here; they usually come from the first one above and go away once it is fixed.`,
    code,
    severity: 'error',
  });
  return kept;
}
