// meddatax's boxed sections, read once the page is walked: study groups and interventions (linked to
// each other), sponsors, the responsible party, principal investigators and other identifiers.
import type { SectionsReader } from '../../siteLexicon';
import { recordAll, runSectionReader } from '../legacyBlocks';
import { readArmsAndInterventions } from './arms';
import { readIdentifiers, readOfficials, readResponsibleParty, readSponsors } from './people';

const trimmed = (lines: readonly string[]): string[] => lines.map((line) => line.trim());

export const readMeddataxSections: SectionsReader = {
  headings: ['study groups', 'interventions', 'sponsors', 'responsible party', 'principal investigators', 'other identifiers'],
  read(sections, recorder, pageLines) {
    const lines = trimmed(pageLines);
    const section = (name: string): readonly number[] => sections.get(name) ?? [];
    if (sections.has('study groups') || sections.has('interventions')) {
      const used = new Set<number>();
      const arms = readArmsAndInterventions(section('study groups'), section('interventions'), lines, used);
      const record: Record<string, unknown> = {
        armsInterventionsModule: {
          ...(arms.armGroups.length > 0 ? { armGroups: arms.armGroups } : {}),
          ...(arms.interventions.length > 0 ? { interventions: arms.interventions } : {}),
        },
      };
      recordAll(record, [...used], recorder);
      for (const warning of arms.warnings) recorder.warn(warning);
    }
    runSectionReader(readSponsors, section('sponsors'), lines, recorder);
    runSectionReader(readResponsibleParty, section('responsible party'), lines, recorder);
    runSectionReader(readOfficials, section('principal investigators'), lines, recorder);
    runSectionReader(readIdentifiers, section('other identifiers'), lines, recorder);
  },
};
