import type { RecordDiagnostic } from '../service/diagnostics/recordDiagnostic';
import { isPlainObject, joinPointer, splitPointer, valueAt, type ParsedRecord, type RecordValue } from '../service/parse/parsedRecord';
import type { RecordSchema } from '../service/schema/recordSchema';
import type { LineIndex } from '../service/text/lineIndex';
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
    const location = this.input.parsed.locations.get(pointer);
    if (!location) return html``;
    const start = this.input.lines.positionAt(location.keyRange?.start ?? location.valueRange.start);
    const end = this.input.lines.positionAt(location.valueRange.end);
    return html` data-pointer="${pointer}" data-start-line="${start.line}" data-range="${start.line}:${start.character}-${end.line}:${end.character}"`;
  }

  /** The source attributes of the nearest located node at or above `path` (for flags about missing fields). */
  nearestSource(path: string): SafeHtml {
    const segments = splitPointer(path);
    for (let length = segments.length; length >= 0; length--) {
      const candidate = segments.slice(0, length).reduce<string>((parent, segment) => joinPointer(parent, segment), '');
      const attributes = this.source(candidate);
      if (attributes.value !== '') return attributes;
    }
    return html``;
  }

  /** A flag for required information that is not there, placed at the nearest source node that is. */
  missing(what: string, path: string): SafeHtml {
    return html`<span class="missing"${this.nearestSource(path)}>Missing: ${what}</span>`;
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
