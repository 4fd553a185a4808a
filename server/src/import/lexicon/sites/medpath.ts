// MedPath (trial.medpath.com) study pages, in both text extractions: "bullet" (every label line starts
// with `- `, flags glued to the city) and "plain" (no prefixes, `NameTimeMethod` glued, flags on their
// own line, a `MedPath` header and copyright footer). The title first, then phase and status badges.
import type { SiteLexicon } from '../siteLexicon';
import { readMedpathLocations } from './medpath/locations';
import { medpathOutcomeBlock } from './medpath/outcomeBlock';

export const medpath: SiteLexicon = {
  id: 'medpath',
  label: 'MedPath study page',
  markers: [
    'Registration Number',
    'Lead Sponsor',
    'Recruitment & Eligibility',
    'Target Recruitment',
    'Study & Design',
    'Trial Locations',
    /^-?\s*Name ?Time ?Method\b/m,
  ],
  minimumMarkers: 2,
  labels: {
    // MedPath's "Study Design" holds the intervention model.
    'study design': 'interventionModel',
    // The criteria follow the number without a heading of their own on some pages.
    'target recruitment': 'enrollmentAndCriteria',
    'arm && interventions': 'noField',
    'arm & interventions': 'noField',
  },
  furniture: ['MedPath', 'Recruitment & Eligibility', 'Study & Design', 'Trial Locations', /^©.*MedPath/i],
  title: {},
  badges: { until: /^(?:Conditions|Interventions|Registration Number|Lead Sponsor)$/ },
  blocks: [
    { heading: /^Locations \(\d+\)$/, read: readMedpathLocations },
    { heading: 'Primary Outcome Measures', read: medpathOutcomeBlock('Primary Outcome Measures') },
    { heading: 'Secondary Outcome Measures', read: medpathOutcomeBlock('Secondary Outcome Measures') },
    { heading: 'Other Outcome Measures', read: medpathOutcomeBlock('Other Outcome Measures') },
  ],
};
