// `check --summary`: how often each code fired and in how many studies, the view a curator wants of a whole
// registry export. Only the counts are kept, never the findings themselves.
import type { CheckedFile } from './checkInput';
import { terminalLine } from './terminalText';

export interface CodeCount {
  readonly code: string;
  /** Findings with this code. */
  readonly count: number;
  /** Studies with at least one of them. */
  readonly studies: number;
}

export interface CodeSummaryJson {
  /** Studies checked (inputs that could not be read are not counted). */
  readonly studies: number;
  /** Most frequent first; ties by code. */
  readonly codes: readonly CodeCount[];
}

export class CodeSummary {
  private readonly counts = new Map<string, { count: number; studies: number }>();
  private studies = 0;

  add(result: CheckedFile): void {
    if (result.problem !== undefined) return;
    this.studies++;
    const seen = new Set<string>();
    for (const { code } of result.diagnostics) {
      const entry = this.counts.get(code) ?? { count: 0, studies: 0 };
      entry.count++;
      if (!seen.has(code)) {
        seen.add(code);
        entry.studies++;
      }
      this.counts.set(code, entry);
    }
  }

  toJson(): CodeSummaryJson {
    const codes = [...this.counts].map(([code, { count, studies }]) => ({ code, count, studies }));
    codes.sort((a, b) => b.count - a.count || b.studies - a.studies || (a.code < b.code ? -1 : a.code > b.code ? 1 : 0));
    return { studies: this.studies, codes };
  }

  /** A table under a heading, for the text format; a line saying so when nothing fired. */
  toText(): string {
    const { studies, codes } = this.toJson();
    const heading = `Findings by code (${studies} stud${studies === 1 ? 'y' : 'ies'} checked):\n`;
    if (codes.length === 0) return `${heading}  none\n`;
    const countWidth = Math.max(5, String(codes[0].count).length);
    const studiesWidth = Math.max(7, ...codes.map((entry) => String(entry.studies).length));
    const header = `  ${'count'.padStart(countWidth)}  ${'studies'.padStart(studiesWidth)}  code\n`;
    const rows = codes.map(
      (entry) =>
        terminalLine`  ${String(entry.count).padStart(countWidth)}  ${String(entry.studies).padStart(studiesWidth)}  ${entry.code}\n`,
    );
    return `${heading}${header}${rows.join('')}`;
  }
}
