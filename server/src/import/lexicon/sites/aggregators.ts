// Aggregator sites that republish ClinicalTrials.gov records, each with its own layout. One entry per
// site; their block readers (biotechhunter's intervention and sponsor boxes) in `aggregatorBlocks.ts`.
import type { SiteLexicon } from '../siteLexicon';
import { readTypedBoxes, readSponsorBoxes } from './aggregatorBlocks';

/** clinicaltrialexchange.com: `Label:` then the value on the next line; the title first (after `Overview`). */
export const clinicalTrialExchange: SiteLexicon = {
  id: 'clinicaltrialexchange',
  label: 'clinicaltrialexchange.com trial page',
  markers: [
    'Trial end date',
    'Target enrollment',
    'Participant gender',
    'Accepts Healthy Volunteers?',
    'Treatments',
    'Criteria',
    'Lead Sponsor',
    'Details',
  ],
  minimumMarkers: 4,
  labels: { details: 'heading', overview: 'heading', summary: 'briefSummary', criteria: 'eligibilityCriteria' },
  furniture: ['Overview', 'Details'],
  title: {},
};

/** ctv.veeva.com: the title after the site's menu, the sponsor beside its logo (no label), then labelled boxes. */
export const veeva: SiteLexicon = {
  id: 'veeva',
  label: 'Veeva clinical trials page',
  markers: [
    'ClinicalTrials.Veeva',
    'Status and phase',
    'Funder types',
    'Details and patient eligibility',
    'Identifiers',
    'Treatments',
    'Volunteers',
  ],
  minimumMarkers: 2,
  labels: {
    'status and phase': 'badges',
    about: 'briefSummary',
    'details and patient eligibility': 'heading',
    'funder types': 'noField',
    'study type': 'studyType',
  },
  furniture: ['ClinicalTrials.Veeva', 'Menu', / logo$/],
  title: { after: /^Menu$/ },
};

/** biotechhunter.com: the title, glued badges, then boxes with the value below the label. */
export const biotechHunter: SiteLexicon = {
  id: 'biotechhunter',
  label: 'biotechhunter trial page',
  markers: [
    'All Listed Sponsors',
    'Timeline',
    /^Trial Locations \(\d+\)$/m,
    /^(?:NA|PHASE\d|EARLY_PHASE1)[A-Z][a-z].*(?:INTERVENTIONAL|OBSERVATIONAL)$/m,
    'Participants',
  ],
  minimumMarkers: 2,
  labels: { participants: 'heading', timeline: 'heading', 'study completion date': 'completionDate' },
  furniture: ['Participants', 'Timeline', /^Trial Locations \(\d+\)$/],
  title: {},
  // The phase, status and study type glued together under the title (`NARecruitingINTERVENTIONAL`).
  badges: { until: /^Enrollment$/ },
  blocks: [
    { heading: 'Interventions', read: readTypedBoxes },
    { heading: 'All Listed Sponsors', read: readSponsorBoxes },
  ],
};

/** clincosm.com: the title, labelled boxes with the value below, and stat tiles without labels (left alone). */
export const clincosm: SiteLexicon = {
  id: 'clincosm',
  label: 'clincosm trial page',
  markers: ['CT.gov ID', 'Study Details', 'Study Description', 'Overall Status', /^Condition or Disease Intervention\/Treatment Phase$/m],
  minimumMarkers: 3,
  labels: { 'study details': 'heading', 'study description': 'heading' },
  title: {},
};

/** centerwatch.com: labelled boxes, some glued to the value before them. */
export const centerWatch: SiteLexicon = {
  id: 'centerwatch',
  label: 'CenterWatch trial page',
  markers: ['Clinical Study ID', 'Study Summary', /^Overall Status: /m, /\bAll Genders$/m],
  minimumMarkers: 2,
  labels: { 'clinical study id': 'nctId', treatment: 'interventions', ages: 'agesAndSex', 'study summary': 'heading' },
};

/** ichgcp.net: ClinicalTrials.gov's legacy element names as labels, then a glossary of the site's. */
export const ichgcp: SiteLexicon = {
  id: 'ichgcp',
  label: 'ICH GCP registry page',
  markers: [
    'Firstreceived Date',
    'Lastchanged Date',
    'Verification Date',
    /^ClinicalTrials\.gov processed this data on/m,
    'Firstreceived Results Date',
  ],
  minimumMarkers: 2,
  labels: {
    source: 'leadSponsor',
    sponsors: 'heading',
    'responsible party': 'heading',
    'name title': 'noField',
    organization: 'noField',
    'firstreceived results disposition date': 'noField',
    // The site's glossary after the record: headings over definitions, not the study's values.
    conditions: 'noField',
    interventions: 'noField',
    'study phase': 'noField',
  },
  furniture: [/^ClinicalTrials\.gov processed this data on/],
  title: {},
};

/** trials.co: the title after `Back to results`; its `Primary Purpose` box holds the condition, not a purpose. */
export const trialsCo: SiteLexicon = {
  id: 'trialsco',
  label: 'trials.co trial page',
  markers: ['Back to results', 'Sponsored by', 'Full info', 'About this trial', 'Eligibility Criteria'],
  minimumMarkers: 3,
  labels: {
    'primary purpose': 'noField',
    'sponsored by': 'leadSponsor',
    intervention: 'interventions',
    locations: 'noField',
    about: 'heading',
    eligibility: 'heading',
    arms: 'heading',
    outcomes: 'heading',
    'full info': 'heading',
    'about this trial': 'noField',
  },
  furniture: ['search', 'Back to results'],
  title: { after: /^Back to results$/ },
};

/** A hospital site built on API data (loyolamedicine.org): the NCT ID, then the title. */
export const loyola: SiteLexicon = {
  id: 'loyola',
  label: 'Loyola Medicine trial page',
  markers: [/^Disease\(s\) and\\or Condition\(s\)$/m, /^Intervention\/Treatment$/m, /^\s*• Arm Group Labels:/m],
  minimumMarkers: 2,
  labels: { summary: 'briefSummary' },
  title: { after: /^NCT\d{8}$/ },
};
