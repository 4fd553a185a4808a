// Builds the record of one page and remembers, for every field, the lines it came from: a value and
// its lines are recorded in one call, so no reader keeps its own set of used lines. It also applies the
// importer's three safety rules in one place, for every reader:
// - a value whose lines run into the cut-off end of a truncated text is not taken (it may be incomplete);
// - two different values for one field drop the field, and both lines stay, with a warning;
// - every line no field took stays as a comment, with the reason it was not taken.
import { isPlainObject } from '../../service/parse/parsedRecord';
import type { KeptReason, PageReading, PageText } from '../pageFormat';

/** A field's place in the record: `['statusModule', 'overallStatus']`; a number is a list index (`['…', 'centralContacts', 0, 'name']`). */
export type FieldPath = readonly (string | number)[];
/** One line index or several. */
export type LineRef = number | readonly number[];

interface Origin {
  readonly value: unknown;
  /** Grows as the page states the value again: appended to, never copied (a page can repeat a value 1,000s of times). */
  readonly lines: number[];
}

const lineList = (lines: LineRef): readonly number[] => (typeof lines === 'number' ? [lines] : lines);

function sameValue(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (Array.isArray(a) && Array.isArray(b)) return a.length === b.length && a.every((item, index) => sameValue(item, b[index]));
  if (isPlainObject(a) && isPlainObject(b)) {
    const keys = Object.keys(a);
    return keys.length === Object.keys(b).length && keys.every((key) => sameValue(a[key], b[key]));
  }
  if (typeof a === 'string' && typeof b === 'string') return a.replace(/\s+/g, ' ').trim() === b.replace(/\s+/g, ' ').trim();
  return false;
}

/**
 * Two statements of one dated or counted value that do not contradict each other: an actual value
 * supersedes an anticipated or untyped one (registries show the plan and the outcome: `Anticipated date of
 * first participant enrolment` and `Actual date …`, `Target sample size` and `Actual sample size`).
 */
function supersede(a: unknown, b: unknown): unknown {
  if (!isPlainObject(a) || !isPlainObject(b) || (a.date === undefined && a.count === undefined)) return undefined;
  if (b.type === 'ACTUAL' && a.type !== 'ACTUAL') return b;
  if (a.type === 'ACTUAL' && b.type !== 'ACTUAL') return a;
  return undefined;
}

/** Two readings of a date that agree: the same date at two precisions (`2020-04` and `2020-04-13`), and no clash of types. */
function mergeDates(a: unknown, b: unknown): unknown {
  if (!isPlainObject(a) || !isPlainObject(b) || typeof a.date !== 'string' || typeof b.date !== 'string') return undefined;
  if (a.type !== undefined && b.type !== undefined && a.type !== b.type) return undefined;
  const [short, long] = a.date.length <= b.date.length ? [a, b] : [b, a];
  if (!(long.date as string).startsWith(short.date as string)) return undefined;
  return { ...long, ...(long.type === undefined && short.type !== undefined ? { type: short.type } : {}) };
}

export class PageRecorder {
  readonly record: Record<string, unknown> = {};
  private readonly used = new Set<number>();
  private readonly kept = new Map<number, KeptReason>();
  private readonly origins = new Map<string, Origin>();
  private readonly conflicted = new Set<string>();
  private readonly warnings: string[] = [];

  /**
   * @param page the page being read
   * @param cutLine the last line of a text that stops mid-word or mid-sentence, if it does (see `cutOffLine`)
   */
  constructor(
    readonly page: PageText,
    readonly cutLine: number | undefined,
  ) {}

  /** Whether a field already has a value. */
  has(path: FieldPath): boolean {
    return this.origins.has(path.join('.')) || this.read(path) !== undefined;
  }

  /** The value a field holds now. */
  read(path: FieldPath): unknown {
    let current: unknown = this.record;
    for (const key of path) {
      if (typeof key === 'number') current = Array.isArray(current) ? current[key] : undefined;
      else current = isPlainObject(current) ? current[key] : undefined;
      if (current === undefined) return undefined;
    }
    return current;
  }

  /** Whether a value from these lines would reach into the cut-off end of the text. */
  runsIntoCut(lines: LineRef): boolean {
    return this.cutLine !== undefined && lineList(lines).includes(this.cutLine);
  }

  /**
   * Sets a field from the lines that state it. Undefined values are ignored (returns false). A value
   * that runs into the cut-off end is refused and its lines kept; a second, different value for the
   * same field drops the field and keeps both statements' lines.
   */
  set(path: FieldPath, value: unknown, lines: LineRef, fieldName = String(path[path.length - 1])): boolean {
    if (value === undefined) return false;
    const at = lineList(lines);
    if (this.refuseCut(at, fieldName)) return false;
    const key = path.join('.');
    if (this.conflicted.has(key)) {
      this.keep(at, 'conflict');
      return false;
    }
    const earlier = this.origins.get(key);
    if (earlier) {
      const merged = sameValue(earlier.value, value) ? earlier.value : (mergeDates(earlier.value, value) ?? supersede(earlier.value, value));
      if (merged !== undefined) {
        if (merged !== earlier.value) this.write(path, merged);
        earlier.lines.push(...at);
        this.origins.set(key, { value: merged, lines: earlier.lines });
        this.use(at);
        return true;
      }
      this.conflicted.add(key);
      this.origins.delete(key);
      this.remove(path);
      this.unuse(earlier.lines);
      this.keep([...earlier.lines, ...at], 'conflict');
      this.warnings.push(`The page gives two different values for ${fieldName} (${describe(earlier.value)} and ${describe(value)}); both lines are kept as comments.`);
      return false;
    }
    this.write(path, value);
    this.origins.set(key, { value, lines: [...at] });
    this.use(at);
    return true;
  }

  /**
   * Changes a part of a value already recorded (undefined removes it), keeping its lines: for a
   * correction the whole page justifies (a date type the site prints on every trial).
   */
  amend(path: FieldPath, value: unknown): void {
    if (value === undefined) this.remove(path);
    else this.write(path, value);
  }

  /** Takes a field back out (a value found to be a placeholder once the whole page is read); its lines stay. */
  drop(path: FieldPath, reason: KeptReason): void {
    const key = path.join('.');
    const origin = this.origins.get(key);
    if (!origin) return;
    this.origins.delete(key);
    this.remove(path);
    this.unuse(origin.lines);
    this.keep(origin.lines, reason);
  }

  /** Appends an entry to a list field (a repeat of an entry already there only marks its lines used). */
  push(path: FieldPath, value: unknown, lines: LineRef, fieldName = String(path[path.length - 1])): boolean {
    if (value === undefined) return false;
    const at = lineList(lines);
    if (this.refuseCut(at, fieldName)) return false;
    const list = this.read(path);
    if (Array.isArray(list)) {
      if (!list.some((item) => sameValue(item, value))) list.push(value);
    } else {
      this.write(path, [value]);
    }
    this.use(at);
    return true;
  }

  /** Lines that are the page's own furniture (labels, headings, boilerplate): accounted for without a value. */
  furniture(lines: LineRef): void {
    this.use(lineList(lines));
  }

  /** Lines that stay as comments, and why. The first reason given for a line wins. */
  keep(lines: LineRef, reason: KeptReason): void {
    for (const line of lineList(lines)) {
      if (this.used.has(line) || this.page.lines[line]?.trim() === '') continue;
      if (!this.kept.has(line)) this.kept.set(line, reason);
    }
  }

  /**
   * Lines a field took only part of, or that sit inside a value without going into it: they stay as
   * comments too, so nothing is lost (`no-field` for parts the record has no field for).
   */
  partlyRead(lines: LineRef, reason: KeptReason = 'partly-read'): void {
    for (const line of lineList(lines)) {
      this.used.delete(line);
      this.kept.set(line, reason);
    }
  }

  warn(message: string): void {
    if (!this.warnings.includes(message)) this.warnings.push(message);
  }

  isUsed(line: number): boolean {
    return this.used.has(line);
  }

  finish(extraWarnings: readonly string[] = []): PageReading {
    const keptReasons = new Map<number, KeptReason>();
    this.page.lines.forEach((line, index) => {
      if (line.trim() === '' || this.used.has(index)) return;
      keptReasons.set(index, this.kept.get(index) ?? (index === this.cutLine ? 'cut-off' : 'not-recognised'));
    });
    return { record: this.record, usedLines: new Set(this.used), keptReasons, warnings: [...this.warnings, ...extraWarnings] };
  }

  private refuseCut(lines: readonly number[], fieldName: string): boolean {
    if (!this.runsIntoCut(lines)) return false;
    this.keep(lines, 'cut-off');
    this.warn(`The text stops mid-way, and the ${fieldName} runs into its end: it may be incomplete, so it is kept as a comment.`);
    return true;
  }

  private use(lines: readonly number[]): void {
    for (const line of lines) {
      const reason = this.kept.get(line);
      if (reason === 'partly-read' || reason === 'no-field') continue;
      this.used.add(line);
      this.kept.delete(line);
    }
  }

  private unuse(lines: readonly number[]): void {
    for (const line of lines) this.used.delete(line);
  }

  private write(path: FieldPath, value: unknown): void {
    let current: Record<string | number, unknown> = this.record;
    path.forEach((key, depth) => {
      if (depth === path.length - 1) {
        current[key] = value;
        return;
      }
      const next = current[key];
      const wantList = typeof path[depth + 1] === 'number';
      if (wantList ? Array.isArray(next) : isPlainObject(next)) current = next as Record<string | number, unknown>;
      else {
        const created: Record<string | number, unknown> = wantList ? ([] as unknown as Record<number, unknown>) : {};
        current[key] = created;
        current = created;
      }
    });
  }

  private remove(path: FieldPath): void {
    const parents: Array<Record<string | number, unknown>> = [this.record];
    let current: unknown = this.record;
    for (const key of path.slice(0, -1)) {
      if (!isPlainObject(current) && !Array.isArray(current)) return;
      current = (current as Record<string | number, unknown>)[key];
      if (isPlainObject(current) || Array.isArray(current)) parents.push(current as Record<string | number, unknown>);
    }
    if (!isPlainObject(current) && !Array.isArray(current)) return;
    delete (current as Record<string | number, unknown>)[path[path.length - 1]];
    // Drop containers the removal left empty, innermost first.
    for (let depth = path.length - 2; depth >= 0; depth--) {
      const parent = parents[depth];
      const child = parent?.[path[depth]];
      const empty = Array.isArray(child) ? child.every((item) => item === undefined) : isPlainObject(child) && Object.keys(child).length === 0;
      if (parent && empty) delete parent[path[depth]];
    }
  }
}

function describe(value: unknown): string {
  if (isPlainObject(value)) {
    if (typeof value.date === 'string') return `"${value.date}"`;
    if (typeof value.count === 'number') return `"${value.count}"`;
  }
  const text = typeof value === 'string' ? value : JSON.stringify(value);
  return `"${text.length > 40 ? `${text.slice(0, 39)}…` : text}"`;
}
