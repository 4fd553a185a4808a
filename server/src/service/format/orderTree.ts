// Sorting a record's keys by moving text, not by writing the record anew: each entry of a mapping
// is a span of the text (a YAML entry's lines with the comments just above it, a JSON property), and
// the spans trade places while what lies between them (line breaks, indentation, commas, blank
// lines) stays where it is. Nothing outside the keys' order changes: not the indentation, not a
// scalar's style, not a comment's words or column. The YAML and JSON readers build the tree.
import type { SchemaNode } from '../schema/recordSchema';
import type { TextEdit } from '../fixes/textEdit';
import { applyEdits } from '../fixes/textEdit';
import { offsetRange, type OffsetRange } from '../text/offsetRange';
import { childOrder, protocolSectionOrder, registryPermutation } from './registryOrder';

/** A mapping, a list, or any other value (a scalar, or a collection that is not sorted). */
export type OrderNode =
  | { readonly kind: 'map'; readonly entries: readonly OrderEntry[] }
  | { readonly kind: 'list'; readonly items: readonly OrderNode[] }
  | { readonly kind: 'other' };

export interface OrderEntry {
  readonly key: string;
  /**
   * The text that moves with the key; undefined when it cannot be told safely, and then the
   * mapping keeps its order (its values are still sorted).
   */
  readonly span: OffsetRange | undefined;
  readonly value: OrderNode;
}

export const OTHER: OrderNode = { kind: 'other' };

/**
 * The edits that put a record in registry order: the protocol section's modules and, inside them,
 * every mapping the schema describes. In a whole API study (`{protocolSection: …}`) only the
 * protocol section is sorted; the study's other entries keep their place. The results are left in the
 * author's order on purpose: the API itself writes them in more than one order (real records have
 * `participantFlowModule` with `preAssignmentDetails` before `recruitmentDetails` and after it, and
 * statistical analyses in an order no spec lists), so no order is the registry's.
 */
export function registryOrderEdits(text: string, root: OrderNode): TextEdit[] {
  if (root.kind === 'map' && root.entries.some((entry) => entry.key === 'protocolSection')) {
    return root.entries.flatMap((entry) => (entry.key === 'protocolSection' ? editsFor(text, entry.value, protocolSectionOrder()) : []));
  }
  return editsFor(text, root, protocolSectionOrder());
}

function editsFor(text: string, node: OrderNode, schema: SchemaNode | undefined): TextEdit[] {
  if (node.kind === 'list') {
    const itemSchema = childOrder(schema, 0);
    return node.items.flatMap((item) => editsFor(text, item, itemSchema));
  }
  if (node.kind === 'other' || node.entries.length === 0) return [];
  const { entries } = node;
  const inner = entries.map((entry) => editsFor(text, entry.value, childOrder(schema, entry.key)));
  const order = registryPermutation(
    entries.map((entry) => entry.key),
    schema,
  );
  const spans = movableSpans(entries);
  if (!spans || order.every((from, to) => from === to)) return inner.flat();
  // One edit for the whole mapping: each slot gets the entry that belongs there, with its own inner edits applied.
  const moved = spans.map((span, index) => {
    const local = inner[index].map((edit) => ({ ...edit, range: offsetRange(edit.range.start - span.start, edit.range.end - span.start) }));
    return applyEdits(text.slice(span.start, span.end), local);
  });
  let newText = '';
  order.forEach((from, slot) => {
    if (slot > 0) newText += text.slice(spans[slot - 1].end, spans[slot].start);
    newText += moved[from];
  });
  return [{ range: offsetRange(spans[0].start, spans[spans.length - 1].end), newText }];
}

/** The entries' spans when every entry has one and they are in text order and apart, else undefined. */
function movableSpans(entries: readonly OrderEntry[]): OffsetRange[] | undefined {
  const spans: OffsetRange[] = [];
  for (const { span } of entries) {
    if (!span || span.start >= span.end || (spans.length > 0 && spans[spans.length - 1].end > span.start)) return undefined;
    spans.push(span);
  }
  return spans;
}
