import assert from 'node:assert/strict';
import type { OffsetRange } from '../../../server/src/service/text/offsetRange';

/** Asserts `0 <= start <= end <= text.length`: the editor can show the range. */
export function assertRangeInside(range: OffsetRange, text: string, what: string): void {
  assert.ok(
    Number.isInteger(range.start) &&
      Number.isInteger(range.end) &&
      range.start >= 0 &&
      range.start <= range.end &&
      range.end <= text.length,
    `${what}: range [${range.start}, ${range.end}) lies outside the document (length ${text.length})`,
  );
}

const BUILTIN_PROTOTYPES: ReadonlyArray<readonly [string, object]> = [
  ['Object.prototype', Object.prototype],
  ['Array.prototype', Array.prototype],
  ['Function.prototype', Function.prototype],
  ['String.prototype', String.prototype],
];

/** The own property names of the built-in prototypes, to compare against after hostile input. */
export function prototypeSnapshot(): Map<string, string[]> {
  return new Map(BUILTIN_PROTOTYPES.map(([name, proto]) => [name, Reflect.ownKeys(proto).map(String).sort()]));
}

/**
 * Asserts that nothing was added to a built-in prototype: a fresh `{}` has no `polluted`
 * property and the prototypes' own keys are what they were in `before`.
 */
export function assertNoPrototypePollution(before: Map<string, string[]>, during: string): void {
  assert.equal(({} as Record<string, unknown>).polluted, undefined, `Object.prototype was polluted during ${during}`);
  assert.equal(([] as unknown as Record<string, unknown>).polluted, undefined, `Array.prototype was polluted during ${during}`);
  assert.deepEqual(prototypeSnapshot(), before, `a built-in prototype changed during ${during}`);
}
