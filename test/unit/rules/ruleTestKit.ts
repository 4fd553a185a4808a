import assert from 'node:assert/strict';
import type { RecordDiagnostic, Severity } from '../../../server/src/service/diagnostics/recordDiagnostic';
import { parseRecord } from '../../../server/src/service/parse/parseRecord';
import type { RecordFormat } from '../../../server/src/service/parse/parsedRecord';
import { runRules } from '../../../server/src/service/rules/runRules';

/** The fixed "today" of the rule tests. */
export const TODAY = '2025-06-15';

export interface SeenDiagnostic {
  readonly code: string;
  readonly severity: Severity;
  readonly message: string;
  /** The exact source text the diagnostic marks. */
  readonly marked: string;
  readonly diagnostic: RecordDiagnostic;
}

export interface CheckOptions {
  readonly today?: string;
  readonly severities?: Record<string, Severity | 'off'>;
  readonly format?: RecordFormat;
}

/** Runs every rule over a record written inline and returns what a user would see. */
export function check(text: string, options: CheckOptions = {}): SeenDiagnostic[] {
  const parsed = parseRecord(text, options.format ?? 'yaml');
  assert.deepEqual(
    parsed.syntaxProblems.filter((problem) => problem.severity === 'error'),
    [],
    'test record must parse',
  );
  const errors: string[] = [];
  const diagnostics = runRules(parsed, {
    today: options.today ?? TODAY,
    severities: options.severities,
    text,
    onRuleError: (id, error) => errors.push(`${id}: ${String(error)}`),
  });
  assert.deepEqual(errors, [], 'no rule may throw');
  return diagnostics.map((diagnostic) => ({
    code: diagnostic.code,
    severity: diagnostic.severity,
    message: diagnostic.message,
    marked: text.slice(diagnostic.range.start, diagnostic.range.end),
    diagnostic,
  }));
}

/** The diagnostics of one rule. */
export function findings(text: string, code: string, options: CheckOptions = {}): SeenDiagnostic[] {
  return check(text, options).filter((seen) => seen.code === code);
}

/** Asserts the rule is silent on the record. */
export function assertSilent(text: string, code: string, options: CheckOptions = {}): void {
  const found = findings(text, code, options);
  assert.deepEqual(
    found.map((seen) => `${seen.marked}: ${seen.message}`),
    [],
    `${code} should not fire`,
  );
}

/** Asserts the rule fires exactly once and returns that diagnostic. */
export function assertOne(text: string, code: string, options: CheckOptions = {}): SeenDiagnostic {
  const found = findings(text, code, options);
  assert.equal(found.length, 1, `${code} should fire once, got: ${JSON.stringify(found.map((seen) => seen.message))}`);
  return found[0];
}

/** Joins lines into a YAML text (keeps test records readable). */
export function yaml(...lines: string[]): string {
  return `${lines.join('\n')}\n`;
}

/** The value a diagnostic's fix writes (`replace-value`, `replace-text`), or undefined for other fixes. */
export function fixReplacement(seen: SeenDiagnostic): unknown {
  const fix = seen.diagnostic.fix;
  return fix?.kind === 'replace-value' || fix?.kind === 'replace-text' ? fix.replacement : undefined;
}
