// Items that say which trial this is: its own registration number, the sponsor's study ID, other
// registries' numbers, titles and acronym.
import { NCT_ID, registryIdOf, secondaryIdInfo } from '../../normalise/secondaryId';
import { presentValue } from '../../normalise/placeholder';
import type { Item, ItemContext, ItemValue } from '../itemTypes';
import { textItem, valueText } from './itemKit';

const ID_MODULE = 'identificationModule';
/** An issuer's short name, then its number (`IRAS 277021`). */
const ISSUER_AND_NUMBER = /^([A-Z][A-Za-z]{1,15})\s+(\d[\w./-]*)$/;
/** Words registries write where a number would be: "no secondary ID". */
const NO_ID = /^(?:nil|none|no|not applicable|n\/?a|-+)$/i;

/**
 * Files one ID the page gives for this trial: an NCT ID as `nctId`, another registry's as a secondary ID.
 * An NCT ID met in a list of identifiers (`otherwise` set) is only the trial's own until the page says
 * otherwise: a labelled NCT ID that differs replaces it.
 */
export function fileTrialId(id: string, value: ItemValue, context: ItemContext, otherwise?: 'OTHER'): boolean {
  const trimmed = id.trim().replace(/[.,;]$/, '');
  if (NCT_ID.test(trimmed.toUpperCase()))
    return context.recorder.set([ID_MODULE, 'nctId'], trimmed.toUpperCase(), value.lines, 'NCT ID', { soft: otherwise !== undefined });
  const registry = registryIdOf(trimmed);
  if (registry) return context.recorder.push([ID_MODULE, 'secondaryIdInfos'], secondaryIdInfo(registry), value.lines, 'secondary ID');
  if (otherwise && !NO_ID.test(trimmed))
    return context.recorder.push([ID_MODULE, 'secondaryIdInfos'], { id: trimmed, type: otherwise }, value.lines, 'secondary ID');
  return false;
}

/** The page's own registration number (any registry): the first ID-shaped token of the value. */
const ownId: Item = {
  shape: 'one',
  accepts: (text) => idToken(text) !== undefined,
  read(value, context) {
    const token = idToken(valueText(value, context) ?? '');
    if (token === undefined) return false;
    const took = fileTrialId(token, value, context);
    // `CTRI/2020/05/025213 [Registered on: 15/05/2020] Trial Registered Prospectively`: the rest stays.
    if (took && (valueText(value, context) ?? '').trim() !== token) context.recorder.partlyRead(value.lines);
    return took;
  },
};

function idToken(text: string): string | undefined {
  const first = text
    .trim()
    .split(/\s+/)[0]
    ?.replace(/[.,;]$/, '');
  if (first === undefined || first === '') return undefined;
  if (NCT_ID.test(first.toUpperCase()) || registryIdOf(first)) return first;
  return undefined;
}

/** A label that holds the ClinicalTrials.gov number only. */
const nctId: Item = {
  shape: 'one',
  accepts: (text) => NCT_ID.test(text.trim().split(/\s+/)[0]?.toUpperCase() ?? ''),
  read(value, context) {
    const first = (valueText(value, context) ?? '').split(/\s+/)[0] ?? '';
    if (!NCT_ID.test(first.toUpperCase())) return false;
    const took = context.recorder.set([ID_MODULE, 'nctId'], first.toUpperCase(), value.lines, 'NCT ID');
    if (took && (valueText(value, context) ?? '').trim() !== first) context.recorder.partlyRead(value.lines);
    return took;
  },
};

/**
 * A list of the trial's other numbers (`Secondary IDs`, `Trial identifier`, `Identifiers`): each an
 * NCT ID, another registry's number, or a number of unknown kind (`OTHER`); `(Other Identifier)` after
 * a number is the page typing it.
 */
const secondaryIds: Item = {
  shape: 'list',
  names: true,
  read(value, context) {
    let took = false;
    for (const entry of value.entries) {
      const text = presentValue(context.clean(entry.text));
      if (text === undefined || NO_ID.test(text)) continue;
      const entryValue = { ...value, lines: [entry.line] };
      for (const part of text.split(/\s*[,;]\s+/)) {
        const typed = /^(\S+)\s*\((?:other identifier|other id)\)$/i.exec(part);
        if (typed) took = context.recorder.push([ID_MODULE, 'secondaryIdInfos'], { id: typed[1], type: 'OTHER' }, entry.line) || took;
        else if (/^\S+$/.test(part)) took = fileTrialId(part, entryValue, context, 'OTHER') || took;
        // `IRAS 277021`, `CPMS 44839`: the issuer written before its number.
        else if (ISSUER_AND_NUMBER.test(part)) {
          const [, domain, id] = ISSUER_AND_NUMBER.exec(part) ?? [];
          took = context.recorder.push([ID_MODULE, 'secondaryIdInfos'], { id, type: 'OTHER', domain }, entry.line, 'secondary ID') || took;
        }
        // `26.02.19 version 1.0`: a number with words, given as one identifier.
        else if (part.length <= 40 && /\d/.test(part) && value.entries.length === 1)
          took = context.recorder.push([ID_MODULE, 'secondaryIdInfos'], { id: part, type: 'OTHER' }, entry.line) || took;
        else context.recorder.partlyRead(entry.line);
      }
    }
    return took;
  },
};

/**
 * The sponsor's own study ID. `Other Study ID Numbers: MK-7123-019, 2009-011213-33`: the first is the
 * sponsor's, the others are filed as the trial's other numbers.
 */
const orgStudyId: Item = {
  shape: 'one',
  read(value, context) {
    const text = valueText(value, context);
    if (text === undefined || NO_ID.test(text)) return false;
    const [first, ...others] = text.split(/\s*[,;]\s*/);
    if (first === undefined || /\s/.test(first) || first.length > 60) return false;
    const took = context.recorder.set([ID_MODULE, 'orgStudyIdInfo', 'id'], first, value.lines, 'organisation study ID');
    for (const other of others) if (!fileTrialId(other, value, context, 'OTHER')) context.recorder.partlyRead(value.lines);
    return took;
  },
};

/** A number that is a registry's by its shape (EudraCT, CTIS, WHO UTN): filed under that registry. */
const registryNumber: Item = {
  shape: 'one',
  accepts: (text) => registryIdOf(text.trim()) !== undefined,
  read(value, context) {
    const text = valueText(value, context);
    const token = text?.split(/\s+/)[0] ?? '';
    const took = fileTrialId(token, value, context);
    if (took && text !== undefined && text.trim() !== token) context.recorder.partlyRead(value.lines);
    return took;
  },
};

/** A line on the page that names the page's own study by NCT ID in its address (`Effective URL: …/study/NCT…`). */
const studyAddress: Item = {
  shape: 'one',
  read(value, context) {
    const match = /clinicaltrials\.gov\/(?:study|ct2\/show(?:\/record|\/results)?|show)\/(NCT\d{8})\b/i.exec(value.text);
    return match !== null && context.recorder.set([ID_MODULE, 'nctId'], match[1].toUpperCase(), value.lines, 'NCT ID');
  },
};

export const IDENTITY_ITEMS = {
  ownId,
  nctId,
  secondaryIds,
  orgStudyId,
  registryNumber,
  studyAddress,
  briefTitle: textItem([ID_MODULE, 'briefTitle']),
  officialTitle: textItem([ID_MODULE, 'officialTitle']),
  // The schema allows 14 characters: a longer "acronym" is a short title, not an acronym.
  acronym: textItem([ID_MODULE, 'acronym'], 'one', 14),
} as const;
