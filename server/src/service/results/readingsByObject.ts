// Readings of parsed values kept by the value object they were read from. Parsed values are never mutated, and an
// edit makes new objects only along the path to what changed (the incremental parser copies that path), so a
// reading kept by its object stays right for as long as the object lives, and an edited part is read afresh.

/** `read()` once per object: the first reader pays, the others reuse its reading. */
export function readOnce<T>(cache: WeakMap<object, T>, object: object, read: () => T): T {
  let found = cache.get(object);
  if (found === undefined) {
    found = read();
    cache.set(object, found);
  }
  return found;
}

/** `read()` once per object and key, for a reading that also depends on where the object sits (its pointer). */
export function readOnceAt<T>(cache: WeakMap<object, Map<string, T>>, object: object, key: string, read: () => T): T {
  const byKey = readOnce(cache, object, () => new Map<string, T>());
  let found = byKey.get(key);
  if (found === undefined) {
    found = read();
    byKey.set(key, found);
  }
  return found;
}
