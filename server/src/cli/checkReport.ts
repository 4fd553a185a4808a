// `check`'s output, written as the results come (in input order): the text format's lines, or the json
// format as one JSON document (`{"files": [...], "errors": N, "warnings": N}`, the array written entry by
// entry), the notes on stderr, and at the end the totals (and `--summary`'s table). Only counts are kept.
import type { CheckedFile } from './checkInput';
import type { CodeSummary } from './codeSummary';
import { writeText, type CommandStreams } from './outputStream';
import type { ProgressLine } from './progressLine';
import { terminalLine } from './terminalText';

export type CheckEvent =
  /** A study checked, or an input that could not be (`problem`): listed, and counted. */
  | { readonly kind: 'checked'; readonly result: CheckedFile }
  /** A path not followed (a link back to a folder already read): a note only. */
  | { readonly kind: 'skipped'; readonly path: string; readonly reason: string }
  /** A folder named on the command line with nothing to check in it: listed with the reason, an error. */
  | { readonly kind: 'empty-folder'; readonly path: string; readonly reason: string };

export class CheckReport {
  private errors = 0;
  private warnings = 0;
  private checked = 0;
  private skipped = 0;
  private listed = 0;

  constructor(
    private readonly format: 'text' | 'json',
    private readonly streams: CommandStreams,
    private readonly progress: ProgressLine,
    private readonly summary: CodeSummary | undefined,
  ) {}

  async start(): Promise<void> {
    if (this.format === 'json') await writeText(this.streams.stdout, '{\n  "files": [');
  }

  async add(event: CheckEvent): Promise<void> {
    if (event.kind === 'skipped') {
      this.skipped++;
      await this.note(terminalLine`trial-record: skipped ${event.path}: ${event.reason}\n`);
      return;
    }
    if (event.kind === 'empty-folder') {
      this.errors++;
      await this.note(terminalLine`trial-record: ${event.path}: ${event.reason}\n`);
      await this.list({ file: event.path, problem: event.reason, diagnostics: [] });
      return;
    }
    const { result } = event;
    if (result.problem !== undefined) {
      this.errors++;
      this.skipped++;
      await this.note(terminalLine`trial-record: skipped ${nameOf(result)}: ${result.problem}\n`);
    } else {
      this.checked++;
      for (const diagnostic of result.diagnostics) {
        if (diagnostic.severity === 'error') this.errors++;
        else if (diagnostic.severity === 'warning') this.warnings++;
      }
      this.summary?.add(result);
      this.progress.studyDone(result.diagnostics.length);
    }
    await this.list(result);
  }

  /** The closing part of the output and the totals on stderr; the exit status. */
  async end(): Promise<number> {
    this.progress.clear();
    const { stdout, stderr } = this.streams;
    if (this.format === 'json') {
      const summary = this.summary ? `,\n  "summary": ${indented(JSON.stringify(this.summary.toJson(), null, 2), '  ')}` : '';
      await writeText(
        stdout,
        `${this.listed > 0 ? '\n  ' : ''}],\n  "errors": ${this.errors},\n  "warnings": ${this.warnings}${summary}\n}\n`,
      );
    } else if (this.summary) {
      await writeText(stdout, `${this.listed > 0 ? '\n' : ''}${this.summary.toText()}`);
    }
    const { checked, errors, warnings, skipped } = this;
    const skippedNote = skipped > 0 ? `; ${skipped} path${skipped === 1 ? '' : 's'} skipped (listed above)` : '';
    await writeText(
      stderr,
      `${checked} file${checked === 1 ? '' : 's'} checked: ${errors} error${errors === 1 ? '' : 's'}, ${warnings} warning${warnings === 1 ? '' : 's'}${skippedNote}\n`,
    );
    return errors > 0 ? 1 : 0;
  }

  private async note(line: string): Promise<void> {
    this.progress.clear();
    await writeText(this.streams.stderr, line);
  }

  private async list(result: CheckedFile): Promise<void> {
    if (this.format === 'json') {
      // Each entry as it would sit in `JSON.stringify({files: [...]}, null, 2)`: the document is the same.
      await writeText(this.streams.stdout, `${this.listed > 0 ? ',' : ''}\n    ${indented(JSON.stringify(result, null, 2), '    ')}`);
    } else if (result.diagnostics.length > 0) {
      const name = nameOf(result);
      await writeText(
        this.streams.stdout,
        result.diagnostics.map((d) => terminalLine`${name}:${d.line}:${d.column} ${d.severity} ${d.code} ${d.message}\n`).join(''),
      );
    }
    this.listed++;
  }
}

/** A study as the text output names it: its file or entry, and its NCT ID when it came from a container. */
function nameOf(result: CheckedFile): string {
  return result.study === undefined ? result.file : `${result.file} (${result.study})`;
}

/** JSON text nested `indent` deeper (it holds no raw line breaks: strings escape them). */
function indented(json: string, indent: string): string {
  return json.replace(/\n/g, `\n${indent}`);
}
