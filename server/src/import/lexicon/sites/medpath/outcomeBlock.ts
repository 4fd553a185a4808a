// MedPath's outcome tables as blocks of the lexicon engine (the table reader is `outcomes.ts`).
import type { BlockReader } from '../../siteLexicon';
import { runOnBlock } from '../legacyBlocks';
import { readOutcomeTable } from './outcomes';

/** The table under one of the three outcome headings; a table it cannot split stays as comments, with a warning. */
export function medpathOutcomeBlock(label: string): BlockReader {
  return (lines, recorder, pageLines) => {
    // Only a record of another registry (no NCT ID) has outcome rows that are names alone.
    const fromOtherRegistry =
      recorder.read(['identificationModule', 'nctId']) === undefined &&
      recorder.read(['identificationModule', 'secondaryIdInfos']) !== undefined;
    let read = false;
    runOnBlock(
      (indexes, text, record, used) => {
        read = readOutcomeTable(label, indexes, text, fromOtherRegistry, record, used);
      },
      lines,
      pageLines,
      recorder,
      (line) => line.replace(/^\s*-(?:\s+|$)/, '').trim(),
    );
    if (!read && lines.length > 0) recorder.warn(`"${label}" could not be split into fields reliably; its lines are kept as comments.`);
  };
}
