// Boxes of aggregator pages that hold several values without labels, in a fixed order.
import { normaliseInterventionType } from '../../normalise/designEnums';
import { enumValueAt } from '../../normalise/enumValue';
import type { PageRecorder } from '../pageRecorder';

/**
 * Intervention boxes: the type in capitals (`DRUG`), the name, then the description, for each
 * intervention in turn. A box without its type line is left as comments.
 */
export function readTypedBoxes(lines: readonly number[], recorder: PageRecorder, pageLines: readonly string[]): void {
  let current: { type: string; nameLine?: number; descriptionLines: number[]; typeLine: number } | undefined;
  const flush = (): void => {
    if (!current || current.nameLine === undefined) return;
    const name = pageLines[current.nameLine].trim();
    const description = current.descriptionLines.map((line) => pageLines[line].trim()).join('\n');
    const intervention = { type: current.type, name, ...(description !== '' ? { description } : {}) };
    recorder.push(
      ['armsInterventionsModule', 'interventions'],
      intervention,
      [current.typeLine, current.nameLine, ...current.descriptionLines],
      'intervention',
    );
  };
  for (const line of lines) {
    const text = pageLines[line].trim();
    const type = /^[A-Z_ ]+$/.test(text) ? normaliseInterventionType(text) : undefined;
    if (type) {
      flush();
      current = { type, descriptionLines: [], typeLine: line };
    } else if (current && current.nameLine === undefined) current.nameLine = line;
    else if (current) current.descriptionLines.push(line);
  }
  flush();
}

/** Sponsor boxes: the role (`lead`, `collaborator`), the name, then the class in capitals (`OTHER`). */
export function readSponsorBoxes(lines: readonly number[], recorder: PageRecorder, pageLines: readonly string[]): void {
  for (let position = 0; position < lines.length; position++) {
    const role = pageLines[lines[position]].trim().toLowerCase();
    if (role !== 'lead' && role !== 'collaborator') continue;
    const nameLine = lines[position + 1];
    if (nameLine === undefined) return;
    const name = pageLines[nameLine].trim();
    const classLine = lines[position + 2];
    const agencyClass =
      classLine === undefined
        ? undefined
        : enumValueAt(['sponsorCollaboratorsModule', 'leadSponsor', 'class'], pageLines[classLine].trim());
    const sponsor = { name, ...(agencyClass ? { class: agencyClass } : {}) };
    const at = [lines[position], nameLine, ...(agencyClass && classLine !== undefined ? [classLine] : [])];
    if (role === 'lead') {
      // Field by field, so a lead sponsor the page also names elsewhere is compared, not overwritten.
      recorder.set(['sponsorCollaboratorsModule', 'leadSponsor', 'name'], name, [lines[position], nameLine], 'lead sponsor');
      if (agencyClass && classLine !== undefined)
        recorder.set(['sponsorCollaboratorsModule', 'leadSponsor', 'class'], agencyClass, classLine, 'sponsor class');
    } else recorder.push(['sponsorCollaboratorsModule', 'collaborators'], sponsor, at, 'collaborator');
    position += at.length - 1;
  }
}
