// A reader for Python literals as `repr()` prints them (the "Raw JSON" dumps of Ignite pages):
// dicts, lists, tuples, strings in either quote with Python's escapes, numbers, True/False/None.
// A real tokenizer, so apostrophes inside double-quoted strings and escaped Markdown (`\\<`)
// come out exactly as Python would read them. Iterative (no recursion), linear in the input.
import type { RecordValue } from '../service/parse/parsedRecord';
import { setOwn } from '../service/parse/safeObject';

export interface PythonLiteralProblem {
  readonly message: string;
  /** Offset in the text where the problem was found. */
  readonly offset: number;
}

export interface PythonLiteralResult {
  /** The value read; when there is a problem, what was read up to it (open containers closed). */
  readonly value: RecordValue | undefined;
  /** Offset just after the literal (or where reading stopped). */
  readonly end: number;
  readonly problem?: PythonLiteralProblem;
  /** True when the text ended inside the literal (a cut-off paste). */
  readonly truncated: boolean;
}

const MAX_DEPTH = 1000;

type Frame =
  | {
      readonly kind: 'dict';
      readonly value: { [key: string]: RecordValue };
      state: 'key' | 'colon' | 'value' | 'next';
      key: string;
      readonly open: number;
    }
  | { readonly kind: 'list' | 'tuple'; readonly value: RecordValue[]; state: 'value' | 'next'; readonly open: number; commas: number };

const CLOSER = { dict: '}', list: ']', tuple: ')' } as const;

class LiteralProblem extends Error {
  constructor(
    message: string,
    readonly offset: number,
    readonly truncated = false,
  ) {
    super(message);
  }
}

export interface PythonLiteralOptions {
  /**
   * Also accept JSON's `true`/`false`/`null` and its `\/` escape, so that the same tolerant
   * reader can recover the readable part of a cut-off JSON file.
   */
  readonly acceptJson?: boolean;
}

/** Reads one Python literal starting at `start` (leading whitespace skipped). Never throws. */
export function parsePythonLiteral(text: string, start = 0, options: PythonLiteralOptions = {}): PythonLiteralResult {
  const reader = new LiteralReader(text, start, options.acceptJson === true);
  return reader.read();
}

const PYTHON_CONSTANTS: ReadonlyMap<string, RecordValue> = new Map<string, RecordValue>([
  ['True', true],
  ['False', false],
  ['None', null],
]);
const JSON_CONSTANTS: ReadonlyMap<string, RecordValue> = new Map<string, RecordValue>([
  ['true', true],
  ['false', false],
  ['null', null],
]);

class LiteralReader {
  private pos: number;
  private root: RecordValue | undefined;
  private rootSet = false;
  private readonly stack: Frame[] = [];

  constructor(
    private readonly text: string,
    start: number,
    private readonly acceptJson: boolean,
  ) {
    this.pos = start;
  }

  read(): PythonLiteralResult {
    try {
      this.readValueTree();
      return { value: this.root, end: this.pos, truncated: false };
    } catch (error) {
      if (!(error instanceof LiteralProblem)) throw error;
      return { value: this.root, end: error.offset, problem: { message: error.message, offset: error.offset }, truncated: error.truncated };
    }
  }

  private readValueTree(): void {
    for (;;) {
      if (this.rootSet && this.stack.length === 0) return;
      this.skipSpace();
      const frame = this.stack[this.stack.length - 1];
      if (this.pos >= this.text.length) {
        if (!frame && !this.rootSet) throw new LiteralProblem('there is no Python literal here (the text is empty)', this.pos, true);
        if (frame)
          throw new LiteralProblem(
            `the literal ends before its closing "${CLOSER[frame.kind]}" (opened at offset ${frame.open})`,
            this.pos,
            true,
          );
        return;
      }
      if (!frame) {
        this.readValue();
        continue;
      }
      const char = this.text[this.pos];
      if (frame.kind === 'dict') {
        if (frame.state === 'key') {
          if (char === '}') this.close();
          else this.readValue();
        } else if (frame.state === 'colon') {
          if (char !== ':') throw this.unexpected('":" after a dict key');
          this.pos++;
          frame.state = 'value';
        } else if (frame.state === 'value') {
          this.readValue();
        } else if (char === ',') {
          this.pos++;
          frame.state = 'key';
        } else if (char === '}') {
          this.close();
        } else {
          throw this.unexpected('"," or "}"');
        }
      } else if (frame.state === 'value') {
        if (char === CLOSER[frame.kind]) this.close();
        else this.readValue();
      } else if (char === ',') {
        this.pos++;
        frame.state = 'value';
        frame.commas++;
      } else if (char === CLOSER[frame.kind]) {
        this.close();
      } else {
        throw this.unexpected(`"," or "${CLOSER[frame.kind]}"`);
      }
    }
  }

  private close(): void {
    this.pos++;
    const closed = this.stack.pop();
    // `('part one ' 'part two')` (how pprint wraps long strings) is a parenthesised value, not a tuple.
    if (closed?.kind === 'tuple' && closed.commas === 0 && closed.value.length === 1) this.replaceLast(closed.value, closed.value[0]);
  }

  /** Puts `value` where the container `previous` was attached. */
  private replaceLast(previous: RecordValue, value: RecordValue): void {
    const parent = this.stack[this.stack.length - 1];
    if (!parent) this.root = value;
    else if (parent.kind === 'dict') setOwn(parent.value, parent.key, value);
    else if (parent.value[parent.value.length - 1] === previous) parent.value[parent.value.length - 1] = value;
  }

  private readValue(): void {
    const char = this.text[this.pos];
    if (char === '{' || char === '[' || char === '(') {
      if (this.stack.length >= MAX_DEPTH) throw new LiteralProblem(`the literal nests deeper than ${MAX_DEPTH} levels`, this.pos);
      const open = this.pos;
      this.pos++;
      if (char === '{') {
        const value: { [key: string]: RecordValue } = {};
        this.attach(value);
        this.stack.push({ kind: 'dict', value, state: 'key', key: '', open });
      } else {
        const value: RecordValue[] = [];
        this.attach(value);
        this.stack.push({ kind: char === '[' ? 'list' : 'tuple', value, state: 'value', open, commas: 0 });
      }
      return;
    }
    this.attach(this.readScalar());
  }

  /** Places a value where the innermost open container expects it. */
  private attach(value: RecordValue): void {
    const frame = this.stack[this.stack.length - 1];
    if (!frame) {
      this.root = value;
      this.rootSet = true;
    } else if (frame.kind === 'dict') {
      if (frame.state === 'key') {
        if (typeof value === 'object' && value !== null)
          throw new LiteralProblem('a dict key must be a string, number or constant', this.pos);
        frame.key =
          typeof value === 'string'
            ? value
            : value === null
              ? 'None'
              : typeof value === 'boolean'
                ? value
                  ? 'True'
                  : 'False'
                : String(value);
        frame.state = 'colon';
      } else {
        setOwn(frame.value, frame.key, value);
        frame.state = 'next';
      }
    } else {
      frame.value.push(value);
      frame.state = 'next';
    }
  }

  private readScalar(): RecordValue {
    const text = this.text;
    const char = text[this.pos];
    const prefix = /^[rRbBuU]{0,2}(?=['"])/.exec(text.slice(this.pos, this.pos + 3));
    if (prefix) {
      // Adjacent string literals concatenate, as in Python.
      let value = this.readString();
      for (;;) {
        const save = this.pos;
        this.skipSpace();
        if (/^[rRbBuU]{0,2}['"]/.test(text.slice(this.pos, this.pos + 3))) value += this.readString();
        else {
          this.pos = save;
          return value;
        }
      }
    }
    const number = /^[-+]?(?:\d[\d_]*(?:\.[\d_]*)?|\.\d[\d_]*)(?:[eE][-+]?\d+)?(?![\w.])/.exec(text.slice(this.pos, this.pos + 64));
    if (number) {
      this.pos += number[0].length;
      const parsed = Number(number[0].replace(/_/g, ''));
      if (!Number.isFinite(parsed)) throw new LiteralProblem(`"${number[0]}" is not a number`, this.pos - number[0].length);
      return parsed;
    }
    const name = /^[A-Za-z_]\w*/.exec(text.slice(this.pos, this.pos + 32));
    if (name) {
      const constants = this.acceptJson && JSON_CONSTANTS.has(name[0]) ? JSON_CONSTANTS : PYTHON_CONSTANTS;
      if (constants.has(name[0])) {
        this.pos += name[0].length;
        return constants.get(name[0]) ?? null;
      }
      throw new LiteralProblem(
        `"${name[0]}" is not a Python literal (only strings, numbers, True, False, None, dicts, lists and tuples are)`,
        this.pos,
      );
    }
    throw this.unexpected('a value', char);
  }

  /** A string literal with optional prefix (r, b, u), in any of the four quote styles. */
  private readString(): string {
    const text = this.text;
    const start = this.pos;
    let raw = false;
    while (text[this.pos] !== '"' && text[this.pos] !== "'") {
      if (text[this.pos] === 'r' || text[this.pos] === 'R') raw = true;
      this.pos++;
    }
    const quote = text[this.pos];
    const triple = text.startsWith(quote.repeat(3), this.pos);
    const delimiter = triple ? quote.repeat(3) : quote;
    this.pos += delimiter.length;
    let value = '';
    let chunkStart = this.pos;
    for (;;) {
      if (this.pos >= text.length) throw new LiteralProblem(`a string opened at offset ${start} is never closed`, start, true);
      const char = text[this.pos];
      if (char === quote && (!triple || text.startsWith(delimiter, this.pos))) {
        value += text.slice(chunkStart, this.pos);
        this.pos += delimiter.length;
        return value;
      }
      if (!triple && (char === '\n' || char === '\r'))
        throw new LiteralProblem(`a string opened at offset ${start} runs past the end of its line`, start);
      if (char === '\\') {
        value += text.slice(chunkStart, this.pos);
        if (raw) {
          // In a raw string a backslash only protects the next character from ending the string.
          value += text.slice(this.pos, this.pos + 2);
          this.pos += 2;
        } else {
          value += this.readEscape();
        }
        chunkStart = this.pos;
        continue;
      }
      this.pos++;
    }
  }

  /** One backslash escape at `pos`; unknown escapes keep their backslash, as Python does. */
  private readEscape(): string {
    const text = this.text;
    const next = text[this.pos + 1];
    if (next === undefined) throw new LiteralProblem('the text ends inside a string escape', this.pos, true);
    const simple: Record<string, string> = {
      '\\': '\\',
      "'": "'",
      '"': '"',
      n: '\n',
      t: '\t',
      r: '\r',
      a: '\x07',
      b: '\b',
      f: '\f',
      v: '\v',
    };
    if (Object.prototype.hasOwnProperty.call(simple, next)) {
      this.pos += 2;
      return simple[next];
    }
    if (next === '/' && this.acceptJson) {
      this.pos += 2;
      return '/';
    }
    if (next === '\n' || next === '\r') {
      // Line continuation inside a string.
      this.pos += text.startsWith('\r\n', this.pos + 1) ? 3 : 2;
      return '';
    }
    const hexLength = next === 'x' ? 2 : next === 'u' ? 4 : next === 'U' ? 8 : 0;
    if (hexLength > 0) {
      const digits = text.slice(this.pos + 2, this.pos + 2 + hexLength);
      if (!new RegExp(`^[0-9a-fA-F]{${hexLength}}$`).test(digits))
        throw new LiteralProblem(`"\\${next}${digits}" is not a valid escape`, this.pos);
      const code = parseInt(digits, 16);
      if (code > 0x10ffff) throw new LiteralProblem(`"\\${next}${digits}" is outside Unicode`, this.pos);
      this.pos += 2 + hexLength;
      return String.fromCodePoint(code);
    }
    const octal = /^[0-7]{1,3}/.exec(text.slice(this.pos + 1, this.pos + 4));
    if (octal) {
      this.pos += 1 + octal[0].length;
      return String.fromCharCode(parseInt(octal[0], 8));
    }
    this.pos += 1;
    return '\\';
  }

  private skipSpace(): void {
    const text = this.text;
    while (this.pos < text.length) {
      const code = text.charCodeAt(this.pos);
      if (code === 32 || code === 9 || code === 10 || code === 13 || code === 12 || code === 0xa0 || code === 0xfeff) this.pos++;
      else if (code === 0x5c && (text[this.pos + 1] === '\n' || text[this.pos + 1] === '\r')) this.pos += 2;
      else break;
    }
  }

  private unexpected(expected: string, found = this.text[this.pos]): LiteralProblem {
    const shown = found === undefined ? 'the end of the text' : JSON.stringify(this.text.slice(this.pos, this.pos + 20));
    return new LiteralProblem(`expected ${expected} at offset ${this.pos}, found ${shown}`, this.pos);
  }
}
