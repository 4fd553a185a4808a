import type { RecordDiagnostic, Severity } from './diagnostics/recordDiagnostic';
import { parseRecord } from './parse/parseRecord';
import type { ParsedRecord, RecordFormat } from './parse/parsedRecord';
import { SchemaCheck } from './schema/schemaCheck';
import { runRules } from './rules/runRules';

export interface AnalysisOptions {
  /** `YYYY-MM-DD`; rules about past and future dates compare against it. */
  readonly today: string;
  /** Per-rule severity overrides from settings (`trialRecord.rules`). */
  readonly ruleSeverities?: Readonly<Record<string, Severity | 'off'>>;
  /** Whether to run the registry rules at all. */
  readonly rulesEnabled?: boolean;
}

export interface RecordAnalysis {
  readonly text: string;
  readonly parsed: ParsedRecord;
  readonly diagnostics: readonly RecordDiagnostic[];
}

/**
 * Everything the editor shows about one document: parse, schema check and registry rules.
 * Holds per-document memo state, so keep one analyzer per open document.
 */
export class RecordAnalyzer {
  private readonly schemaCheck = new SchemaCheck();

  constructor(private readonly format: RecordFormat) {}

  analyze(text: string, options: AnalysisOptions): RecordAnalysis {
    const parsed = parseRecord(text, this.format);
    const diagnostics: RecordDiagnostic[] = parsed.syntaxProblems.map((problem) => ({
      layer: 'syntax',
      range: problem.range,
      severity: problem.severity,
      code: problem.code,
      message: problem.message,
    }));
    diagnostics.push(...this.schemaCheck.run(text, parsed));
    if (options.rulesEnabled !== false && parsed.value !== undefined) {
      diagnostics.push(...runRules(parsed, { today: options.today, severities: options.ruleSeverities }));
    }
    return { text, parsed, diagnostics };
  }
}

/** Today's date as `YYYY-MM-DD` in local time. */
export function localToday(now: Date = new Date()): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}
