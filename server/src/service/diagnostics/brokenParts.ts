// After a syntax error, the part of a YAML record that does not parse (a module, a field, a list
// item: see parse/tolerantYaml.ts) holds whatever its own parse could make of it: often nothing,
// or a fragment. Checking that against the schema and the rules would report a missing field for
// every field it hides. Such findings are held back, and each broken part gets one note instead.
import type { ParsedRecord } from '../parse/parsedRecord';
import type { OffsetRange } from '../text/offsetRange';
import type { RecordDiagnostic } from './recordDiagnostic';

export const UNCHECKED_PART_CODE = 'syntax/unchecked-part';

/**
 * The diagnostics with schema and rule findings about broken parts held back: those whose range lies
 * in a broken part, and those about a node (other than the whole record) that contains one, such as
 * "a required field is missing" in a module whose list item does not parse. Each broken part gets a
 * note on its first line saying how many findings wait for its syntax error to be fixed.
 */
export function holdBackBrokenParts(diagnostics: readonly RecordDiagnostic[], parsed: ParsedRecord, text: string): RecordDiagnostic[] {
  const broken = parsed.brokenRanges;
  if (!broken || broken.length === 0) return [...diagnostics];
  const heldBack = new Array<number>(broken.length).fill(0);
  const kept: RecordDiagnostic[] = [];
  for (const diagnostic of diagnostics) {
    const part = diagnostic.layer === 'syntax' ? -1 : brokenPartOf(diagnostic, parsed, broken);
    if (part < 0) kept.push(diagnostic);
    else heldBack[part]++;
  }
  broken.forEach((range, index) => {
    const lineEnd = text.indexOf('\n', range.start);
    const firstLine = { start: range.start, end: Math.min(range.end, lineEnd < 0 ? text.length : lineEnd) };
    const count = heldBack[index];
    const findings = count === 0 ? '' : ` (${count} finding${count === 1 ? '' : 's'} held back)`;
    kept.push({
      layer: 'syntax',
      range: firstLine,
      severity: 'information',
      code: UNCHECKED_PART_CODE,
      message: `This part does not parse, so it is not checked against the schema or the registry rules until its syntax error is fixed${findings}.`,
    });
  });
  return kept;
}

/** The index of the broken part the finding is about, or -1. */
function brokenPartOf(diagnostic: RecordDiagnostic, parsed: ParsedRecord, broken: readonly OffsetRange[]): number {
  const inside = broken.findIndex((range) => overlaps(range, diagnostic.range));
  if (inside >= 0 || diagnostic.pointer === undefined || diagnostic.pointer === parsed.recordPointer) return inside;
  const node = parsed.locations.get(diagnostic.pointer)?.valueRange;
  return node ? broken.findIndex((range) => node.start <= range.start && range.end <= node.end) : -1;
}

function overlaps(a: OffsetRange, b: OffsetRange): boolean {
  return a.start < Math.max(b.end, b.start + 1) && b.start < a.end;
}
