// The order trees (orderTree.ts) of a YAML document and of a JSON one: which text spans move with
// which key. A YAML block entry takes its whole lines and the comment lines right above its key, so a
// comment goes where its key goes; a flow entry (`{a: 1, b: 2}`) and a JSON property take just their
// own text. A mapping whose spans cannot be told apart safely (a key that does not begin its line in
// a block mapping, a complex key) is left in its order; its values are still sorted.
import type { Node as JsonNode } from 'jsonc-parser';
import { isMap, isScalar, isSeq, type Node as YamlNode, type Pair } from 'yaml';
import { offsetRange, type OffsetRange } from '../text/offsetRange';
import { OTHER, type OrderEntry, type OrderNode } from './orderTree';
import { blockPairEnd, leadingCommentStart } from './yamlSpans';

/**
 * The order tree of a YAML node (the `yaml` package's, read from `text`). Comment lines above its
 * first key are looked for from `floor` on (the end of its parent's key).
 */
export function yamlOrderTree(text: string, node: unknown, floor = 0): OrderNode {
  if (isSeq(node))
    return { kind: 'list', items: node.items.map((item) => yamlOrderTree(text, item, (item as YamlNode | null)?.range?.[0])) };
  if (!isMap(node)) return OTHER;
  const entries: OrderEntry[] = [];
  for (const pair of node.items) {
    const key =
      isScalar(pair.key) && (typeof pair.key.value === 'string' || typeof pair.key.value === 'number') ? String(pair.key.value) : undefined;
    // A complex key (a mapping, `? …`, null) is no field name: the mapping keeps its order.
    if (key === undefined)
      return { kind: 'list', items: node.items.map((item) => yamlOrderTree(text, item.value, (item.key as YamlNode | null)?.range?.[1])) };
    const span = yamlSpan(text, pair, node.flow === true, floor);
    entries.push({ key, span, value: yamlOrderTree(text, pair.value, (pair.key as YamlNode).range?.[1]) });
    if (span) floor = span.end;
  }
  return { kind: 'map', entries };
}

function yamlSpan(text: string, pair: Pair, flow: boolean, floor: number): OffsetRange | undefined {
  const keyRange = (pair.key as YamlNode | null)?.range;
  if (!keyRange) return undefined;
  if (flow) return offsetRange(keyRange[0], Math.max((pair.value as YamlNode | null)?.range?.[1] ?? 0, keyRange[1]));
  const end = blockPairEnd(text, pair);
  return end === undefined ? undefined : offsetRange(leadingCommentStart(text, keyRange[0], floor), end);
}

/** The order tree of a jsonc-parser node. */
export function jsonOrderTree(node: JsonNode | undefined): OrderNode {
  if (node?.type === 'array') return { kind: 'list', items: (node.children ?? []).map(jsonOrderTree) };
  if (node?.type !== 'object') return OTHER;
  const entries: OrderEntry[] = [];
  for (const property of node.children ?? []) {
    const [key, value] = property.children ?? [];
    if (property.type !== 'property' || key?.type !== 'string') return OTHER;
    entries.push({
      key: String(key.value),
      span: offsetRange(property.offset, property.offset + property.length),
      value: jsonOrderTree(value),
    });
  }
  return { kind: 'map', entries };
}
