// When the registry began to ask for a field, and whether a record is old enough to predate that. A record
// registered (or a study started) before a requirement existed was accepted without the field, and the
// registry still publishes it so: a check for a later requirement must not call such a record wrong.
import { parsePartialDate, type PartialDate } from './partialDate';
import { STATUS } from './ruleHelpers';
import type { RuleContext } from './ruleTypes';

/**
 * The effective date of 42 CFR Part 11 (the FDAAA 801 final rule). The PRS data element definitions in force
 * today are "mostly adapted from 42 CFR Part 11" and mark with `*§` the elements required for studies starting
 * on or after this day (ctgov-model.md §4, S6, verified). The same month the registry turned the study design
 * from one comma-separated text into structured fields — allocation, intervention model, primary purpose,
 * time perspective, masking (public XML change log of 01/11/2017, ctgov-model.md S5, verified).
 */
export const PART_11_EFFECTIVE_DATE = '2017-01-18';

/** What the helpers read: a rule's context, or anything else that reads the protocol section by pointer (the preview). */
export type RecordReader = Pick<RuleContext, 'value'>;

/** A field the registry asks for since a given day. */
export interface RegistryRequirement {
  /** The first day it applies, `yyyy-MM-dd`. */
  readonly since: string;
  /**
   * Which of the record's own dates decides: the study start date (the PRS `*§` elements), or the day the
   * study was first submitted (`studyFirstSubmitDate`), for a requirement the reference dates no further
   * than "introduced with the structured data of that day".
   */
  readonly decidedBy: 'start' | 'registration';
  /** Where `since` comes from, for the rules' provenance. */
  readonly source: string;
}

/** PRS `*§`: required for studies that start on or after 2017-01-18 (Official Title, …). */
export const PART_11_START_REQUIREMENT: RegistryRequirement = {
  since: PART_11_EFFECTIVE_DATE,
  decidedBy: 'start',
  source: 'PRS `*§` marker: required if the study start date is on or after 2017-01-18 (ctgov-model.md §4, S6, verified)',
};

/**
 * The structured study design (allocation, intervention and observational model, time perspective, masking and
 * masked roles, study population and sampling): the reference gives no date for when each became required, so
 * the record's first submission is compared with the earliest date the structured design is evidenced,
 * 2017-01 (the public XML change log of 01/11/2017, S5, together with the 42 CFR Part 11 effective date, S6).
 * Real records agree: NCT00001177 (registered 1999), NCT00277524 (2006) and NCT02591940 (2015) lack the
 * observational model, NCT01339988 (2011) its allocation, and the registry still publishes them.
 */
export const STRUCTURED_DESIGN_REQUIREMENT: RegistryRequirement = {
  since: PART_11_EFFECTIVE_DATE,
  decidedBy: 'registration',
  source:
    "no date in the reference for this field; the record's `studyFirstSubmitDate` is compared with 2017-01-18, the earliest date the structured " +
    'study design is evidenced (public XML change log 01/11/2017, S5; 42 CFR Part 11 effective date, S6)',
};

/**
 * The primary outcome measure as a registration element: FDAAA 801 (Public Law 110-85, enacted 2007-09-27) made
 * it one. The reference does not date it (not verified here), so the record's first submission is compared with
 * that day. Real records agree: NCT00184067 (registered 2005) has no primary outcome and the registry still
 * publishes it; every real record registered since has one.
 */
export const PRIMARY_OUTCOME_REQUIREMENT: RegistryRequirement = {
  since: '2007-09-27',
  decidedBy: 'registration',
  source:
    "no date in the reference; the record's `studyFirstSubmitDate` is compared with 2007-09-27, the day FDAAA 801 (Public Law 110-85) " +
    'made the primary outcome a registration element (outside the reference, unverified)',
};

/**
 * How a requirement stands for this record:
 * - `applies`: the deciding date is on or after `since`;
 * - `predates`: the deciding date lies wholly before `since` (the record was accepted without the field);
 * - `undecided`: a partial date (`2017-01`, `2017`) that straddles `since`;
 * - `no-date`: the record has no readable deciding date (a new record is not yet submitted; a draft may have no start).
 */
export type RequirementStanding = 'applies' | 'predates' | 'undecided' | 'no-date';

export function requirementStanding(context: RecordReader, requirement: RegistryRequirement): RequirementStanding {
  const since = parsePartialDate(requirement.since);
  if (since?.precision !== 'day') throw new Error(`A requirement date must be yyyy-MM-dd, got ${JSON.stringify(requirement.since)}`);
  const decidingDate = recordDate(context, requirement.decidedBy);
  if (!decidingDate) return 'no-date';
  if (decidingDate.lastDay < since.firstDay) return 'predates';
  return decidingDate.firstDay >= since.firstDay ? 'applies' : 'undecided';
}

/**
 * True unless the record surely predates the requirement: a record not yet submitted (no
 * `studyFirstSubmitDate`, as when it is written now) is held to today's requirements.
 */
export function heldToRequirement(context: RecordReader, requirement: RegistryRequirement): boolean {
  return requirementStanding(context, requirement) !== 'predates';
}

/** The record's start date or first-submission date, with its text. */
export function recordDate(context: RecordReader, decidedBy: RegistryRequirement['decidedBy']): PartialDate | undefined {
  return parsePartialDate(context.value(decidedBy === 'start' ? `${STATUS}/startDateStruct/date` : `${STATUS}/studyFirstSubmitDate`));
}
