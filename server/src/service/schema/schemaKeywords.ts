/**
 * Non-standard keywords used in `schemas/trial-record.schema.json`. They carry documentation
 * and metadata only (they never affect validity), but ajv in strict mode rejects unknown
 * keywords, so every validator must register each of them (`ajv.addKeyword(keyword)`).
 *
 * - `x-enumLabels`: on an enum definition, the registry's display label of each value, in the
 *   same order as `enum` ("Not yet recruiting" for `NOT_YET_RECRUITING`).
 * - `enumDescriptions`: on an enum definition, "Label — explanation" for each value, in the same
 *   order as `enum` (the keyword VS Code's JSON service shows in completion).
 * - `x-registryAssigned`: `true` on a property that ClinicalTrials.gov/PRS fills in (NCT ID,
 *   submit/post dates, links, organization classes, geocodes, ...); always paired with
 *   `readOnly: true`. An author never writes it and a record must not require it.
 * - `x-limitSource`: beside `maxLength`, where the PRS character limit comes from: `"verified"`
 *   (seen in the PRS definitions page) or `"secondary"` (quoted by third-party copies only).
 */
export const SCHEMA_EXTENSION_KEYWORDS = ['x-enumLabels', 'enumDescriptions', 'x-registryAssigned', 'x-limitSource'] as const;

export type SchemaExtensionKeyword = (typeof SCHEMA_EXTENSION_KEYWORDS)[number];

/** Values of `x-limitSource`. */
export type LimitSource = 'verified' | 'secondary';
