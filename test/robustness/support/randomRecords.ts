import fc from 'fast-check';
import { stringify } from 'yaml';
import type { RecordFormat } from '../../../server/src/service/parse/parsedRecord';

export type RandomValue = null | boolean | number | string | RandomValue[] | { [key: string]: RandomValue };

/** Keys a hostile record may use to reach a prototype. */
const PROTOTYPE_KEYS = ['__proto__', 'constructor', 'prototype', 'toString', 'valueOf', 'hasOwnProperty'];

/**
 * Random records shaped like real ones: keys mostly from the real field names (so the schema and
 * rules get past the top level and meet wrong types, wrong enums and odd nesting), values from
 * real values, odd numbers and arbitrary strings. Bounded: at most 5 levels, 6 keys per object.
 */
export function randomRecordValue(keys: readonly string[], values: readonly string[]): fc.Arbitrary<{ [key: string]: RandomValue }> {
  const key = fc.oneof(
    { weight: 8, arbitrary: fc.constantFrom(...keys) },
    { weight: 1, arbitrary: fc.constantFrom(...PROTOTYPE_KEYS) },
    { weight: 1, arbitrary: fc.string({ maxLength: 10 }) },
  );
  const scalar: fc.Arbitrary<RandomValue> = fc.oneof(
    { weight: 6, arbitrary: fc.constantFrom(...values) },
    { weight: 2, arbitrary: fc.string({ maxLength: 30 }) },
    { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 10 }) },
    {
      weight: 1,
      arbitrary: fc.oneof(
        fc.integer(),
        fc.double({ noNaN: true, noDefaultInfinity: true }),
        fc.constantFrom(0, -1, 1e21, Number.MAX_SAFE_INTEGER),
      ),
    },
    { weight: 1, arbitrary: fc.boolean() },
    { weight: 1, arbitrary: fc.constant(null) },
  );
  const tree = fc.letrec<{ value: RandomValue; object: { [key: string]: RandomValue } }>((tie) => ({
    value: fc.oneof({ depthSize: 'small', maxDepth: 5 }, scalar, fc.array(tie('value'), { maxLength: 4 }), tie('object')),
    object: fc.dictionary(key, tie('value'), { maxKeys: 6, noNullPrototype: true }),
  }));
  return fc.dictionary(key, tree.value, { minKeys: 1, maxKeys: 8, noNullPrototype: true });
}

/** Writes a random record as a document of the given format. */
export function serialize(value: RandomValue, format: RecordFormat): string {
  return format === 'json' ? `${JSON.stringify(value, null, 2)}\n` : stringify(value, { lineWidth: 0 });
}

export type TreeEdit =
  | { readonly kind: 'replace'; readonly node: number; readonly value: RandomValue }
  | { readonly kind: 'remove'; readonly node: number }
  | { readonly kind: 'wrapInList'; readonly node: number };

/**
 * Edits of a real record's data tree: a random node replaced by a random value, removed, or
 * wrapped in a list. The record keeps its real shape around the edit, so the schema and every
 * rule see nearly-valid data with one or a few wrong spots: the inputs rules are written for.
 */
export function treeEdits(values: readonly string[]): fc.Arbitrary<TreeEdit[]> {
  const replacement: fc.Arbitrary<RandomValue> = fc.oneof(
    fc.constantFrom<RandomValue>(...values),
    fc.string({ maxLength: 20 }),
    fc.integer({ min: -5, max: 5000 }),
    fc.boolean(),
    fc.constant(null),
    fc.constant<RandomValue>([]),
    fc.constant<RandomValue>({}),
    // An own `__proto__` key (as JSON.parse makes it), not a prototype.
    fc.constant(JSON.parse('{"__proto__": {"polluted": true}}') as RandomValue),
  );
  const edit: fc.Arbitrary<TreeEdit> = fc.oneof(
    { weight: 4, arbitrary: fc.record({ kind: fc.constant('replace' as const), node: fc.nat(), value: replacement }) },
    { weight: 2, arbitrary: fc.record({ kind: fc.constant('remove' as const), node: fc.nat() }) },
    { weight: 1, arbitrary: fc.record({ kind: fc.constant('wrapInList' as const), node: fc.nat() }) },
  );
  return fc.array(edit, { minLength: 1, maxLength: 6 });
}

/** A deep copy of `root` with the edits applied (node numbers wrap around the nodes present). */
export function applyTreeEdits(root: RandomValue, edits: readonly TreeEdit[]): RandomValue {
  let current = JSON.parse(JSON.stringify(root)) as RandomValue;
  for (const edit of edits) {
    const slots = childSlots(current);
    if (slots.length === 0) break;
    const [parent, key] = slots[edit.node % slots.length];
    const container = parent as Record<string | number, RandomValue>;
    if (edit.kind === 'replace')
      Object.defineProperty(container, key, { value: edit.value, enumerable: true, writable: true, configurable: true });
    else if (edit.kind === 'wrapInList') container[key] = [container[key]];
    else if (Array.isArray(parent)) parent.splice(Number(key), 1);
    else delete container[key];
    current = JSON.parse(JSON.stringify(current)) as RandomValue;
  }
  return current;
}

/** Every (container, key) pair in the tree, parents first. */
function childSlots(root: RandomValue): Array<[RandomValue[] | { [key: string]: RandomValue }, string | number]> {
  const slots: Array<[RandomValue[] | { [key: string]: RandomValue }, string | number]> = [];
  const visit = (value: RandomValue): void => {
    if (Array.isArray(value)) {
      value.forEach((child, index) => {
        slots.push([value, index]);
        visit(child);
      });
    } else if (value !== null && typeof value === 'object') {
      for (const key of Object.keys(value)) {
        slots.push([value, key]);
        visit(value[key]);
      }
    }
  };
  visit(root);
  return slots;
}
