import type { RecordDiagnostic } from '../service/diagnostics/recordDiagnostic';
import { isPlainObject, joinPointer, splitPointer, valueAt, type ParsedRecord, type RecordValue } from '../service/parse/parsedRecord';
import { missingRequiredFields, type MissingField } from '../service/readiness/requiredFields';
import type { RecordSchema } from '../service/schema/recordSchema';
import type { LineIndex, Position } from '../service/text/lineIndex';
import { html, SafeHtml, type HtmlValue } from './html';

/** What the renderer needs: the parsed record, its diagnostics and positions. Nothing else. */
export interface RenderInput {
  readonly parsed: ParsedRecord;
  readonly diagnostics: readonly RecordDiagnostic[];
  readonly lines: LineIndex;
  readonly schema: RecordSchema;
}

/**
 * Read access to the record for the section renderers. Paths are JSON pointers relative to the
 * protocol section (`/statusModule/overallStatus`), whether the document is the protocol section
 * itself or a whole API study.
 */
export class RenderContext {
  private readonly root: RecordValue | undefined;
  private missingCache: readonly MissingField[] | undefined;

  constructor(readonly input: RenderInput) {
    this.root = valueAt(input.parsed.value, input.parsed.recordPointer);
  }

  value(path: string): RecordValue | undefined {
    return valueAt(this.root, path);
  }

  /** A text field: strings as they are, numbers and booleans written out; undefined when absent or empty. */
  text(path: string): string | undefined {
    const value = this.value(path);
    if (typeof value === 'string') return value.trim() === '' ? undefined : value;
    if (typeof value === 'number' || typeof value === 'boolean') return String(value);
    return undefined;
  }

  /** The items of a list field (an absent or non-list value gives none). */
  items(path: string): readonly RecordValue[] {
    const value = this.value(path);
    return Array.isArray(value) ? value : [];
  }

  has(path: string): boolean {
    const value = this.value(path);
    if (value === undefined || value === null) return false;
    if (typeof value === 'string') return value.trim() !== '';
    if (Array.isArray(value)) return value.length > 0;
    if (isPlainObject(value)) return Object.keys(value).length > 0;
    return true;
  }

  /** The registry label of an enum value (`NOT_YET_RECRUITING` → "Not yet recruiting"); unknown values as written. */
  enumLabel(path: string, value: string): string {
    const schema = this.input.schema;
    const option = schema.enumOptions(schema.nodeAt(splitPointer(path))).find((candidate) => candidate.value === value);
    return option?.label ?? value;
  }

  /** An enum field's label, or undefined when the field is absent. */
  label(path: string): string | undefined {
    const value = this.text(path);
    return value === undefined ? undefined : this.enumLabel(path, value);
  }

  /**
   * ` data-pointer=… data-start-line=… data-range=…` for the element showing `path`: the source range
   * runs from the key (when there is one) to the end of the value. Empty when the node is not in the source.
   */
  source(path: string): SafeHtml {
    const pointer = this.input.parsed.recordPointer + path;
    if (!this.input.parsed.locations.has(pointer)) return html``;
    const { start, end } = this.rangeOf(pointer);
    return html` data-pointer="${pointer}" data-start-line="${start.line}" data-range="${start.line}:${start.character}-${end.line}:${end.character}"`;
  }

  /** The source attributes of the nearest located node at or above `path` (for flags about missing fields). */
  nearestSource(path: string): SafeHtml {
    const located = this.nearestLocated(path);
    return located === undefined ? html`` : this.source(located);
  }

  /**
   * ` data-pointer=… data-range=…` of the nearest located node at or above `path`, for a link that reveals the
   * source (no `data-start-line`: a link is not a block of the page that scrolling should follow).
   */
  sourceLink(path: string): SafeHtml {
    const located = this.nearestLocated(path);
    if (located === undefined) return html``;
    const pointer = this.input.parsed.recordPointer + located;
    const { start, end } = this.rangeOf(pointer);
    return html` data-pointer="${pointer}" data-range="${start.line}:${start.character}-${end.line}:${end.character}"`;
  }

  /** The path at or above `path` whose node is in the source, if any. */
  private nearestLocated(path: string): string | undefined {
    const segments = splitPointer(path);
    for (let length = segments.length; length >= 0; length--) {
      const candidate = segments.slice(0, length).reduce<string>((parent, segment) => joinPointer(parent, segment), '');
      if (this.input.parsed.locations.has(this.input.parsed.recordPointer + candidate)) return candidate;
    }
    return undefined;
  }

  /** A located node's source range, from its key (when it has one) to the end of its value. */
  private rangeOf(pointer: string): { start: Position; end: Position } {
    const location = this.input.parsed.locations.get(pointer);
    if (!location) throw new Error(`${pointer} is not in the source`);
    return {
      start: this.input.lines.positionAt(location.keyRange?.start ?? location.valueRange.start),
      end: this.input.lines.positionAt(location.valueRange.end),
    };
  }

  /** The required fields the record lacks (requiredFields.ts: the list Problems reports from), in registry order. */
  get missingFields(): readonly MissingField[] {
    this.missingCache ??= missingRequiredFields(this);
    return this.missingCache;
  }

  /**
   * A flag where a required field would be, placed at the nearest source node that is: only for a field the
   * required-field list asks of this record (empty otherwise), named as the list names it.
   */
  missing(path: string): SafeHtml {
    const field = this.missingFields.find((candidate) => candidate.pointer === path);
    if (!field) return html``;
    return html`<span class="missing" data-required="${field.label}"${this.nearestSource(path)}>Missing: ${field.field.name}</span>`;
  }

  /** The same flag as a paragraph of its own, or nothing. */
  missingParagraph(path: string): SafeHtml {
    const flag = this.missing(path);
    return flag.value === '' ? flag : html`<p>${flag}</p>`;
  }
}

/** One labelled fact of a section (`<div><dt>…</dt><dd>…</dd></div>` inside a `<dl>`), omitted when it has no content. */
export function fact(context: RenderContext, label: string, path: string, content: HtmlValue): SafeHtml {
  if (content === undefined || content === null || content === false || content === '') return html``;
  if (content instanceof SafeHtml && content.value === '') return html``;
  return html`<div class="fact"${context.source(path)}><dt>${label}</dt><dd>${content}</dd></div>`;
}

/** A section with a heading; `body` empty means the section is left out. */
export function section(id: string, title: string, attributes: SafeHtml, body: readonly HtmlValue[]): SafeHtml {
  const inner = html`${body}`;
  if (inner.value.trim() === '') return html``;
  return html`<section class="record-section" id="${`section-${id}`}"${attributes}><h2>${title}</h2>${inner}</section>`;
}

/** A `<dl>` of facts, omitted when none has content. */
export function factList(facts: readonly SafeHtml[]): SafeHtml {
  const inner = html`${facts}`;
  return inner.value === '' ? inner : html`<dl class="facts">${inner}</dl>`;
}
