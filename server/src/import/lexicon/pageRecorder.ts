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
  /** Stated only in passing (an NCT ID in a list of identifiers): a direct statement that differs replaces it. */
  readonly soft?: boolean;
}

export interface SetOptions {
  /** See `Origin.soft`. */
  readonly soft?: boolean;
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
 * Which of two statements of one dated or counted value stands when they do not contradict each other:
 * an actual value supersedes an anticipated or untyped one (registries show the plan and the outcome:
 * `Anticipated date of first participant enrolment` and `Actual date …`, `Target sample size` and
 * `Actual sample size`). Undefined when neither is actual.
 */
function actualOf(earlier: unknown, later: unknown): 'earlier' | 'later' | undefined {
  if (!isPlainObject(earlier) || !isPlainObject(later) || (earlier.date === undefined && earlier.count === undefined)) return undefined;
  if (later.type === 'ACTUAL' && earlier.type !== 'ACTUAL') return 'later';
  if (earlier.type === 'ACTUAL' && later.type !== 'ACTUAL') return 'earlier';
  return undefined;
}

/** A canonical key for a list entry, so repeats are found with a Set (a page can list 10,000s of entries). */
function entryKey(value: unknown): string {
  return JSON.stringify(value, (_key, item: unknown) => (typeof item === 'string' ? item.replace(/\s+/g, ' ').trim() : item));
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
  /** Every proper prefix of a recorded path: a value set on one of them would overwrite parts recorded below it. */
  private readonly prefixes = new Set<string>();
  /** The entries of each list field, by canonical key. */
  private readonly listEntries = new Map<string, Set<string>>();
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
  set(path: FieldPath, value: unknown, lines: LineRef, fieldName = String(path[path.length - 1]), options: SetOptions = {}): boolean {
    if (value === undefined) return false;
    const at = lineList(lines);
    if (this.refuseCut(at, fieldName)) return false;
    const key = path.join('.');
    if (this.conflicted.has(key)) {
      this.keep(at, 'conflict');
      return false;
    }
    if (this.overlapsAnother(path, key)) return this.refuseOverlap(at, fieldName);
    const earlier = this.origins.get(key);
    if (earlier) return this.restate(path, key, earlier, value, at, fieldName, options);
    this.recordValue(path, key, value, at, options);
    return true;
  }

  /** A second statement of a recorded field: the same value (or a more precise date), an actual one, or a conflict. */
  private restate(
    path: FieldPath,
    key: string,
    earlier: Origin,
    value: unknown,
    at: readonly number[],
    fieldName: string,
    options: SetOptions,
  ): boolean {
    const merged = sameValue(earlier.value, value) ? earlier.value : mergeDates(earlier.value, value);
    if (merged !== undefined) {
      if (merged !== earlier.value) this.write(path, merged);
      for (const line of at) earlier.lines.push(line);
      this.use(at);
      return true;
    }
    const actual = actualOf(earlier.value, value);
    if (actual === 'earlier') {
      this.keep(at, 'superseded');
      return false;
    }
    if (actual === 'later' || (earlier.soft && !options.soft)) {
      // The later statement stands; the earlier one stays as a comment.
      this.unuse(earlier.lines);
      this.keep(earlier.lines, actual === 'later' ? 'superseded' : 'other-trial');
      this.recordValue(path, key, value, at, options);
      return true;
    }
    if (options.soft) {
      this.keep(at, 'other-trial');
      this.warn(`Another ${fieldName} (${describe(value)}) is listed on the page; it is kept as a comment.`);
      return false;
    }
    this.conflicted.add(key);
    this.origins.delete(key);
    this.remove(path);
    this.unuse(earlier.lines);
    this.keep([...earlier.lines, ...at], 'conflict');
    this.warnings.push(
      `The page gives two different values for ${fieldName} (${describe(earlier.value)} and ${describe(value)}); both lines are kept as comments.`,
    );
    return false;
  }

  private recordValue(path: FieldPath, key: string, value: unknown, at: readonly number[], options: SetOptions): void {
    this.write(path, value);
    this.origins.set(key, { value, lines: [...at], soft: options.soft });
    for (let end = 1; end < path.length; end++) this.prefixes.add(path.slice(0, end).join('.'));
    this.use(at);
  }

  /**
   * Whether setting `path` would overwrite, or be overwritten by, a value recorded on a path above or
   * below it (a whole `leadSponsor` against its `leadSponsor.name`, a list against one entry's field).
   */
  private overlapsAnother(path: FieldPath, key: string): boolean {
    if (this.prefixes.has(key) && !this.origins.has(key)) return true;
    for (let end = 1; end < path.length; end++) {
      const above = path.slice(0, end).join('.');
      if (this.origins.has(above) || this.listEntries.has(above)) return true;
    }
    return false;
  }

  private refuseOverlap(at: readonly number[], fieldName: string): false {
    this.keep(at, 'conflict');
    this.warn(`The page states the ${fieldName} in two ways that cannot be joined; the second is kept as a comment.`);
    return false;
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
    if (path.length >= 2 && isPlainObject(this.read(path.slice(0, -1))) && Object.keys(this.read(path.slice(0, -1)) as object).length === 0)
      this.remove(path.slice(0, -1));
    this.unuse(origin.lines);
    this.keep(origin.lines, reason);
  }

  /** Appends an entry to a list field (a repeat of an entry already there only marks its lines used). */
  push(path: FieldPath, value: unknown, lines: LineRef, fieldName = String(path[path.length - 1])): boolean {
    if (value === undefined) return false;
    const at = lineList(lines);
    if (this.refuseCut(at, fieldName)) return false;
    const key = path.join('.');
    if (this.origins.has(key) || this.prefixes.has(key) || this.overlapsAnother(path, key)) return this.refuseOverlap(at, fieldName);
    let entries = this.listEntries.get(key);
    if (!entries) {
      entries = new Set();
      this.listEntries.set(key, entries);
      this.write(path, []);
    }
    const entry = entryKey(value);
    if (!entries.has(entry)) {
      entries.add(entry);
      (this.read(path) as unknown[]).push(value);
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

  /** Why a line is kept, if a reason was given yet. */
  keptReason(line: number): KeptReason | undefined {
    return this.kept.get(line);
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
      // A line kept for a reason that concerns its whole text stays kept, even if another field takes part of it.
      const reason = this.kept.get(line);
      if (reason === 'partly-read' || reason === 'no-field' || reason === 'conflict' || reason === 'cut-off' || reason === 'superseded')
        continue;
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
      const empty = Array.isArray(child)
        ? child.every((item) => item === undefined)
        : isPlainObject(child) && Object.keys(child).length === 0;
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
