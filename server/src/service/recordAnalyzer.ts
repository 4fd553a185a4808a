import { holdBackBrokenParts } from './diagnostics/brokenParts';
import type { RecordDiagnostic, Severity } from './diagnostics/recordDiagnostic';
import { parentPointer } from './parse/parsedRecord';
import { RecordParser } from './parse/recordParser';
import type { ParsedRecord, RecordFormat } from './parse/parsedRecord';
import { SchemaCheck } from './schema/schemaCheck';
import { runRules } from './rules/runRules';
import { RuleMemo } from './rules/ruleMemo';
import { REGISTRY_RULES } from './rules/ruleCatalog';
import { withoutFieldsReportedElsewhere } from './readiness/reportedOnce';
import type { ReviewStage } from './readiness/reviewStage';

export interface AnalysisOptions {
  /** `YYYY-MM-DD`; rules about past and future dates compare against it. */
  readonly today: string;
  /** Per-rule severity overrides from settings (`trialRecord.rules`). */
  readonly ruleSeverities?: Readonly<Record<string, Severity | 'off'>>;
  /** Whether to run the registry rules at all. */
  readonly rulesEnabled?: boolean;
  /** Whether to run the review criteria (`review/…`) with the rules; default true. */
  readonly reviewEnabled?: boolean;
  /** `trialRecord.review.stage`; default `draft`. */
  readonly reviewStage?: ReviewStage;
  /** Told when a rule throws (a bug in the rule); the other rules still run. */
  readonly onRuleError?: (ruleId: string, error: unknown) => void;
}

export interface RecordAnalysis {
  readonly text: string;
  readonly parsed: ParsedRecord;
  readonly diagnostics: readonly RecordDiagnostic[];
}

/** Schema codes that say "this value itself is wrong": rules reasoning about such a value add only noise. */
const VALUE_ERROR_CODES = new Set(['schema/enum', 'schema/type', 'schema/pattern', 'schema/format']);

/**
 * Everything the editor shows about one document: parse, schema check and registry rules.
 * Holds per-document memo state, so keep one analyzer per open document.
 */
export class RecordAnalyzer {
  private readonly schemaCheck = new SchemaCheck();
  private readonly parser: RecordParser;
  /**
   * Made at the second analysis of a YAML document: one analysed once (the CLI's) does not pay for remembering,
   * nor does JSON (read whole each time, it shares no values between versions for the memo to find).
   */
  private ruleMemo?: RuleMemo;
  private analysed = false;
  private readonly format: RecordFormat;

  /** `readValueFirst: false`: see `RecordParser`. */
  constructor(format: RecordFormat, options: { readonly readValueFirst?: boolean } = {}) {
    this.parser = new RecordParser(format, options);
    this.format = format;
  }

  /**
   * Idle-time preparation for the next edit of this document (see `RecordParser.prepareForEdits`);
   * true when the last analysis must be done again (its text, read by value alone, reads differently as a whole).
   */
  prepareForEdits(): boolean {
    return this.parser.prepareForEdits();
  }

  /** `prepareForEdits` in steps (mostly a few milliseconds each), for a server that answers messages between steps. */
  prepareForEditsInSteps(): Generator<void, boolean, void> {
    return this.parser.prepareForEditsInSteps();
  }

  /** The whole analysis at once (CLI, completion, hover). */
  analyze(text: string, options: AnalysisOptions): RecordAnalysis {
    const steps = this.analyzeInSteps(text, options);
    for (;;) {
      const step = steps.next();
      if (step.done) return step.value;
    }
  }

  /**
   * The same analysis as a generator that pauses between its phases (parse, schema, rules),
   * so the server can let newer edits in between and abandon a run whose text is already stale.
   * Abandoning is safe: memo state is only updated by a phase that completed.
   */
  *analyzeInSteps(text: string, options: AnalysisOptions): Generator<void, RecordAnalysis, void> {
    const parsed = this.parser.parse(text);
    if (this.analysed && this.format === 'yaml') this.ruleMemo ??= new RuleMemo();
    this.analysed = true;
    const diagnostics: RecordDiagnostic[] = parsed.syntaxProblems.map((problem) => ({
      layer: 'syntax',
      range: problem.range,
      severity: problem.severity,
      code: problem.code,
      message: problem.message,
    }));
    yield;
    const schemaDiagnostics = this.schemaCheck.run(text, parsed);
    diagnostics.push(...schemaDiagnostics);
    if (options.rulesEnabled !== false && parsed.value !== undefined) {
      yield;
      const ruleDiagnostics = runRules(parsed, {
        today: options.today,
        severities: options.ruleSeverities,
        text,
        onRuleError: options.onRuleError,
        memo: this.ruleMemo,
        stage: options.reviewStage,
        ...(options.reviewEnabled === false ? { rules: REGISTRY_RULES } : {}),
      });
      diagnostics.push(...withoutFieldsReportedElsewhere(withoutSchemaDuplicates(ruleDiagnostics, schemaDiagnostics), schemaDiagnostics));
    }
    return { text, parsed, diagnostics: holdBackBrokenParts(diagnostics, parsed, text) };
  }
}

/**
 * Drops rule findings about a value the schema already rejects (or about the list holding it):
 * `phases: [Phase 2]` should say once that `Phase 2` is not a phase, not also that the
 * combination of phases is wrong.
 */
function withoutSchemaDuplicates(ruleDiagnostics: RecordDiagnostic[], schemaDiagnostics: readonly RecordDiagnostic[]): RecordDiagnostic[] {
  const rejected = new Set<string>();
  for (const diagnostic of schemaDiagnostics) {
    if (diagnostic.pointer === undefined || !VALUE_ERROR_CODES.has(diagnostic.code)) continue;
    rejected.add(diagnostic.pointer);
    // An item of a list (`/designModule/phases/0`) also stands for its list.
    if (/\/\d+$/.test(diagnostic.pointer)) rejected.add(parentPointer(diagnostic.pointer));
  }
  return ruleDiagnostics.filter((diagnostic) => diagnostic.pointer === undefined || !rejected.has(diagnostic.pointer));
}

/** Today's date as `YYYY-MM-DD` in local time. */
export function localToday(now: Date = new Date()): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}
