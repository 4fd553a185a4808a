// What a container of studies (a ZIP archive, a JSON Lines file) yields, one item per study: the study to
// check, or why it cannot be (an entry over the size limit, a damaged entry), named as the user sees it.
import type { StudyEntry } from '../checkInput';

export type SourceItem =
  { readonly kind: 'study'; readonly input: StudyEntry } | { readonly kind: 'refused'; readonly name: string; readonly reason: string };

/** Containers are read by the file name's extension; everything else is a record file. */
export function containerKind(file: string): 'zip' | 'json-lines' | undefined {
  if (/\.zip$/i.test(file)) return 'zip';
  if (/\.(jsonl|ndjson)$/i.test(file)) return 'json-lines';
  return undefined;
}
