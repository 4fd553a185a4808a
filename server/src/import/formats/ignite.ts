// Ignite (ignite-sd.com) pages. The "Viewing Study" page has header lines (`Study NCT ID:`,
// `Status:`, `Brief Title:` …) and, after `Raw JSON`, a Python-literal dump of the whole API v2
// study: its protocol section is the record. Module pages have only the header and one or two
// fields; from those only the identity is taken: the importer does not fill in the gaps.
import type { RecordValue } from '../../service/parse/parsedRecord';
import { isPlainObject } from '../../service/parse/parsedRecord';
import { setOwn } from '../../service/parse/safeObject';
import { recordSchema } from '../../service/schema/recordSchema';
import { apiProtocolSections } from '../apiStudy';
import type { PageFormat, PageReading, PageText } from '../pageFormat';
import { LineIndex } from '../../service/text/lineIndex';
import { parsePythonLiteral } from '../pythonLiteral';

const NCT_ID = /^NCT\d{8}$/;
const LABELLED = /^\s*([A-Za-z][A-Za-z .'/()-]{0,60}?)\s*:\s*(.*?)\s*$/;

/** Header labels whose value is the study's own NCT ID. */
const ID_LABELS = new Set(['study nct id', 'nct id', 'study']);
const TITLE_LABELS = new Set(['brief title', 'study brief']);
const STATUS_LABELS = new Set(['status', 'overall status']);
/** The labels of Ignite's page header: each repeats one value of the study. */
const HEADER_LABELS = new Set([
  'viewing study',
  ...ID_LABELS,
  ...TITLE_LABELS,
  ...STATUS_LABELS,
  'official title',
  'acronym',
  'sponsor',
  'organization',
  'last update posted',
  'first post',
]);

interface HeaderField {
  readonly line: number;
  readonly label: string;
  readonly value: string;
}

/** Non-empty lines looked at after `Raw JSON` for the dump (a "Copy" button's text may come first). */
const DUMP_SEARCH_LINES = 5;

/** Where the Raw JSON dump starts: its line and the column of its `{` (the dump may share the label's line). */
function findDumpStart(page: PageText): { line: number; column: number } | undefined {
  const rawJson = page.lines.findIndex((line) => /^\s*Raw JSON\s*(\{.*)?$/i.test(line));
  if (rawJson < 0) return undefined;
  const sameLine = page.lines[rawJson].indexOf('{');
  if (sameLine >= 0) return { line: rawJson, column: sameLine };
  let seen = 0;
  for (let index = rawJson + 1; index < page.lines.length && seen < DUMP_SEARCH_LINES; index++) {
    const line = page.lines[index];
    if (line.trim() === '') continue;
    seen++;
    if (line.trimStart().startsWith('{')) return { line: index, column: line.indexOf('{') };
  }
  return undefined;
}

function offsetOfLine(page: PageText, line: number): number {
  let offset = 0;
  const lineBreak = /\r\n|\n|\r/g;
  for (let index = 0; index < line; index++) {
    lineBreak.lastIndex = offset;
    const match = lineBreak.exec(page.text);
    if (!match) return page.text.length;
    offset = match.index + match[0].length;
  }
  return offset;
}

/** Every scalar of the record as text, to recognise header lines that repeat a value of the dump. */
function scalarTexts(value: RecordValue | undefined, into = new Set<string>()): Set<string> {
  if (typeof value === 'string') into.add(value.trim());
  else if (typeof value === 'number') into.add(String(value));
  else if (Array.isArray(value)) for (const item of value) scalarTexts(item, into);
  else if (isPlainObject(value)) for (const item of Object.values(value)) scalarTexts(item, into);
  return into;
}

/** Drops containers a cut-off dump left empty, so a partial record has no empty shells. */
function withoutEmptyContainers(value: RecordValue): RecordValue | undefined {
  if (Array.isArray(value)) {
    const items = value.map(withoutEmptyContainers).filter((item): item is RecordValue => item !== undefined);
    return items.length > 0 ? items : undefined;
  }
  if (isPlainObject(value)) {
    const entries = Object.entries(value)
      .map(([key, item]) => [key, withoutEmptyContainers(item)] as const)
      .filter((entry): entry is readonly [string, RecordValue] => entry[1] !== undefined);
    return entries.length > 0 ? Object.fromEntries(entries) : undefined;
  }
  return value;
}

interface ModuleField {
  readonly module: string;
  readonly key: string;
  readonly value: RecordValue;
}

const squash = (text: string): string => text.toLowerCase().replace(/[^a-z0-9]/g, '');

/** Module-level scalar fields by squashed API name and title (`minimumage` → eligibilityModule.minimumAge); unique ones only. */
let moduleFieldIndex: Map<string, { module: string; key: string } | null> | undefined;

function fieldsByLabel(): Map<string, { module: string; key: string } | null> {
  if (moduleFieldIndex) return moduleFieldIndex;
  const index = new Map<string, { module: string; key: string } | null>();
  const schema = recordSchema();
  for (const [module, moduleNode] of schema.propertiesOf(schema.protocolSection)) {
    for (const [key, node] of schema.propertiesOf(moduleNode)) {
      const type = schema.typeOf(node);
      if (type !== 'string' && type !== 'enum' && type !== 'boolean' && type !== 'integer' && type !== 'number') continue;
      for (const name of new Set([squash(key), squash(schema.titleOf(node, key))])) {
        const previous = index.get(name);
        index.set(name, previous === undefined || (previous?.module === module && previous.key === key) ? { module, key } : null);
      }
    }
  }
  moduleFieldIndex = index;
  return index;
}

/**
 * A module page's `Label: value` line as the module field it names, when the label is the field's
 * API name or title and the value is valid for it as written (API enum, `True`/`False`, pattern).
 */
function moduleFieldOf(label: string, value: string): ModuleField | undefined {
  const target = fieldsByLabel().get(squash(label));
  if (!target || value === '') return undefined;
  const schema = recordSchema();
  const node = schema.deref(schema.nodeAt([target.module, target.key]));
  const type = schema.typeOf(node);
  if (type === 'enum') return schema.enumOptions(node).some((option) => option.value === value) ? { ...target, value } : undefined;
  if (type === 'boolean') return value === 'True' || value === 'False' ? { ...target, value: value === 'True' } : undefined;
  if (type === 'integer' || type === 'number') return /^\d+$/.test(value) ? { ...target, value: Number(value) } : undefined;
  if (node?.pattern && !new RegExp(node.pattern).test(value)) return undefined;
  return { ...target, value };
}

function isOverallStatus(value: string): boolean {
  const schema = recordSchema();
  return schema.enumOptions(schema.nodeAt(['statusModule', 'overallStatus'])).some((option) => option.value === value);
}

export const igniteFormat: PageFormat = {
  id: 'ignite',
  label: 'Ignite page',
  detect(page) {
    const head = page.lines.slice(0, 40);
    let score = 0;
    if (head.some((line) => /^\s*Viewing Study\s+NCT\d{8}\s*$/.test(line))) score = Math.max(score, 0.9);
    if (head.some((line) => /^\s*Ignite (Creation|Modification) Date:/.test(line))) score = Math.max(score, 0.85);
    if (findDumpStart(page) !== undefined && score > 0) score = 0.97;
    return score;
  },
  read(page) {
    const usedLines = new Set<number>();
    const warnings: string[] = [];
    let record: Record<string, RecordValue> = {};
    let dumpLines: { first: number; last: number } | undefined;

    const dumpStart = findDumpStart(page);
    if (dumpStart !== undefined) {
      const startOffset = offsetOfLine(page, dumpStart.line) + dumpStart.column;
      const literal = parsePythonLiteral(page.text, startOffset, { acceptJson: true });
      const found = apiProtocolSections(literal.value);
      const lines = new LineIndex(page.text);
      if (found) {
        const section = literal.problem ? withoutEmptyContainers(found.sections[0]) : found.sections[0];
        record = isPlainObject(section) ? section : {};
        // A line the literal only partly covers (where it broke off) is kept, not counted as read.
        const last = literal.problem ? lines.lineOf(literal.end) - 1 : lines.lineOf(Math.max(startOffset, literal.end - 1));
        dumpLines = { first: dumpStart.line, last };
        for (let line = dumpStart.line; line <= last; line++) usedLines.add(line);
        if (literal.problem) {
          warnings.push(
            `The Raw JSON dump is damaged or cut off (${literal.problem.message}); the record holds what comes before that point, and the rest is kept as comments.`,
          );
        }
        if (found.sections.length > 1) warnings.push(`The Raw JSON holds ${found.sections.length} studies; this record is the first.`);
      } else {
        warnings.push(
          literal.problem
            ? `The Raw JSON dump could not be read (${literal.problem.message}); it is kept as comments.`
            : 'The Raw JSON dump holds no protocol section; it is kept as comments.',
        );
      }
    }

    const header: HeaderField[] = [];
    page.lines.forEach((line, index) => {
      if (dumpLines && index >= dumpLines.first && index <= dumpLines.last) return;
      // The bare label is furniture; a label line that also holds an unread dump is kept.
      if (/^\s*Raw JSON\s*$/i.test(line)) usedLines.add(index);
      const viewing = /^\s*Viewing Study\s+(NCT\d{8})\s*$/.exec(line);
      if (viewing) {
        header.push({ line: index, label: 'viewing study', value: viewing[1] });
        return;
      }
      const labelled = LABELLED.exec(line);
      if (labelled && !/^https?$/i.test(labelled[1])) header.push({ line: index, label: labelled[1].toLowerCase(), value: labelled[2] });
    });

    if (dumpLines) {
      // The dump is the record; a header line is accounted for when it only repeats a value the dump holds.
      const known = scalarTexts(record);
      for (const field of header) {
        if (HEADER_LABELS.has(field.label) && field.value !== '' && known.has(field.value)) usedLines.add(field.line);
      }
      const identification = isPlainObject(record.identificationModule) ? record.identificationModule : undefined;
      const headerId = header.find((field) => field.label === 'viewing study' || ID_LABELS.has(field.label))?.value;
      if (headerId && NCT_ID.test(headerId) && identification?.nctId !== undefined && identification.nctId !== headerId) {
        // A non-text identifier (a list or an object in a hand-edited dump) is shown as the JSON it is, not `[object Object]`.
        const jsonId = typeof identification.nctId === 'string' ? identification.nctId : JSON.stringify(identification.nctId);
        warnings.push(`The page header names ${headerId} but the Raw JSON is ${jsonId}; the record follows the Raw JSON.`);
      }
      return { record, usedLines, warnings };
    }

    // No dump (a module page, or a damaged one): only the study's identity and what the header states in API terms.
    const identification: Record<string, RecordValue> = {};
    const status: Record<string, RecordValue> = {};
    const modules: Record<string, Record<string, RecordValue>> = {};
    for (const field of header) {
      if ((field.label === 'viewing study' || ID_LABELS.has(field.label)) && NCT_ID.test(field.value)) {
        if (identification.nctId === undefined) identification.nctId = field.value;
        if (identification.nctId === field.value) usedLines.add(field.line);
        else warnings.push(`Line ${field.line + 1} names another NCT ID (${field.value}); kept as a comment.`);
      } else if (TITLE_LABELS.has(field.label) && field.value !== '') {
        if (identification.briefTitle === undefined) {
          identification.briefTitle = field.value;
          usedLines.add(field.line);
        } else if (identification.briefTitle === field.value) usedLines.add(field.line);
      } else if (STATUS_LABELS.has(field.label) && isOverallStatus(field.value) && status.overallStatus === undefined) {
        status.overallStatus = field.value;
        usedLines.add(field.line);
      } else {
        const moduleField = moduleFieldOf(field.label, field.value);
        if (!moduleField || moduleField.module === 'identificationModule' || moduleField.module === 'statusModule') continue;
        const module = (modules[moduleField.module] ??= {});
        if (module[moduleField.key] !== undefined) continue;
        setOwn(module, moduleField.key, moduleField.value);
        usedLines.add(field.line);
      }
    }
    if (Object.keys(identification).length > 0) record.identificationModule = identification;
    if (Object.keys(status).length > 0) record.statusModule = status;
    for (const [name, module] of Object.entries(modules)) record[name] = module;
    if (dumpStart === undefined)
      warnings.push("This Ignite page has no Raw JSON dump: only the study's identity was read; the other lines are kept as comments.");
    return { record, usedLines, warnings } satisfies PageReading;
  },
};
