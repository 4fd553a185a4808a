import { PART_11_START_REQUIREMENT, recordDate, requirementStanding } from '../requirementDates';
import { IDENTIFICATION, missingField } from '../ruleHelpers';
import { protocolDefinition } from '../ruleReference';
import type { RuleDefinition } from '../ruleTypes';

/** Official Title is required for studies starting on or after this date (PRS `*§`). */
export const OFFICIAL_TITLE_REQUIRED_FROM = PART_11_START_REQUIREMENT.since;

export const officialTitle: RuleDefinition = {
  id: 'identification/official-title',
  title: 'Official title missing',
  defaultSeverity: 'error',
  basis: 'R25',
  confidence: 'verified',
  provenance: 'R25, verified (S6: the PRS definitions mark Official Title `*§`).',
  reference: protocolDefinition('Official Title'),
  explanation: `Studies starting on or after ${OFFICIAL_TITLE_REQUIRED_FROM} need an official title.`,
  documentation:
    'ClinicalTrials.gov requires an official title for studies that start on or after January 18, 2017 (the effective date of 42 CFR Part 11). ' +
    'A partial start date that straddles that day (`2017-01`, `2017`) is not decided. ' +
    "Fix: add `identificationModule.officialTitle`, the protocol's title (at most 600 characters).",
  check(context) {
    // Before the cut-off, no start date, or a partial date that straddles it (undecided): not required.
    if (requirementStanding(context, PART_11_START_REQUIREMENT) !== 'applies') return [];
    if (context.has(`${IDENTIFICATION}/officialTitle`)) return [];
    const start = recordDate(context, 'start')?.text ?? '';
    return [
      missingField(
        context,
        `${IDENTIFICATION}/officialTitle`,
        `The study starts ${start}, on or after ${OFFICIAL_TITLE_REQUIRED_FROM}, so it needs an official title (\`officialTitle\`).`,
      ),
    ];
  },
};
