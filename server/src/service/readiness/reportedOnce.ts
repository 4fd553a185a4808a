// One problem per missing field: `review/required-for-registration` is the fallback reporter of the required
// fields (requiredFields.ts); when the schema (`required`, an empty or null value) or another rule
// (`design/interventional-required`, `eligibility/sex-required`, `identification/official-title`, …) reports the
// same field, that check owns it and the fallback's finding is dropped.
import type { RecordDiagnostic } from '../diagnostics/recordDiagnostic';
import { joinPointer, parentPointer } from '../parse/parsedRecord';
import { REQUIRED_FOR_REGISTRATION } from '../rules/review/required-for-registration';
import { requiredFieldAt } from './requiredFields';

/** `candidates` without the required-for-registration findings whose field a diagnostic of `candidates` or `others` already reports. */
export function withoutFieldsReportedElsewhere(
  candidates: readonly RecordDiagnostic[],
  others: readonly RecordDiagnostic[] = [],
): RecordDiagnostic[] {
  const owners = [...candidates, ...others].filter((diagnostic) => diagnostic.code !== REQUIRED_FOR_REGISTRATION);
  if (owners.length === 0) return [...candidates];
  // A diagnostic at the field itself (an empty or null value) reports it; a missing group (its insert fix) or a
  // group of the wrong type reports every field inside it.
  const atField = new Set<string>();
  const groups = new Set<string>();
  for (const owner of owners) {
    if (owner.pointer !== undefined) (owner.code === 'schema/type' ? groups : atField).add(owner.pointer);
    if (owner.fix?.kind === 'insert-property')
      for (const name of owner.fix.properties) groups.add(joinPointer(owner.fix.parentPointer, name));
  }
  return candidates.filter((diagnostic) => {
    const field = fieldOf(diagnostic);
    return field === undefined || !(atField.has(field) || insideAny(field, groups) || reportedInItem(field, owners));
  });
}

/** The field a required-for-registration finding is about (its fix inserts it); undefined for other diagnostics. */
function fieldOf(diagnostic: RecordDiagnostic): string | undefined {
  if (diagnostic.code !== REQUIRED_FOR_REGISTRATION || diagnostic.fix?.kind !== 'insert-property') return undefined;
  return joinPointer(diagnostic.fix.parentPointer, diagnostic.fix.properties[0]);
}

/** The field's `reportedBy` rule reported it, anywhere in the field's own group (its list item). */
function reportedInItem(field: string, owners: readonly RecordDiagnostic[]): boolean {
  const reportedBy = requiredFieldAt(field)?.reportedBy;
  if (reportedBy === undefined) return false;
  const item = parentPointer(field);
  return owners.some(
    (owner) => owner.code === reportedBy && owner.pointer !== undefined && (owner.pointer === item || owner.pointer.startsWith(`${item}/`)),
  );
}

/** The field or a group holding it (a missing `leadSponsor` holds its `name`) is among `groups`. */
function insideAny(field: string, groups: ReadonlySet<string>): boolean {
  for (let pointer = field; pointer !== ''; pointer = pointer.slice(0, pointer.lastIndexOf('/'))) {
    if (groups.has(pointer)) return true;
  }
  return false;
}
