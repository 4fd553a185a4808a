import { joinPointer, lastSegment, parentPointer, type ParsedRecord } from '../../parse/parsedRecord';
import { locationIndex, multilineTextRanges, type LocationIndex } from '../../parse/locationCache';
import { MAX_NESTING_DEPTH } from '../../parse/parseGuards';
import { offsetRange, type OffsetRange } from '../../text/offsetRange';
import { NONE, type CursorContext, type KeyPosition, type OuterObject } from './cursorPosition';
import { flowSequenceItem } from './yamlFlowItem';
import {
  closingQuote,
  elementsOf,
  hasEmptyInlineValue,
  isBlockScalarHeader,
  isCommentOnly,
  readYamlLine,
  type Element,
  type YamlLine,
} from './yamlLine';

/** How many enclosing levels a key line may move out to: a record nests about six deep. */
const MAX_OUTER_LEVELS = 12;

/** A word that can be a plain key being typed (no `:` yet). */
const KEY_LIKE = /^[A-Za-z_$][\w$.-]*$/;

/** What an element on a line sits in: the pointer of its container, and (for dashes) how many items precede it. */
interface Container {
  readonly pointer: string;
  readonly itemsBefore: number;
}

/**
 * Reads YAML block structure from indentation, walking up from the cursor line. Pointers of
 * parent keys and items come from the parse's locations when the parse has them (one map
 * lookup), and from the text above when it does not (the line being typed broke the parse).
 */
export class YamlStructure {
  private readonly index: LocationIndex;
  /** How many `containerOf` calls are on the stack (see there). */
  private ancestorsWalked = 0;

  constructor(
    private readonly text: string,
    private readonly parsed: ParsedRecord,
  ) {
    this.index = locationIndex(parsed);
  }

  /** The cursor context at `offset` of a YAML document. */
  contextAt(offset: number): CursorContext {
    const lineStart = this.text.lastIndexOf('\n', offset - 1) + 1;
    const line = readYamlLine(this.text, lineStart);
    const column = offset - line.start;
    if (column > line.text.length) return NONE; // between \r and \n
    if (line.commentStart >= 0 && column > line.commentStart) return NONE;

    if (line.blank) {
      if (this.insideTextBlock(line)) return NONE;
      // Lines below that are indented deeper belong to the block this blank line sits in; a key
      // at a smaller column would cut that block in two (its remaining lines would change owner).
      if (this.nextContentIndent(line) > column) return NONE;
      const container = this.containerOf(line, column, 'blank');
      if (!container) return NONE;
      return {
        ...this.keyPosition(container.pointer, '', offsetRange(offset, offset), false, column),
        outerObjects: this.outerObjects(line, column, offset),
      };
    }
    if (column < line.contentColumn) return NONE;
    if (line.text[column - 1] === '-' && line.dashes.includes(column - 1)) return NONE; // `-|`: no space yet

    const contentContainer = line.dashes.length > 0 ? this.itemPointer(line, line.dashes.length - 1) : undefined;
    const containerPointer = (): string | undefined =>
      line.dashes.length > 0 ? contentContainer : this.containerOf(line, line.contentColumn, 'key')?.pointer;

    const key = line.key;
    if (key) {
      if (column <= key.end) {
        const pointer = containerPointer();
        if (pointer === undefined) return NONE;
        const quoted = line.text[key.start] === '"' || line.text[key.start] === "'";
        const range = quoted
          ? offsetRange(line.start + key.start + 1, line.start + key.end - 1)
          : offsetRange(line.start + key.start, line.start + key.end);
        if (offset < range.start || offset > range.end) return NONE;
        return this.keyPosition(pointer, this.text.slice(range.start, offset), range, true, key.start, key.name);
      }
      if (column <= key.colon) return NONE;
      const pointer = containerPointer();
      if (pointer === undefined) return NONE;
      const valuePointer = joinPointer(pointer, key.name);
      const limit = line.commentStart >= 0 ? line.commentStart : line.text.length;
      const flow = line.text[line.valueStart] === '[' ? flowSequenceItem(line.text, line.valueStart, column, limit) : undefined;
      if (flow) {
        const range = offsetRange(line.start + flow.start, line.start + flow.end);
        const needsLeadingSpace = !flow.quoted && line.text[flow.start - 1] === ',';
        return {
          kind: 'value',
          format: 'yaml',
          valuePointer: joinPointer(valuePointer, flow.index),
          partial: this.text.slice(range.start, offset),
          replaceRange: range,
          quoted: flow.quoted,
          needsLeadingSpace,
          inFlow: true,
        };
      }
      const scalar = this.scalarRange(line, offset);
      if (!scalar) return NONE;
      return {
        kind: 'value',
        format: 'yaml',
        valuePointer,
        partial: this.text.slice(scalar.range.start, offset),
        replaceRange: scalar.range,
        quoted: scalar.quoted,
        needsLeadingSpace: line.valueStart === line.valueEnd && line.text[column - 1] === ':',
      };
    }

    if (line.dashes.length > 0) {
      if (contentContainer === undefined) return NONE;
      const scalar = this.scalarRange(line, offset);
      if (!scalar) return NONE;
      return {
        kind: 'item',
        format: 'yaml',
        itemPointer: contentContainer,
        partial: this.text.slice(scalar.range.start, offset),
        replaceRange: scalar.range,
        quoted: scalar.quoted,
        column: line.contentColumn,
      };
    }

    // A word without `:`: a key being typed, unless the line continues a scalar above.
    const word = line.text.slice(line.contentColumn, line.valueEnd);
    if (column > line.valueEnd || !KEY_LIKE.test(word)) return NONE;
    const pointer = containerPointer();
    if (pointer === undefined) return NONE;
    const range = offsetRange(line.start + line.contentColumn, line.start + line.valueEnd);
    return {
      ...this.keyPosition(pointer, this.text.slice(range.start, offset), range, false, line.contentColumn),
      outerObjects: this.outerObjects(line, line.contentColumn, range.end),
    };
  }

  /**
   * The objects enclosing a key line at `column` that the line may move out to (see
   * `KeyPosition.outerObjects`), innermost first: each key line above at a smaller column opens one.
   * A level is left out when lines below are indented deeper than its column (they would become the
   * new key's children). At most MAX_OUTER_LEVELS, so hostile nesting costs nothing.
   */
  private outerObjects(line: YamlLine, column: number, wordEnd: number): OuterObject[] {
    const below = this.nextContentIndent(line);
    const outer: OuterObject[] = [];
    // Lines indented at most `limit` can hold an enclosing key; a list item's key is at or left of its dash.
    let limit = column - 1;
    let levels = 0;
    let above = this.previousLine(line, limit);
    while (above && limit >= 0 && levels < MAX_OUTER_LEVELS) {
      const first = above.blank || isCommentOnly(above) ? undefined : elementsOf(above)[0];
      if (first && first.column <= limit && first.kind === 'dash') {
        // The list's key line, from the parse when it knows the item (no walk over a long list).
        limit = first.column;
        const owner = this.listKeyLine(above);
        above = owner ?? this.previousLine(above, limit);
        continue;
      }
      if (first && first.column <= limit) {
        levels++;
        limit = first.column - 1;
        if (first.kind === 'key' && below <= first.column) {
          // A new key at this column joins the mapping this line's key is in.
          const known = this.knownKey(above);
          const pointer = known !== undefined ? parentPointer(known) : this.containerOf(above, first.column, 'key')?.pointer;
          if (pointer !== undefined)
            outer.push({ objectPointer: pointer, column: first.column, replaceRange: offsetRange(line.start, wordEnd) });
        }
      }
      above = this.previousLine(above, limit);
    }
    return outer;
  }

  /** The line holding the key whose list the item opened by the first dash of `line` belongs to, if the parse knows both. */
  private listKeyLine(line: YamlLine): YamlLine | undefined {
    const item = this.knownItem(line, 0);
    const keyStart = item === undefined ? undefined : this.parsed.locations.get(parentPointer(item))?.keyRange?.start;
    if (keyStart === undefined || keyStart >= line.start) return undefined;
    return readYamlLine(this.text, this.text.lastIndexOf('\n', keyStart - 1) + 1);
  }

  /**
   * Whether a blank line is one of the blank lines of a text that goes on below it (a paragraph
   * break in `eligibilityCriteria: |`): the parse says so, and no key belongs there.
   */
  private insideTextBlock(line: YamlLine): boolean {
    const lineEnd = this.text.indexOf('\n', line.start);
    if (lineEnd < 0) return false;
    return multilineTextRanges(this.parsed, this.text).some(
      (range) => range.start < line.start && range.end > lineEnd && /\S/.test(this.text.slice(lineEnd, range.end)),
    );
  }

  /** The indentation of the next line below `line` with content (not blank, not only a comment); -1 if none. */
  private nextContentIndent(line: YamlLine): number {
    let start = this.text.indexOf('\n', line.start) + 1;
    while (start > 0 && start < this.text.length) {
      const below = readYamlLine(this.text, start);
      if (!below.blank && !isCommentOnly(below)) return below.contentColumn;
      start = this.text.indexOf('\n', start) + 1;
    }
    return -1;
  }

  private keyPosition(
    objectPointer: string,
    partial: string,
    replaceRange: OffsetRange,
    hasSeparator: boolean,
    column: number,
    editedKey?: string,
  ): KeyPosition {
    return {
      kind: 'key',
      format: 'yaml',
      objectPointer,
      partial,
      replaceRange,
      hasSeparator,
      editedKey,
      column,
      quoted: false,
      needsComma: false,
    };
  }

  /** The inline scalar around the cursor (inside the quotes if quoted); undefined for block/flow values. */
  private scalarRange(line: YamlLine, offset: number): { range: OffsetRange; quoted: boolean } | undefined {
    const column = offset - line.start;
    const { valueStart, valueEnd } = line;
    if (valueStart === valueEnd) return { range: offsetRange(offset, offset), quoted: false };
    if (column < valueStart) return undefined;
    const first = line.text[valueStart];
    if (first === '"' || first === "'") {
      if (column === valueStart) return undefined;
      const close = closingQuote(line.text, valueStart);
      const innerEnd = close < 0 ? valueEnd : close;
      if (column > innerEnd) return undefined;
      return { range: offsetRange(line.start + valueStart + 1, line.start + innerEnd), quoted: true };
    }
    if ('[{|>&*!'.includes(first)) return undefined;
    return { range: offsetRange(line.start + valueStart, line.start + Math.max(valueEnd, column)), quoted: false };
  }

  /**
   * The line above `line`, read in full only when something on it could sit at or left of
   * `column`: deeper lines (most of a large list) are skipped by their indentation alone.
   */
  private previousLine(line: YamlLine, column: number): YamlLine | undefined {
    let end = line.start - 1; // the \n ending the previous line
    while (end >= 0) {
      const start = this.text.lastIndexOf('\n', end - 1) + 1;
      let indent = start;
      while (this.text.charCodeAt(indent) === 32) indent++;
      const next = this.text.charCodeAt(indent);
      const blank = indent >= end || next === 10 || next === 13;
      if (!blank && indent - start <= column) return readYamlLine(this.text, start);
      end = start - 1;
    }
    return undefined;
  }

  /**
   * The container of an element at `column` on `line`: walks up to the nearest line with
   * something at a smaller column (indentation decides the parent). `blank` is the cursor on an
   * empty line: there, a `key: value` line above at a smaller column counts as a sibling, not as
   * a scalar being continued. Undefined when the element is inside a scalar (block or plain), or
   * deeper than the parse reads.
   */
  private containerOf(line: YamlLine, column: number, element: 'key' | 'dash' | 'blank'): Container | undefined {
    // Each ancestor without a known pointer is found by one more call down this path: bounding them
    // bounds the stack (10,000 levels of hostile text would exhaust it). Deeper than the parse reads
    // (MAX_NESTING_DEPTH), no schema field lies either, so there is nothing to complete or explain.
    if (this.ancestorsWalked >= MAX_NESTING_DEPTH) return undefined;
    this.ancestorsWalked++;
    const container = this.containerAbove(line, column, element);
    this.ancestorsWalked--;
    return container;
  }

  private containerAbove(line: YamlLine, column: number, element: 'key' | 'dash' | 'blank'): Container | undefined {
    let itemsBefore = 0;
    for (let above = this.previousLine(line, column); above; above = this.previousLine(above, column)) {
      if (above.blank || isCommentOnly(above)) continue;
      const elements = elementsOf(above);
      const first = elements[0];
      if (!first || first.column > column) continue;
      if (first.column === column) {
        if (element === 'dash' && first.kind === 'dash') {
          // A previous item the parse knows tells the list and its index: no need to count further.
          const known = this.knownItem(above, 0);
          if (known !== undefined) return { pointer: parentPointer(known), itemsBefore: Number(lastSegment(known)) + 1 + itemsBefore };
          itemsBefore++;
        } else if (element === 'dash' && first.kind === 'key' && hasEmptyInlineValue(above)) {
          // `phases:` followed by `- PHASE1` at the same indentation: the list is the key's value.
          const pointer = this.keyPointer(above, 0);
          return pointer === undefined ? undefined : { pointer, itemsBefore };
        } else if (element !== 'dash' && first.kind === 'key') {
          // A sibling key the parse knows: its parent is ours.
          const known = this.knownKey(above);
          if (known !== undefined) return { pointer: parentPointer(known), itemsBefore: 0 };
        }
        continue;
      }
      let parentIndex = elements.length - 1;
      while (elements[parentIndex].column >= column) parentIndex--;
      const parent = elements[parentIndex];
      if (parent.kind === 'dash') {
        if (elements[parentIndex + 1]?.kind === 'scalar') return undefined; // more lines of a scalar item
        const pointer = this.itemPointer(above, parentIndex);
        return pointer === undefined ? undefined : { pointer, itemsBefore };
      }
      if (parent.kind === 'key' && isBlockScalarHeader(above)) return undefined;
      if (parent.kind === 'key' && hasEmptyInlineValue(above)) {
        const pointer = this.keyPointer(above, parentIndex);
        return pointer === undefined ? undefined : { pointer, itemsBefore };
      }
      // `key: value` or a bare scalar at a smaller column: text here continues that scalar, but
      // an empty line is more likely the next key of the same mapping.
      if (element !== 'blank') return undefined;
      const sibling = this.containerOfElement(above, elements, parentIndex);
      return sibling ? { pointer: sibling.pointer, itemsBefore: 0 } : undefined;
    }
    return { pointer: '', itemsBefore };
  }

  /** The pointer of the key on `line`, if the parse has it at this very offset. */
  private knownKey(line: YamlLine): string | undefined {
    const key = line.key;
    if (!key) return undefined;
    const known = this.index.keyStarts.get(line.start + key.start);
    // The name check guards against a parse of other text (offsets that no longer match).
    return known !== undefined && lastSegment(known) === key.name ? known : undefined;
  }

  /** The pointer of the item opened by dash number `dashIndex`, if the parse has its content. */
  private knownItem(line: YamlLine, dashIndex: number): string | undefined {
    const content = elementsOf(line)[dashIndex + 1];
    if (!content) return undefined;
    // The deepest node starting at the content is the item itself: for `- key: v` the item's
    // mapping (the key's own value starts later), for `- - x` the inner list.
    const known = this.index.valueStarts.get(line.start + content.column);
    return known !== undefined && /\/\d+$/.test(known) ? known : undefined;
  }

  private containerOfElement(line: YamlLine, elements: readonly Element[], elementIndex: number): Container | undefined {
    if (elementIndex > 0) {
      const pointer = this.itemPointer(line, elementIndex - 1);
      return pointer === undefined ? undefined : { pointer, itemsBefore: 0 };
    }
    const element = elements[elementIndex];
    return this.containerOf(line, element.column, element.kind === 'dash' ? 'dash' : 'key');
  }

  /** Pointer of the value of the key on `line` (the key is element `elementIndex`). */
  private keyPointer(line: YamlLine, elementIndex: number): string | undefined {
    const key = line.key;
    if (!key) return undefined;
    const known = this.knownKey(line);
    if (known !== undefined) return known;
    const container = this.containerOfElement(line, elementsOf(line), elementIndex);
    return container ? joinPointer(container.pointer, key.name) : undefined;
  }

  /** Pointer of the sequence item opened by dash number `dashIndex` on `line`. */
  private itemPointer(line: YamlLine, dashIndex: number): string | undefined {
    let pointer = this.knownItem(line, 0);
    if (pointer === undefined) {
      const container = this.containerOf(line, line.dashes[0], 'dash');
      if (!container) return undefined;
      pointer = joinPointer(container.pointer, container.itemsBefore);
    }
    // Each further dash on the line (`- - x`) opens the first item of the list before it.
    for (let dash = 1; dash <= dashIndex; dash++) pointer = joinPointer(pointer, 0);
    return pointer;
  }
}
