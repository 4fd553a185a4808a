import type { RecordValue } from './parsedRecord';

/**
 * Sets an own, enumerable property even for names like `__proto__`, which plain
 * assignment would treat as a prototype change. Keys from a user's record are data.
 */
export function setOwn(target: { [key: string]: RecordValue }, key: string, value: RecordValue): void {
  if (key === '__proto__') {
    Object.defineProperty(target, key, { value, enumerable: true, writable: true, configurable: true });
  } else {
    target[key] = value;
  }
}

export function hasOwn(target: object, key: string): boolean {
  return Object.prototype.hasOwnProperty.call(target, key);
}
