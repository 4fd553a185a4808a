/** Regional-indicator pairs (flag emoji) and the tag sequences some flags use. */
const FLAGS = /[\u{1F1E6}-\u{1F1FF}]{2}|\u{1F3F4}[\u{E0020}-\u{E007F}]+/gu;

export function stripFlags(text: string): string {
  return text.replace(FLAGS, '').trim();
}

export function hasFlag(text: string): boolean {
  return new RegExp(FLAGS.source, 'u').test(text);
}

export interface PlaceReading {
  readonly city?: string;
  readonly state?: string;
  readonly country?: string;
}

/**
 * `🇨🇳Beijing, Beijing Municipality, China` → city, state, country (flags stripped first).
 * Two parts are city and country; one part is the country only.
 */
export function normalisePlace(text: string): PlaceReading {
  const parts = stripFlags(text)
    .split(',')
    .map((part) => part.trim())
    .filter((part) => part !== '');
  if (parts.length === 0) return {};
  if (parts.length === 1) return { country: parts[0] };
  if (parts.length === 2) return { city: parts[0], country: parts[1] };
  return { city: parts[0], state: parts.slice(1, -1).join(', '), country: parts[parts.length - 1] };
}

/** `Facility #4` and similar site-anonymised names carry no information. */
export function isAnonymisedFacility(name: string): boolean {
  return /^(?:facility|site|research site|investigational site|study site)\s*#?\s*\d*$/i.test(name.trim());
}
