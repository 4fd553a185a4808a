// Items of the design module: study type, phases, the design's parts (also written as one compound
// "Study Design" value), enrollment.
import { normaliseAllocation, normaliseInterventionModel, normalisePrimaryPurpose, normaliseStudyType } from '../../normalise/designEnums';
import { enumValueAt } from '../../normalise/enumValue';
import { normaliseEnrollment } from '../../normalise/enrollment';
import { normaliseMasking, normaliseWhoMasked } from '../../normalise/masking';
import { normalisePhases } from '../../normalise/phases';
import type { Item, ItemContext, ItemValue } from '../itemTypes';
import { enumItem, valueText } from './itemKit';

const DESIGN = 'designModule';
const DESIGN_INFO = [DESIGN, 'designInfo'] as const;

/** A phase field's value: `Phase 2`, `Phase I/II`, `PHASE2, PHASE3`, `2` (the label already says phase), `N/A`. */
export function phasesOf(text: string): string[] | undefined {
  const value = text.trim().replace(/\s*\((?:phase|clinical trial)[^)]*\)$/i, '');
  const direct = normalisePhases(value);
  if (direct) return direct;
  if (/^(?:[1-4]|I{1,3}|IV)(?:\s*[/,&-]\s*(?:[1-4]|I{1,3}|IV))*$/i.test(value)) return normalisePhases(`Phase ${value}`);
  return normalisePhases(value.replace(/\s+(?=phase)/gi, '/'));
}

const studyTypeOf = (text: string): string | undefined =>
  normaliseStudyType(
    text
      .replace(/\s*\((?:clinical trial|patient registry)\)\s*$/i, '')
      .replace(/^(?:interventional|observational) (?:study|trial)$/i, (match) => match.split(' ')[0]),
  );

const studyType: Item = {
  shape: 'one',
  accepts: (text) => studyTypeOf(text) !== undefined,
  read(value, context) {
    const text = valueText(value, context);
    if (text === undefined) return false;
    const type = studyTypeOf(text);
    const took = context.recorder.set([DESIGN, 'studyType'], type, value.lines, 'study type');
    if (took && /patient registry/i.test(text)) context.recorder.set([DESIGN, 'patientRegistry'], true, value.lines);
    return took;
  },
};

const phases: Item = {
  shape: 'one',
  accepts: (text) => phasesOf(text) !== undefined,
  read(value, context) {
    const text = valueText(value, context) ?? (/^\s*n\/?a\s*$/i.test(value.text) ? 'N/A' : undefined);
    return text !== undefined && context.recorder.set([DESIGN, 'phases'], phasesOf(text), value.lines, 'phase');
  },
};

const masking: Item = {
  shape: 'one',
  accepts: (text) => normaliseMasking(text).masking !== undefined,
  read(value, context) {
    const text = valueText(value, context);
    if (text === undefined) return false;
    const reading = normaliseMasking(text);
    const took = context.recorder.set([...DESIGN_INFO, 'maskingInfo', 'masking'], reading.masking, value.lines, 'masking');
    if (took && reading.whoMasked)
      context.recorder.set([...DESIGN_INFO, 'maskingInfo', 'whoMasked'], reading.whoMasked, value.lines, 'masked roles');
    return took;
  },
};

/** The masking level on one line and the masked roles alone on the next (`DOUBLE` / `Participants Investigators`). */
const maskingAndRoles: Item = {
  shape: 'list',
  read(value, context) {
    const [level, roles] = value.entries;
    if (level === undefined) return false;
    const took = masking.read({ ...value, text: level.text, lines: [value.labelLine, level.line], entries: [level] }, context);
    const who = roles ? normaliseWhoMasked(roles.text) : [];
    const rolesOnly =
      roles !== undefined &&
      roles.text.replace(/participants?|subjects?|care ?providers?|care ?givers?|investigators?|outcomes? assessors?|[,\s]/gi, '') === '';
    if (took && rolesOnly && who.length > 0)
      context.recorder.set([...DESIGN_INFO, 'maskingInfo', 'whoMasked'], who, roles.line, 'masked roles');
    return took;
  },
};

const observationalModelOf = (text: string): string | undefined => enumValueAt([...DESIGN_INFO, 'observationalModel'], text);
const timePerspectiveOf = (text: string): string | undefined => enumValueAt([...DESIGN_INFO, 'timePerspective'], text);

const enrollment: Item = {
  shape: 'one',
  accepts: (text) => normaliseEnrollment(text) !== undefined,
  read(value, context) {
    const text = valueText(value, context);
    const reading = normaliseEnrollment(text, value.label);
    if (!reading) {
      if (text !== undefined && /^0\b/.test(text.trim())) context.recorder.keep(value.lines, 'placeholder');
      return false;
    }
    return context.recorder.set(
      [DESIGN, 'enrollmentInfo'],
      { count: reading.count, ...(reading.type ? { type: reading.type } : {}) },
      value.lines,
      'enrollment',
    );
  },
};

const healthyVolunteersOf = (text: string): boolean | undefined => {
  const value = text.trim();
  if (/^(?:yes|true|accepts healthy volunteers)$/i.test(value)) return true;
  if (/^(?:no|false|no healthy volunteers|does not accept healthy volunteers)$/i.test(value)) return false;
  return undefined;
};

const healthyVolunteers: Item = {
  shape: 'one',
  accepts: (text) => healthyVolunteersOf(text) !== undefined,
  read(value, context) {
    const text = valueText(value, context);
    return (
      text !== undefined &&
      context.recorder.set(['eligibilityModule', 'healthyVolunteers'], healthyVolunteersOf(text), value.lines, 'healthy volunteers')
    );
  },
};

/** The parts of a compound design value, by the key each part starts with. */
const DESIGN_PARTS: ReadonlyArray<[RegExp, Item | undefined]> = [
  [/^allocation$/i, enumItem([...DESIGN_INFO, 'allocation'], normaliseAllocation)],
  [/^(?:intervention(?:al)?(?: study)? model|assignment)$/i, enumItem([...DESIGN_INFO, 'interventionModel'], normaliseInterventionModel)],
  [/^primary purpose$/i, enumItem([...DESIGN_INFO, 'primaryPurpose'], normalisePrimaryPurpose)],
  [/^masking$/i, masking],
  [/^observational (?:study )?model$/i, enumItem([...DESIGN_INFO, 'observationalModel'], observationalModelOf)],
  [/^time perspective$/i, enumItem([...DESIGN_INFO, 'timePerspective'], timePerspectiveOf)],
  [/^endpoint classification$/i, undefined], // a legacy field with no place in the API
];

/** Registry wording of a design without keys: `Single Arm Study`, `Randomized, Parallel Group, Active Controlled Trial`. */
function readDesignWords(text: string, value: ItemValue, context: ItemContext): boolean {
  const words = text.toLowerCase();
  let took = false;
  let understood = '';
  const set = (path: readonly string[], api: string, matched: RegExp): void => {
    const match = matched.exec(words);
    if (!match) return;
    took = context.recorder.set(path, api, value.lines) || took;
    understood += match[0];
  };
  set([...DESIGN_INFO, 'interventionModel'], 'SINGLE_GROUP', /single[- ]arm(?: study| trial)?|single group(?: assignment)?/);
  // `Not randomized`, `non-randomised`; `quasi-randomised` or `pseudo-randomized` say neither.
  const notRandomized = /\b(?:non|not|un)[- ]?randomi[sz]ed/;
  if (/\b(?:quasi|pseudo)[- ]?randomi[sz]/.test(words)) {
    took = false;
  } else if (notRandomized.test(words)) set([...DESIGN_INFO, 'allocation'], 'NON_RANDOMIZED', notRandomized);
  else set([...DESIGN_INFO, 'allocation'], 'RANDOMIZED', /\brandomi[sz]ed/);
  set([...DESIGN_INFO, 'interventionModel'], 'PARALLEL', /parallel(?: group| assignment)?/);
  set([...DESIGN_INFO, 'interventionModel'], 'CROSSOVER', /cross[- ]?over(?: assignment)?/);
  set([...DESIGN_INFO, 'interventionModel'], 'FACTORIAL', /factorial(?: assignment)?/);
  // Words left over (`Active Controlled Trial`, `Endpoint …`) stay with the line, as a comment.
  if (took && words.replace(/[^a-z]/g, '').length > understood.replace(/[^a-z]/g, '').length) context.recorder.partlyRead(value.lines);
  return took;
}

/**
 * A compound design: `Allocation: Randomized. Intervention model: Parallel Assignment. Masking: …`,
 * `Observational Model: Cohort;   Time Perspective: Prospective`, or registry wording without keys.
 */
const studyDesign: Item = {
  shape: 'one',
  accepts: (text) =>
    /\b(?:allocation|intervention(?:al)? model|observational model|time perspective|masking|primary purpose)\s*:/i.test(text),
  read(value, context) {
    const text = valueText(value, context);
    if (text === undefined) return false;
    const parts = text.split(/(?:[.;]\s+|\s{2,}|\n)(?=[A-Z][A-Za-z ]{2,40}:)/).map((part) => part.trim().replace(/[.;]$/, ''));
    const keyed = parts.map((part) => /^([A-Za-z][A-Za-z ]{2,40}?)\s*:\s*(.+)$/.exec(part));
    if (keyed.every((match) => match === null)) return readDesignWords(text, value, context);
    let took = false;
    keyed.forEach((match, index) => {
      const item = match ? DESIGN_PARTS.find(([key]) => key.test(match[1].trim())) : undefined;
      if (!match || !item) {
        context.recorder.partlyRead(value.lines);
        return;
      }
      if (item[1] === undefined) {
        // A part with no field in a ClinicalTrials.gov record (`Endpoint Classification`): the line stays as a comment too.
        context.recorder.partlyRead(value.lines, 'no-field');
        return;
      }
      const partValue: ItemValue = {
        ...value,
        label: match[1],
        text: match[2],
        entries: [{ text: match[2], raw: match[2], line: value.labelLine }],
      };
      if (!item[1].read(partValue, context) && parts[index] !== '') context.recorder.partlyRead(value.lines);
      else took = true;
    });
    return took;
  },
};

export const DESIGN_ITEMS = {
  studyType,
  phases,
  allocation: enumItem([...DESIGN_INFO, 'allocation'], normaliseAllocation),
  interventionModel: enumItem([...DESIGN_INFO, 'interventionModel'], normaliseInterventionModel),
  primaryPurpose: enumItem([...DESIGN_INFO, 'primaryPurpose'], normalisePrimaryPurpose),
  observationalModel: enumItem([...DESIGN_INFO, 'observationalModel'], observationalModelOf),
  timePerspective: enumItem([...DESIGN_INFO, 'timePerspective'], timePerspectiveOf),
  masking,
  maskingAndRoles,
  studyDesign,
  enrollment,
  healthyVolunteers,
} as const;
