// inClinicalTrials blocks: typed intervention boxes, the publications list, the outcome and location
// tables (`tables.ts`), and the site's "Est." dates.
import { normaliseInterventionType } from '../../../normalise/designEnums';
import type { PageRecorder } from '../../pageRecorder';
import type { BlockReader } from '../../siteLexicon';
import { runOnBlock } from '../legacyBlocks';
import { readTables } from './tables';

/** `Biological:` / the name / a description line, for each intervention. */
export const readInterventionBoxes: BlockReader = (lines, recorder, pageLines) => {
  for (let position = 0; position < lines.length; position++) {
    const typed = /^([A-Za-z ]+):$/.exec(pageLines[lines[position]].trim());
    const type = typed ? normaliseInterventionType(typed[1]) : undefined;
    const nameLine = lines[position + 1];
    if (!type || nameLine === undefined) continue;
    const descriptionLine =
      lines[position + 2] !== undefined && !/^([A-Za-z ]+):$/.test(pageLines[lines[position + 2]].trim()) ? lines[position + 2] : undefined;
    const intervention = {
      type,
      name: pageLines[nameLine].trim(),
      ...(descriptionLine !== undefined ? { description: pageLines[descriptionLine].trim() } : {}),
    };
    recorder.push(
      ['armsInterventionsModule', 'interventions'],
      intervention,
      [lines[position], nameLine, ...(descriptionLine !== undefined ? [descriptionLine] : [])],
      'intervention',
    );
    position += descriptionLine !== undefined ? 2 : 1;
  }
};

/** Each publication is one line ending in the site's link text, so the citation's end is sure. */
export const readCitations: BlockReader = (lines, recorder, pageLines) => {
  for (const line of lines) {
    const citation = /^(.+?)\s*[—–-]\s*View Citation$/.exec(pageLines[line].trim());
    if (citation) recorder.push(['referencesModule', 'references'], { citation: citation[1] }, line, 'reference');
  }
};

/** The outcome or location table under its heading, read only where the text keeps the cell boundaries. */
export const readTableBlock: BlockReader = (lines, recorder, pageLines) => {
  runOnBlock((_indexes, text, record, used) => readTables(text, record, used, () => false), lines, pageLines, recorder);
};

const FINISHED = new Set(['COMPLETED', 'TERMINATED', 'WITHDRAWN']);

/** "Est." is printed even on finished trials, so it says ESTIMATED only while the trial runs. */
export function withdrawFinishedEstimates(recorder: PageRecorder): void {
  const status = recorder.read(['statusModule', 'overallStatus']);
  if (typeof status !== 'string' || !FINISHED.has(status)) return;
  for (const field of ['completionDateStruct', 'primaryCompletionDateStruct']) {
    if (recorder.read(['statusModule', field, 'type']) !== 'ESTIMATED') continue;
    recorder.amend(['statusModule', field, 'type'], undefined);
    recorder.warn(`${field}: the page says "Est." but the trial is finished; the date type is left for you to set.`);
  }
}
