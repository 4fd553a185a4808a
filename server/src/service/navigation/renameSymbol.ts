import type { ParsedRecord } from '../parse/parsedRecord';
import type { TextEdit } from '../fixes/textEdit';
import type { OffsetRange } from '../text/offsetRange';
import { CrossReferences, targetName } from './crossReferences';

export type RenameResult = { readonly edits: readonly TextEdit[] } | { readonly error: string };

/** What can be renamed at `offset` (an arm label, intervention name or results group id, or a reference to one): the name's range and text. */
export function prepareRenameAt(
  text: string,
  parsed: ParsedRecord,
  offset: number,
): { range: OffsetRange; placeholder: string } | undefined {
  const found = new CrossReferences(text, parsed).targetAt(offset);
  if (!found) return undefined;
  const placeholder = targetName(found.target);
  return { range: found.occurrence.nameRange ?? found.occurrence.valueRange, placeholder };
}

/**
 * Renames the arm or intervention named at `offset` everywhere in the record: an arm's label and
 * every `armGroupLabels` entry naming it; an intervention's name and every `interventionNames`
 * entry (`Type: Name`) naming it. Undefined when nothing renamable is at `offset`.
 */
export function renameAt(text: string, parsed: ParsedRecord, offset: number, newName: string): RenameResult | undefined {
  const references = new CrossReferences(text, parsed);
  const found = references.targetAt(offset);
  if (!found) return undefined;
  const problem = references.renameProblem(found.target, newName);
  return problem ? { error: problem } : { edits: references.renameEdits(found.target, newName) };
}
