import type { OffsetRange } from '../text/offsetRange';

export type Severity = 'error' | 'warning' | 'information' | 'hint';

/** Which layer found the problem; shown as the diagnostic's `source`. */
export type DiagnosticLayer = 'syntax' | 'schema' | 'rules';

export const DIAGNOSTIC_SOURCES: Record<DiagnosticLayer, string> = {
  syntax: 'trial-record syntax',
  schema: 'trial-record schema',
  rules: 'trial-record rules',
};

/**
 * Everything a quick fix needs to repair a diagnostic without re-deriving it.
 * `kind` names the fix; the other fields depend on it.
 */
export interface FixData {
  readonly kind: string;
  readonly pointer?: string;
  readonly [key: string]: unknown;
}

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
