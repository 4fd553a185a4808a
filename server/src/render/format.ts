const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/** `2024-02` → "February 2024", `2024-02-15` → "February 15, 2024", as the registry writes dates; other text as written. */
export function readableDate(date: string): string {
  const match = /^(\d{4})-(\d{2})(?:-(\d{2}))?$/.exec(date.trim());
  if (!match) return date;
  const month = MONTHS[Number(match[2]) - 1];
  if (!month) return date;
  return match[3] ? `${month} ${Number(match[3])}, ${match[1]}` : `${month} ${match[1]}`;
}

/** Booleans as the registry shows them; anything else as written. */
export function yesNo(value: unknown): string | undefined {
  if (value === true) return 'Yes';
  if (value === false) return 'No';
  if (typeof value === 'string' && value.trim() !== '') return value;
  return undefined;
}

/** "1 location", "3 locations". */
export function counted(count: number, singular: string, plural = `${singular}s`): string {
  return `${count} ${count === 1 ? singular : plural}`;
}
