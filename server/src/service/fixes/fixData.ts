import type { FixData, FixKind } from '../diagnostics/recordDiagnostic';
import type { RecordValue } from '../parse/parsedRecord';

/** Fix data read back from a client, or why it was refused. */
export type ParsedFixData = { readonly fix: FixData } | { readonly problem: string };

/**
 * Checks fix data that arrives from outside (a published diagnostic's `data`, echoed back by the
 * client) against the fix kinds, once, and returns it typed with only its kind's fields, or what
 * is wrong with it. Nothing past this point needs to distrust a `FixData`.
 */
export function parseFixData(data: unknown): ParsedFixData {
  if (!isObject(data)) return { problem: 'fix data is not an object' };
  const kind = data.kind;
  if (typeof kind !== 'string' || !isFixKind(kind)) return { problem: `unknown fix kind ${JSON.stringify(kind)}` };
  const fields = new FieldReader(data, kind);
  const fix = readFix(kind, fields);
  return fix && !fields.problem ? { fix } : { problem: fields.problem ?? `malformed ${kind} fix data` };
}

function readFix(kind: FixKind, fields: FieldReader): FixData | undefined {
  switch (kind) {
    case 'replace-value':
      return { kind, valuePointer: fields.pointer('valuePointer'), replacement: fields.value('replacement') };
    case 'split-item':
      return { kind, itemPointer: fields.pointer('itemPointer'), replacements: fields.strings('replacements') };
    case 'rename-key':
      return { kind, propertyPointer: fields.pointer('propertyPointer'), newKey: fields.text('newKey') };
    case 'insert-property': {
      const value = fields.optionalValue('value');
      return {
        kind,
        parentPointer: fields.pointer('parentPointer'),
        properties: fields.strings('properties'),
        ...(value === undefined ? {} : { value }),
      };
    }
    case 'remove-property':
      return { kind, propertyPointer: fields.pointer('propertyPointer') };
    case 'remove-item':
      return { kind, itemPointer: fields.pointer('itemPointer') };
    case 'add-array-item':
      return { kind, listPointer: fields.pointer('listPointer'), value: fields.value('value') };
    case 'replace-text':
      return { kind, replacement: fields.text('replacement') };
    default:
      return unhandledFixKind(kind);
  }
}

const FIX_KINDS: ReadonlySet<string> = new Set<FixKind>([
  'replace-value',
  'split-item',
  'rename-key',
  'insert-property',
  'remove-property',
  'remove-item',
  'add-array-item',
  'replace-text',
]);

function isFixKind(kind: string): kind is FixKind {
  return FIX_KINDS.has(kind);
}

/** Reads typed fields of one fix; the first wrong field is kept as `problem` (the returned stand-in is never used). */
class FieldReader {
  problem: string | undefined;

  constructor(
    private readonly data: Readonly<Record<string, unknown>>,
    private readonly kind: string,
  ) {}

  pointer(name: string): string {
    const found = this.data[name];
    if (typeof found === 'string' && (found === '' || found.startsWith('/'))) return found;
    return this.refuse(name, 'a JSON pointer', '');
  }

  text(name: string): string {
    const found = this.data[name];
    return typeof found === 'string' ? found : this.refuse(name, 'text', '');
  }

  strings(name: string): string[] {
    const found = this.data[name];
    if (Array.isArray(found) && found.length > 0 && found.every((item): item is string => typeof item === 'string')) return found;
    return this.refuse(name, 'a non-empty list of text', []);
  }

  value(name: string): RecordValue {
    const found = this.data[name];
    return found !== undefined && isRecordValue(found) ? found : this.refuse(name, 'a JSON value', null);
  }

  optionalValue(name: string): RecordValue | undefined {
    return this.data[name] === undefined ? undefined : this.value(name);
  }

  private refuse<T>(name: string, expected: string, standIn: T): T {
    this.problem ??= `${this.kind} fix data: \`${name}\` is not ${expected} (${JSON.stringify(this.data[name]) ?? 'absent'})`;
    return standIn;
  }
}

function isObject(value: unknown): value is Readonly<Record<string, unknown>> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Plain JSON values only (what a record holds): no functions, no infinities. */
export function isRecordValue(value: unknown): value is RecordValue {
  if (value === null || typeof value === 'string' || typeof value === 'boolean') return true;
  if (typeof value === 'number') return Number.isFinite(value);
  if (Array.isArray(value)) return value.every(isRecordValue);
  if (isObject(value)) return Object.values(value).every(isRecordValue);
  return false;
}

/**
 * The same fix with every pointer it holds passed through `map` (rules give pointers relative to
 * the protocol section; the engine makes them absolute). Exhaustive: a new kind must say its pointers.
 */
export function mapFixPointers(fix: FixData, map: (pointer: string) => string): FixData {
  switch (fix.kind) {
    case 'replace-value':
      return { ...fix, valuePointer: map(fix.valuePointer) };
    case 'split-item':
    case 'remove-item':
      return { ...fix, itemPointer: map(fix.itemPointer) };
    case 'rename-key':
    case 'remove-property':
      return { ...fix, propertyPointer: map(fix.propertyPointer) };
    case 'insert-property':
      return { ...fix, parentPointer: map(fix.parentPointer) };
    case 'add-array-item':
      return { ...fix, listPointer: map(fix.listPointer) };
    case 'replace-text':
      return fix;
    default:
      return unhandledFixKind(fix);
  }
}

/** The compiler's check that a switch over fix kinds handles every kind: `kind` is `never` there. */
export function unhandledFixKind(kind: never): never {
  throw new Error(`Unhandled fix kind: ${JSON.stringify(kind)}`);
}
