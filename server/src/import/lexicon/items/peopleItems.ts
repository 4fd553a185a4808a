// People under a heading, written as a small record of keyed lines (`Name`, `Designation`,
// `Affiliation`, `Address`, `Phone`, `Email`), as WHO registries show the contacts of a trial. Only roles
// the page states become record entries: the principal investigator (an overall official) and the
// contact for public queries (a central contact). Other people stay as comments.
import { presentValue } from '../../normalise/placeholder';
import type { Item, ItemContext, ItemValue } from '../itemTypes';

const CONTACTS = 'contactsLocationsModule';
/** The keys of a person's record, as WHO registries write them. */
const PERSON_KEY_WORDS = 'name|designation|affiliation|address|phone|telephone|tel|fax|email|e-mail';
/** A line of a person's record: its key, then the value (or nothing, the value on the next line). */
const PERSON_KEY = new RegExp(`^(${PERSON_KEY_WORDS})\\b\\s*[:|]?\\s*(.*)$`, 'i');
/** A key alone, as the engine's `subLabels` tests it. */
const PERSON_KEYS = new RegExp(`^(?:${PERSON_KEY_WORDS})$`, 'i');

interface PersonField {
  readonly text: string;
  readonly lines: readonly number[];
}

/** A person's keyed fields, each with the lines it came from; only single-line fields are trusted. */
type PersonRecord = Partial<Record<'name' | 'affiliation' | 'phone' | 'email', PersonField>> & { readonly allLines: readonly number[] };

/** Reads keyed lines into one person; a lone line without a key is the name (`Study leader:` / `Xinyang Wang`). */
function personOf(value: ItemValue, context: ItemContext): PersonRecord {
  const fields = new Map<string, { parts: string[]; lines: number[] }>();
  let current: string | undefined;
  for (const entry of value.entries) {
    const text = context
      .clean(entry.text)
      .trim()
      .replace(/^\|\s*|\s*\|$/g, '');
    const keyed = PERSON_KEY.exec(text);
    if (keyed) {
      current = keyed[1]
        .toLowerCase()
        .replace(/^(?:telephone|tel)$/, 'phone')
        .replace('e-mail', 'email');
      fields.set(current, { parts: keyed[2].trim() === '' ? [] : [keyed[2].trim()], lines: [entry.line] });
    } else if (current === undefined && value.entries.length === 1) {
      fields.set('name', { parts: [text], lines: [entry.line] });
    } else if (current !== undefined) {
      fields.get(current)?.parts.push(text);
      fields.get(current)?.lines.push(entry.line);
    }
  }
  const single = (key: string): PersonField | undefined => {
    const field = fields.get(key);
    const text = field && field.parts.length === 1 ? presentValue(field.parts[0]) : undefined;
    return field && text !== undefined ? { text, lines: field.lines } : undefined;
  };
  return {
    name: single('name'),
    affiliation: single('affiliation'),
    phone: single('phone'),
    email: single('email'),
    allLines: value.lines,
  };
}

/** Records a person built from some of its fields; the block's other lines stay as comments (no field for them). */
function recordPerson(
  person: PersonRecord,
  context: ItemContext,
  path: readonly string[],
  entry: Record<string, string>,
  used: ReadonlyArray<PersonField | undefined>,
  fieldName: string,
): boolean {
  const lines = used.flatMap((field) => field?.lines ?? []);
  if (!context.recorder.push(path, entry, lines, fieldName)) return false;
  context.recorder.keep(
    person.allLines.filter((line) => !lines.includes(line)),
    'no-field',
  );
  return true;
}

/** `Details of Principal Investigator`, ChiCTR `Study leader`: an overall official with that role. */
const principalInvestigator: Item = {
  shape: 'block',
  subLabels: PERSON_KEYS,
  read(value, context) {
    const person = personOf(value, context);
    if (person.name === undefined) return false;
    const official = {
      name: person.name.text,
      ...(person.affiliation ? { affiliation: person.affiliation.text } : {}),
      role: 'PRINCIPAL_INVESTIGATOR',
    };
    return recordPerson(
      person,
      context,
      [CONTACTS, 'overallOfficials'],
      official,
      [person.name, person.affiliation],
      'principal investigator',
    );
  },
};

/** The contact for public queries: a central contact with name, phone and e-mail. */
const publicContact: Item = {
  shape: 'block',
  subLabels: PERSON_KEYS,
  read(value, context) {
    const person = personOf(value, context);
    if (person.name === undefined) return false;
    const contact = {
      name: person.name.text,
      role: 'CONTACT',
      ...(person.phone ? { phone: person.phone.text } : {}),
      ...(person.email ? { email: person.email.text } : {}),
    };
    return recordPerson(
      person,
      context,
      [CONTACTS, 'centralContacts'],
      contact,
      [person.name, person.phone, person.email],
      'central contact',
    );
  },
};

/** A contact heading whose kind is written under it (`Details Contact Person` / `Public Query`). */
const contactPerson: Item = {
  shape: 'block',
  subLabels: PERSON_KEYS,
  read(value, context) {
    const kind = `${value.label} ${value.entries[0]?.text ?? ''}`;
    if (/public quer/i.test(kind))
      return publicContact.read(
        { ...value, entries: value.entries.filter((entry) => !/^(?:public|scientific) quer/i.test(entry.text.trim())) },
        context,
      );
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
    if (!context.recorder.set(['sponsorCollaboratorsModule', 'leadSponsor', 'name'], person.name.text, person.name.lines, 'lead sponsor'))
      return false;
    context.recorder.keep(
      person.allLines.filter((line) => !person.name?.lines.includes(line)),
      'no-field',
    );
    return true;
  },
};

/** One part of the study's one central contact, stated on its own line (`Contact X`, `Phone …`, `Email …`). */
function centralContactPart(field: 'name' | 'phone' | 'email', accepts: (text: string) => boolean): Item {
  return {
    shape: 'one',
    accepts,
    read(value, context) {
      const text = presentValue(context.clean(value.text));
      if (text === undefined || !accepts(text)) return false;
      const contact = [CONTACTS, 'centralContacts', 0] as const;
      const took = context.recorder.set([...contact, field], text, value.lines, `central contact's ${field}`);
      if (took) context.recorder.set([...contact, 'role'], 'CONTACT', value.lines);
      return took;
    },
  };
}

export const PEOPLE_ITEMS = {
  centralContactName: centralContactPart('name', (text) => /^[^\d@]{3,80}$/.test(text)),
  centralContactPhone: centralContactPart('phone', (text) => /^\+?\d[\d ()-]{4,}\d$/.test(text)),
  centralContactEmail: centralContactPart('email', (text) => /^[\w.+-]+@[\w-]+(?:\.[\w-]+)+$/.test(text)),
  principalInvestigator,
  publicContact,
  contactPerson,
  sponsorRecord,
} as const;
