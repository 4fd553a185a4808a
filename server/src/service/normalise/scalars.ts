import { BOOLEAN_SPELLINGS } from './spellings';

/** `Yes`, `no`, `TRUE`, `y` → true / false; undefined for anything else. */
export function readBoolean(written: string): boolean | undefined {
  return BOOLEAN_SPELLINGS[written.trim().toLowerCase()];
}

/** A whole number written plainly or with thousands separators: `92`, `1,200` → 1200. */
export function readCount(written: string): number | undefined {
  const text = written.trim();
  if (!/^(?:\d{1,3}(?:,\d{3})+|\d+)$/.test(text)) return undefined;
  const count = Number(text.replace(/,/g, ''));
  return Number.isSafeInteger(count) ? count : undefined;
}
