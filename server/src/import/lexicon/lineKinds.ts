// Classifies each line of a page for the lexicon engine: a label (alone, or with its value on the same
// line after a colon, a pipe, a tab or spaces), furniture, a heading over other trials, an unknown label,
// or text.
import { ITEMS, type ItemId } from './items';
import { bareLine, labelKey } from './pageShape';
import { SHARED_LABELS } from './sharedLabels';
import type { SiteLexicon } from './siteLexicon';

export type LabelForm = 'alone' | 'colon' | 'pipe' | 'tab' | 'space';

export type LineKind =
  | { readonly kind: 'blank' }
  | { readonly kind: 'label'; readonly item: ItemId; readonly label: string; readonly form: LabelForm; readonly inline: string }
  | { readonly kind: 'furniture' }
  | { readonly kind: 'unknown-label' }
  /** A heading the lexicon does not know (a Markdown `## …`): it ends the value above it, and stays as a comment. */
  | { readonly kind: 'break' }
  | { readonly kind: 'text' };

/** The lexicon a page is read with: the shared spellings, then the site's own over them. */
export function labelTable(site: SiteLexicon | undefined): Map<string, ItemId> {
  const table = new Map<string, ItemId>();
  for (const [item, spellings] of Object.entries(SHARED_LABELS) as Array<[ItemId, readonly string[]]>) {
    for (const spelling of spellings) table.set(labelKey(spelling), item);
  }
  for (const [spelling, item] of Object.entries(site?.labels ?? {})) table.set(labelKey(spelling), item);
  return table;
}

const DATE_PREFIX = /^(?:actual|estimated|anticipated|expected|est\.?)\s+/;
/** Words a label may carry that are not part of its spelling: `[1]` numbering, the classic view's `ICMJE` mark. */
const LABEL_NOISE = /\s*\[\d+\]|\s+icmje$/g;

/** The item a label names, trying the spelling with a date type word (`Actual Study Start Date`) and numbering removed. */
export function itemOfLabel(table: ReadonlyMap<string, ItemId>, label: string): ItemId | undefined {
  const key = labelKey(label).replace(LABEL_NOISE, '').trim();
  if (key === '' || key.length > 90) return undefined;
  const direct = table.get(key) ?? table.get(key.replace(/\?$/, ''));
  if (direct) return direct;
  // EU CTR numbers its fields (`A.3 Full title of the trial`, `E.1.1 Medical condition(s) being investigated`).
  const unnumbered = key.replace(/^(?:[a-z]\.)?\d+(?:\.\d+)*\.?\s+/, '');
  if (unnumbered !== key && table.get(unnumbered)) return table.get(unnumbered);
  const undated = key.replace(DATE_PREFIX, '');
  const item = undated !== key ? table.get(undated) : undefined;
  return item && /date|start|completion/.test(undated) ? item : item === 'enrollment' ? item : undefined;
}

function matchesFurniture(bare: string, furniture: ReadonlyArray<string | RegExp>): boolean {
  const lower = bare.toLowerCase();
  return furniture.some((entry) => (typeof entry === 'string' ? entry.toLowerCase() === lower : entry.test(bare)));
}

const COLON_LABEL = /^(.{1,90}?)\s*[:：]\s*(.*)$/;
const MAX_LABEL_WORDS = 9;

export interface Classifier {
  classify(line: string): LineKind;
}

/**
 * A classifier for one page. `Label value` separated by spaces is a label when the item recognises the
 * value's form (a status, a date, a number), or, for free-text items, when the page writes labels that
 * way (`spaceStyle`) or the gap is a run of spaces.
 */
export function classifier(site: SiteLexicon | undefined, table: ReadonlyMap<string, ItemId>, spaceStyle: boolean): Classifier {
  const furniture = site?.furniture ?? [];
  return {
    classify(line: string): LineKind {
      if (line.trim() === '') return { kind: 'blank' };
      const bare = bareLine(line);
      if (bare === '') return { kind: 'furniture' };
      if (matchesFurniture(bare, furniture)) return { kind: 'furniture' };
      if (site?.ignorable?.some((pattern) => pattern.test(bare))) return { kind: 'blank' };
      const alone = itemOfLabel(table, bare);
      if (alone) return { kind: 'label', item: alone, label: bare.replace(/\s*[:：]$/, ''), form: 'alone', inline: '' };
      // A table's header row (`Condition or disease | Intervention/treatment | Phase`) is one label.
      const headerRow = bare.includes('|') ? itemOfLabel(table, bare.replace(/\s*\|\s*/g, ' ')) : undefined;
      if (headerRow) return { kind: 'label', item: headerRow, label: bare, form: 'alone', inline: '' };
      const pipe = /^([^|]{1,90}?)\s*\|\s*(.*?)\s*\|?$/.exec(bare.includes('|') ? line.trim().replace(/^\|\s*/, '') : '');
      if (pipe) {
        const item = itemOfLabel(table, pipe[1]);
        if (item) return { kind: 'label', item, label: pipe[1].trim(), form: 'pipe', inline: pipe[2] };
      }
      const colon = COLON_LABEL.exec(bare);
      if (colon) {
        const item = itemOfLabel(table, colon[1]);
        if (item) return { kind: 'label', item, label: colon[1].trim(), form: 'colon', inline: colon[2] };
      }
      const tab = /^([^\t]{1,90}?)\t+(.+)$/.exec(line.trim());
      if (tab) {
        const item = itemOfLabel(table, tab[1]);
        if (item) return { kind: 'label', item, label: tab[1].trim(), form: 'tab', inline: tab[2].trim() };
      }
      const spaced = spacedLabel(line, bare, table, spaceStyle || site?.spaceLabels === true);
      if (spaced) return spaced;
      // A Markdown heading is a section boundary even when its words are no label.
      if (/^\s*#{1,6}\s/.test(line)) return { kind: 'break' };
      if (site?.colonLabels && /^[^.!?]{1,80}[:：]$/.test(bare)) return { kind: 'unknown-label' };
      return { kind: 'text' };
    },
  };
}

const firstWordsOfTable = new WeakMap<ReadonlyMap<string, ItemId>, ReadonlySet<string>>();

/** The first words of a table's labels: a line whose first word is none of them starts with no label. */
function firstWords(table: ReadonlyMap<string, ItemId>): ReadonlySet<string> {
  let words = firstWordsOfTable.get(table);
  if (!words) {
    words = new Set([...table.keys()].map((key) => key.split(' ')[0]));
    firstWordsOfTable.set(table, words);
  }
  return words;
}

/** `Study Type Observational`, `NCT number NCT05067933`, `Public Title of Study   Ayurveda …`: the longest known label first. */
function spacedLabel(line: string, bare: string, table: ReadonlyMap<string, ItemId>, spaceStyle: boolean): LineKind | undefined {
  const words = bare.split(' ');
  const first = words[0].toLowerCase();
  // Actual/Estimated before a date label, EU CTR's field numbers before theirs.
  if (!firstWords(table).has(first) && !/^(?:actual|estimated|anticipated|expected|est\.?|[a-z]\.\d.*|\d+(?:\.\d+)*\.?)$/.test(first))
    return undefined;
  for (let count = Math.min(MAX_LABEL_WORDS, words.length - 1); count >= 1; count--) {
    const label = words.slice(0, count).join(' ');
    const item = itemOfLabel(table, label);
    if (!item) continue;
    const inline = words
      .slice(count)
      .join(' ')
      .replace(/^ICMJE\s+/, '')
      .trim();
    const definition = ITEMS[item];
    const wideGap = new RegExp(`^\\s*${label.split(' ').map(escapeRegExp).join('\\s+')}(?:\\s+ICMJE)?\\s{2,}\\S`, 'i').test(
      line.replace(/^\s*[-•*]\s+/, ''),
    );
    const typed = definition.accepts?.(inline) === true;
    const freeText = definition.accepts === undefined && definition.shape !== 'none';
    // A run of spaces between label and value is a strong sign of a label column; one space needs more.
    if (typed || wideGap || (freeText && spaceStyle)) return { kind: 'label', item, label, form: 'space', inline };
  }
  return undefined;
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** How many lines write a typed item as `Label value` with one space: three or more make the page's style. */
export function countTypedSpaceLabels(lines: readonly string[], table: ReadonlyMap<string, ItemId>): number {
  let count = 0;
  for (const line of lines) {
    const bare = bareLine(line);
    const colon = COLON_LABEL.exec(bare);
    if (bare === '' || (colon && itemOfLabel(table, colon[1]))) continue;
    const kind = spacedLabel(line, bare, table, false);
    if (kind?.kind === 'label' && ITEMS[kind.item].accepts !== undefined) count++;
    if (count >= 3) break;
  }
  return count;
}
