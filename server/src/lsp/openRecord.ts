import type { TextDocument } from 'vscode-languageserver-textdocument';
import { formatFor } from '../service/parse/parseRecord';
import { RecordAnalyzer, type AnalysisOptions, type RecordAnalysis } from '../service/recordAnalyzer';
import { LineIndex } from '../service/text/lineIndex';

/** One open record document: its analyzer (with memo state) and its latest analysis. */
export class OpenRecord {
  private readonly analyzer: RecordAnalyzer;
  private latest?: { version: number; analysis: RecordAnalysis; lines: LineIndex };

  constructor(readonly uri: string, languageId: string) {
    this.analyzer = new RecordAnalyzer(formatFor(languageId || uri));
  }

  /** Whether the last analysis is of this version of the document. */
  isCurrent(document: TextDocument): boolean {
    return this.latest?.version === document.version;
  }

  /** The analysis of exactly this version, computing it if needed. */
  analysisOf(document: TextDocument, options: AnalysisOptions): { analysis: RecordAnalysis; lines: LineIndex } {
    if (!this.latest || this.latest.version !== document.version) {
      const text = document.getText();
      this.latest = { version: document.version, analysis: this.analyzer.analyze(text, options), lines: new LineIndex(text) };
    }
    return this.latest;
  }

  /** Forget the cached analysis (e.g. settings changed). */
  invalidate(): void {
    this.latest = undefined;
  }
}
