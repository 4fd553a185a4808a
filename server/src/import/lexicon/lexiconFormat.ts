// A page format made from a site's lexicon entry: detection by the site's markers, reading by the one
// lexicon engine. The generic format is the same engine with the shared lexicon alone.
import type { PageFormat, PageText } from '../pageFormat';
import { classifier, countTypedSpaceLabels, labelTable } from './lineKinds';
import { bareLines } from './pageShape';
import { readLabelledPage } from './readLabelledPage';
import type { SiteLexicon } from './siteLexicon';

const markerLinesOfPage = new WeakMap<PageText, ReadonlySet<string>>();

/** The page's lines as markers are compared with them (bare, no trailing colon, lower case), once per page. */
function markerLines(page: PageText): ReadonlySet<string> {
  let lines = markerLinesOfPage.get(page);
  if (!lines) {
    lines = new Set(bareLines(page).map((line) => line.replace(/\s*[:：]$/, '').toLowerCase()));
    markerLinesOfPage.set(page, lines);
  }
  return lines;
}

/** How sure we are a page is the site's: 0 below the site's minimum of markers, else from 0.5 (the minimum) to 1 (all). */
export function markerScore(page: PageText, site: SiteLexicon): number {
  const lines = markerLines(page);
  const found = site.markers.filter((marker) =>
    typeof marker === 'string' ? lines.has(marker.toLowerCase()) : marker.test(page.text),
  ).length;
  if (found < site.minimumMarkers) return 0;
  const extra =
    site.markers.length === site.minimumMarkers ? 1 : (found - site.minimumMarkers) / (site.markers.length - site.minimumMarkers);
  return 0.5 + 0.45 * extra;
}

export function lexiconFormat(site: SiteLexicon): PageFormat {
  return {
    id: site.id,
    label: site.label,
    detect: (page) => markerScore(page, site),
    read: (page) => readLabelledPage(page, site),
  };
}

/**
 * Labels the shared lexicon knows on a page with no site reader: one is enough to read the page with
 * it, since the generic reader takes only labelled values and keeps every other line.
 */
const GENERIC_MINIMUM_LABELS = 1;

/** The fallback for pages no site reader claims: the shared lexicon alone. */
export const genericLabelledFormat: PageFormat = {
  id: 'generic',
  label: 'Labelled registry page (generic)',
  fallback: true,
  detect(page) {
    const table = labelTable(undefined);
    const lines = classifier(undefined, table, countTypedSpaceLabels(page.lines, table) >= 3);
    let labels = 0;
    for (const line of page.lines) {
      const kind = lines.classify(line);
      if (kind.kind === 'label' && kind.item !== 'heading' && kind.item !== 'noField') labels++;
      if (labels >= GENERIC_MINIMUM_LABELS) return 0.05;
    }
    return 0;
  },
  read: (page) => readLabelledPage(page),
};
