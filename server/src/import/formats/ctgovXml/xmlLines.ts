// Which lines of an XML text belong to which element, so the XML reader can account for exactly
// the lines of the elements it mapped and leave every other line to the comment block.
import { LineIndex } from '../../../service/text/lineIndex';

/** Element paths below the root, `/`-joined without list indexes: `location/facility/name`. */
export type ElementPath = string;

/**
 * For each line (0-based), the element paths it carries: a start tag, text content or an end tag.
 * The root element is not part of a path; a line holding only the root's tags, an XML declaration
 * or blanks maps to an empty set, and so do comments right under the root (the download's notices).
 * Text, other comments and CDATA count as the own text (`path#text`) of the element they stand in. A scan of tags, not a parser: it never throws and stays linear, and
 * damaged nesting only costs precision (an unmatched end tag is ignored).
 */
export function elementPathsByLine(text: string): Array<Set<ElementPath>> {
  const lines = new LineIndex(text);
  const lineOf = (offset: number) => lines.lineOf(offset);
  const byLine: Array<Set<ElementPath>> = Array.from({ length: lineOf(text.length) + 1 }, () => new Set());
  // Open elements by name, and the path of each (the root's is ''), kept in step so no path is rebuilt per tag.
  const names: string[] = [];
  const paths: ElementPath[] = [];
  const current = (): ElementPath => paths[paths.length - 1] ?? '';
  const mark = (from: number, to: number, path: ElementPath) => {
    if (path === '') return;
    for (let line = lineOf(from), last = lineOf(Math.max(from, to - 1)); line <= last; line++) byLine[line].add(path);
  };
  const tagPattern = /<(\/?)([^\s/>]+)[^>]*?(\/?)>/y;
  let offset = 0;
  while (offset < text.length) {
    const open = text.indexOf('<', offset);
    const textEnd = open < 0 ? text.length : open;
    if (hasContent(text, offset, textEnd)) markContent(text, offset, textEnd, `${current()}${TEXT}`, mark);
    if (open < 0) break;
    const special = SPECIAL_TOKENS.find(([start]) => text.startsWith(start, open));
    if (special) {
      const close = text.indexOf(special[1], open + special[0].length);
      const end = close < 0 ? text.length : close + special[1].length;
      // Comments and CDATA are content of the element they stand in. Not so a declaration, and not the
      // download's notices between the record's elements ("This xml conforms to…", "Results have not yet been posted…").
      if (special[0] !== '<?' && current() !== '') mark(open, end, `${current()}${TEXT}`);
      offset = end;
      continue;
    }
    tagPattern.lastIndex = open;
    const tag = tagPattern.exec(text);
    if (!tag) {
      offset = open + 1; // a stray `<`: part of the text around it
      continue;
    }
    offset = tagPattern.lastIndex;
    const [, isEnd, name, selfClosing] = tag;
    if (isEnd) {
      const depth = names.lastIndexOf(name);
      if (depth < 0) continue;
      mark(open, offset, paths[depth]);
      names.length = depth;
      paths.length = depth;
    } else {
      const parent = current();
      names.push(name);
      paths.push(names.length === 1 ? '' : parent === '' ? name : `${parent}/${name}`);
      mark(open, offset, current());
      if (selfClosing) {
        names.pop();
        paths.pop();
      }
    }
  }
  return byLine;
}

/**
 * Suffix of the path that marks an element's own text (`brief_title#text`): text counts as read
 * only in an element that was itself read, never merely because something inside it was (stray
 * text in the root or between a location's fields stays on the page).
 */
const TEXT = '#text';

const SPECIAL_TOKENS = [
  ['<!--', '-->'],
  ['<![CDATA[', ']]>'],
  ['<?', '?>'],
  ['<!', '>'],
] as const;

function hasContent(text: string, from: number, to: number): boolean {
  for (let index = from; index < to; index++) {
    const code = text.charCodeAt(index);
    if (code !== 32 && code !== 9 && code !== 10 && code !== 13) return true;
  }
  return false;
}

/** Marks only the lines of a text run that hold more than blanks. */
function markContent(
  text: string,
  from: number,
  to: number,
  path: ElementPath,
  mark: (from: number, to: number, path: ElementPath) => void,
): void {
  let start = from;
  while (start < to) {
    const newline = text.indexOf('\n', start);
    const end = newline < 0 || newline >= to ? to : newline;
    if (hasContent(text, start, end)) mark(start, end, path);
    start = end + 1;
  }
}

/**
 * The lines whose every element was read: `read` holds paths of elements the reader mapped (a
 * leaf, or a whole subtree with `prefix/*`). Container tags count as read when something inside
 * them was. Lines that carry nothing (blanks, the declaration, the root's tags) count as read.
 */
export function linesRead(byLine: ReadonlyArray<ReadonlySet<ElementPath>>, read: ReadonlySet<ElementPath>): Set<number> {
  const containers = new Set<ElementPath>();
  for (const path of read) {
    const parts = path.replace(/\/\*$/, '').split('/');
    for (let length = 1; length < parts.length; length++) containers.add(parts.slice(0, length).join('/'));
    if (path.endsWith('/*')) containers.add(parts.join('/'));
  }
  const inReadSubtree = (path: ElementPath): boolean => {
    const parts = path.split('/');
    for (let length = 1; length < parts.length; length++) if (read.has(`${parts.slice(0, length).join('/')}/*`)) return true;
    return false;
  };
  const isRead = (path: ElementPath): boolean => {
    if (path.endsWith(TEXT)) {
      const element = path.slice(0, -TEXT.length);
      return element !== '' && (read.has(element) || read.has(`${element}/*`) || inReadSubtree(element));
    }
    return read.has(path) || containers.has(path) || inReadSubtree(path);
  };
  const result = new Set<number>();
  byLine.forEach((paths, line) => {
    if ([...paths].every(isRead)) result.add(line);
  });
  return result;
}
