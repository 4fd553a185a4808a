import { recordLimits, scanJson, scanYaml } from '../parse/parseGuards';
import { refusalProblem } from '../parse/sizeRefusal';
import type { RecordFormat } from '../parse/parsedRecord';

/**
 * Why a text was left as it is. `unexpected` when it is a text that should have been rewritten (a
 * rewrite that would not read back the same): that one is worth a line in the log; a record that
 * does not parse is not.
 */
export interface Refusal {
  readonly refused: string;
  readonly unexpected: boolean;
}

/** A text the parse guards refuse (too large, too deep, a value too long) is not rewritten either; nor YAML with lone CR line ends. */
export function refusalOf(text: string, format: RecordFormat): Refusal | undefined {
  const verdict = format === 'json' ? scanJson(text, recordLimits()) : scanYaml(text, recordLimits());
  if (verdict) return { refused: refusalProblem(verdict, text).message, unexpected: false };
  // The `yaml` package reads a lone CR as no line break, unlike the editor.
  if (format === 'yaml' && /\r(?!\n)/.test(text)) return { refused: 'the file has lone carriage return (CR) line ends', unexpected: false };
  return undefined;
}
