import type { RecordValue } from '../parse/parsedRecord';
import type { OffsetRange } from '../text/offsetRange';

export type Severity = 'error' | 'warning' | 'information' | 'hint';

/** Which layer found the problem; shown as the diagnostic's `source`. */
export type DiagnosticLayer = 'syntax' | 'schema' | 'rules' | 'review';

export const DIAGNOSTIC_SOURCES: Record<DiagnosticLayer, string> = {
  syntax: 'trial-record syntax',
  schema: 'trial-record schema',
  rules: 'trial-record rules',
  review: 'trial-record review',
};

/**
 * Everything a quick fix needs to repair a diagnostic without re-deriving it: one member per fix
 * kind, with exactly its fields. Each place a fix points at has its own named field ending in
 * `Pointer` (JSON pointers, absolute in the document once the diagnostic is published).
 */
export type FixData =
  /** Write `replacement` as the value at `valuePointer` (inserted when absent). */
  | { readonly kind: 'replace-value'; readonly valuePointer: string; readonly replacement: RecordValue }
  /** Turn the list item at `itemPointer` into several items. */
  | { readonly kind: 'split-item'; readonly itemPointer: string; readonly replacements: readonly string[] }
  /** Rename the key of the property at `propertyPointer` to `newKey`. */
  | { readonly kind: 'rename-key'; readonly propertyPointer: string; readonly newKey: string }
  /** Add `properties` to the object at `parentPointer`; `value` is written when one property is added (else a placeholder). */
  | {
      readonly kind: 'insert-property';
      readonly parentPointer: string;
      readonly properties: readonly string[];
      readonly value?: RecordValue;
    }
  /** Remove the property at `propertyPointer` with its value. */
  | { readonly kind: 'remove-property'; readonly propertyPointer: string }
  /** Remove the list item at `itemPointer`. */
  | { readonly kind: 'remove-item'; readonly itemPointer: string }
  /** Append `value` to the list at `listPointer`. */
  | { readonly kind: 'add-array-item'; readonly listPointer: string; readonly value: RecordValue }
  /** Replace the text the diagnostic marks. */
  | { readonly kind: 'replace-text'; readonly replacement: string };

export type FixKind = FixData['kind'];

/** The fix data of one kind. */
export type FixOfKind<K extends FixKind> = Extract<FixData, { readonly kind: K }>;

/** A problem in a record, in transport-neutral offsets (the server converts to LSP ranges). */
export interface RecordDiagnostic {
  readonly layer: DiagnosticLayer;
  readonly range: OffsetRange;
  readonly severity: Severity;
  /** Stable code, e.g. `schema/enum`, `syntax/yaml`, `status/why-stopped`. */
  readonly code: string;
  readonly message: string;
  /** JSON pointer of the node the problem is about (absolute in the document). */
  readonly pointer?: string;
  readonly fix?: FixData;
}
