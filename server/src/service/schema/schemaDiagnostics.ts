import type { ErrorObject } from 'ajv';
import { isPlainObject, joinPointer, splitPointer, valueAt, type ParsedRecord, type RecordValue } from '../parse/parsedRecord';
import type { FixData, RecordDiagnostic } from '../diagnostics/recordDiagnostic';
import { readBoolean, readCount, readDate, readDuration, splitEnumList, type DurationReading } from '../normalise';
import { offsetRange, type OffsetRange } from '../text/offsetRange';
import { nearestMatch } from '../util/nearestMatch';
import { suggestEnumValue } from './enumSuggestion';
import type { EnumOption, RecordSchema, SchemaNode } from './recordSchema';
import { registryTextLength } from './registryTextLength';
import { documentPointerOf } from './schemaPath';
import { describeExpectedType, describeValueType, formatHint, quote } from './schemaWording';

/**
 * Turns ajv errors into diagnostics a registry author understands, placed exactly:
 * a missing property marks its parent's key, an unknown property marks the key, and a
 * wrong value marks the value. One diagnostic per problem (duplicates merged).
 */
export function schemaDiagnostics(errors: readonly ErrorObject[], parsed: ParsedRecord, schema: RecordSchema): RecordDiagnostic[] {
  const translator = new SchemaErrorTranslator(parsed, schema);
  const seen = new Set<string>();
  const diagnostics: RecordDiagnostic[] = [];
  for (const error of prioritise(errors)) {
    const diagnostic = translator.translate(error);
    if (!diagnostic) continue;
    // pattern + format on one value, or the same missing key reported twice: keep the first.
    const identity = `${diagnostic.pointer}|${diagnostic.code === 'schema/format' ? 'schema/pattern' : diagnostic.code}`;
    if (seen.has(identity)) continue;
    seen.add(identity);
    diagnostics.push(diagnostic);
  }
  return diagnostics;
}

/** Value-level errors with the most specific wording first (enum before type, format before pattern). */
function prioritise(errors: readonly ErrorObject[]): ErrorObject[] {
  const rank: Record<string, number> = { enum: 0, format: 1, pattern: 2, type: 3 };
  return [...errors].sort((a, b) => (rank[a.keyword] ?? 9) - (rank[b.keyword] ?? 9));
}

class SchemaErrorTranslator {
  constructor(
    private readonly parsed: ParsedRecord,
    private readonly schema: RecordSchema,
  ) {}

  translate(error: ErrorObject): RecordDiagnostic | undefined {
    const pointer = documentPointerOf(this.parsed, error.instancePath);
    const segments = splitPointer(error.instancePath);
    const node = this.schema.nodeAt(segments);
    const fieldName = this.fieldName(segments, node);
    const value = valueAt(this.parsed.value, pointer);
    const params = error.params as Record<string, unknown>;

    switch (error.keyword) {
      case 'required': {
        const missing = String(params.missingProperty);
        const missingNode = this.schema.nodeAt([...segments, missing]);
        const where = segments.length === 0 ? 'the record' : `\`${this.containerName(segments)}\``;
        return this.diagnostic(
          'schema/required',
          this.parentKeyRange(pointer),
          pointer,
          `Missing required field \`${missing}\` (${this.schema.titleOf(missingNode, missing)}) in ${where}.`,
          { kind: 'insert-property', parentPointer: pointer, properties: [missing] },
        );
      }
      case 'additionalProperties': {
        const unknown = String(params.additionalProperty);
        const keyPointer = joinPointer(pointer, unknown);
        const known = this.schema.propertiesOf(node).map(([name]) => name);
        const suggestion = nearestMatch(unknown, known);
        const where = segments.length === 0 ? 'at the top level of the record' : `in \`${this.containerName(segments)}\``;
        const message = suggestion
          ? `Unknown field \`${unknown}\` ${where}. Did you mean \`${suggestion}\`?`
          : `Unknown field \`${unknown}\` ${where}. Allowed fields: ${known.map((name) => `\`${name}\``).join(', ')}.`;
        return this.diagnostic(
          'schema/unknown-property',
          this.keyRange(keyPointer),
          keyPointer,
          message,
          suggestion ? { kind: 'rename-key', propertyPointer: keyPointer, newKey: suggestion } : undefined,
        );
      }
      case 'enum': {
        // An empty value (`status:` with nothing after it) is already "must be text, not empty"; one problem is enough.
        if (value === null) return undefined;
        const options = this.schema.enumOptions(node);
        const text = typeof value === 'string' ? value : JSON.stringify(value);
        // Several values written as one (`Phase 2/3`) are split before any near-miss is looked for (`Phase 2`).
        const split = typeof value === 'string' && isListItem(segments) ? severalEnumValues(value, options) : undefined;
        const suggestion = typeof value === 'string' && !split ? suggestEnumValue(value, options) : undefined;
        const allowed = options.map((option) => `\`${option.value}\``);
        let message = `\`${text}\` is not a valid ${lower(fieldName)}. Allowed values: ${allowed.slice(0, 14).join(', ')}${allowed.length > 14 ? ', …' : ''}.`;
        if (suggestion) message = `\`${text}\` is not a valid ${lower(fieldName)}. Did you mean \`${suggestion}\`?`;
        if (split)
          message = `\`${text}\` is not a valid ${lower(fieldName)}: list each value separately (${split.map((item) => `\`${item}\``).join(', ')}).`;
        return this.diagnostic(
          'schema/enum',
          this.valueRange(pointer),
          pointer,
          message,
          suggestion
            ? { kind: 'replace-value', valuePointer: pointer, replacement: suggestion }
            : split
              ? { kind: 'split-item', itemPointer: pointer, replacements: split }
              : undefined,
        );
      }
      case 'type': {
        const expected = describeExpectedType(String(params.type));
        return this.diagnostic(
          'schema/type',
          this.valueRange(pointer),
          pointer,
          `${capitalise(fieldName)} must be ${expected}, not ${describeValueType(value)}${scalarSuffix(value)}.`,
          this.typeFix(pointer, segments, String(params.type), value),
        );
      }
      case 'pattern':
      case 'format': {
        const definition = this.schema.definitionName(this.rawNodeAt(segments)) ?? (typeof params.format === 'string' ? params.format : '');
        const hint = formatHint(definition, error.keyword === 'pattern' ? String(params.pattern) : undefined);
        const reason =
          error.keyword === 'format' && definition !== 'NctId' ? 'is not a real calendar date' : `is not a valid ${lower(fieldName)}`;
        return this.diagnostic(
          error.keyword === 'format' ? 'schema/format' : 'schema/pattern',
          this.valueRange(pointer),
          pointer,
          `${quote(value)} ${reason}: ${hint}.`,
          typeof value === 'string' ? formFix(pointer, segments, definition, value) : undefined,
        );
      }
      case 'maxLength': {
        // ajv counts the API's Markdown escapes too; the registry does not (a text it accepted may carry them).
        const length = typeof value === 'string' ? registryTextLength(value) : 0;
        if (length <= Number(params.limit)) return undefined;
        return this.diagnostic(
          'schema/max-length',
          this.valueRange(pointer),
          pointer,
          `${capitalise(fieldName)} is ${length} characters long; the registry allows at most ${String(params.limit)}.`,
        );
      }
      case 'minLength':
        return this.diagnostic('schema/empty', this.valueRange(pointer), pointer, `${capitalise(fieldName)} must not be empty.`);
      case 'minimum':
        return this.diagnostic(
          'schema/minimum',
          this.valueRange(pointer),
          pointer,
          `${capitalise(fieldName)} must be at least ${String(params.limit)}.`,
        );
      case 'if':
        return undefined; // the failing branch's own errors say what is wrong
      default:
        return this.diagnostic(
          `schema/${error.keyword}`,
          this.valueRange(pointer),
          pointer,
          `${capitalise(fieldName)}: ${error.message ?? 'invalid value'}.`,
        );
    }
  }

  private diagnostic(code: string, range: OffsetRange, pointer: string, message: string, fix?: RecordDiagnostic['fix']): RecordDiagnostic {
    return { layer: 'schema', code, range, pointer, message, severity: 'error', ...(fix ? { fix } : {}) };
  }

  /**
   * A value of the wrong type that can be read as the right one: one value where a list belongs
   * (`phases: Phase 1/Phase 2` → two items), `"40"` for a number, `"yes"` for `true`, `18` for an age.
   */
  private typeFix(pointer: string, segments: readonly string[], expected: string, value: RecordValue | undefined): FixData | undefined {
    if (expected === 'array' && typeof value === 'string' && value.trim() !== '') {
      const node = this.schema.nodeAt(segments);
      const options = this.schema.enumOptions(node);
      if (options.length === 0) return { kind: 'replace-value', valuePointer: pointer, replacement: [value] };
      const several = severalEnumValues(value, options);
      const single = several ? undefined : suggestEnumValue(value, options);
      const items = several ?? (single ? [single] : undefined);
      return items ? { kind: 'replace-value', valuePointer: pointer, replacement: items } : undefined;
    }
    if ((expected === 'integer' || expected === 'number') && typeof value === 'string') {
      const count = readCount(value);
      return count === undefined ? undefined : { kind: 'replace-value', valuePointer: pointer, replacement: count };
    }
    if (expected === 'boolean' && typeof value === 'string') {
      const answer = readBoolean(value);
      return answer === undefined ? undefined : { kind: 'replace-value', valuePointer: pointer, replacement: answer };
    }
    if (expected === 'string' && typeof value === 'number') {
      const definition = this.schema.definitionName(this.rawNodeAt(segments));
      return definition === undefined
        ? { kind: 'replace-value', valuePointer: pointer, replacement: String(value) }
        : formFix(pointer, segments, definition, value);
    }
    return undefined;
  }

  /** The schema node as written (with its `$ref`), to learn which definition a value uses. */
  private rawNodeAt(segments: readonly string[]): SchemaNode | undefined {
    if (segments.length === 0) return this.schema.protocolSection;
    const parent = this.schema.deref(this.schema.nodeAt(segments.slice(0, -1)));
    const last = segments[segments.length - 1];
    if (parent?.properties && Object.prototype.hasOwnProperty.call(parent.properties, last)) return parent.properties[last];
    if (parent?.items && /^\d+$/.test(last)) return parent.items;
    return undefined;
  }

  private fieldName(segments: readonly string[], node: SchemaNode | undefined): string {
    const last = segments[segments.length - 1] ?? 'record';
    if (/^\d+$/.test(last) && segments.length > 1) {
      const parent = this.schema.nodeAt(segments.slice(0, -1));
      return this.schema.titleOf(node, '') || `${this.schema.titleOf(parent, segments[segments.length - 2])} entry`;
    }
    return this.schema.titleOf(node, last);
  }

  /** `identificationModule`, or `armGroups[1]` for an item: how an author finds the place. */
  private containerName(segments: readonly string[]): string {
    const last = segments[segments.length - 1];
    if (/^\d+$/.test(last) && segments.length > 1) return `${segments[segments.length - 2]}[${Number(last) + 1}]`;
    return last;
  }

  private valueRange(pointer: string): OffsetRange {
    return this.parsed.locations.get(pointer)?.valueRange ?? this.parentKeyRange(pointer);
  }

  private keyRange(pointer: string): OffsetRange {
    const location = this.parsed.locations.get(pointer);
    return location?.keyRange ?? location?.valueRange ?? offsetRange(0, 0);
  }

  /**
   * The key that names the object at `pointer`; for a list item (no key), its first line;
   * for the document root, the first line of the document.
   */
  private parentKeyRange(pointer: string): OffsetRange {
    const location = this.parsed.locations.get(pointer);
    if (location?.keyRange) return location.keyRange;
    const value: RecordValue | undefined = valueAt(this.parsed.value, pointer);
    if (location && isPlainObject(value)) {
      const firstKey = Object.keys(value)[0];
      const first = firstKey === undefined ? undefined : this.parsed.locations.get(joinPointer(pointer, firstKey));
      if (first?.keyRange) return first.keyRange;
    }
    if (location) return offsetRange(location.valueRange.start, location.valueRange.start + 1);
    return offsetRange(0, 0);
  }
}

const AGE_FIELDS = new Set(['minimumAge', 'maximumAge']);

/** Two or more distinct enum values written as one, or undefined. */
function severalEnumValues(value: string, options: readonly EnumOption[]): string[] | undefined {
  const values = splitEnumList(value, options, { policy: 'near' });
  return values && values.length >= 2 ? values : undefined;
}

function isListItem(segments: readonly string[]): boolean {
  return segments.length > 1 && /^\d+$/.test(segments[segments.length - 1]);
}

/** A date or age written another common way, rewritten to the API form (or removed: `N/A` as an age). */
function formFix(pointer: string, segments: readonly string[], definition: string, value: string | number): FixData | undefined {
  if (definition === 'PartialDate' || definition === 'NormalizedDate' || definition === 'date') {
    const iso = readDate(String(value), { requireDay: definition !== 'PartialDate' })?.iso;
    return iso && iso !== value ? { kind: 'replace-value', valuePointer: pointer, replacement: iso } : undefined;
  }
  if (definition === 'NormalizedTime') {
    const reading: DurationReading | undefined = readDuration(value, {
      bareNumberIsYears: AGE_FIELDS.has(segments[segments.length - 1] ?? ''),
    });
    if (reading?.kind === 'no-limit') return { kind: 'remove-property', propertyPointer: pointer };
    return reading && reading.text !== value ? { kind: 'replace-value', valuePointer: pointer, replacement: reading.text } : undefined;
  }
  return undefined;
}

function lower(text: string): string {
  return text.length > 1 && text[1] === text[1].toLowerCase() ? text[0].toLowerCase() + text.slice(1) : text;
}

function capitalise(text: string): string {
  return text.length === 0 ? text : text[0].toUpperCase() + text.slice(1);
}

function scalarSuffix(value: RecordValue | undefined): string {
  return typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean' ? ` (${quote(value)})` : '';
}
