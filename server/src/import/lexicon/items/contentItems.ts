// Items of the sponsor, description, conditions, interventions and eligibility modules.
import { normaliseAge, normaliseAgeRange } from '../../normalise/ages';
import { normaliseInterventionType, normaliseSex } from '../../normalise/designEnums';
import { enumValueAt } from '../../normalise/enumValue';
import { normaliseEnrollment } from '../../normalise/enrollment';
import { normalisePhases } from '../../normalise/phases';
import { presentValue } from '../../normalise/placeholder';
import { readBadge } from '../badges';
import type { Item } from '../itemTypes';
import { enumItem, takeEntries, textItem, valueText } from './itemKit';

const SPONSORS = 'sponsorCollaboratorsModule';
const ELIGIBILITY = 'eligibilityModule';

const agencyClassOf = (text: string): string | undefined =>
  enumValueAt([SPONSORS, 'leadSponsor', 'class'], text, { 'U.S. Fed': 'FED', Individual: 'INDIV', 'Other Government': 'OTHER_GOV' });

/** `NRG Oncology (Other)`, `Pfizer (Industry)`: the name, and the class the page states after it. */
function sponsorName(text: string): { name: string; class?: string } {
  const suffix = /^(.*\S)\s*\(([^()]+)\)$/.exec(text.trim());
  const agencyClass = suffix ? agencyClassOf(suffix[2]) : undefined;
  return suffix && agencyClass ? { name: suffix[1], class: agencyClass } : { name: text.trim() };
}

const leadSponsor: Item = {
  shape: 'one',
  read(value, context) {
    // WHO registries put the sponsor's name under a `Name` key (`Primary Sponsor` / `Name  X`).
    const text = valueText(value, context)?.replace(/^name\s*[:|]?\s+/i, '');
    if (text === undefined || text.includes('\n')) return false;
    const sponsor = sponsorName(text);
    const took = context.recorder.set([SPONSORS, 'leadSponsor', 'name'], sponsor.name, value.lines, 'lead sponsor');
    if (took && sponsor.class) context.recorder.set([SPONSORS, 'leadSponsor', 'class'], sponsor.class, value.lines, 'sponsor class');
    return took;
  },
};

/**
 * Classic ClinicalTrials.gov pages lost the sponsor's name from `Sponsor:`; the name under
 * `Information provided by (Responsible Party):` is the lead sponsor then, and only then.
 */
const informationProvidedBy: Item = {
  shape: 'one',
  read(value, context) {
    if (context.recorder.has([SPONSORS, 'leadSponsor', 'name'])) return false;
    return leadSponsor.read(value, context);
  },
};

const collaborators: Item = {
  shape: 'list',
  names: true,
  read(value, context) {
    return takeEntries(value, context, (text, line) => {
      const sponsor = sponsorName(text);
      return context.recorder.push([SPONSORS, 'collaborators'], sponsor.class ? sponsor : { name: sponsor.name }, line, 'collaborator');
    });
  },
};

/** Lines under a conditions label that code or classify rather than name a condition. */
const CODING_LINE = /^(?:MedDRA|Therapeutic area|Condition category|Condition code|Classification|ICD-?10|Level:|Term:)/i;

/** A lower-case word run into a capitalised one (`SepsisSeptic`, `DiabetesDiabetes`): names glued by a text extraction. */
const GLUED_NAMES = /[a-z]{3}[A-Z][a-z]{2}/;

/** A list of names, one per line (conditions, keywords); coding lines are not names. */
function nameListItem(path: readonly string[], fieldName: string): Item {
  return {
    shape: 'list',
    names: true,
    read(value, context) {
      return takeEntries(value, context, (text, line) => {
        if (CODING_LINE.test(text)) {
          context.recorder.keep(line, 'no-field');
          return false;
        }
        if (GLUED_NAMES.test(text)) {
          // `SepsisSeptic Shock`: two names run together, and where one ends cannot be told for sure.
          context.recorder.keep(line, 'unreadable');
          context.recorder.warn(`"${text}" looks like several ${fieldName}s run together; kept as a comment.`);
          return false;
        }
        return context.recorder.push(path, text, line, fieldName);
      });
    },
  };
}

/** `Drug: Navarixin`, `DRUG: Hydroxychloroquine`, `Biological: X` → type and name; a bare name keeps no type. */
export function interventionOf(text: string): { type?: string; name: string } | undefined {
  const typed = /^([A-Za-z][A-Za-z /]{1,30}?)\s*:\s*(.+)$/.exec(text.trim());
  const type = typed ? normaliseInterventionType(typed[1]) : undefined;
  if (typed && type) return { type, name: typed[2].trim() };
  return text.trim() === '' ? undefined : { name: text.trim() };
}

/** The keys of an intervention written as a small record (`Type: DRUG`, `Name: G-CSF`, `Description: …`, `Arm Group Labels: …`). */
const INTERVENTION_KEYS =
  /^(?:(?:intervention )?type|(?:intervention )?name|(?:intervention )?description|arm group labels?|other names?)$/i;

interface InterventionRecord {
  type?: string;
  name?: string;
  description?: string;
  armGroupLabels?: string[];
  otherNames?: string[];
}

type InterventionField = keyof InterventionRecord;

/** Interventions written as keyed records: a new record starts where a key repeats. */
function readInterventionRecords(
  entries: ReadonlyArray<{ text: string; line: number }>,
  cutOff: (line: number) => boolean,
): Array<{ intervention: InterventionRecord; lines: number[] }> | undefined {
  const records: Array<{ intervention: InterventionRecord; lines: number[]; fields: Set<InterventionField> }> = [];
  for (const entry of entries) {
    const keyed = /^([A-Za-z ]{3,30}?)\s*:\s*(.+)$/.exec(entry.text.trim());
    if (!keyed || !INTERVENTION_KEYS.test(keyed[1])) return undefined;
    const key = keyed[1].toLowerCase().replace(/^intervention /, '');
    const text = keyed[2].trim();
    let current = records[records.length - 1];
    const field: InterventionField = key.startsWith('type')
      ? 'type'
      : key.startsWith('name')
        ? 'name'
        : key.startsWith('description')
          ? 'description'
          : key.startsWith('arm')
            ? 'armGroupLabels'
            : 'otherNames';
    if (!current || current.fields.has(field)) {
      current = { intervention: {}, lines: [], fields: new Set() };
      records.push(current);
    }
    current.fields.add(field);
    // A field that runs into the cut-off end of the text may be incomplete: the rest of the intervention stands.
    if (cutOff(entry.line)) continue;
    if (field === 'type') current.intervention.type = normaliseInterventionType(text);
    else if (field === 'armGroupLabels' || field === 'otherNames') current.intervention[field] = text.split(/\s*,\s+/);
    else current.intervention[field] = text;
    current.lines.push(entry.line);
  }
  return records;
}

const interventions: Item = {
  shape: 'list',
  names: true,
  subLabels: INTERVENTION_KEYS,
  read(value, context) {
    let took = false;
    const records = readInterventionRecords(value.entries, (line) => context.recorder.runsIntoCut(line));
    if (records) {
      for (const { intervention, lines } of records) {
        if (intervention.name === undefined) context.recorder.keep(lines, 'unreadable');
        else took = context.recorder.push(['armsInterventionsModule', 'interventions'], intervention, lines, 'intervention') || took;
      }
      return took;
    }
    // `Treatments md1003 100mg capsule, placebo`: names listed on the label's line, split at commas.
    const onLabelLine = value.entries.length === 1 && value.entries[0].line === value.labelLine;
    return takeEntries(value, context, (text, line) => {
      const names = onLabelLine && !text.includes(':') ? text.split(/\s*,\s+/) : [text];
      return names
        .map((name) => context.recorder.push(['armsInterventionsModule', 'interventions'], interventionOf(name), line, 'intervention'))
        .some(Boolean);
    });
  },
};

/**
 * Eligibility criteria: the text as the page gives it. A criteria label inside it (`Inclusion
 * Criteria:`) is part of the text, not a new field (see the engine's criteria handling).
 */
const eligibilityCriteria: Item = {
  shape: 'block',
  read(value, context) {
    const text = valueText(value, context);
    // Criteria have a heading, list items or the word: a lone line of ages and sexes under the label is not them.
    if (text === undefined || !(/criteri|inclusion|exclusion/i.test(text) || /^\s*(?:[-•*·]|\d{1,2}[.)])\s/m.test(text))) return false;
    return context.recorder.set([ELIGIBILITY, 'eligibilityCriteria'], text, value.lines, 'eligibility criteria');
  },
};

const sexOf = (text: string): string | undefined =>
  normaliseSex(text.replace(/\s+(?:genders?|sexes)$/i, '').replace(/^(?:both|all),? (?:male and female|males and females)$/i, 'All'));

const ageItem = (field: 'minimumAge' | 'maximumAge'): Item => ({
  shape: 'one',
  accepts: (text) => normaliseAge(text) !== undefined,
  read(value, context) {
    const text = valueText(value, context);
    const age = text === undefined ? undefined : normaliseAge(text);
    const took = context.recorder.set([ELIGIBILITY, field], age, value.lines, field === 'minimumAge' ? 'minimum age' : 'maximum age');
    // `18 Years (16 with parental consent)`: the age is read, the rest stays with the line.
    if (took && text !== undefined && !/^\d+(?:\.0+)?\s*\w+(?:\(s\))?(?:\s+old)?\.?$/i.test(text.trim()))
      context.recorder.partlyRead(value.lines);
    return took;
  },
});

/** `18 Years to 80 Years`, `18+ years old`, `21-80`: both limits from one value. */
const ageRange: Item = {
  shape: 'one',
  accepts: (text) => Object.keys(normaliseAgeRange(text)).length > 0,
  read(value, context) {
    const text = valueText(value, context);
    if (text === undefined) return false;
    const range = normaliseAgeRange(text.replace(/\s*\([^)]*\)\s*$/, ''));
    const min = context.recorder.set([ELIGIBILITY, 'minimumAge'], range.minimumAge, value.lines, 'minimum age');
    const max = context.recorder.set([ELIGIBILITY, 'maximumAge'], range.maximumAge, value.lines, 'maximum age');
    // `18 Years to 80` (one limit read), or a note in brackets: the rest of the line stays as a comment.
    const whole = range.minimumAge !== undefined && range.maximumAge !== undefined && !/\(/.test(text);
    const oneSided = /\b(?:and (?:older|over)|or older|up to|under)\b|\+/i.test(text);
    if ((min || max) && !whole && !oneSided) context.recorder.partlyRead(value.lines);
    return min || max;
  },
};

/** `Ages 21-80 All Genders` (one line, two fields). */
const agesAndSex: Item = {
  shape: 'one',
  accepts: (text) => /\d.*\s(?:all|both|male|female)s?(?: genders?| sexes)?$/i.test(text),
  read(value, context) {
    const match = /^(.*?)\s+((?:all|both|male|female)s?(?: genders?| sexes)?)$/i.exec(valueText(value, context) ?? '');
    if (!match) return false;
    const ages = ageRange.read({ ...value, text: match[1] }, context);
    const sex = context.recorder.set([ELIGIBILITY, 'sex'], sexOf(match[2]), value.lines, 'sex');
    return ages || sex;
  },
};

const INTERVENTION_START =
  /(?=\b(?:Drug|Device|Biological|Procedure|Radiation|Behavioral|Genetic|Dietary Supplement|Combination Product|Diagnostic Test|Other):\s)/;
const PHASE_AT_END = /\s*((?:Early )?Phase (?:[1-4]|I{1,3}|IV)(?:\s*[/&]?\s*(?:Phase )?(?:[1-4]|I{1,3}|IV))*|N\/A|Not Applicable)$/i;

/**
 * ClinicalTrials.gov's `Condition Intervention Phase` table: conditions, then `Type: Name`
 * interventions, then the phase, one cell per line — or all cells of a row glued on one line, where
 * only the typed interventions and the phase have a boundary (the conditions before them do not).
 */
const conditionInterventionPhase: Item = {
  shape: 'list',
  read(value, context) {
    let took = false;
    let sawIntervention = false;
    for (const entry of value.entries) {
      const text = presentValue(context.clean(entry.text)) ?? (/^\s*n\/?a\s*$/i.test(entry.text) ? 'N/A' : undefined);
      if (text === undefined) continue;
      const phase = PHASE_AT_END.exec(text);
      const rest = phase ? text.slice(0, phase.index).trim() : text;
      const cells = rest
        .split(INTERVENTION_START)
        .map((cell) => cell.trim())
        .filter((cell) => cell !== '');
      const typed = cells.filter((cell) => interventionOf(cell)?.type !== undefined);
      if ((phase && cells.length > 0) || (typed.length > 0 && typed.length < cells.length)) {
        // A row whose cells are glued by spaces: no boundary can be trusted, so none of it is taken.
        context.recorder.keep(entry.line, 'unreadable');
        continue;
      }
      if (phase) {
        const phases = normalisePhases(phase[1]) ?? (/^(?:n\/a|not applicable)$/i.test(phase[1]) ? ['NA'] : undefined);
        took = context.recorder.set(['designModule', 'phases'], phases, entry.line, 'phase') || took;
      } else if (typed.length > 0) {
        sawIntervention = true;
        for (const cell of typed)
          took =
            context.recorder.push(['armsInterventionsModule', 'interventions'], interventionOf(cell), entry.line, 'intervention') || took;
      } else if (!sawIntervention) {
        took = context.recorder.push(['conditionsModule', 'conditions'], rest, entry.line, 'condition') || took;
      } else context.recorder.keep(entry.line, 'unreadable');
    }
    return took;
  },
};

/** A labelled list of badges (`Status and phase` / `Completed` / `Phase 4`): each entry by its form. */
const badges: Item = {
  shape: 'list',
  read(value, context) {
    let took = false;
    for (const entry of value.entries) took = readBadge(entry.text, entry.line, context.recorder) || took;
    return took;
  },
};

/**
 * A participant count followed by the eligibility criteria without a heading of their own (MedPath's
 * `Target Recruitment` / `5000` / the criteria). A criteria heading below ends it and reads on its own.
 */
const enrollmentAndCriteria: Item = {
  shape: 'block',
  read(value, context) {
    const [count, ...criteria] = value.entries;
    if (count === undefined) return false;
    const enrollment = normaliseEnrollment(count.text);
    const took =
      enrollment !== undefined &&
      context.recorder.set(
        ['designModule', 'enrollmentInfo'],
        { count: enrollment.count, ...(enrollment.type ? { type: enrollment.type } : {}) },
        [value.labelLine, count.line],
        'enrollment',
      );
    if (enrollment === undefined && presentValue(count.text) === undefined) context.recorder.keep(count.line, 'placeholder');
    if (criteria.length > 0) {
      const text = criteria.map((entry) => entry.raw.trim()).join('\n');
      const lines = criteria.map((entry) => entry.line);
      // The site's layout says these lines are the criteria; a placeholder or a link is not.
      if (presentValue(text) === undefined) context.recorder.keep(lines, 'placeholder');
      else if (/^(?:view (?:on|at) |https?:\/\/)/i.test(text) && criteria.length === 1) context.recorder.keep(lines, 'not-recognised');
      else context.recorder.set([ELIGIBILITY, 'eligibilityCriteria'], text, lines, 'eligibility criteria');
    }
    return took;
  },
};

export const CONTENT_ITEMS = {
  enrollmentAndCriteria,
  badges,
  conditionInterventionPhase,
  leadSponsor,
  informationProvidedBy,
  sponsorClass: enumItem([SPONSORS, 'leadSponsor', 'class'], agencyClassOf),
  collaborators,
  briefSummary: textItem(['descriptionModule', 'briefSummary'], 'block'),
  detailedDescription: textItem(['descriptionModule', 'detailedDescription'], 'block'),
  conditions: nameListItem(['conditionsModule', 'conditions'], 'condition'),
  keywords: nameListItem(['conditionsModule', 'keywords'], 'keyword'),
  interventions,
  eligibilityCriteria,
  sex: enumItem([ELIGIBILITY, 'sex'], sexOf),
  minimumAge: ageItem('minimumAge'),
  maximumAge: ageItem('maximumAge'),
  ageRange,
  agesAndSex,
} as const;
