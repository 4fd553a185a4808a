// People under a heading, written as a small record of keyed lines (`Name`, `Designation`,
// `Affiliation`, `Address`, `Phone`, `Email`), as WHO registries show the contacts of a trial. Only roles
// the page states become record entries: the principal investigator (an overall official) and the
// contact for public queries (a central contact). Other people stay as comments.
import { presentValue } from '../../normalise/placeholder';
import type { Item, ItemContext, ItemValue } from '../itemTypes';

const CONTACTS = 'contactsLocationsModule';
const PERSON_KEY = /^(name|designation|affiliation|address|phone|telephone|tel|fax|email|e-mail)\b\s*[:|]?\s*(.*)$/i;
const PERSON_KEYS = /^(?:name|designation|affiliation|address|phone|telephone|tel|fax|email|e-mail)$/i;

interface PersonRecord {
  name?: string;
  affiliation?: string;
  phone?: string;
  email?: string;
}

/** Reads keyed lines into one person; a first line without a key is the name (`Study leader:` / `Xinyang Wang`). */
function personOf(value: ItemValue, context: ItemContext): PersonRecord {
  const fields = new Map<string, string[]>();
  let current: string | undefined;
  value.entries.forEach((entry, index) => {
    const text = context.clean(entry.text).trim().replace(/^\|\s*|\s*\|$/g, '');
    const keyed = PERSON_KEY.exec(text);
    if (keyed) {
      current = keyed[1].toLowerCase().replace(/^(?:telephone|tel)$/, 'phone').replace('e-mail', 'email');
      fields.set(current, keyed[2].trim() === '' ? [] : [keyed[2].trim()]);
    } else if (index === 0 && current === undefined && value.entries.length === 1) {
      fields.set('name', [text]);
    } else if (current !== undefined) {
      fields.get(current)?.push(text);
    }
  });
  const single = (key: string): string | undefined => {
    const parts = fields.get(key);
    return parts && parts.length === 1 ? presentValue(parts[0]) : undefined;
  };
  return { name: single('name'), affiliation: single('affiliation'), phone: single('phone'), email: single('email') };
}

/** `Details of Principal Investigator`, ChiCTR `Study leader`: an overall official with that role. */
const principalInvestigator: Item = {
  shape: 'block',
  subLabels: PERSON_KEYS,
  read(value, context) {
    const person = personOf(value, context);
    if (person.name === undefined) return false;
    const official = { name: person.name, ...(person.affiliation ? { affiliation: person.affiliation } : {}), role: 'PRINCIPAL_INVESTIGATOR' };
    const took = context.recorder.push([CONTACTS, 'overallOfficials'], official, value.lines, 'principal investigator');
    // The address, phone and e-mail of an official have no field in the record.
    if (took) context.recorder.partlyRead(value.entries.filter((entry) => !/^(?:name|affiliation)\b/i.test(entry.text.trim())).map((entry) => entry.line), 'no-field');
    return took;
  },
};

/** The contact for public queries: a central contact with name, phone and e-mail. */
const publicContact: Item = {
  shape: 'block',
  subLabels: PERSON_KEYS,
  read(value, context) {
    const person = personOf(value, context);
    if (person.name === undefined) return false;
    const contact = { name: person.name, role: 'CONTACT', ...(person.phone ? { phone: person.phone } : {}), ...(person.email ? { email: person.email } : {}) };
    const took = context.recorder.push([CONTACTS, 'centralContacts'], contact, value.lines, 'central contact');
    if (took) context.recorder.partlyRead(value.entries.filter((entry) => /^(?:designation|affiliation|address|fax)\b/i.test(entry.text.trim()) || !PERSON_KEY.test(entry.text.trim())).map((entry) => entry.line), 'no-field');
    return took;
  },
};

/** A contact heading whose kind is written under it (`Details Contact Person` / `Public Query`). */
const contactPerson: Item = {
  shape: 'block',
  subLabels: PERSON_KEYS,
  read(value, context) {
    const kind = `${value.label} ${value.entries[0]?.text ?? ''}`;
    if (/public quer/i.test(kind)) return publicContact.read({ ...value, entries: value.entries.filter((entry) => !/^(?:public|scientific) quer/i.test(entry.text.trim())) }, context);
    context.recorder.keep(value.lines, 'no-field');
    return false;
  },
};

/** `Primary Sponsor` / `Name  X` / `Address …`, or `Primary sponsor: X`: the lead sponsor's name. */
const sponsorRecord: Item = {
  shape: 'block',
  subLabels: PERSON_KEYS,
  read(value, context) {
    const person = personOf(value, context);
    if (person.name === undefined) return false;
    const took = context.recorder.set(['sponsorCollaboratorsModule', 'leadSponsor', 'name'], person.name, value.lines, 'lead sponsor');
    if (took) context.recorder.partlyRead(value.entries.filter((entry) => !/^name\b/i.test(entry.text.trim()) && value.entries.length > 1).map((entry) => entry.line), 'no-field');
    return took;
  },
};

export const PEOPLE_ITEMS = { principalInvestigator, publicContact, contactPerson, sponsorRecord } as const;
