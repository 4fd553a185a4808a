import { enumValueAt } from './enumValue';

export interface MaskingReading {
  readonly masking?: string;
  readonly whoMasked?: string[];
}

const WHO = /participant|subject|care ?provider|care ?giver|investigator|outcomes? assessor/gi;

/**
 * `DOUBLE`, `Double (Participant, Investigator)`, `None (Open Label)`, `Open label` →
 * the masking enum and the masked roles it names.
 */
export function normaliseMasking(text: string | undefined): MaskingReading {
  if (text === undefined) return {};
  const head = text.replace(/\(.*$/, '').trim();
  let masking = enumValueAt(['designModule', 'designInfo', 'maskingInfo', 'masking'], head);
  if (!masking && /open[ -]label/i.test(text)) masking = 'NONE';
  const whoMasked = normaliseWhoMasked(text);
  return { ...(masking ? { masking } : {}), ...(whoMasked.length > 0 ? { whoMasked } : {}) };
}

/** The masked roles named in free text, as API values, in the API's order, without repeats. */
export function normaliseWhoMasked(text: string): string[] {
  const found = new Set<string>();
  for (const match of text.match(WHO) ?? []) {
    const value = enumValueAt(['designModule', 'designInfo', 'maskingInfo', 'whoMasked'], match);
    if (value) found.add(value);
  }
  const order = ['PARTICIPANT', 'CARE_PROVIDER', 'INVESTIGATOR', 'OUTCOMES_ASSESSOR'];
  return order.filter((value) => found.has(value));
}
