// inClinicalTrials.com pages: the "details" page (no title at the top, `Label value` on one line,
// `Source` = lead sponsor, a contact in the study information) and its older layout (`<Condition>
// Clinical Trial` / `Official title:`). "Est." is printed before completion dates even on finished trials.
import type { SiteLexicon } from '../siteLexicon';
import { readCitations, readInterventionBoxes, readTableBlock, withdrawFinishedEstimates } from './inClinicalTrials/blocks';

export const inClinicalTrials: SiteLexicon = {
  id: 'inclinicaltrials',
  label: 'inClinicalTrials trial page',
  markers: [
    'Clinical Trials Logo',
    /^Clinical Trial Details — Status:/m,
    'Administrative data',
    /^Other study ID #/m,
    'Recruitment information / eligibility',
    /^Age group /m,
    /^[A-Z][\w ,'()-]+ Clinical Trial\r?\n(?:\r?\n)*Official title:/,
  ],
  minimumMarkers: 2,
  labels: {
    'clinical trial details — status': 'overallStatus',
    source: 'leadSponsor',
    contact: 'centralContactName',
    phone: 'centralContactPhone',
    email: 'centralContactEmail',
    'clinical trial summary': 'briefSummary',
    'administrative data': 'heading',
    'study information': 'heading',
    'recruitment information / eligibility': 'heading',
    'study design': 'heading',
    'health authority': 'noField',
    'country where clinical trial is conducted': 'noField',
    'lead sponsor collaborator': 'heading',
  },
  furniture: ['Clinical Trials Logo', /^[A-Z][\w ,'()-]+ Clinical Trial$/, /^Sponsors \(\d+\)$/],
  spaceLabels: true,
  tableHeaders: [['Type', 'Measure', 'Description', 'Time frame', 'Safety issue']],
  blocks: [
    { heading: 'Intervention', read: readInterventionBoxes },
    { heading: /^References & Publications \(\d+\)$/, read: readCitations },
    { heading: 'Outcome', read: readTableBlock },
    { heading: 'Locations', read: readTableBlock },
  ],
  finish: withdrawFinishedEstimates,
};
