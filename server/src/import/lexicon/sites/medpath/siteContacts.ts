// MedPath's site summary line glues a site's people onto its place:
// `…ChinaZhu Xiaoyu, Ph.DContact+86 15255456091xiaoyuz@ustc.edu.cnSun GuangyuContact…`.
// The role words are the only sure boundaries; between two of them stand the previous person's
// phone and e-mail and the next person's name, which are told apart only where the text allows.

export interface SiteContact {
  readonly name: string;
  readonly role: 'CONTACT' | 'PRINCIPAL_INVESTIGATOR' | 'SUB_INVESTIGATOR';
  phone?: string;
  email?: string;
}

export interface SiteContactsReading {
  readonly contacts: SiteContact[];
  /** Every name, phone and e-mail of the text went into a contact: the line needs no comment. Else the contacts are those before the first doubt. */
  readonly complete: boolean;
}

const ROLES: ReadonlyArray<[RegExp, SiteContact['role']]> = [
  [/^Contact$/, 'CONTACT'],
  [/^Principal Investigator$/, 'PRINCIPAL_INVESTIGATOR'],
  [/^Sub[- ]?Investigator$/i, 'SUB_INVESTIGATOR'],
];
const ROLE_SPLIT = /(Contact|Principal Investigator|Sub[- ]?Investigator)/;
const PHONE = /^\+?\d[\d ()-]{4,}\d/;
const EMAIL = /^[\w.+-]+@[a-z0-9-]+(?:\.[a-z0-9-]+)+$/i;

/** The people of `text` (what follows the place on the summary line), as API site contacts. */
export function readSiteContacts(text: string): SiteContactsReading {
  const parts = text.split(ROLE_SPLIT);
  if (parts.length < 3) return { contacts: [], complete: false };
  const contacts: SiteContact[] = [];
  let complete = true;
  let name: string | undefined = parts[0].trim() || undefined;
  for (let index = 1; index < parts.length; index += 2) {
    const role = ROLES.find(([pattern]) => pattern.test(parts[index]))?.[1];
    const last = index + 2 >= parts.length;
    const { phone, email, rest, sure } = detailsAndNext(parts[index + 1] ?? '', last);
    if (name && role) contacts.push({ name, role, ...(phone ? { phone } : {}), ...(email ? { email } : {}) });
    else complete = false;
    if (last && rest.trim() !== '') complete = false;
    // Past an unsure boundary the next name is unknown; the people after it are left to the comment
    // too, so the list never skips someone silently.
    if (!sure) return { contacts, complete: false };
    name = rest.trim() || undefined;
  }
  return { contacts, complete };
}

/**
 * A phone, an e-mail and the next person's name, glued. An e-mail ends where the next name starts
 * with a capital (`…ustc.edu.cnSun Guangyu`); a name in lower case (`…139.comyonghui Mao`) leaves
 * the boundary unknown, so neither the e-mail nor that name is taken (`sure` false).
 */
function detailsAndNext(text: string, last: boolean): { phone?: string; email?: string; rest: string; sure: boolean } {
  let rest = text;
  const phone = PHONE.exec(rest)?.[0];
  // Bare digits glued to an e-mail (`13910425475@qq.com`, `13910425475li@qq.com`) may be the
  // e-mail's own start: only a written-out phone (`+86 …`, `86 139…`) is told apart from it.
  if (phone && /^\d+$/.test(phone) && /^[\w.+-]*@/.test(rest.slice(phone.length))) return { rest: '', sure: false };
  if (phone) rest = rest.slice(phone.length);
  const at = rest.indexOf('@');
  if (at < 0) return { phone, rest, sure: true };
  const candidate = last ? rest.trim() : rest.slice(0, firstCapitalAfter(rest, at));
  if (!EMAIL.test(candidate) || (!last && candidate.length === rest.length)) return { phone, rest: '', sure: false };
  return { phone, email: candidate, rest: rest.slice(candidate.length), sure: true };
}

function firstCapitalAfter(text: string, from: number): number {
  for (let index = from + 1; index < text.length; index++) {
    if (/\p{Lu}/u.test(text[index])) return index;
  }
  return text.length;
}

/** The people on a site's summary line, given what follows its flag and the site's place text (`Hefei, Anhui, China`). */
export function contactsOnSummaryLine(afterFlag: string, place: string): SiteContactsReading | undefined {
  if (place === '' || !afterFlag.startsWith(place)) return undefined;
  return readSiteContacts(afterFlag.slice(place.length));
}
