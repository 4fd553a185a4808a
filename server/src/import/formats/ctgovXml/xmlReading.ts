// The state of reading one `clinical_study`: the record being built and which elements made it in,
// so the lines of elements that did not are kept as comments.
import { presentValue } from '../../normalise/placeholder';
import { pushField, setField } from '../../normalise/recordPath';
import type { ElementPath } from './xmlLines';

export type XmlNode = Record<string, unknown>;

export const asNode = (value: unknown): XmlNode | undefined =>
  value !== null && typeof value === 'object' && !Array.isArray(value) ? (value as XmlNode) : undefined;
export const list = (value: unknown): unknown[] => (Array.isArray(value) ? value : value === undefined ? [] : [value]);

/** The text of an element as written (`<x>text</x>`, `<x type="…">text</x>` or `<x><textblock>…`), placeholders dropped. */
function writtenText(value: unknown, read: (raw: string) => string | undefined = presentValue): string | undefined {
  if (typeof value === 'string' || typeof value === 'number') return read(String(value));
  const node = asNode(value);
  if (!node) return undefined;
  if (node.textblock !== undefined) return writtenText(node.textblock, read);
  return writtenText(node['#text'], read);
}

/** An element's text as written, a placeholder such as `N/A` included, for the elements where it is the value. */
export function literalText(value: unknown): string | undefined {
  return writtenText(value, (raw) => raw.trim() || undefined);
}

/** A one-paragraph element's text: the download wraps long values onto indented lines; the wrap is not text. */
export function text(value: unknown): string | undefined {
  return writtenText(value)?.replace(/[ \t]*\r?\n\s*/g, ' ');
}

/** A textblock's paragraphs: the XML indents every line; the indent is not part of the text. */
export function block(value: unknown): string | undefined {
  const raw = writtenText(value);
  return raw === undefined
    ? undefined
    : presentValue(
        raw
          .split(/\r?\n/)
          .map((line) => line.trim())
          .join('\n')
          .replace(/\n{3,}/g, '\n\n'),
      );
}

/** An attribute of an element (`type` of `<start_date type="Actual">`); the parser reads attributes as text (parseAttributeValue is off). */
export function attribute(value: unknown, name: string): string {
  const written = asNode(value)?.[`@_${name}`];
  return typeof written === 'string' ? written : '';
}

/** `Actual` → ACTUAL; `Anticipated`, `Estimated`, `Estimate` → ESTIMATED. */
export function dateType(value: unknown): 'ACTUAL' | 'ESTIMATED' | undefined {
  const type = attribute(value, 'type');
  if (/^actual$/i.test(type)) return 'ACTUAL';
  return /^(?:anticipated|estimated?)$/i.test(type) ? 'ESTIMATED' : undefined;
}

/** `Yes` / `No` → true / false (the legacy `yes_no_enum`). */
export function yesNo(value: unknown): boolean | undefined {
  const written = text(value);
  if (written === undefined) return undefined;
  if (/^(?:yes|true|accepts healthy volunteers)$/i.test(written)) return true;
  return /^(?:no|false)$/i.test(written) ? false : undefined;
}

/** Drops undefined properties, so absent facts stay absent; undefined when nothing is left. */
export function clean(object: Record<string, unknown>): Record<string, unknown> | undefined {
  const kept = Object.entries(object).filter(([, value]) => value !== undefined);
  return kept.length > 0 ? Object.fromEntries(kept) : undefined;
}

export class XmlReading {
  readonly record: Record<string, unknown> = {};
  readonly warnings: string[] = [];
  private readonly taken = new Set<ElementPath>();
  private readonly missed = new Set<ElementPath>();

  /**
   * Notes the element at `path` (present as `raw`) as read when `value` came of it, or when it
   * held only a placeholder (`N/A` ages mean "no limit": absent is the right value); otherwise as
   * missed, so its lines stay on the page. Returns `value`.
   */
  take<T>(path: ElementPath, raw: unknown, value: T | undefined): T | undefined {
    if (raw === undefined) return value;
    if (value !== undefined || writtenText(raw) === undefined) this.taken.add(path);
    else this.missed.add(path);
    return value;
  }

  set(fieldPath: readonly string[], elementPath: ElementPath, raw: unknown, value: unknown): void {
    if (this.take(elementPath, raw, value) !== undefined) setField(this.record, fieldPath, value);
  }

  push(fieldPath: readonly string[], value: unknown): void {
    if (value !== undefined) pushField(this.record, fieldPath, value);
  }

  /** Elements read in every occurrence (one that was missed anywhere keeps all its lines). */
  readElements(): Set<ElementPath> {
    return new Set([...this.taken].filter((path) => !this.missed.has(path)));
  }
}
