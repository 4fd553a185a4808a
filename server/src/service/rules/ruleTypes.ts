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
}

/** What a rule sees: the protocol section plus small typed accessors over it. */
export interface RuleContext {
  /** The protocol-section value (the document root, or `protocolSection` of a whole study file). */
  readonly record: RecordValue | undefined;
  /** `yyyy-MM-dd`; rules about past and future dates compare against it (a parameter, so tests are deterministic). */
  readonly today: string;
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
  /** `designModule.studyType` when it is a string. */
  readonly studyType: string | undefined;
  /** `statusModule.overallStatus` when it is a string. */
  readonly overallStatus: string | undefined;
}

export interface RuleDefinition {
  /** Stable id, `family/name`; the diagnostic code, the settings key and the directive name. */
  readonly id: string;
  /** A short title, for tables and hover headings. */
  readonly title: string;
  readonly defaultSeverity: Severity;
  /** One line: what the rule checks. */
  readonly explanation: string;
  /** Markdown paragraph: what, why, basis (R-number and confidence), how to fix. */
  readonly documentation: string;
  /** The ctgov-model.md §5 rule(s) it implements, e.g. `R16`. */
  readonly basis: string;
  readonly confidence: RuleConfidence;
  /** Pure: reads the context, returns findings, never mutates. */
  check(context: RuleContext): RuleFinding[];
}
