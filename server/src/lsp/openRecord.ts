import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { RecordAnalysis } from '../service/recordAnalyzer';
import { LineIndex } from '../service/text/lineIndex';
import { textChange } from '../service/text/textChange';
import type { AnalysisSettings, DocumentAnalyzer, TrialRecordService } from '../trialRecordService';
import type { ValidationJob } from './validationQueue';

export interface VersionedAnalysis {
  readonly version: number;
  readonly analysis: RecordAnalysis;
  readonly lines: LineIndex;
}

/** One open record document: its analyzer (with memo state) and its latest analysis. */
export class OpenRecord {
  private readonly analyzer: DocumentAnalyzer;
  private latest?: VersionedAnalysis;
  /** The line index of the last text seen, updated per edit instead of rebuilt. */
  private lines?: { text: string; index: LineIndex };

  constructor(
    readonly uri: string,
    languageId: string,
    service: TrialRecordService,
  ) {
    this.analyzer = service.documentAnalyzer(languageId || uri);
  }

  /**
   * The analysis of exactly this version, in steps (parse, schema, rules) so that a request can stop
   * between them; finishes at once when this version was already analysed.
   */
  *analysisSteps(document: TextDocument, settings: AnalysisSettings): Generator<void, VersionedAnalysis, void> {
    const version = document.version;
    if (this.latest?.version === version) return this.latest;
    const text = document.getText();
    const analysis = yield* this.analyzer.analyzeInSteps(text, settings);
    // A validation run may have finished this version meanwhile: keep one analysis per version.
    if (this.latest?.version !== version) this.latest = { version, analysis, lines: this.linesOf(text) };
    return this.latest;
  }

  /**
   * A stepwise analysis of this version for the validation queue; `done` receives the result. `again`
   * is called when the idle-time reading of the whole text finds that the analysis must be done again.
   */
  analysisJob(
    document: TextDocument,
    settings: AnalysisSettings,
    done: (result: VersionedAnalysis) => void,
    again: () => void = () => undefined,
  ): ValidationJob {
    const steps = this.analysisSteps(document, settings);
    let preparation: Generator<void, boolean, void> | undefined;
    return {
      get idle() {
        return preparation !== undefined;
      },
      step: () => {
        if (preparation) {
          // After publishing: get ready for the next edit while the user reads, one step per turn
          // (a record opened by its value alone is read whole here, and analysed again should that read differently).
          const prepared = preparation.next();
          if (!prepared.done) return false;
          if (prepared.value) {
            this.latest = undefined;
            again();
          }
          return true;
        }
        const step = steps.next();
        if (!step.done) return false;
        done(step.value);
        preparation = this.analyzer.prepareForEditsInSteps();
        return false;
      },
    };
  }

  private linesOf(text: string): LineIndex {
    const previous = this.lines;
    if (previous?.text === text) return previous.index;
    const change = previous && textChange(previous.text, text);
    const index = previous && change ? previous.index.edited(text, change) : new LineIndex(text);
    this.lines = { text, index };
    return index;
  }

  /** Forget the cached analysis (e.g. settings changed). */
  invalidate(): void {
    this.latest = undefined;
  }
}
