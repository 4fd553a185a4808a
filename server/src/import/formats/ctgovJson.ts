// ClinicalTrials.gov API v2 JSON: a study, a `{"studies": […]}` search response or a bare
// protocol section, as JSON or in its Python-literal form (`{'protocolSection': {...}, 'hasResults': False}`).
// The record is the study's own protocol section, unchanged; a study's results, documents and annotations come with
// it (the record is then the whole study object).
import type { RecordValue } from '../../service/parse/parsedRecord';
import { LineIndex } from '../../service/text/lineIndex';
import { apiProtocolSections, type ApiProtocolSections } from '../apiStudy';
import type { PageFormat, PageReading, PageText } from '../pageFormat';
import { parsePythonLiteral } from '../pythonLiteral';

interface ParsedApiText {
  readonly found?: ApiProtocolSections;
  /** How the text was read, for the report. */
  readonly syntax: 'JSON' | 'Python literal' | 'cut-off JSON';
  /** Offset just after the value; text after it is not part of the record. */
  readonly end: number;
  readonly problem?: string;
}

const parsedTexts = new WeakMap<PageText, ParsedApiText | null>();

/** Parses the page once for both `detect` and `read` (the text can be megabytes). */
function parseApiText(page: PageText): ParsedApiText | null {
  const cached = parsedTexts.get(page);
  if (cached !== undefined) return cached;
  const result = parseUncached(page.text);
  parsedTexts.set(page, result);
  return result;
}

function parseUncached(text: string): ParsedApiText | null {
  const start = text.search(/\S/);
  if (start < 0 || (text[start] !== '{' && text[start] !== '[')) return null;
  // A JSON file is the common case; JSON.parse is much faster than the tolerant reader.
  if (text[start + 1] !== "'" && !/^\{\s*'/.test(text.slice(start, start + 64))) {
    try {
      const value = JSON.parse(text) as RecordValue;
      const found = apiProtocolSections(value);
      return found ? { found, syntax: 'JSON', end: text.length } : null;
    } catch {
      // Not complete JSON: fall through to the tolerant reader, which recovers what comes before the damage.
    }
  }
  const literal = parsePythonLiteral(text, start, { acceptJson: true });
  const found = apiProtocolSections(literal.value);
  if (!found) return null;
  const isPython = /'|\b(True|False|None)\b/.test(text.slice(start, start + 200));
  return {
    found,
    syntax: literal.problem && !isPython ? 'cut-off JSON' : isPython ? 'Python literal' : 'JSON',
    end: literal.end,
    problem: literal.problem?.message,
  };
}

function readingFor(page: PageText, parsed: ParsedApiText, study: number, extraWarnings: readonly string[]): PageReading {
  const usedLines = new Set<number>();
  const lines = new LineIndex(page.text);
  const lastLine = parsed.problem ? lines.lineOf(parsed.end) - 1 : lines.lineOf(Math.max(0, parsed.end - 1));
  for (let line = 0; line <= lastLine && line < page.lines.length; line++) usedLines.add(line);
  const warnings: string[] = [];
  if (parsed.problem)
    warnings.push(
      `The ${parsed.syntax === 'Python literal' ? 'Python literal' : 'JSON'} is damaged or cut off (${parsed.problem}); the record holds what comes before that point, and the rest of the text is kept as comments.`,
    );
  if (parsed.found && parsed.found.otherSections.length > 0) {
    warnings.push(`Not imported (not part of a protocol record): ${parsed.found.otherSections.join(', ')}.`);
  }
  warnings.push(...extraWarnings);
  const sections = parsed.found?.sections[study] ?? {};
  const studySections = parsed.found?.studySections[study] ?? {};
  return { record: sections, studySections: Object.keys(studySections).length > 0 ? studySections : undefined, usedLines, warnings };
}

export const ctgovJsonFormat: PageFormat = {
  id: 'ctgov-json',
  label: 'ClinicalTrials.gov API v2 JSON',
  detect(page) {
    const parsed = parseApiText(page);
    if (!parsed?.found) return 0;
    // The whole text read as the API's study (or its Python form) without a problem: certain, and the site readers
    // need not scan its lines (for a large study that scan cost more than reading it).
    return parsed.problem ? 0.7 : 1;
  },
  read(page) {
    const parsed = parseApiText(page);
    if (!parsed?.found) return { record: {}, usedLines: new Set(), warnings: ['No ClinicalTrials.gov study was found in this text.'] };
    const { sections, shape } = parsed.found;
    const more =
      sections.length > 1
        ? [
            `This ${shape} holds ${sections.length} studies; this record is the first. The command line (\`trial-record import\`) writes one record per study.`,
          ]
        : [];
    return readingFor(page, parsed, 0, more);
  },
  readAll(page) {
    const parsed = parseApiText(page);
    if (!parsed?.found) return [ctgovJsonFormat.read(page)];
    return parsed.found.sections.map((_, study) => readingFor(page, parsed, study, []));
  },
};
