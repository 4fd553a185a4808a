// ISRCTN registry pages: the title first, a small table of IDs, then bulleted `- Label` / `- value`
// pairs, then the plain-English summary and the protocol sections.
import type { SiteLexicon } from '../siteLexicon';

export const isrctn: SiteLexicon = {
  id: 'isrctn',
  label: 'ISRCTN registry page',
  markers: [
    /^ISRCTN \| ISRCTN\d{8}/m,
    'Plain English Summary',
    'Overall study status',
    'Secondary identifying numbers',
    /^-? ?Submission date$/m,
    'Condition category',
    /^ISRCTN\s*$/m,
  ],
  minimumMarkers: 2,
  labels: {
    'overall study start date': 'startDate',
    'overall study end date': 'completionDate',
    'completion date': 'completionDate',
    'target number of participants': 'enrollment',
    // The final enrolment of a finished study: a second count, not the target.
    'total final enrolment': 'noField',
    'participant inclusion criteria': 'criteriaPart',
    'participant exclusion criteria': 'criteriaPart',
    'primary outcome measure': 'primaryOutcomes',
    'primary outcome measures': 'primaryOutcomes',
    'secondary outcome measures': 'secondaryOutcomes',
    'study objectives': 'noField',
    'study hypothesis': 'noField',
    'ethics approval(s)': 'noField',
    'ethics approval required': 'noField',
    'secondary study design': 'noField',
    'study setting(s)': 'noField',
    'intervention type': 'noField',
    'drug/device/biological/vaccine name(s)': 'noField',
    'participant type(s)': 'noField',
    'recruitment start date': 'noField',
    'recruitment end date': 'noField',
    'countries of recruitment': 'noField',
    'sponsor information': 'heading',
    organisation: 'leadSponsor',
    'funder type': 'noField',
    'funder name': 'noField',
    'health condition(s) or problem(s) studied': 'conditions',
    'study information': 'heading',

    // ISRCTN gives two statuses; the overall study status is the one a ClinicalTrials.gov record holds.
    'recruitment status': 'noField',
    'overall study status': 'overallStatus',
    'submission date': 'noField',
    'registration date': 'noField',
    'last edited': 'noField',
    'plain english summary': 'noField',
    // ISRCTN's "Study type" is the purpose (Treatment, Prevention), not the ClinicalTrials.gov study type.
    'study type': 'primaryPurpose',
    'primary study design': 'studyType',
    'secondary identifying numbers': 'secondaryIds',
  },
  dates: { numericOrder: 'day-first' },
  title: {},
};
