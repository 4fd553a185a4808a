// The one engine that reads a labelled page with a lexicon: it finds the labels (in every layout the
// corpus shows: `Label: value`, a label line followed by its value lines, `Label value` on one line,
// table rows), gathers each label's value lines up to the next label or heading, and hands them to the
// label's item, which records the fields through a `PageRecorder`. Site knowledge comes in as data
// (`SiteLexicon`); nothing here knows a site.
import { normaliseEnrollment } from '../normalise/enrollment';
import { normalisePhases } from '../normalise/phases';
import { normaliseStudyType } from '../normalise/designEnums';
import { presentValue } from '../normalise/placeholder';
import type { PageReading, PageText } from '../pageFormat';
import type { ItemContext, ItemValue } from './itemTypes';
import { ITEMS, type ItemId } from './items';
import { statusOf } from './items/statusItems';
import { classifier, countTypedSpaceLabels, labelTable, type LineKind } from './lineKinds';
import { PageRecorder } from './pageRecorder';
import { bareLine, cutOffLine, isBilingual, isMostlyCjk } from './pageShape';
import type { SiteLexicon } from './siteLexicon';

/** Lines every page may have that carry nothing: table rules, lone punctuation. */
const UNIVERSAL_FURNITURE = /^[-|:=_*•·\s]+$/;
/** A criteria line starts with a list mark: inside criteria it is content, never a new label. */
const LIST_MARK = /^\s*(?:[-•*·▪◦‣]|\d{1,2}[.)]|[a-z][.)]|\(\w{1,3}\))\s/;
/** Items whose value is the eligibility text, where a criteria label (`Inclusion Criteria:`) does not end the value. */
const CRITERIA_ITEMS = new Set<ItemId>(['eligibilityCriteria', 'criteriaPart']);
/** Items read after every other one: they fill a field only when no other label did. */
const LATE_ITEMS = new Set<ItemId>(['informationProvidedBy']);

export function readLabelledPage(page: PageText, site?: SiteLexicon): PageReading {
  const table = labelTable(site);
  const spaceStyle = countTypedSpaceLabels(page.lines, table) >= 3;
  const lineClassifier = classifier(site, table, spaceStyle);
  const kinds: LineKind[] = page.lines.map((line) => (/^[\s|]*$/.test(line) ? { kind: 'blank' } : UNIVERSAL_FURNITURE.test(line) ? { kind: 'furniture' } : lineClassifier.classify(line)));
  const recorder = new PageRecorder(page, cutOffLine(page));
  const bilingual = isBilingual(page);
  const context: ItemContext = { recorder, dates: site?.dates ?? {}, clean: site?.cleanValue ?? ((text) => text) };
  const late: Array<[ItemId, ItemValue]> = [];
  const lines = page.lines;
  const nctIds = new Set(page.text.toUpperCase().match(/\bNCT\d{8}\b/g) ?? []);
  /** An NCT ID standing alone on a line is the page's own only when the page names no other trial. */
  const onlyNctId = nctIds.size === 1 ? [...nctIds][0] : undefined;
  /** Labels whose value is `N/A`: a page that writes it for several fields uses it as its placeholder. */
  let notApplicableValues = 0;

  const isBlank = (index: number): boolean => kinds[index]?.kind === 'blank';
  const isBoundary = (index: number, within: ItemId): boolean => {
    const kind = kinds[index];
    if (kind.kind === 'furniture' || kind.kind === 'unknown-label') return true;
    if (kind.kind !== 'label') return false;
    if (within !== 'heading' && kind.form !== 'alone' && ITEMS[within].subLabels?.test(kind.label)) return false;
    if (CRITERIA_ITEMS.has(within)) {
      if (kind.item === 'criteriaPart') return false;
      if (LIST_MARK.test(lines[index]) && kind.form !== 'alone') return false;
      if (kind.form !== 'alone' && ITEMS[kind.item].accepts?.(kind.inline) !== true) return false;
    }
    return true;
  };

  const titleLine = findTitleLine(site, kinds, lines);
  if (titleLine !== undefined) recorder.set(['identificationModule', 'briefTitle'], presentValue(bareLine(lines[titleLine])), titleLine, 'brief title');

  for (let index = 0; index < lines.length; index++) {
    const kind = kinds[index];
    if (kind.kind === 'blank') {
      recorder.furniture(index); // a lone table pipe
      continue;
    }
    if (index === titleLine) continue;
    if (kind.kind === 'furniture') {
      recorder.furniture(index);
      continue;
    }
    if (kind.kind === 'unknown-label') {
      index = keepUnknown(index);
      continue;
    }
    if (kind.kind === 'text') {
      readUnlabelled(index);
      continue;
    }
    const block = site?.blocks?.[kind.label.toLowerCase()];
    if (block && kind.form === 'alone') {
      const end = valueEnd(index, 'heading');
      recorder.furniture(index);
      block(range(index + 1, end), recorder);
      index = end - 1;
      continue;
    }
    if (kind.item === 'otherTrials') {
      const end = valueEnd(index, 'heading');
      recorder.furniture(index);
      recorder.keep(range(index + 1, end), 'other-trial');
      index = end - 1;
      continue;
    }
    const value = gatherValue(index, kind);
    if (LATE_ITEMS.has(kind.item)) {
      late.push([kind.item, value]);
      index = lastLine(value, index);
      continue;
    }
    readItem(kind.item, value);
    index = lastLine(value, index);
  }
  for (const [item, value] of late) readItem(item, value);
  dropPlaceholderPhase();
  return recorder.finish();

  /** `Phase: N/A` is no phase where the page writes N/A for other fields too (a withheld record), or on an observational study. */
  function dropPlaceholderPhase(): void {
    const phases = recorder.read(['designModule', 'phases']);
    if (!Array.isArray(phases) || phases.join() !== 'NA') return;
    if (notApplicableValues >= 2 || recorder.read(['designModule', 'studyType']) === 'OBSERVATIONAL') recorder.drop(['designModule', 'phases'], 'placeholder');
  }

  function readItem(item: ItemId, value: ItemValue): void {
    if (item !== 'phases' && /^n\/?a$/i.test(value.text.trim())) notApplicableValues++;
    const took = ITEMS[item].read(value, context);
    const valueLines = value.lines.filter((line) => line !== value.labelLine);
    if (took || value.text.trim() === '') {
      recorder.furniture(value.labelLine);
      return;
    }
    const reason = item === 'noField' ? 'no-field' : presentValue(context.clean(value.text)) === undefined ? 'placeholder' : 'unreadable';
    recorder.keep([value.labelLine, ...valueLines], reason);
  }

  /** The value of the label on line `index`: on its own line, on the next line, or the lines up to the next label. */
  function gatherValue(index: number, kind: Extract<LineKind, { kind: 'label' }>): ItemValue {
    const item = kind.item;
    const shape = ITEMS[item].shape;
    const label = kind.label;
    const latinLabel = !isMostlyCjk(label);
    const skipLanguage = (line: number): boolean => bilingual && latinLabel && isMostlyCjk(lines[line]);
    if (item === 'criteriaPart') {
      // The criteria heading is part of the criteria text.
      const end = valueEnd(index, item);
      const valueLines = range(index, end).filter((line) => !isBlank(line) && !skipLanguage(line));
      return valueOf(label, index, valueLines, valueLines.map((line) => cleanBlockLine(lines[line])));
    }
    if (kind.form !== 'alone') {
      const inline = kind.inline.trim();
      if (shape === 'one' || shape === 'none' || (shape === 'list' && inline !== '' && isBoundaryOrBlank(index + 1, item))) {
        return valueOf(label, index, [index], [inline]);
      }
      const end = valueEnd(index, item, shape === 'list' && inline !== '');
      const more = range(index + 1, end).filter((line) => !isBlank(line) && !skipLanguage(line));
      return valueOf(label, index, [index, ...more], [inline, ...more.map((line) => (shape === 'list' ? bareLine(lines[line]) : cleanBlockLine(lines[line])))].filter((text, position) => position > 0 || text !== ''));
    }
    if (shape === 'none') return valueOf(label, index, [], []);
    if (shape === 'one') {
      for (let next = index + 1; next < lines.length; next++) {
        if (isBlank(next)) continue;
        if (skipLanguage(next)) {
          recorder.keep(next, 'other-language');
          continue;
        }
        if (isBoundary(next, item) || kinds[next].kind === 'label') return valueOf(label, index, [], []);
        return valueOf(label, index, [next], [bareLine(lines[next])]);
      }
      return valueOf(label, index, [], []);
    }
    const end = shape === 'list' ? listEnd(index, item) : valueEnd(index, item);
    const valueLines = range(index + 1, end).filter((line) => !isBlank(line));
    const kept = valueLines.filter((line) => !skipLanguage(line));
    recorder.keep(valueLines.filter(skipLanguage), 'other-language');
    return valueOf(label, index, kept, kept.map((line) => (shape === 'list' ? bareLine(lines[line]) : cleanBlockLine(lines[line]))));
  }

  function isBoundaryOrBlank(index: number, item: ItemId): boolean {
    return index >= lines.length || isBlank(index) || isBoundary(index, item);
  }

  /** The line after the last value line of a label on `index`: the next boundary (or blank line, when `stopAtBlank`). */
  function valueEnd(index: number, item: ItemId | 'heading', stopAtBlank = false): number {
    let end = index + 1;
    const within: ItemId = item === 'heading' ? 'heading' : item;
    while (end < lines.length && !isBoundary(end, within) && !(stopAtBlank && isBlank(end))) end++;
    // Blank lines before the boundary belong to nobody.
    while (end > index + 1 && isBlank(end - 1)) end--;
    return end;
  }

  /**
   * The end of a list under a label on its own line. A list whose first entry follows the label directly
   * ends at the first blank line; one that starts after a blank line has its entries apart and ends at two
   * blank lines. A list of names also ends before the first line that cannot be a name.
   */
  function listEnd(index: number, item: ItemId): number {
    const hardEnd = valueEnd(index, item);
    const spaced = index + 1 < lines.length && isBlank(index + 1);
    let end = index + 1;
    while (end < hardEnd) {
      if (isBlank(end)) {
        if (!spaced || (end + 1 < hardEnd && isBlank(end + 1) && end > index + 2)) break;
      } else if (ITEMS[item].names && !isNameLike(lines[end])) break;
      end++;
    }
    while (end > index + 1 && isBlank(end - 1)) end--;
    return end;
  }

  /** An unknown label (on a colon-label site) and the lines under it up to the next label stay, saying so. */
  function keepUnknown(index: number): number {
    recorder.keep(index, 'unknown-label');
    let next = index + 1;
    while (next < lines.length && (isBlank(next) || kinds[next].kind === 'text')) {
      recorder.keep(next, 'unknown-label');
      next++;
    }
    return next - 1;
  }

  /** Unlabelled lines: the page's only NCT ID on a line of its own, a sentence that only states the status, and the site's badges. */
  function readUnlabelled(index: number): void {
    const text = bareLine(lines[index]);
    if (/^NCT\d{8}$/.test(text) && onlyNctId === text) {
      recorder.set(['identificationModule', 'nctId'], text, index, 'NCT ID');
      return;
    }
    const sentence = /^This (?:study|trial) /i.test(text) ? statusOf(text) : undefined;
    if (sentence) {
      recorder.set(['statusModule', 'overallStatus'], sentence, index, 'overall status');
      return;
    }
    if (!site?.badges) return;
    const phases = /phase|^n\/?a$|^not applicable$/i.test(text) ? normalisePhases(text) : undefined;
    if (phases) recorder.set(['designModule', 'phases'], phases, index, 'phase');
    else if (statusOf(text) && text.length < 40) recorder.set(['statusModule', 'overallStatus'], statusOf(text), index, 'overall status');
    else if (normaliseStudyType(text) && text.length < 40) recorder.set(['designModule', 'studyType'], normaliseStudyType(text), index, 'study type');
    else if (/^\d[\d,]*\s+(?:participants|patients)$/i.test(text)) {
      const enrollment = normaliseEnrollment(text);
      if (enrollment) recorder.set(['designModule', 'enrollmentInfo'], { count: enrollment.count }, index, 'enrollment');
    }
  }
}

/** Whether a line could be one name in a list: not a bare number, a sentence, a sub-heading or a long text. */
function isNameLike(line: string): boolean {
  const text = bareLine(line);
  if (text.length === 0 || text.length > 160) return false;
  if (/^[\d.,%\s]+$/.test(text)) return false;
  if (/[:：]$/.test(text)) return false;
  return !(text.length > 90 && /[.!?]$/.test(text));
}

function valueOf(label: string, labelLine: number, lines: readonly number[], texts: readonly string[]): ItemValue {
  const entries = lines.map((line, position) => ({ line, text: texts[position] ?? '' })).filter((entry) => entry.text.trim() !== '');
  return { label, labelLine, lines: lines.includes(labelLine) ? lines : [labelLine, ...lines], text: texts.map((text) => text.trim()).join('\n').trim(), entries };
}

/** A block value's line as written, without table pipes around it. */
function cleanBlockLine(line: string): string {
  return line.trim().replace(/^\|\s*/, '').replace(/\s*\|$/, '');
}

function range(start: number, end: number): number[] {
  const result: number[] = [];
  for (let index = start; index < end; index++) result.push(index);
  return result;
}

function lastLine(value: ItemValue, index: number): number {
  return Math.max(index, ...value.lines);
}

/** The title line a site's lexicon points at: the first text line (after the site's header, if it names one). */
function findTitleLine(site: SiteLexicon | undefined, kinds: readonly LineKind[], lines: readonly string[]): number | undefined {
  const first = lines.findIndex((line) => line.trim() !== '');
  // A Markdown page's one top-level heading is its title.
  if (first >= 0 && /^#\s+\S/.test(lines[first].trim()) && lines.filter((line) => /^#\s/.test(line.trim())).length === 1) return first;
  if (!site?.title) return undefined;
  let start = 0;
  if (site.title.after) {
    const header = lines.findIndex((line) => site.title?.after?.test(line.trim()));
    if (header < 0) return undefined;
    start = header + 1;
  }
  for (let index = start; index < lines.length; index++) {
    const kind = kinds[index].kind;
    if (kind === 'blank' || kind === 'furniture') continue;
    if (kind !== 'text') return undefined;
    const text = bareLine(lines[index]);
    return text.length >= 8 && text.length <= 400 && !/^https?:/.test(text) ? index : undefined;
  }
  return undefined;
}
