// The registry's ("API") order of a record's keys: the order in which the record schema lists an
// object's properties, which is the order of ClinicalTrials.gov's API v2. Keys the schema does not
// know come after the known ones, in their own order. Shared by the importer (which writes records in
// that order) and by Sort Record into Registry Order (which moves the keys of a written one).
import { isPlainObject, type RecordValue } from '../parse/parsedRecord';
import { setOwn } from '../parse/safeObject';
import { recordSchema, type SchemaNode } from '../schema/recordSchema';

/** The schema of the protocol section: where the order of a record's modules starts. */
export function protocolSectionOrder(): SchemaNode {
  return recordSchema().protocolSection;
}

/** Rank of each property name of a schema node, memoised: records can hold thousands of array items. */
const propertyRanks = new WeakMap<SchemaNode, Map<string, number>>();

function ranksOf(node: SchemaNode | undefined): Map<string, number> {
  const resolved = recordSchema().deref(node);
  if (!resolved) return new Map();
  let ranks = propertyRanks.get(resolved);
  if (!ranks) {
    ranks = new Map(
      recordSchema()
        .propertiesOf(resolved)
        .map(([name], index) => [name, index]),
    );
    propertyRanks.set(resolved, ranks);
  }
  return ranks;
}

/** The schema of a property (`segment` a name) or of an array's items (`segment` a number), if the schema knows it. */
export function childOrder(node: SchemaNode | undefined, segment: string | number): SchemaNode | undefined {
  const resolved = recordSchema().deref(node);
  if (!resolved) return undefined;
  if (typeof segment === 'number') return resolved.items;
  return resolved.properties && Object.prototype.hasOwnProperty.call(resolved.properties, segment)
    ? resolved.properties[segment]
    : undefined;
}

/**
 * The positions of `keys` (an object's keys, in their written order) in registry order: a stable
 * sort, so unknown keys and repeated ones keep their relative order.
 */
export function registryPermutation(keys: readonly string[], node: SchemaNode | undefined): number[] {
  const known = ranksOf(node);
  const rank = (key: string, index: number): number => known.get(key) ?? known.size + index;
  return keys
    .map((key, index) => ({ index, rank: rank(key, index) }))
    .sort((a, b) => a.rank - b.rank || a.index - b.index)
    .map(({ index }) => index);
}

/** A copy of the record with object keys in schema order (unknown keys after, in their own order). */
export function orderedRecord(record: Readonly<Record<string, unknown>>): Record<string, RecordValue> {
  const ordered = orderValue(record as RecordValue, protocolSectionOrder());
  return isPlainObject(ordered) ? ordered : {};
}

function orderValue(value: RecordValue, node: SchemaNode | undefined): RecordValue {
  if (Array.isArray(value)) {
    const itemNode = childOrder(node, 0);
    return value.map((item) => orderValue(item, itemNode));
  }
  if (!isPlainObject(value)) return value;
  const keys = Object.keys(value);
  const result: { [key: string]: RecordValue } = {};
  for (const index of registryPermutation(keys, node))
    setOwn(result, keys[index], orderValue(value[keys[index]], childOrder(node, keys[index])));
  return result;
}
