import { LineIndex } from '../service/text/lineIndex';
import { RecordAnalyzer, localToday } from '../service/recordAnalyzer';
import { DIAGNOSTIC_SOURCES, type RecordDiagnostic, type Severity } from '../service/diagnostics/recordDiagnostic';
import { collectRecordFiles, describeFsError, readRecordText } from './recordFiles';

export interface CheckOptions {
  readonly format: 'text' | 'json';
  readonly today?: string;
  readonly rules: boolean;
}

export interface CheckedDiagnostic {
  readonly line: number;
  readonly column: number;
  readonly endLine: number;
  readonly endColumn: number;
  readonly severity: Severity;
  readonly code: string;
  readonly source: string;
  readonly message: string;
}

export interface CheckedFile {
  readonly file: string;
  /** Set when the file could not be checked at all. */
  readonly problem?: string;
  readonly diagnostics: readonly CheckedDiagnostic[];
}

export interface CheckOutput {
  readonly stdout: string;
  readonly stderr: string;
  readonly exitCode: number;
}

/** `trial-record check`: exit 1 when any error is found (or a file cannot be checked), else 0. */
export async function checkCommand(paths: readonly string[], options: CheckOptions): Promise<CheckOutput> {
  const today = options.today ?? localToday();
  const results: CheckedFile[] = [];
  for (const entry of await collectRecordFiles(paths)) {
    if (entry.kind === 'problem') {
      results.push({ file: entry.path, problem: entry.message, diagnostics: [] });
      continue;
    }
    let text: string;
    try {
      text = await readRecordText(entry.path);
    } catch (error) {
      results.push({ file: entry.path, problem: describeFsError(error, 'cannot be read'), diagnostics: [] });
      continue;
    }
    const analysis = new RecordAnalyzer(entry.format).analyze(text, { today, rulesEnabled: options.rules });
    const lines = new LineIndex(text);
    results.push({ file: entry.path, diagnostics: analysis.diagnostics.map((diagnostic) => toChecked(diagnostic, lines)).sort(byPosition) });
  }

  const errors = results.reduce((sum, result) => sum + (result.problem ? 1 : 0) + result.diagnostics.filter((d) => d.severity === 'error').length, 0);
  const warnings = results.reduce((sum, result) => sum + result.diagnostics.filter((d) => d.severity === 'warning').length, 0);
  const checked = results.filter((result) => !result.problem).length;
  const summary = `${checked} file${checked === 1 ? '' : 's'} checked: ${errors} error${errors === 1 ? '' : 's'}, ${warnings} warning${warnings === 1 ? '' : 's'}`;
  const stdout = options.format === 'json' ? `${JSON.stringify({ files: results, errors, warnings }, null, 2)}\n` : formatText(results);
  const problems = results.filter((result) => result.problem).map((result) => `trial-record: ${result.file}: ${result.problem}\n`).join('');
  return { stdout, stderr: `${problems}${summary}\n`, exitCode: errors > 0 ? 1 : 0 };
}

function toChecked(diagnostic: RecordDiagnostic, lines: LineIndex): CheckedDiagnostic {
  const start = lines.positionAt(diagnostic.range.start);
  const end = lines.positionAt(diagnostic.range.end);
  return {
    line: start.line + 1,
    column: start.character + 1,
    endLine: end.line + 1,
    endColumn: end.character + 1,
    severity: diagnostic.severity,
    code: diagnostic.code,
    source: DIAGNOSTIC_SOURCES[diagnostic.layer],
    message: diagnostic.message,
  };
}

function byPosition(a: CheckedDiagnostic, b: CheckedDiagnostic): number {
  return a.line - b.line || a.column - b.column;
}

function formatText(results: readonly CheckedFile[]): string {
  return results
    .flatMap((result) => result.diagnostics.map((d) => `${result.file}:${d.line}:${d.column} ${d.severity} ${d.code} ${d.message}\n`))
    .join('');
}
