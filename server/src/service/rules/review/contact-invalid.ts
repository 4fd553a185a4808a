import { CONTACTS, code, fieldText, items } from '../ruleHelpers';
import { protocolDefinition } from '../ruleReference';
import { isPlainObject, type RecordValue } from '../../parse/parsedRecord';
import type { RuleDefinition, RuleFinding } from '../ruleTypes';

/** `local@domain.tld`: no spaces, one @, a dot in the domain, a two-letter or longer top-level domain. */
const EMAIL = /^[^\s@]{1,64}@[^\s@.]{1,63}(?:\.[^\s@.]{1,63}){0,8}\.[A-Za-z]{2,24}$/;
/** An extension written into the phone number ("ext. 12", "x12") is letters that belong in `phoneExt`, but not wrong. */
const EXTENSION = /(?:\bext\.?|\bextension|\bx)[ \t]{0,2}\d{1,6}[ \t]{0,2}$/i;
const LETTER = /\p{L}/u;
const MIN_PHONE_DIGITS = 7;

/** An organisation or a role where a person's name belongs ("Clinical Trials Department", "Medical Director"). */
const NOT_A_PERSON =
  /^(?:(?:the|a)[ \t])?(?:(?:clinical|medical|study|studies|trials?|research|scientific|global|regional|project|program(?:me)?|sponsor|central|chief)[ \t]){0,3}(?:department|director|office|team|group|unit|centre|center|desk|management|operations|call center|information|contact|coordinator|manager|monitor|lead|officer)s?$/i;

export const contactInvalid: RuleDefinition = {
  id: 'review/contact-invalid',
  title: 'Contact details appear invalid',
  defaultSeverity: 'warning',
  basis: '§6 (PRS Major comment)',
  confidence: 'secondary',
  provenance:
    'ctgov-model.md §6 (Major comment: reported data look invalid). prs-review-criteria.md `review/contact-invalid` (◑ [MC] "Data reported here appear invalid"; [CHAT]: 17% of investigator names not real names). ' +
    'Regex checks, hence a warning; the official-not-a-person part is information (severity of the finding itself, as in the reference) and fires only on a bare role or department.',
  reference: protocolDefinition('Central Contact Person, Facility Contact and Overall Study Officials'),
  explanation:
    'Contact emails look like `name@domain.org`, phone numbers have at least 7 digits and no letters, and study officials are people.',
  documentation:
    'ClinicalTrials.gov reviewers send back contact data that appear invalid. An email address is `name@domain.tld` with no spaces; ' +
    'a phone number has at least 7 digits, written with digits, spaces, `+`, `-` and parentheses (an extension goes in `phoneExt`); ' +
    'an overall official is a named person ("Jane Smith, MD"), not a department or a role such as "Medical Director". ' +
    'Central contacts may be a role ("Study Information Line"). ' +
    'Fix: correct the email or phone number; name the responsible person as the official.',
  check(context) {
    const findings: RuleFinding[] = [];
    // Records list thousands of sites: read each contact object directly, never by pointer from the root.
    const contacts = new ContactChecker(findings);
    for (const [pointer, contact] of items(context, `${CONTACTS}/centralContacts`)) contacts.check(contact, pointer);
    const locations = context.list(`${CONTACTS}/locations`);
    for (let index = 0; index < locations.length; index++) {
      const location = locations[index];
      const siteContacts = isPlainObject(location) ? location.contacts : undefined;
      if (!Array.isArray(siteContacts)) continue;
      for (let contactIndex = 0; contactIndex < siteContacts.length; contactIndex++) {
        contacts.check(siteContacts[contactIndex], `${CONTACTS}/locations/${index}/contacts/${contactIndex}`);
      }
    }
    for (const [pointer, official] of items(context, `${CONTACTS}/overallOfficials`)) {
      const name = fieldText(official, 'name');
      if (name === undefined || !NOT_A_PERSON.test(name.trim())) continue;
      // Information, as the reference grades it: a role name is a weaker sign than a malformed address.
      findings.push({
        pointer: `${pointer}/name`,
        target: 'value',
        severity: 'information',
        message: `The overall official ${code(name)} appears to be a role or department, not a person. Name the person responsible (e.g. "Jane Smith, MD") and give the organisation as \`affiliation\`.`,
      });
    }
    return findings;
  },
};

/**
 * What is wrong with a contact's email and phone, remembered by their text for one check: a record lists the same
 * study contact at hundreds of sites, and the patterns need only run once per distinct value.
 */
class ContactChecker {
  private readonly emails = new Map<string, boolean>();
  private readonly phones = new Map<string, string | undefined>();

  constructor(private readonly findings: RuleFinding[]) {}

  /** Adds the problems of one contact (at `pointer`). */
  check(contact: RecordValue, pointer: string): void {
    const email = fieldText(contact, 'email');
    if (email !== undefined && !this.emailLooksValid(email)) {
      this.findings.push({
        pointer: `${pointer}/email`,
        target: 'value',
        message: `The email ${code(email)} does not look like an address. Write one address of the form \`name@domain.org\`, with no spaces or other text.`,
      });
    }
    const phone = fieldText(contact, 'phone');
    const phoneProblem = phone === undefined ? undefined : this.phoneProblem(phone);
    if (phone !== undefined && phoneProblem !== undefined) {
      this.findings.push({
        pointer: `${pointer}/phone`,
        target: 'value',
        message: `The phone number ${code(phone)} appears invalid (${phoneProblem}). Write the full number with its area or country code, e.g. \`+1 301-555-0100\`; put an extension in \`phoneExt\`.`,
      });
    }
  }

  private emailLooksValid(email: string): boolean {
    let valid = this.emails.get(email);
    if (valid === undefined) {
      const trimmed = email.trim();
      valid = trimmed === '' || EMAIL.test(trimmed);
      this.emails.set(email, valid);
    }
    return valid;
  }

  /** Why the phone number appears invalid, or undefined when it looks like one (or is blank). */
  private phoneProblem(phone: string): string | undefined {
    if (this.phones.has(phone)) return this.phones.get(phone);
    let problem: string | undefined;
    if (phone.trim() !== '') {
      const number = phone.trim().replace(EXTENSION, '');
      const digits = number.replace(/\D/g, '').length;
      if (digits < MIN_PHONE_DIGITS) problem = `only ${digits} digits`;
      else if (LETTER.test(number)) problem = 'it has letters';
    }
    this.phones.set(phone, problem);
    return problem;
  }
}
