import { isPlainObject } from '../../service/parse/parsedRecord';

type Json = Record<string, unknown>;

function containerAt(record: Json, path: readonly string[]): Json {
  let current = record;
  for (const key of path) {
    const next = current[key];
    if (isPlainObject(next)) current = next;
    else {
      const created: Json = {};
      current[key] = created;
      current = created;
    }
  }
  return current;
}

/**
 * Sets `record[path]` (creating the modules on the way) unless the value is undefined or the
 * field already has a value: the first statement on a page wins. Returns whether it was set.
 */
export function setField(record: Json, path: readonly string[], value: unknown): boolean {
  if (value === undefined) return false;
  const parent = containerAt(record, path.slice(0, -1));
  const key = path[path.length - 1];
  if (parent[key] !== undefined) return false;
  parent[key] = value;
  return true;
}

/** Appends to the array at `record[path]`. */
export function pushField(record: Json, path: readonly string[], value: unknown): void {
  const parent = containerAt(record, path.slice(0, -1));
  const key = path[path.length - 1];
  const existing = parent[key];
  if (Array.isArray(existing)) existing.push(value);
  else parent[key] = [value];
}

/** The field at `record[path]`, if any. */
export function getField(record: Json, path: readonly string[]): unknown {
  let current: unknown = record;
  for (const key of path) {
    if (!isPlainObject(current)) return undefined;
    current = current[key];
  }
  return current;
}
