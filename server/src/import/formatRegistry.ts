// Every page format the importer knows. Detection asks each; the highest score wins (ties go to
// the earlier entry). The generic "Label: value" reader is the fallback for pages no site reader claims.
import { ctgovJsonFormat } from './formats/ctgovJson';
import { ctgovXmlFormat } from './formats/ctgovXml';
import { igniteFormat } from './formats/ignite';
import { genericLabelledFormat } from './lexicon/lexiconFormat';
import { SITE_FORMATS } from './lexicon/sites';
import type { PageFormat } from './pageFormat';

/** The readers: structured formats (`formats/`), then the site lexicons (`lexicon/sites/`), the generic lexicon reader last, as the fallback. */
export const PAGE_FORMATS: readonly PageFormat[] = [ctgovJsonFormat, ctgovXmlFormat, igniteFormat, ...SITE_FORMATS, genericLabelledFormat];

/**
 * Used when no reader recognises the text at all: the record stays empty and every line is
 * kept as a comment, so nothing is lost.
 */
export const unrecognisedFormat: PageFormat = {
  id: 'unrecognised',
  label: 'Unrecognised text',
  detect: () => 0,
  read: () => ({ record: {}, usedLines: new Set(), warnings: ['No reader recognised this text; every line is kept as a comment.'] }),
};

export interface DetectedFormat {
  readonly format: PageFormat;
  readonly score: number;
  /** Readers whose `detect` threw (a bug in that reader), in the words of the import report. */
  readonly failures: readonly string[];
}

/** The format that claims the page most strongly; a reader that throws in `detect` is skipped and named in `failures`. */
export function detectFormat(page: Parameters<PageFormat['detect']>[0], formats: readonly PageFormat[] = PAGE_FORMATS): DetectedFormat {
  let best = { format: unrecognisedFormat, score: 0 };
  const failures: string[] = [];
  for (const format of formats) {
    if (format.fallback && best.score > 0) continue;
    let score = 0;
    try {
      score = format.detect(page);
    } catch (error) {
      failures.push(
        `The ${format.label} reader failed while recognising the page (${error instanceof Error ? error.message : String(error)}); it was not used.`,
      );
    }
    if (Number.isFinite(score) && score > best.score) best = { format, score };
    // 1 is certainty and ties go to the earlier reader: the others (the generic one scans every line) need not look.
    if (best.score >= 1) break;
  }
  return { ...best, failures };
}
