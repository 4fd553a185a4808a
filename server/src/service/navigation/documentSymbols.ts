import { isPlainObject, joinPointer, valueAt, type ParsedRecord, type RecordValue } from '../parse/parsedRecord';
import { INTERVENTION_TYPE_LABELS } from '../rules/arms/armsHelpers';
import { offsetRange, type OffsetRange } from '../text/offsetRange';
import { trimmedValueRange } from './scalarText';

export type RecordSymbolKind = 'section' | 'module' | 'list' | 'arm' | 'intervention' | 'outcome' | 'location';

/** One entry of the outline. */
export interface RecordSymbol {
  readonly name: string;
  readonly detail?: string;
  readonly kind: RecordSymbolKind;
  /** The whole entry (key and value). */
  readonly range: OffsetRange;
  /** What to reveal and highlight: the key, or the label of a list item. */
  readonly selectionRange: OffsetRange;
  readonly children: readonly RecordSymbol[];
}

/** How the items of a list are named in the outline. */
interface ListOutline {
  readonly kind: RecordSymbolKind;
  readonly noun: string;
  name(item: { [key: string]: RecordValue }): { name?: string; namePointer?: string; detail?: string };
}

const text = (value: RecordValue | undefined): string | undefined => (typeof value === 'string' && value.trim() !== '' ? value : undefined);

const OUTCOME: ListOutline = {
  kind: 'outcome',
  noun: 'Outcome',
  name: (item) => ({ name: text(item.measure), namePointer: 'measure', detail: text(item.timeFrame) }),
};

/** The lists the outline opens, by module. */
const LISTS: Readonly<Record<string, Readonly<Record<string, ListOutline>>>> = {
  armsInterventionsModule: {
    armGroups: { kind: 'arm', noun: 'Arm', name: (item) => ({ name: text(item.label), namePointer: 'label', detail: text(item.type) }) },
    interventions: {
      kind: 'intervention',
      noun: 'Intervention',
      name: (item) => {
        const type = INTERVENTION_TYPE_LABELS[text(item.type) ?? ''];
        const name = text(item.name);
        return { name: name && type ? `${type}: ${name}` : name, namePointer: 'name', detail: text(item.type) };
      },
    },
  },
  outcomesModule: { primaryOutcomes: OUTCOME, secondaryOutcomes: OUTCOME, otherOutcomes: OUTCOME },
  contactsLocationsModule: {
    locations: {
      kind: 'location',
      noun: 'Location',
      name: (item) => ({
        name: text(item.facility) ?? text(item.city),
        namePointer: text(item.facility) ? 'facility' : 'city',
        detail: [text(item.city), text(item.country)].filter(Boolean).join(', ') || undefined,
      }),
    },
  },
};

/**
 * The outline of a record: its modules, and inside them the arms, interventions, outcomes and
 * locations by their labels. A whole-study file shows `protocolSection` with the modules inside.
 */
export function documentSymbols(source: string, parsed: ParsedRecord): RecordSymbol[] {
  const outline = new Outline(source, parsed);
  const modules = outline.modules();
  if (parsed.recordPointer === '') return modules;
  const section = outline.entry(parsed.recordPointer, 'protocolSection', 'section', modules);
  return section ? [section] : modules;
}

class Outline {
  constructor(
    private readonly source: string,
    private readonly parsed: ParsedRecord,
  ) {}

  modules(): RecordSymbol[] {
    const root = valueAt(this.parsed.value, this.parsed.recordPointer);
    if (!isPlainObject(root)) return [];
    return Object.keys(root).flatMap((moduleName) => {
      const pointer = joinPointer(this.parsed.recordPointer, moduleName);
      const module = valueAt(this.parsed.value, pointer);
      const lists = LISTS[moduleName] ?? {};
      const children = isPlainObject(module)
        ? Object.keys(module)
            .filter((key) => lists[key])
            .flatMap((key) => this.list(joinPointer(pointer, key), key, lists[key]))
        : [];
      const symbol = this.entry(pointer, moduleName, 'module', children);
      return symbol ? [symbol] : [];
    });
  }

  entry(pointer: string, name: string, kind: RecordSymbolKind, children: RecordSymbol[]): RecordSymbol | undefined {
    const location = this.parsed.locations.get(pointer);
    if (!location?.keyRange) return undefined;
    const value = trimmedValueRange(this.source, location.valueRange);
    return {
      name,
      kind,
      range: offsetRange(location.keyRange.start, Math.max(value.end, location.keyRange.end)),
      selectionRange: location.keyRange,
      children,
    };
  }

  private list(pointer: string, key: string, outline: ListOutline): RecordSymbol[] {
    const items = valueAt(this.parsed.value, pointer);
    if (!Array.isArray(items)) return [];
    const children = items.flatMap((item, index): RecordSymbol[] => {
      const itemPointer = joinPointer(pointer, index);
      const location = this.parsed.locations.get(itemPointer);
      if (!location || !isPlainObject(item)) return [];
      const { name, namePointer, detail } = outline.name(item);
      const range = this.itemRange(location.valueRange);
      const nameLocation = name && namePointer ? this.parsed.locations.get(joinPointer(itemPointer, namePointer)) : undefined;
      const selectionRange = nameLocation ? trimmedValueRange(this.source, nameLocation.valueRange) : offsetRange(range.start, range.start);
      return [{ name: name ?? `${outline.noun} ${index + 1}`, detail, kind: outline.kind, range, selectionRange, children: [] }];
    });
    const symbol = this.entry(pointer, key, 'list', children);
    return symbol ? [symbol] : [];
  }

  /** A list item's range, from its `-` in YAML, without trailing line breaks. */
  private itemRange(range: OffsetRange): OffsetRange {
    const trimmed = trimmedValueRange(this.source, range);
    let start = trimmed.start - 1;
    while (start >= 0 && (this.source[start] === ' ' || this.source[start] === '\t')) start--;
    return this.parsed.format === 'yaml' && this.source[start] === '-' ? offsetRange(start, trimmed.end) : trimmed;
  }
}
