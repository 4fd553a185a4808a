import type { FixData, Severity } from '../diagnostics/recordDiagnostic';
import type { NodeLocation, RecordValue } from '../parse/parsedRecord';

export type { Severity } from '../diagnostics/recordDiagnostic';

/** How sure the reference notes are of a rule's basis (ctgov-model.md legend). */
export type RuleConfidence = 'verified' | 'secondary' | 'unverified';

/** One problem a rule found. Pointers are relative to the protocol section. */
export interface RuleFinding {
  /**
   * The node the diagnostic marks. When the field the rule wants is absent, point at the nearest
   * existing node (e.g. `overallStatus` for a missing `whyStopped`); the engine also falls back
   * to the nearest existing ancestor's key, so a finding is never placed at nothing.
   */
  readonly pointer: string;
  /** Mark the property key (field is wrong or missing as a whole) or the value (the value is wrong). */
  readonly target: 'key' | 'value';
  readonly message: string;
  /** What a quick fix needs; pointers inside are relative too (the engine makes them absolute). */
  readonly fix?: FixData;
  /** `results`: `pointer` (and the fix's pointers) are relative to the study's `resultsSection`, not the protocol section. */
  readonly section?: 'results';
  /**
   * This finding's severity when it differs from the rule's default (e.g. PRS results validation is an error when
   * the primary completion date is on or after 2017-01-18, a warning before). A `trialRecord.rules` setting still wins.
   */
  readonly severity?: Severity;
}

/** Typed read access to one section of a study, with pointers relative to it. */
export interface SectionView {
  /** Where a node sits in the source, or undefined when it is absent. */
  locate(pointer: string): NodeLocation | undefined;
  /** The value at a pointer, or undefined. */
  value(pointer: string): RecordValue | undefined;
  /** True when the field is present with a non-null, non-empty value (empty text and empty lists count as absent). */
  has(pointer: string): boolean;
  /** The value when it is a string, else undefined. */
  text(pointer: string): string | undefined;
  /** The value when it is a number, else undefined. */
  number(pointer: string): number | undefined;
  /** The value when it is an array, else an empty array. */
  list(pointer: string): readonly RecordValue[];
}

/** What a rule sees: the protocol section (pointers relative to it) plus small typed accessors over it. */
export interface RuleContext extends SectionView {
  /** The protocol-section value (the document root, or `protocolSection` of a whole study file). */
  readonly record: RecordValue | undefined;
  /** `yyyy-MM-dd`; rules about past and future dates compare against it (a parameter, so tests are deterministic). */
  readonly today: string;
  /**
   * The study's `resultsSection` when the document is a whole study object that has one (a protocol-only record has
   * none). Findings about it set `section: 'results'`.
   */
  readonly results: SectionView | undefined;
  /** `designModule.studyType` when it is a string. */
  readonly studyType: string | undefined;
  /** `statusModule.overallStatus` when it is a string. */
  readonly overallStatus: string | undefined;
}

/** A link to a public page, e.g. the registry's definition of a field. */
export interface RuleReference {
  /** What the page defines, e.g. `Why Study Stopped`; the hover shows `ClinicalTrials.gov: <title>`. */
  readonly title: string;
  readonly url: string;
}

export interface RuleDefinition {
  /** Stable id, `family/name`; the diagnostic code, the settings key and the directive name. */
  readonly id: string;
  /** A short title, for tables and hover headings. */
  readonly title: string;
  readonly defaultSeverity: Severity;
  /** One line: what the rule checks. */
  readonly explanation: string;
  /**
   * Markdown paragraph for the author, shown on hover: what the rule checks, why the registry cares,
   * what a good value looks like, and `Fix: …`. No reference-note numbers or research notes: those go in `provenance`.
   */
  readonly documentation: string;
  /** The ctgov-model.md §5 rule(s) it implements, e.g. `R16` (the README table's Basis column). */
  readonly basis: string;
  readonly confidence: RuleConfidence;
  /**
   * For maintainers, never shown on hover: where the rule comes from (R-numbers, S-sources), how sure
   * the notes are and why the default severity is what it is. docs/checks-on-real-records.md lists it.
   */
  readonly provenance: string;
  /** The public ClinicalTrials.gov page that defines the rule's fields; the hover links to it. */
  readonly reference?: RuleReference;
  /** Pure: reads the context, returns findings, never mutates. */
  check(context: RuleContext): RuleFinding[];
}
