import { isPlainObject, joinPointer } from '../../parse/parsedRecord';
import { dottedPath, missingRequiredFields, type MissingField } from '../../readiness/requiredFields';
import { missingField } from '../ruleHelpers';
import { protocolDefinition } from '../ruleReference';
import type { RuleContext, RuleDefinition, RuleFinding } from '../ruleTypes';

/** The rule's id; the review stage `submission` makes its findings errors. */
export const REQUIRED_FOR_REGISTRATION = 'review/required-for-registration';

export const requiredForRegistration: RuleDefinition = {
  id: REQUIRED_FOR_REGISTRATION,
  title: 'Required for registration',
  defaultSeverity: 'information',
  basis: '§4',
  confidence: 'secondary',
  provenance:
    'ctgov-model.md §4: the PRS data element definitions mark these fields required (`*`), required for studies starting on or after ' +
    '2017-01-18 (`*§`) or required in some records (`[*]`: why a study stopped, by status); several markers are verified (S6), the rest ' +
    'come from the upload schema (S4) and secondary copies of the definitions. The list (server/src/service/readiness/requiredFields.ts) ' +
    'was calibrated on the real registered records: fields they lack are not on it. Information while drafting, an error at the ' +
    '`submission` review stage. A field another check already reports missing (schema `required`, `design/*-required`, ' +
    '`eligibility/sex-required`, `identification/official-title`, …) is left to that check.',
  reference: protocolDefinition('required data elements (marked *)'),
  explanation: 'Fields ClinicalTrials.gov requires before it registers a study of this type (the preview lists the same ones).',
  documentation:
    'ClinicalTrials.gov does not register a study until every required data element is filled in: for every study the IDs, titles, ' +
    'status, responsible party, lead sponsor, conditions, brief summary, study type and eligibility; then the design fields, dates, ' +
    'enrollment and outcome measures of interventional and observational studies, and a few fields only some records need (why a ' +
    'stopped study stopped; the FDA questions of interventional studies starting on or after January 18, 2017). ' +
    'While drafting this is information; with `trialRecord.review.stage` set to `submission` (or `trial-record check --stage submission`) ' +
    "it is an error. A field another check already reports (the schema's required fields, the design rules, …) is reported there only. " +
    "The preview's readiness summary lists the same fields. Fix: fill in the field (the quick fix adds it with a placeholder).",
  check(context) {
    if (context.record === undefined) return [];
    return missingRequiredFields(context).map((missing) => findingFor(context, missing));
  },
};

function findingFor(context: RuleContext, missing: MissingField): RuleFinding {
  const message = `Required for registration: ${missing.label} (\`${dottedPath(missing.pointer)}\`)`;
  const finding = missingField(context, missing.pointer, message);
  return { ...finding, pointer: markedPointer(context, finding.pointer) };
}

/**
 * The nearest existing parent marks the finding; when that is a list item (an outcome without a time frame),
 * its first field is marked rather than the whole item.
 */
function markedPointer(context: RuleContext, parent: string): string {
  if (!/\/\d+$/.test(parent)) return parent;
  const item = context.value(parent);
  const first = isPlainObject(item) ? Object.keys(item)[0] : undefined;
  return first === undefined ? parent : joinPointer(parent, first);
}
