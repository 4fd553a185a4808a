/**
 * The sections of a whole API study object, beside `protocolSection`, that the record schema
 * describes and the validator checks: the results an author writes, and the document and
 * annotation sections the registry keeps with them. `derivedSection` and `hasResults` are
 * computed by the registry and stay unchecked.
 *
 * A schema path (what `RecordSchema.nodeAt` takes) is relative to the protocol section, or starts
 * with one of these names for a path inside that section: no protocol module has such a name
 * (the schema generator checks it), so the two never collide.
 */
export const STUDY_SECTIONS = ['resultsSection', 'annotationSection', 'documentSection'] as const;

export type StudySectionName = (typeof STUDY_SECTIONS)[number];

/** The spec component of each section. */
export const STUDY_SECTION_COMPONENTS: Readonly<Record<StudySectionName, string>> = {
  resultsSection: 'ResultsSection',
  annotationSection: 'AnnotationSection',
  documentSection: 'DocumentSection',
};

export function isStudySectionName(name: string | undefined): name is StudySectionName {
  return name !== undefined && (STUDY_SECTIONS as readonly string[]).includes(name);
}
