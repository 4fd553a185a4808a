// An API search response (`{"studies": [...], "nextPageToken": ...}`) read as the studies it holds: each
// study's own text, cut from the response, so it is checked as that study in its own file would be (its
// positions relative to its own text). Found by a scan of the top level only: a study file's first key
// (`protocolSection`, or a module in a record) says at once that it is not a response, so a record pays
// for a few characters of scanning, not a second parse.

/** One study of a search response: its index in `studies` and its text. */
export interface StudySlice {
  readonly index: number;
  readonly text: string;
}

/** First keys of a study or a record: no scan past them. */
const RECORD_FIRST_KEY =
  /^(protocolSection|resultsSection|annotationSection|documentSection|derivedSection|hasResults|\$schema|\w+Module)$/;

/** The studies of a search response (each as its own text); undefined when `text` is not one. */
export function searchResponseStudies(text: string): StudySlice[] | undefined {
  const scan = new TopLevelScan(text);
  if (!scan.enterObject()) return undefined;
  let first = true;
  for (;;) {
    const key = scan.readKey();
    if (key === undefined) return undefined;
    if (first && RECORD_FIRST_KEY.test(key)) return undefined;
    first = false;
    if (key === 'studies' && scan.peek() === '[') return scan.readArrayItems();
    if (!scan.skipValue() || !scan.nextMember()) return undefined;
  }
}

/** The NCT ID of a study (`protocolSection.identificationModule.nctId`) or of a record (`identificationModule.nctId`). */
export function nctIdOf(value: unknown): string | undefined {
  const section = field(value, 'protocolSection') ?? value;
  const id = field(field(section, 'identificationModule'), 'nctId');
  return typeof id === 'string' && id !== '' ? id : undefined;
}

function field(value: unknown, key: string): unknown {
  return typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as Record<string, unknown>)[key] : undefined;
}

/** A cursor over JSON text that steps over whole values without building them. */
class TopLevelScan {
  private at = 0;

  constructor(private readonly text: string) {}

  peek(): string {
    this.skipSpace();
    return this.text[this.at] ?? '';
  }

  enterObject(): boolean {
    if (this.peek() !== '{') return false;
    this.at++;
    return true;
  }

  /** A member's key and its colon; undefined at the end of the object or on anything else. */
  readKey(): string | undefined {
    if (this.peek() !== '"') return undefined;
    const start = this.at;
    if (!this.skipString()) return undefined;
    // As written, escapes and all: the keys looked for (`studies`, a record's) need none.
    const key = this.text.slice(start + 1, this.at - 1);
    if (this.peek() !== ':') return undefined;
    this.at++;
    return key;
  }

  /** Past the comma to the next member; false at the object's end or on anything else. */
  nextMember(): boolean {
    if (this.peek() !== ',') return false;
    this.at++;
    return true;
  }

  /** The items of the array at the cursor, each as its text; undefined if it does not close properly. */
  readArrayItems(): StudySlice[] | undefined {
    this.at++; // the `[`
    const items: StudySlice[] = [];
    if (this.peek() === ']') return items;
    for (;;) {
      this.skipSpace();
      const start = this.at;
      if (!this.skipValue()) return undefined;
      items.push({ index: items.length, text: this.text.slice(start, this.at) });
      const next = this.peek();
      this.at++;
      if (next === ']') return items;
      if (next !== ',') return undefined;
    }
  }

  /** Steps over one value (of any depth); false when the text ends or breaks first. */
  skipValue(): boolean {
    const first = this.peek();
    if (first === '"') return this.skipString();
    if (first !== '{' && first !== '[') {
      const match = /^[^,\]}\s]+/.exec(this.text.slice(this.at, this.at + 64));
      if (match === null) return false;
      this.at += match[0].length;
      return true;
    }
    let depth = 0;
    const { text } = this;
    while (this.at < text.length) {
      const char = text.charCodeAt(this.at);
      if (char === 0x22 /* " */) {
        if (!this.skipString()) return false;
        continue;
      }
      if (char === 0x7b /* { */ || char === 0x5b /* [ */) depth++;
      else if (char === 0x7d /* } */ || char === 0x5d /* ] */) depth--;
      this.at++;
      if (depth === 0) return true;
    }
    return false;
  }

  /** Steps over a string at the cursor, escapes included. */
  private skipString(): boolean {
    const { text } = this;
    for (let i = this.at + 1; i < text.length; i++) {
      const char = text.charCodeAt(i);
      if (char === 0x5c /* \ */) i++;
      else if (char === 0x22 /* " */) {
        this.at = i + 1;
        return true;
      }
    }
    return false;
  }

  skipSpace(): void {
    const { text } = this;
    while (this.at < text.length) {
      const char = text.charCodeAt(this.at);
      if (char !== 0x20 && char !== 0x0a && char !== 0x0d && char !== 0x09) return;
      this.at++;
    }
  }
}
