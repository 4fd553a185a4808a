// The page's title: where a site's lexicon says it stands, or a Markdown page's one top-level heading.
import { presentValue } from '../normalise/placeholder';
import { badgeOf } from './badges';
import type { LineKind } from './lineKinds';
import type { PageRecorder } from './pageRecorder';
import { bareLine } from './pageShape';
import type { SiteLexicon } from './siteLexicon';

/** The title line a site's lexicon points at, or a Markdown page's one top-level heading, recorded as the brief title; returns its line. */
export function readPageTitle(
  lines: readonly string[],
  kinds: readonly LineKind[],
  site: SiteLexicon | undefined,
  recorder: PageRecorder,
): number | undefined {
  const first = lines.findIndex((line) => line.trim() !== '');
  const rule = site?.title;
  let titleLine: number | undefined;
  let title: string | undefined;
  const patterned = rule?.pattern ? lines.findIndex((line) => rule.pattern?.test(line.trim())) : -1;
  if (rule?.pattern && patterned >= 0) {
    titleLine = patterned;
    title = rule.pattern.exec(lines[titleLine].trim())?.[1];
  } else if (first >= 0 && /^#\s+\S/.test(lines[first].trim()) && lines.filter((line) => /^#\s/.test(line.trim())).length === 1) {
    titleLine = first;
  } else if (rule) {
    const header = rule.after ? lines.findIndex((line) => rule.after?.test(line.trim())) : -1;
    titleLine = firstTextLine(kinds, header + 1);
  }
  if (titleLine === undefined || titleLine < 0) return undefined;
  title ??= bareLine(lines[titleLine]);
  // A title has words: a lone value (`RECRUITING`, `366 participants`) where the title should be is no title.
  if (title.length < 8 || title.length > 400 || /^https?:/.test(title) || title.split(/\s+/).length < 3 || badgeOf(title)) return undefined;
  recorder.set(['identificationModule', 'briefTitle'], presentValue(title), titleLine, 'brief title');
  return titleLine;
}

function firstTextLine(kinds: readonly LineKind[], start: number): number | undefined {
  for (let index = start; index < kinds.length; index++) {
    const kind = kinds[index].kind;
    if (kind === 'blank' || kind === 'furniture') continue;
    return kind === 'text' ? index : undefined;
  }
  return undefined;
}
