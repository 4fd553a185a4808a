import { offsetRange } from '../text/offsetRange';
import { LazyLocationMap } from './lazyLocationMap';
import { escapePointerSegment, type NodeLocation } from './parsedRecord';
import { closingQuote, containerEnds, isJsonSpace } from './plainJsonScan';

const QUOTE = 34;
const COLON = 58;
const COMMA = 44;
const OPEN_BRACE = 123;
const CLOSE_BRACE = 125;
const OPEN_BRACKET = 91;
const CLOSE_BRACKET = 93;

/**
 * The pointer → location map of a plain JSON text (one `JSON.parse` accepted, without duplicate keys:
 * fastJsonRead.ts), found where it is asked for. `get` walks down the pointer and lists the members of
 * only the objects and arrays on its path (each once, skipping the values it passes over), so a finding
 * costs a scan of its path rather than a tree of the whole record with a location for every node, which
 * was a quarter of the cost of checking a registry study. The ranges are those of `parseJsonRecord`
 * (jsonc-parser): keys and strings with their quotes, containers from bracket to bracket. Iterating and
 * `size` read the whole tree (`readWhole`), once.
 */
export class LazyJsonLocations extends LazyLocationMap {
  private wholeReading?: ReadonlyMap<string, NodeLocation>;
  private rootLocation?: NodeLocation;
  /** The members of each container listed so far, by its pointer; undefined for a scalar. */
  private readonly members = new Map<string, Map<string, NodeLocation> | undefined>();
  /** Where each object and array ends, by where it opens: found in one pass at the first lookup, not once per container skipped. */
  private containerEnds?: ReadonlyMap<number, number>;

  constructor(
    private readonly text: string,
    private readonly readWhole: (text: string) => ReadonlyMap<string, NodeLocation>,
  ) {
    super();
  }

  /** Whether the whole tree has been read (tests check a record without findings reads none). */
  get readWholly(): boolean {
    return this.wholeReading !== undefined;
  }

  /** Containers whose members have been listed (tests check a lookup lists only those on its path). */
  get containersListed(): number {
    return this.members.size;
  }

  override get(pointer: string): NodeLocation | undefined {
    if (this.wholeReading) return this.wholeReading.get(pointer);
    let location = this.root();
    if (pointer === '') return location;
    if (pointer.charCodeAt(0) !== 47 /* / */) return undefined;
    let start = 1;
    for (;;) {
      const slash = pointer.indexOf('/', start);
      const end = slash < 0 ? pointer.length : slash;
      const member = this.membersOf(pointer.slice(0, start - 1), location)?.get(pointer.slice(start, end));
      if (!member || slash < 0) return member;
      location = member;
      start = slash + 1;
    }
  }

  get size(): number {
    return this.allLocations().size;
  }

  protected allLocations(): ReadonlyMap<string, NodeLocation> {
    this.wholeReading ??= this.readWhole(this.text);
    return this.wholeReading;
  }

  private root(): NodeLocation {
    if (!this.rootLocation) {
      // The text is one JSON value (JSON.parse accepted it): the root ends where the trailing space starts.
      let end = this.text.length;
      while (end > 0 && isJsonSpace(this.text.charCodeAt(end - 1))) end--;
      this.rootLocation = { keyRange: undefined, valueRange: offsetRange(this.skipSpace(0), end) };
    }
    return this.rootLocation;
  }

  /** A container's members by pointer segment (escaped, as in pointers; array items by index), listed once. */
  private membersOf(pointer: string, location: NodeLocation): Map<string, NodeLocation> | undefined {
    if (this.members.has(pointer)) return this.members.get(pointer);
    const open = this.text.charCodeAt(location.valueRange.start);
    const listed =
      open === OPEN_BRACE
        ? this.objectMembers(location.valueRange.start)
        : open === OPEN_BRACKET
          ? this.arrayItems(location.valueRange.start)
          : undefined;
    this.members.set(pointer, listed);
    return listed;
  }

  private objectMembers(open: number): Map<string, NodeLocation> {
    const found = new Map<string, NodeLocation>();
    let at = this.skipSpace(open + 1);
    while (this.text.charCodeAt(at) === QUOTE) {
      const keyStart = at;
      const keyEnd = this.skipString(at);
      at = this.skipSpace(keyEnd);
      if (this.text.charCodeAt(at) !== COLON) break;
      const valueStart = this.skipSpace(at + 1);
      const valueEnd = this.skipValue(valueStart);
      const raw = this.text.slice(keyStart + 1, keyEnd - 1);
      const key = raw.includes('\\') ? (JSON.parse(this.text.slice(keyStart, keyEnd)) as string) : raw;
      found.set(escapePointerSegment(key), { keyRange: offsetRange(keyStart, keyEnd), valueRange: offsetRange(valueStart, valueEnd) });
      at = this.skipSpace(valueEnd);
      if (this.text.charCodeAt(at) !== COMMA) break;
      at = this.skipSpace(at + 1);
    }
    return found;
  }

  private arrayItems(open: number): Map<string, NodeLocation> {
    const found = new Map<string, NodeLocation>();
    let at = this.skipSpace(open + 1);
    if (this.text.charCodeAt(at) === CLOSE_BRACKET) return found;
    for (let index = 0; at < this.text.length; index++) {
      const end = this.skipValue(at);
      found.set(String(index), { keyRange: undefined, valueRange: offsetRange(at, end) });
      at = this.skipSpace(end);
      if (this.text.charCodeAt(at) !== COMMA) break;
      at = this.skipSpace(at + 1);
    }
    return found;
  }

  private skipSpace(at: number): number {
    while (at < this.text.length && isJsonSpace(this.text.charCodeAt(at))) at++;
    return at;
  }

  /** From an opening quote to just past the closing one. */
  private skipString(at: number): number {
    return Math.min(closingQuote(this.text, at) + 1, this.text.length);
  }

  /** From a value's first character to just past its last. */
  private skipValue(at: number): number {
    const first = this.text.charCodeAt(at);
    if (first === QUOTE) return this.skipString(at);
    if (first === OPEN_BRACE || first === OPEN_BRACKET) {
      this.containerEnds ??= containerEnds(this.text);
      return this.containerEnds.get(at) ?? this.text.length;
    }
    // A number, true, false or null: up to the next space or delimiter.
    while (at < this.text.length) {
      const code = this.text.charCodeAt(at);
      if (isJsonSpace(code) || code === COMMA || code === CLOSE_BRACE || code === CLOSE_BRACKET) break;
      at++;
    }
    return at;
  }
}
