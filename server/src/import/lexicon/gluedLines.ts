// Text extractions glue a label to the value before it when the page put them in separate boxes:
// `Phase 3Accepts Healthy Volunteers?`, `N/AClinical Study ID`, `View full resultsBasic Information`.
// Such a line is read as two virtual lines, split where a known label starts; what the engine
// records for the virtual lines is mapped back to the page's own lines at the end.
import type { KeptReason, PageReading, PageText } from '../pageFormat';
import type { Classifier } from './lineKinds';

export interface VirtualPage {
  readonly page: PageText;
  /** The page line each virtual line comes from. */
  readonly source: readonly number[];
}

/** Lines longer than this are prose, not boxes glued together. */
const MAX_GLUED_LINE = 240;
/**
 * Where a glued label may start: a capital after a lower-case letter, digit, `/`, `)`, `?` or `.`, or a
 * capitalised word right after a capital (`N/AClinical Study ID`).
 */
const GLUE_POINT = /(?<=[a-z0-9/)?.])(?=[A-Z])|(?<=[A-Z])(?=[A-Z][a-z])/g;

/** Splits every line that glues a known label (or heading) to the text before it. */
export function splitGluedLabels(page: PageText, classifier: Classifier): VirtualPage {
  const lines: string[] = [];
  const source: number[] = [];
  page.lines.forEach((line, index) => {
    for (const part of splitLine(line, classifier)) {
      lines.push(part);
      source.push(index);
    }
  });
  if (lines.length === page.lines.length) return { page, source };
  return { page: { text: lines.join('\n'), lines }, source };
}

function splitLine(line: string, classifier: Classifier): string[] {
  if (line.length > MAX_GLUED_LINE || classifier.classify(line).kind !== 'text') return [line];
  for (const match of line.matchAll(GLUE_POINT)) {
    const at = match.index ?? 0;
    const rest = line.slice(at);
    // `GroupInterventionDescription`: column headings glued together, not a value and a label.
    if (/^[A-Z][a-z]+(?:[A-Z][a-z]+)+$/.test(line.slice(0, at))) continue;
    const kind = classifier.classify(rest);
    if (kind.kind === 'furniture' || (kind.kind === 'label' && (kind.form === 'alone' || kind.form === 'colon'))) {
      return [line.slice(0, at), ...splitLine(rest, classifier)];
    }
  }
  return [line];
}

/** The reading of the virtual page, in terms of the page's own lines: a line is used when all its parts are. */
export function toPageLines(reading: PageReading, virtual: VirtualPage, page: PageText): PageReading {
  if (virtual.page === page) return reading;
  const used = new Set<number>();
  const keptReasons = new Map<number, KeptReason>();
  const partsUsed = new Map<number, boolean>();
  virtual.page.lines.forEach((line, index) => {
    if (line.trim() === '') return;
    const origin = virtual.source[index];
    const isUsed = reading.usedLines.has(index);
    partsUsed.set(origin, (partsUsed.get(origin) ?? true) && isUsed);
    const reason = reading.keptReasons?.get(index);
    if (!isUsed && reason && !keptReasons.has(origin)) keptReasons.set(origin, reason);
  });
  for (const [origin, allUsed] of partsUsed) {
    if (allUsed) {
      used.add(origin);
      keptReasons.delete(origin);
    } else if (!keptReasons.has(origin)) keptReasons.set(origin, 'partly-read');
  }
  return { ...reading, usedLines: used, keptReasons };
}
