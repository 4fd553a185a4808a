/** Values pages print where they mean "nothing": they must come out as absent, never as values. */
const PLACEHOLDERS = /^(?:not available|not specified|not provided|n\/?a|none|null|nil|undefined(?: \(undefined\))?|-+|—|1969-12-31|\[redacted\]|redacted|not reported|unknown date)$/i;

/** The trimmed value, or undefined when it is empty or a placeholder. */
export function presentValue(raw: string | undefined): string | undefined {
  if (raw === undefined) return undefined;
  const value = raw.replace(/\u00a0/g, ' ').trim();
  if (value === '' || PLACEHOLDERS.test(value)) return undefined;
  return value;
}
