import { isPlainObject, joinPointer, type RecordValue } from '../../../service/parse/parsedRecord';
import { html, SafeHtml } from '../../html';
import type { RenderContext } from '../../renderContext';

const RESULTS_POINTER = '/resultsSection';

/**
 * Read access to a whole study's `resultsSection`, which sits beside the protocol section that RenderContext reads.
 * Nodes are walked by value (not looked up by path each time), so a results table costs one pass over its data.
 */
export class ResultsReader {
  private constructor(private readonly context: RenderContext) {}

  /** The reader of the document's results, or undefined for a record without any (a protocol section alone). */
  static of(context: RenderContext): ResultNode | undefined {
    const parsed = context.input.parsed;
    if (parsed.recordPointer !== '/protocolSection' || !isPlainObject(parsed.value)) return undefined;
    const results = parsed.value.resultsSection;
    if (!isPlainObject(results)) return undefined;
    return new ResultNode(new ResultsReader(context), RESULTS_POINTER, results);
  }

  /**
   * ` data-pointer=… data-start-line=… data-range=…` of a node in the source, in the format RenderContext.source uses;
   * empty when the node is not in the source.
   */
  blockAttributes(pointer: string): SafeHtml {
    const range = this.rangeOf(pointer);
    if (range === undefined) return html``;
    return html` data-pointer="${pointer}" data-start-line="${range.slice(0, range.indexOf(':'))}" data-range="${range}"`;
  }

  /**
   * ` data-range=…` alone, for a table cell: the range is all a click needs, and the pointer would double the size of
   * a large results table (thousands of cells); scrolling follows the rows, which carry the full attributes.
   */
  cellAttributes(pointer: string): SafeHtml {
    const range = this.rangeOf(pointer);
    // The range is digits, colons and a dash: nothing to escape.
    return new SafeHtml(range === undefined ? '' : ` data-range="${range}"`);
  }

  /** `line:character-line:character` (zero-based) from the node's key, when it has one, to the end of its value. */
  private rangeOf(pointer: string): string | undefined {
    const location = this.context.input.parsed.locations.get(pointer);
    if (!location) return undefined;
    const start = this.context.input.lines.positionAt(location.keyRange?.start ?? location.valueRange.start);
    const end = this.context.input.lines.positionAt(location.valueRange.end);
    return `${start.line}:${start.character}-${end.line}:${end.character}`;
  }
}

/** One node of the results (absent nodes too, so that reading a missing part gives nothing rather than failing). */
export class ResultNode {
  constructor(
    private readonly reader: ResultsReader,
    /** The node's JSON pointer in the document (`/resultsSection/…`). */
    readonly pointer: string,
    readonly value: RecordValue | undefined,
  ) {}

  child(key: string | number): ResultNode {
    const value = this.value;
    let childValue: RecordValue | undefined;
    if (typeof key === 'number') childValue = Array.isArray(value) ? value[key] : undefined;
    else if (isPlainObject(value) && Object.prototype.hasOwnProperty.call(value, key)) childValue = value[key];
    return new ResultNode(this.reader, joinPointer(this.pointer, key), childValue);
  }

  /** A text field: strings as they are (undefined when blank), numbers and booleans written out. */
  text(key: string): string | undefined {
    const value = isPlainObject(this.value) && Object.prototype.hasOwnProperty.call(this.value, key) ? this.value[key] : undefined;
    if (typeof value === 'string') return value.trim() === '' ? undefined : value;
    if (typeof value === 'number' || typeof value === 'boolean') return String(value);
    return undefined;
  }

  /** A whole count (the API writes flow counts as strings, event counts as integers); undefined when it is not one. */
  count(key: string): number | undefined {
    return wholeNumber(isPlainObject(this.value) ? this.value[key] : undefined);
  }

  /** The items of a list field (an absent or non-list value gives none). */
  list(key: string): ResultNode[] {
    const node = this.child(key);
    return Array.isArray(node.value) ? node.value.map((_item, index) => node.child(index)) : [];
  }

  exists(): boolean {
    return this.value !== undefined && this.value !== null;
  }

  /** Source attributes for a block of the page (a row, a section): clicking reveals it, scrolling follows it. */
  source(): SafeHtml {
    return this.reader.blockAttributes(this.pointer);
  }

  /** The source range of a table cell: clicking reveals it; scrolling follows the row instead. */
  cellSource(): SafeHtml {
    return this.reader.cellAttributes(this.pointer);
  }
}

/** `12` or `"12"` → 12; anything else (blank, "NA", "1.5", negative) → undefined. */
export function wholeNumber(value: RecordValue | undefined): number | undefined {
  if (typeof value === 'number') return Number.isInteger(value) && value >= 0 ? value : undefined;
  if (typeof value === 'string' && /^\s*\d+\s*$/.test(value)) return Number(value);
  return undefined;
}
