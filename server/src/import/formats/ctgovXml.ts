// Legacy ClinicalTrials.gov `clinical_study` XML (the pre-2023 download format). Every protocol
// element maps to its API v2 field (ctgov-model.md §7.1); the lines of elements that map to
// nothing in a protocol record (results, MeSH terms, country lists, arm counts) or whose value
// could not be read stay on the page, as comments.
import { XMLParser } from 'fast-xml-parser';
import type { PageFormat, PageReading, PageText } from '../pageFormat';
import { elementPathsByLine, linesRead } from './ctgovXml/xmlLines';
import { readArmsAndInterventions, readOutcomes, readPeopleAndPlaces, readReferencesAndSharing } from './ctgovXml/studyLists';
import {
  readDescriptionAndConditions,
  readDesign,
  readEligibility,
  readIdentification,
  readOversight,
  readSponsors,
  readStatus,
} from './ctgovXml/studyModules';
import { asNode, XmlReading } from './ctgovXml/xmlReading';

/** Elements that may repeat: always read as lists, so one occurrence and several look alike. */
const ARRAYS = new Set([
  'condition',
  'keyword',
  'arm_group',
  'intervention',
  'arm_group_label',
  'other_name',
  'primary_outcome',
  'secondary_outcome',
  'other_outcome',
  'location',
  'secondary_id',
  'collaborator',
  'overall_official',
  'overall_contact',
  'overall_contact_backup',
  'phase',
  'contact',
  'contact_backup',
  'investigator',
  'reference',
  'results_reference',
  'link',
  'ipd_info_type',
  'study_doc',
]);

/** The download's header (`download_date`, `link_text`, `url`) is page metadata, not a value: accounted for, not kept. */
const METADATA = 'required_header/*';

export const ctgovXmlFormat: PageFormat = {
  id: 'ctgov-xml',
  label: 'ClinicalTrials.gov legacy XML',
  detect(page: PageText): number {
    const head = page.text.slice(0, 4000);
    return /<clinical_study[\s>]/.test(head) ? (/<nct_id>NCT\d{8}<\/nct_id>/.test(head) ? 1 : 0.8) : 0;
  },
  read(page: PageText): PageReading {
    let study: Record<string, unknown> | undefined;
    let failure: string | undefined;
    try {
      const parsed = new XMLParser({
        ignoreAttributes: false,
        attributeNamePrefix: '@_',
        parseTagValue: false,
        trimValues: true,
        isArray: (name) => ARRAYS.has(name),
      }).parse(page.text) as Record<string, unknown>;
      study = asNode(parsed.clinical_study);
    } catch (error) {
      failure = `The XML could not be read (${error instanceof Error ? error.message : String(error)}); every line is kept as a comment.`;
    }
    if (!study) return { record: {}, usedLines: new Set(), warnings: [failure ?? 'No <clinical_study> element found.'] };

    const reading = new XmlReading();
    readIdentification(study, reading);
    readStatus(study, reading);
    readSponsors(study, reading);
    readOversight(study, reading);
    readDescriptionAndConditions(study, reading);
    readDesign(study, reading);
    readArmsAndInterventions(study, reading);
    readOutcomes(study, reading);
    readEligibility(study, reading);
    readPeopleAndPlaces(study, reading);
    readReferencesAndSharing(study, reading);

    const read = reading.readElements();
    read.add(METADATA);
    const usedLines = linesRead(elementPathsByLine(page.lines.join('\n')), read);
    const unmapped = ['clinical_results', 'condition_browse', 'intervention_browse'].filter((name) => study?.[name] !== undefined);
    if (unmapped.length > 0) reading.warnings.push(`Kept as comments (not part of a protocol record): ${unmapped.join(', ')}.`);
    return { record: reading.record, usedLines, warnings: reading.warnings };
  },
};
