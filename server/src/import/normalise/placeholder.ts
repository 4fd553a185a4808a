/** Values pages print where they mean "nothing": they must come out as absent, never as values. */
const PLACEHOLDERS =
  /^(?:not available|not specified|not provided|n\/?a|none|null|nil|undefined(?: \(undefined\))?|-+|—|1969-12-31|\[redacted\]|redacted|not reported|unknown date)$/i;

/** Registry-record artefacts that stand where a value should be (`Sponsor not defined - Record provided by …`). */
const PLACEHOLDER_PREFIXES = /^(?:sponsor not defined\b|\(none\)$|\(not specified\)$)/i;

/** The trimmed value, or undefined when it is empty or a placeholder (on every one of its lines). */
export function presentValue(raw: string | undefined): string | undefined {
  if (raw === undefined) return undefined;
  const value = raw.replace(/\u00a0/g, ' ').trim();
  if (value === '' || PLACEHOLDERS.test(value) || PLACEHOLDER_PREFIXES.test(value)) return undefined;
  if (value.includes('\n') && value.split('\n').every((line) => presentValue(line) === undefined)) return undefined;
  return value;
}
