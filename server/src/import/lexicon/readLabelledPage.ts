// The one engine that reads a labelled page with a lexicon: it finds the labels (in every layout the
// corpus shows: `Label: value`, a label line followed by its value lines, `Label value` on one line,
// table rows, labels glued to the value before them), gathers each label's value lines up to the next
// label or heading, and hands them to the label's item, which records the fields through a
// `PageRecorder`. Site knowledge comes in as data (`SiteLexicon`); nothing here knows a site.
import { blockText } from './blockText';
import { cleanBlockLine, isNameLike, range } from './labelledLines';
import { readPageTitle } from './pageTitle';
import type { PageReading, PageText } from '../pageFormat';
import { presentValue } from '../normalise/placeholder';
import { readBadge, readGluedBadges } from './badges';
import { splitGluedLabels, toPageLines } from './gluedLines';
import type { ItemContext, ItemValue } from './itemTypes';
import { ITEMS, type ItemId } from './items';
import { statusOf } from './items/statusItems';
import { classifier, countTypedSpaceLabels, labelTable, type LineKind } from './lineKinds';
import { PageRecorder } from './pageRecorder';
import { bareLine, cutOffLine, isBilingual, isMostlyCjk } from './pageShape';
import type { BlockReader, SiteLexicon } from './siteLexicon';

/** Lines every page may have that carry nothing: table rules, lone punctuation. */
const UNIVERSAL_FURNITURE = /^[-|:=_*•·\s]+$/;
/** A line that starts with a list mark: inside criteria it is content, never a new label. */
const LIST_MARK = /^\s*(?:[-•*·▪◦‣]|\d{1,2}[.)]|[a-z][.)]|\(\w{1,3}\))\s/;
/** Items whose value is the eligibility text, where a criteria label (`Inclusion Criteria:`) does not end the value. */
const CRITERIA_ITEMS = new Set<ItemId>(['eligibilityCriteria', 'criteriaPart']);
/** Items read after every other one: they fill a field only when no other label did. */
const LATE_ITEMS = new Set<ItemId>(['informationProvidedBy']);

type LabelKind = Extract<LineKind, { kind: 'label' }>;

export function readLabelledPage(page: PageText, site?: SiteLexicon): PageReading {
  const table = labelTable(site);
  const lineClassifier = classifier(site, table, countTypedSpaceLabels(page.lines, table) >= 3);
  const virtual = splitGluedLabels(page, lineClassifier);
  return toPageLines(new PageReader(virtual.page, site, lineClassifier), virtual, page);
}

/** Reads one (virtual) page: a class so the walk's helpers share the page's state without a closure of 300 lines. */
class PageReader implements PageReading {
  readonly record: Record<string, unknown>;
  readonly usedLines: ReadonlySet<number>;
  readonly keptReasons: PageReading['keptReasons'];
  readonly warnings: readonly string[];

  private readonly lines: readonly string[];
  private readonly kinds: LineKind[];
  private readonly recorder: PageRecorder;
  private readonly context: ItemContext;
  private readonly bilingual: boolean;
  /** An NCT ID standing alone on a line is the page's own only when the page names no other trial. */
  private readonly onlyNctId: string | undefined;
  /** Labels whose value is `N/A`: a page that writes it for several fields uses it as its placeholder. */
  private notApplicableValues = 0;
  private readonly late: Array<[ItemId, ItemValue]> = [];
  private readonly sections = new Map<string, number[]>();
  /** Lines before this one may hold the site's badges (values whose form names their field). */
  private readonly badgesUntil: number | undefined;

  constructor(
    page: PageText,
    private readonly site: SiteLexicon | undefined,
    lineClassifier: ReturnType<typeof classifier>,
  ) {
    this.lines = page.lines;
    // A lone table pipe or list bullet (a bullet whose text went to the next line) is as good as blank.
    this.kinds = page.lines.map((line) =>
      /^\s*(?:[|]\s*)*$|^\s*[-•*]\s*$/.test(line)
        ? { kind: 'blank' }
        : UNIVERSAL_FURNITURE.test(line)
          ? { kind: 'furniture' }
          : lineClassifier.classify(line),
    );
    this.unlabelTableHeaders();
    this.recorder = new PageRecorder(page, cutOffLine(page));
    this.context = { recorder: this.recorder, dates: site?.dates ?? {}, clean: site?.cleanValue ?? ((text) => text) };
    this.bilingual = isBilingual(page);
    const nctIds = new Set(page.text.toUpperCase().match(/\bNCT\d{8}\b/g) ?? []);
    this.onlyNctId = nctIds.size === 1 ? [...nctIds][0] : undefined;
    const badges = site?.badges;
    const until = typeof badges === 'object' ? page.lines.findIndex((line) => badges.until.test(bareLine(line))) : -1;
    this.badgesUntil = badges === undefined || badges === false ? undefined : until >= 0 ? until : page.lines.length;

    this.walk();
    const reading = this.recorder.finish();
    this.record = reading.record;
    this.usedLines = reading.usedLines;
    this.keptReasons = reading.keptReasons;
    this.warnings = reading.warnings;
  }

  /** The cells of a table header, one per line (`Type` / `Measure` / `Description` …), are no labels. */
  private unlabelTableHeaders(): void {
    for (const header of this.site?.tableHeaders ?? []) {
      const cells = header.map((cell) => cell.toLowerCase());
      const filled = range(0, this.lines.length).filter((line) => !this.isBlank(line));
      filled.forEach((line, position) => {
        if (!cells.every((cell, offset) => bareLine(this.lines[filled[position + offset]] ?? '').toLowerCase() === cell)) return;
        for (const cell of filled.slice(position, position + cells.length)) this.kinds[cell] = { kind: 'text' };
      });
    }
  }

  private walk(): void {
    const titleLine = readPageTitle(this.lines, this.kinds, this.site, this.recorder);
    for (let index = 0; index < this.lines.length; index++) {
      if (index === titleLine) continue;
      index = this.readLine(index);
    }
    for (const [item, value] of this.late) this.readItem(item, value);
    // Blank and skipped lines (a lone table pipe, the site's sentence under a heading) carry nothing.
    this.recorder.furniture(range(0, this.lines.length).filter((line) => this.isBlank(line)));
    this.site?.sections?.read(this.sections, this.recorder, this.lines);
    this.dropPlaceholderPhase();
    this.dropNamelessContact();
    this.site?.finish?.(this.recorder);
  }

  /** Reads what starts on line `index`; returns the last line it took. */
  private readLine(index: number): number {
    const kind = this.kinds[index];
    const heading = bareLine(this.lines[index])
      .replace(/\s*[:：]$/, '')
      .toLowerCase();
    const block = this.blockAt(index);
    if (block || this.site?.sections?.headings.includes(heading)) {
      const end = this.valueEnd(index, 'block');
      this.recorder.furniture(index);
      const under = range(index + 1, end).filter((line) => !this.isBlank(line));
      if (block) block(under, this.recorder, this.lines);
      else this.sections.set(heading, under);
      return end - 1;
    }
    switch (kind.kind) {
      case 'blank':
      case 'furniture':
        this.recorder.furniture(index); // a lone table pipe, a heading, boilerplate
        return index;
      case 'unknown-label':
        return this.keepUnknown(index);
      case 'break':
        return index;
      case 'text':
        this.readUnlabelled(index);
        return index;
      default:
        return this.readLabel(index, kind);
    }
  }

  private readLabel(index: number, kind: LabelKind): number {
    if (kind.item === 'otherTrials') {
      // Another trial's list holds its own `Status: …` lines: only a heading or a label on its own line ends it.
      const end = this.valueEnd(index, 'other-trials');
      this.recorder.furniture(index);
      this.recorder.keep(range(index + 1, end), 'other-trial');
      return end - 1;
    }
    const value = this.gatherValue(index, kind);
    if (LATE_ITEMS.has(kind.item)) this.late.push([kind.item, value]);
    else this.readItem(kind.item, value);
    return value.lines.reduce((last, line) => Math.max(last, line), index);
  }

  private readItem(item: ItemId, value: ItemValue): void {
    if (item !== 'phases' && /^n\/?a$/i.test(value.text.trim())) this.notApplicableValues++;
    const took = ITEMS[item].read(value, this.context);
    if (took || value.text.trim() === '') {
      this.recorder.furniture(value.labelLine);
      return;
    }
    const reason =
      item === 'noField' ? 'no-field' : presentValue(this.context.clean(value.text)) === undefined ? 'placeholder' : 'unreadable';
    // A line that an item already kept for a reason of its own (a conflict, the cut-off end, no field) is not "unreadable".
    const explained = value.lines.some((line) => this.recorder.keptReason(line) !== undefined);
    this.recorder.keep(value.lines, reason);
    if (reason === 'unreadable' && !explained && value.lines.length > 0 && !value.lines.some((line) => this.recorder.runsIntoCut(line))) {
      const shown = value.text.length > 60 ? `${value.text.slice(0, 59)}…` : value.text;
      this.recorder.warn(
        `${value.label}: "${shown.replace(/\s+/g, ' ')}" is not a value a ClinicalTrials.gov record can hold as it is; kept as a comment.`,
      );
    }
  }

  private isBlank(index: number): boolean {
    return this.kinds[index]?.kind === 'blank';
  }

  /** Whether line `index` ends the value of an item (`within`) that started above it. */
  private isBoundary(index: number, within: ItemId | 'heading' | 'block' | 'other-trials'): boolean {
    const kind = this.kinds[index];
    if (kind.kind === 'furniture' || kind.kind === 'unknown-label' || kind.kind === 'break') return true;
    if (this.isCutHeading(index, within)) return true;
    if (this.isBlockHeading(index)) return true;
    if (kind.kind !== 'label') return false;
    if (within === 'other-trials') return kind.form === 'alone';
    if (within === 'heading' || within === 'block') return true;
    if (kind.form !== 'alone' && ITEMS[within].subLabels?.test(kind.label)) return false;
    if (CRITERIA_ITEMS.has(within)) {
      if (kind.item === 'criteriaPart') return false;
      if (LIST_MARK.test(this.lines[index]) && kind.form !== 'alone') return false;
      if (kind.form !== 'alone' && ITEMS[kind.item].accepts?.(kind.inline) !== true) return false;
    }
    return true;
  }

  /**
   * The cut-off last line, when it is a short fragment after a list (`Study ` after the last criterion):
   * the start of the next heading, not part of the list, so the list above it is complete.
   */
  private isCutHeading(index: number, within: ItemId | 'heading' | 'block' | 'other-trials'): boolean {
    if (index !== this.recorder.cutLine) return false;
    const text = this.lines[index].trim();
    if (text.length > 25 || LIST_MARK.test(this.lines[index]) || !/^[A-Z]/.test(text)) return false;
    // `E` after inclusion criteria may be the start of `Exclusion Criteria`: then the criteria go on past the cut.
    if (
      within !== 'heading' &&
      within !== 'block' &&
      within !== 'other-trials' &&
      CRITERIA_ITEMS.has(within) &&
      ['exclusion criteria', 'inclusion criteria', 'key exclusion criteria'].some((heading) => heading.startsWith(text.toLowerCase()))
    )
      return false;
    let previous = index - 1;
    while (previous >= 0 && this.isBlank(previous)) previous--;
    return previous >= 0 && LIST_MARK.test(this.lines[previous]);
  }

  /** A heading the site reads as a block or section: it ends whatever came before it. */
  private isBlockHeading(index: number): boolean {
    const site = this.site;
    if (!site?.blocks && !site?.sections) return false;
    const heading = bareLine(this.lines[index])
      .replace(/\s*[:：]$/, '')
      .toLowerCase();
    return this.blockAt(index) !== undefined || site.sections?.headings.includes(heading) === true;
  }

  /** The site's reader for the block whose heading is line `index`, if it is one. */
  private blockAt(index: number): BlockReader | undefined {
    const heading = bareLine(this.lines[index]).replace(/\s*[:：]$/, '');
    return this.site?.blocks?.find((block) =>
      typeof block.heading === 'string' ? block.heading.toLowerCase() === heading.toLowerCase() : block.heading.test(heading),
    )?.read;
  }

  /** The value of the label on line `index`: on its own line, on the next line, or the lines up to the next label. */
  private gatherValue(index: number, kind: LabelKind): ItemValue {
    const { item, label } = kind;
    const shape = ITEMS[item].shape;
    const latinLabel = !isMostlyCjk(label);
    const skipLanguage = (line: number): boolean => this.bilingual && latinLabel && isMostlyCjk(this.lines[line]);
    const nonBlank = (from: number, end: number): number[] => range(from, end).filter((line) => !this.isBlank(line) && !skipLanguage(line));
    this.recorder.keep(range(index + 1, this.valueEnd(index, item)).filter(skipLanguage), 'other-language');
    if (item === 'criteriaPart') return this.valueOf(label, index, nonBlank(index, this.valueEnd(index, item)), 'block');
    if (kind.form !== 'alone') {
      const inline = kind.inline.trim();
      if (shape === 'one' || shape === 'none' || (shape === 'list' && inline !== '' && this.isBoundaryOrBlank(index + 1, item))) {
        return this.valueOf(label, index, [index], shape === 'list' ? 'list' : 'one', inline);
      }
      const end = this.valueEnd(index, item, shape === 'list' && inline !== '');
      return this.valueOf(label, index, [index, ...nonBlank(index + 1, end)], shape, inline);
    }
    if (shape === 'none') return this.valueOf(label, index, [], 'one');
    if (shape === 'one') {
      for (let next = index + 1; next < this.lines.length; next++) {
        if (this.isBlank(next) || skipLanguage(next)) continue;
        if (this.isBoundary(next, item) || this.kinds[next].kind === 'label') break;
        return this.valueOf(label, index, [next], 'one');
      }
      return this.valueOf(label, index, [], 'one');
    }
    let valueLines = nonBlank(index + 1, shape === 'list' ? this.listEnd(index, item) : this.valueEnd(index, item));
    if (item === 'eligibilityCriteria') {
      // Site tabs before the first criteria heading (`Inclusion` above `Inclusion Criteria:`) are not criteria.
      const heading = valueLines.slice(0, 3).findIndex((line) => this.isCriteriaHeading(line));
      if (heading > 0) {
        this.recorder.keep(valueLines.slice(0, heading), 'no-field');
        valueLines = valueLines.slice(heading);
      }
    }
    return this.valueOf(label, index, valueLines, shape);
  }

  private valueOf(
    label: string,
    labelLine: number,
    valueLines: readonly number[],
    shape: 'one' | 'block' | 'list',
    inline?: string,
  ): ItemValue {
    const textOf = (line: number): string =>
      line === labelLine && inline !== undefined
        ? inline
        : shape === 'block'
          ? cleanBlockLine(this.lines[line])
          : bareLine(this.lines[line]);
    const entries = valueLines
      .map((line) => ({
        line,
        text: textOf(line),
        raw: line === labelLine && inline !== undefined ? inline : cleanBlockLine(this.lines[line]),
      }))
      .filter((entry) => entry.text.trim() !== '');
    return {
      label,
      labelLine,
      lines: valueLines.includes(labelLine) ? valueLines : [labelLine, ...valueLines],
      text:
        shape === 'block'
          ? blockText(entries, (line) => this.isCriteriaHeading(line))
          : entries
              .map((entry) => entry.text.trim())
              .join('\n')
              .trim(),
      entries,
    };
  }

  private isCriteriaHeading(line: number): boolean {
    const kind = this.kinds[line];
    return kind.kind === 'label' && kind.item === 'criteriaPart';
  }

  private isBoundaryOrBlank(index: number, item: ItemId): boolean {
    return index >= this.lines.length || this.isBlank(index) || this.isBoundary(index, item);
  }

  /** The line after the last value line of a label on `index`: the next boundary (or blank line, when `stopAtBlank`). */
  private valueEnd(index: number, within: ItemId | 'heading' | 'block' | 'other-trials', stopAtBlank = false): number {
    let end = index + 1;
    while (end < this.lines.length && !this.isBoundary(end, within) && !(stopAtBlank && this.isBlank(end))) end++;
    while (end > index + 1 && this.isBlank(end - 1)) end--; // blank lines before the boundary belong to nobody
    return end;
  }

  /**
   * The end of a list under a label on its own line. A list whose first entry follows the label directly
   * ends at the first blank line; one that starts after a blank line has its entries apart and ends at two
   * blank lines. A list of names also ends before the first line that cannot be a name.
   */
  private listEnd(index: number, item: ItemId): number {
    const hardEnd = this.valueEnd(index, item);
    const spaced = this.isBlank(index + 1);
    let end = index + 1;
    while (end < hardEnd) {
      if (this.isBlank(end)) {
        if (!spaced || (end + 1 < hardEnd && this.isBlank(end + 1) && end > index + 2)) break;
      } else if (ITEMS[item].names && !isNameLike(this.lines[end]) && !ITEMS[item].subLabels?.test(bareLine(this.lines[end]).split(':')[0]))
        break;
      end++;
    }
    while (end > index + 1 && this.isBlank(end - 1)) end--;
    return end;
  }

  /** An unknown label (on a colon-label site) and the lines under it up to the next label stay, saying so. */
  private keepUnknown(index: number): number {
    this.recorder.keep(index, 'unknown-label');
    let next = index + 1;
    while (next < this.lines.length && (this.isBlank(next) || this.kinds[next].kind === 'text')) {
      this.recorder.keep(next, 'unknown-label');
      next++;
    }
    return next - 1;
  }

  /** Unlabelled lines: the page's only NCT ID on a line of its own, a sentence that only states the status, badges. */
  private readUnlabelled(index: number): void {
    const text = bareLine(this.lines[index]);
    if (/^NCT\d{8}$/.test(text) && this.onlyNctId === text) {
      this.recorder.set(['identificationModule', 'nctId'], text, index, 'NCT ID');
      return;
    }
    const sentence = /^This (?:study|trial) /i.test(text) ? statusOf(text) : undefined;
    if (sentence) {
      this.recorder.set(['statusModule', 'overallStatus'], sentence, index, 'overall status');
      return;
    }
    // Badges only where the site shows them, above the first line its lexicon says they stop at.
    if (this.badgesUntil === undefined || index >= this.badgesUntil) return;
    if (!readGluedBadges(text, index, this.recorder)) readBadge(text, index, this.recorder);
  }

  /** A central contact stated in parts whose name did not stand (it clashed) is no contact: its other parts stay as comments. */
  private dropNamelessContact(): void {
    const contact = this.recorder.read(['contactsLocationsModule', 'centralContacts', 0]);
    if (contact === undefined || (typeof contact === 'object' && contact !== null && 'name' in contact)) return;
    for (const field of ['role', 'phone', 'email'])
      this.recorder.drop(['contactsLocationsModule', 'centralContacts', 0, field], 'conflict');
  }

  /** `Phase: N/A` is no phase where the page writes N/A for other fields too (a withheld record), or on an observational study. */
  private dropPlaceholderPhase(): void {
    const phases = this.recorder.read(['designModule', 'phases']);
    if (!Array.isArray(phases) || phases.join() !== 'NA') return;
    if (this.notApplicableValues >= 2 || this.recorder.read(['designModule', 'studyType']) === 'OBSERVATIONAL')
      this.recorder.drop(['designModule', 'phases'], 'placeholder');
  }
}
