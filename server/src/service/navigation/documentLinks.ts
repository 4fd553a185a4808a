import { safeLinkUrl } from '@trial-record/shared/safeLinks';
import { isPlainObject, joinPointer, valueAt, type ParsedRecord, type RecordValue } from '../parse/parsedRecord';
import { offsetRange, type OffsetRange } from '../text/offsetRange';
import { trimmedValueRange } from './scalarText';

/** A clickable span of the record: an NCT ID, a PubMed ID, a DOI or a URL, and where it leads. */
export interface RecordLink {
  /** Just the ID or URL text (inside quotes). */
  readonly range: OffsetRange;
  /** Always an `http(s)` or `mailto` URL accepted by the safe-link policy. */
  readonly target: string;
  readonly tooltip: string;
}

/** Citations longer than this are not searched for NCT IDs and DOIs (real ones stay under 2,000 characters). */
export const MAX_SCANNED_CITATION_LENGTH = 10_000;
/** No more links than this in one document, however many references it lists. */
export const MAX_DOCUMENT_LINKS = 10_000;
const MAX_TOOLTIP_URL_LENGTH = 80;

const NCT_ID = /^\s*(NCT\d{8})\s*$/;
const PMID = /^\s*(\d{1,9})\s*$/;
/** Where a word starts in a string's source text: at a word boundary or just after an escaped line break or tab. */
const WORD_START = String.raw`(?:\\[nrt]|\b)`;
const NCT_IN_TEXT = new RegExp(String.raw`${WORD_START}(?<id>NCT\d{8})\b`, 'g');
/**
 * `doi: 10.1000/x`, `doi 10.1000/x` or `https://doi.org/10.1000/x` in a citation's source text (a line
 * break between `doi:` and the DOI may be written `\n`). The DOI stops at blanks, quotes and backslashes
 * (escapes in JSON or YAML strings); each repetition has one way to match, so the scan stays linear.
 */
const DOI_IN_TEXT = new RegExp(
  String.raw`${WORD_START}(?:doi:?(?:\s|\\[nrt])*|(?<url>(?:https?:\/\/)?(?:dx\.)?doi\.org\/))(?<doi>10\.\d{4,9}\/[^\s"'<>\\]+)`,
  'gi',
);

/**
 * The document links of a record (protocol section or whole API study, YAML or JSON): NCT IDs to
 * ClinicalTrials.gov, PubMed IDs to PubMed, DOIs in citations to doi.org, and URL fields to themselves
 * when the safe-link policy accepts them. Ranges are source offsets, sorted by start.
 */
export function documentLinks(text: string, parsed: ParsedRecord): RecordLink[] {
  const record = nodeAt(parsed, parsed.recordPointer);
  if (record.value === undefined) return [];
  const links: RecordLink[] = [];
  const full = () => links.length >= MAX_DOCUMENT_LINKS;
  const add = (link: RecordLink | undefined): void => {
    if (link && !full()) links.push(link);
  };
  const nctIdAt = (node: RecordNode) => add(idLink(text, parsed, node, NCT_ID, nctLink));

  const identification = child(record, 'identificationModule');
  nctIdAt(child(identification, 'nctId'));
  for (const alias of items(child(identification, 'nctIdAliases'))) nctIdAt(alias);
  const orgStudyIdInfo = child(identification, 'orgStudyIdInfo');
  nctIdAt(child(orgStudyIdInfo, 'id'));
  add(urlLink(text, parsed, child(orgStudyIdInfo, 'link')));
  for (const secondaryId of items(child(identification, 'secondaryIdInfos'))) {
    nctIdAt(child(secondaryId, 'id'));
    add(urlLink(text, parsed, child(secondaryId, 'link')));
  }
  nctIdAt(child(child(child(record, 'statusModule'), 'expandedAccessInfo'), 'nctId'));

  const references = child(record, 'referencesModule');
  for (const reference of items(child(references, 'references'))) {
    if (full()) break; // stop reading a hostile list once nothing more would be shown
    add(idLink(text, parsed, child(reference, 'pmid'), PMID, pubmedLink));
    for (const link of citationLinks(text, parsed, child(reference, 'citation'))) add(link);
    for (const retraction of items(child(reference, 'retractions'))) add(idLink(text, parsed, child(retraction, 'pmid'), PMID, pubmedLink));
  }
  for (const seeAlso of items(child(references, 'seeAlsoLinks'))) add(urlLink(text, parsed, child(seeAlso, 'url')));
  for (const ipd of items(child(references, 'availIpds'))) add(urlLink(text, parsed, child(ipd, 'url')));
  add(urlLink(text, parsed, child(child(record, 'ipdSharingStatementModule'), 'url')));

  return links.sort((a, b) => a.range.start - b.range.start);
}

/** A value of the record with its pointer: walked down from the record, not looked up from the root each time. */
interface RecordNode {
  readonly pointer: string;
  readonly value: RecordValue | undefined;
}

function nodeAt(parsed: ParsedRecord, pointer: string): RecordNode {
  return { pointer, value: valueAt(parsed.value, pointer) };
}

function child(node: RecordNode, key: string): RecordNode {
  const { value } = node;
  return {
    pointer: joinPointer(node.pointer, key),
    value: isPlainObject(value) && Object.prototype.hasOwnProperty.call(value, key) ? value[key] : undefined,
  };
}

function items(node: RecordNode): RecordNode[] {
  return Array.isArray(node.value) ? node.value.map((value, index) => ({ pointer: joinPointer(node.pointer, index), value })) : [];
}

function nctLink(nctId: string): { target: string; tooltip: string } {
  return { target: `https://clinicaltrials.gov/study/${nctId}`, tooltip: `Open ${nctId} on ClinicalTrials.gov` };
}

function pubmedLink(pmid: string): { target: string; tooltip: string } {
  return { target: `https://pubmed.ncbi.nlm.nih.gov/${pmid}/`, tooltip: `Open PubMed ${pmid}` };
}

function doiLink(doi: string): { target: string; tooltip: string } {
  // Keeps the DOI's slashes; escapes what would end or change the URL (`#`, `?`, `;`…).
  const path = doi.split('/').map(encodeURIComponent).join('/');
  return { target: `https://doi.org/${path}`, tooltip: `Open DOI ${doi}` };
}

/** The source text of a scalar value, without the blanks after it (YAML block values end on the next line). */
function writtenValue(text: string, parsed: ParsedRecord, pointer: string): { start: number; written: string } | undefined {
  const range = parsed.locations.get(pointer)?.valueRange;
  if (!range) return undefined;
  const trimmed = trimmedValueRange(text, range);
  return { start: trimmed.start, written: text.slice(trimmed.start, trimmed.end) };
}

/**
 * A field holding one ID (an NCT ID, a PMID) as its whole value. The ID is read from the source text inside
 * the quotes, so the range is exact; a YAML number (`pmid: 12345678`) counts as written.
 */
function idLink(
  text: string,
  parsed: ParsedRecord,
  { pointer, value }: RecordNode,
  pattern: RegExp,
  linkOf: (id: string) => { target: string; tooltip: string },
): RecordLink | undefined {
  if (typeof value !== 'string' && typeof value !== 'number') return undefined;
  const source = writtenValue(text, parsed, pointer);
  if (!source) return undefined;
  const quote = source.written[0] === '"' || source.written[0] === "'" ? 1 : 0;
  const inner = source.written.slice(quote, source.written.length - quote);
  const id = pattern.exec(inner)?.[1];
  // The parsed value must agree with the text read (a YAML number may be written `012345`).
  if (id === undefined || (typeof value === 'number' ? Number(id) !== value : value.trim() !== id)) return undefined;
  const start = source.start + quote + inner.indexOf(id);
  return { range: offsetRange(start, start + id.length), ...linkOf(id) };
}

/** A URL field, linked to itself only when the safe-link policy accepts it (never `javascript:` or `file:`). */
function urlLink(text: string, parsed: ParsedRecord, { pointer, value }: RecordNode): RecordLink | undefined {
  if (typeof value !== 'string') return undefined;
  const target = safeLinkUrl(value);
  const source = target === undefined ? undefined : writtenValue(text, parsed, pointer);
  if (target === undefined || !source) return undefined;
  const shown = target.length > MAX_TOOLTIP_URL_LENGTH ? `${target.slice(0, MAX_TOOLTIP_URL_LENGTH - 1)}…` : target;
  const tooltip = `Open ${shown}`;
  const at = source.written.indexOf(target);
  if (at >= 0) return { range: offsetRange(source.start + at, source.start + at + target.length), target, tooltip };
  // Written with escapes (`https:\/\/…` in JSON): the whole text inside the quotes.
  const quote = source.written[0];
  if ((quote !== '"' && quote !== "'") || source.written.length < 2) return undefined;
  return { range: offsetRange(source.start + 1, source.start + source.written.length - 1), target, tooltip };
}

/**
 * NCT IDs and DOIs inside a citation, found in its source text (escapes and YAML folding never split
 * them), so each range is exactly the ID as written. Over-long citations are skipped to bound the work.
 */
function citationLinks(text: string, parsed: ParsedRecord, { pointer, value }: RecordNode): RecordLink[] {
  if (typeof value !== 'string') return [];
  const source = writtenValue(text, parsed, pointer);
  if (!source || source.written.length > MAX_SCANNED_CITATION_LENGTH) return [];
  const links: RecordLink[] = [];
  for (const match of source.written.matchAll(NCT_IN_TEXT)) {
    const id = match.groups?.id ?? '';
    const end = source.start + (match.index ?? 0) + match[0].length;
    links.push({ range: offsetRange(end - id.length, end), ...nctLink(id) });
  }
  for (const match of source.written.matchAll(DOI_IN_TEXT)) {
    const written = match.groups?.doi ?? '';
    const doi = withoutTrailingPunctuation(written);
    if (doi.endsWith('/')) continue; // `doi: 10.1000/.`: no suffix left
    const doiStart = source.start + (match.index ?? 0) + match[0].length - written.length;
    // `https://doi.org/10.…` is linked as the URL it is; `doi: 10.…` as just the DOI.
    const start = doiStart - (match.groups?.url?.length ?? 0);
    const link = doiLink(doi);
    if (safeLinkUrl(link.target)) links.push({ range: offsetRange(start, doiStart + doi.length), ...link });
  }
  return links;
}

/** A DOI ends before the sentence's punctuation, and before a closing bracket it did not open. */
function withoutTrailingPunctuation(doi: string): string {
  const count = (char: string) => doi.split(char).length - 1;
  let unmatchedParens = count(')') - count('(');
  let unmatchedBrackets = count(']') - count('[');
  let end = doi.length;
  for (;;) {
    const last = doi[end - 1];
    if (last === '.' || last === ',' || last === ';' || last === ':') end--;
    else if (last === ')' && unmatchedParens > 0) {
      unmatchedParens--;
      end--;
    } else if (last === ']' && unmatchedBrackets > 0) {
      unmatchedBrackets--;
      end--;
    } else return doi.slice(0, end);
  }
}
