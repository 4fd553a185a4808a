// The imported record as a `*.trial.yaml` text: a header comment naming the source and the format,
// the record with modules in API order and keys in schema order, long text as block scalars, and
// every page line no field took, verbatim, in a comment block at the end.
import { Document, isMap, isPair, isScalar, isSeq, parseDocument, Scalar } from 'yaml';
import { orderedRecord } from '../service/format/registryOrder';
import { isPlainObject, type RecordValue } from '../service/parse/parsedRecord';

// The importer's callers reach the ordering through this module, as before it moved to the service.
export { orderedRecord };

export interface EmitOptions {
  /** Where the page came from: a file name, "clipboard"… */
  readonly sourceName: string;
  /** The detected format as a person reads it. */
  readonly formatLabel: string;
  /** The page lines no field took, in page order, exactly as they were. */
  readonly keptLines: readonly string[];
  /** A whole study's sections besides the protocol (`resultsSection`…): the record is then written as the whole study. */
  readonly studySections?: Readonly<Record<string, unknown>>;
}

/** A single-line text longer than this becomes a folded block scalar (`>-`). */
const FOLD_LENGTH = 80;
// No anchors or aliases (a record shares no nodes) and no directives (the text has none): both would
// cost a walk of the whole tree, which shows on records with thousands of sites.
const YAML_OPTIONS = { version: '1.2', lineWidth: 100, minContentWidth: 40, aliasDuplicateObjects: false, directives: false } as const;

/** Comment text for one line: `#` + the line, so the line reads back exactly after the first two characters. */
function commentLine(line: string): string {
  return line === '' ? '#' : `# ${line}`;
}

function recordYaml(record: Record<string, RecordValue>): string {
  if (Object.keys(record).length === 0) return '';
  const document = new Document(record, YAML_OPTIONS);
  useBlockStyles(document.contents);
  return document.toString(YAML_OPTIONS);
}

/**
 * Long and multi-line text values as block scalars. A plain walk, not `yaml.visit`: that one builds
 * a frozen path array per node, which dominated the import of records with thousands of sites.
 */
function useBlockStyles(node: unknown): void {
  if (isMap(node) || isSeq(node)) {
    // Map keys stay as they are: a block scalar is no key.
    for (const item of node.items) useBlockStyles(isPair(item) ? item.value : item);
  } else if (isScalar(node) && typeof node.value === 'string') {
    const style = blockStyleFor(node.value);
    if (style) node.type = style;
  }
}

/**
 * What may keep a block scalar from reading back exactly: control and other non-printable characters
 * (a tab only before a line break), CRs, Unicode line separators, surrogates, a space or line break at
 * the start, and white space at the end of a line or of the text. Text without them is written as a block without the probe
 * below (most long texts of a page; a property test holds both to reading back exactly).
 */
// eslint-disable-next-line no-control-regex -- finding control characters is this pattern's purpose
const NEEDS_PROBE = /[\0-\x08\x0b-\x1f\x7f-\x9f\u2028\u2029\ufeff\ufffe\uffff\ud800-\udfff]|^[ \n]|[ \t]\n|\s$/;

/**
 * Literal block for multi-line text, folded block for long text; only when the text reads back
 * exactly in that style (checked on the text alone, so the cost stays linear in the text). Multi-line
 * text that does not is double-quoted: left to itself, `yaml` would still choose a block for it, and
 * write one that reads back otherwise (`"  \n\n"` came back as `"\n\n"`).
 */
function blockStyleFor(text: string): 'BLOCK_LITERAL' | 'BLOCK_FOLDED' | 'QUOTE_DOUBLE' | undefined {
  let style: 'BLOCK_LITERAL' | 'BLOCK_FOLDED' | undefined;
  if (text.includes('\n')) style = 'BLOCK_LITERAL';
  else if (text.length > FOLD_LENGTH && !/^\s|\s$|\s{2}/.test(text)) style = 'BLOCK_FOLDED';
  if (!style) return undefined;
  if (!NEEDS_PROBE.test(text)) return style;
  const scalar = new Scalar(text);
  scalar.type = style;
  const probe = new Document(null, YAML_OPTIONS);
  probe.contents = scalar;
  // `yaml` writes some texts as a block it cannot read back (a first line of spaces alone): an error here only
  // means the text is not written as a block, so the document's errors are looked at rather than thrown.
  const readBack = parseDocument(probe.toString(YAML_OPTIONS), YAML_OPTIONS);
  if (readBack.errors.length === 0 && readBack.toJS() === text) return style;
  return style === 'BLOCK_LITERAL' ? 'QUOTE_DOUBLE' : undefined;
}

/** The emitted `*.trial.yaml` text. */
export function emitRecord(record: Readonly<Record<string, unknown>>, options: EmitOptions): string {
  const protocol = orderedRecord(record);
  const sections = options.studySections ?? {};
  const body =
    Object.keys(sections).length > 0 && Object.keys(protocol).length > 0
      ? recordYaml({ protocolSection: protocol, ...(sections as Record<string, RecordValue>) })
      : recordYaml(protocol);

  const header = [
    `# Imported from ${oneLine(options.sourceName)} (${oneLine(options.formatLabel)}) by Trial Record Studio.`,
    '# Only what the page states; check it against the page before use.',
    '',
  ];
  const parts = [header.join('\n'), body === '' ? '# (No field could be read from this page.)\n' : body];
  if (options.keptLines.length > 0) {
    parts.push(
      [
        `# ── ${options.keptLines.length} line${options.keptLines.length === 1 ? '' : 's'} of the page not mapped to a field, kept verbatim ──`,
        ...options.keptLines.map(commentLine),
      ].join('\n') + '\n',
    );
  }
  return parts.join('\n');
}

/** Header text must stay on its comment line. */
function oneLine(text: string): string {
  return text.replace(/[\r\n\u2028\u2029\u0085]+/g, ' ');
}

/** Number of scalar values (texts, numbers, booleans) in the record: the fields the import filled. */
/** Filled fields per module of a record, modules in the record's order. */
export function countFilledByModule(record: Readonly<Record<string, unknown>>): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const [module, value] of Object.entries(record)) {
    const filled = countFilledFields(value);
    if (filled > 0) counts[module] = filled;
  }
  return counts;
}

export function countFilledFields(value: unknown): number {
  if (Array.isArray(value)) return value.reduce((sum: number, item) => sum + countFilledFields(item), 0);
  if (isPlainObject(value)) return Object.values(value).reduce((sum: number, item) => sum + countFilledFields(item), 0);
  if (typeof value === 'string') return value.trim() === '' ? 0 : 1;
  return typeof value === 'number' || typeof value === 'boolean' ? 1 : 0;
}
