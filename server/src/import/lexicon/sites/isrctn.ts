// ISRCTN registry pages: the title first, a small table of IDs, then bulleted `- Label` / `- value`
// pairs, then the plain-English summary and the protocol sections.
import type { SiteLexicon } from '../siteLexicon';

export const isrctn: SiteLexicon = {
  id: 'isrctn',
  label: 'ISRCTN registry page',
  markers: [/^ISRCTN \| ISRCTN\d{8}/m, 'Plain English Summary', 'Overall study status', 'Secondary identifying numbers', /^-? ?Submission date$/m, 'Condition category', /^ISRCTN\s*$/m],
  minimumMarkers: 2,
  labels: {
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
