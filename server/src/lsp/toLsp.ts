import { DiagnosticSeverity, type Diagnostic, type Range } from 'vscode-languageserver';
import { DIAGNOSTIC_SOURCES, type RecordDiagnostic, type Severity } from '../service/diagnostics/recordDiagnostic';
import type { LineIndex } from '../service/text/lineIndex';
import type { OffsetRange } from '../service/text/offsetRange';

const SEVERITIES: Record<Severity, DiagnosticSeverity> = {
  error: DiagnosticSeverity.Error,
  warning: DiagnosticSeverity.Warning,
  information: DiagnosticSeverity.Information,
  hint: DiagnosticSeverity.Hint,
};

export function toLspRange(range: OffsetRange, lines: LineIndex): Range {
  return { start: lines.positionAt(range.start), end: lines.positionAt(range.end) };
}

export function toLspDiagnostic(diagnostic: RecordDiagnostic, lines: LineIndex): Diagnostic {
  return {
    range: toLspRange(diagnostic.range, lines),
    severity: SEVERITIES[diagnostic.severity],
    code: diagnostic.code,
    source: DIAGNOSTIC_SOURCES[diagnostic.layer],
    message: diagnostic.message,
    data: diagnostic.fix,
  };
}
