// ChiCTR and ITMCTR (Chinese registries): bilingual pages where every label is written in Chinese and
// in English, each on its own line ending with a colon, and the value follows in one language or both.
import type { SiteLexicon } from '../siteLexicon';

export const chictr: SiteLexicon = {
  id: 'chictr',
  label: 'ChiCTR / ITMCTR trial page',
  markers: [/中国临床试验注册中心|中医药临床试验注册/, 'Registration number', 'Public title', 'Scientific title', 'Date of Registration', 'Registration Status', 'Study leader', /^(?:ChiCTR|ITMCTR)\d+/m],
  minimumMarkers: 3,
  labels: {
    'project audit state': 'noField',
    'registration status': 'noField',
    'date of last refreshed on': 'noField',
    'date of registration': 'noField',
    'english acronym': 'acronym',
    'study subject id': 'orgStudyId',
    'the registration number of the partner registry or other register': 'secondaryIds',
    applicant: 'noField',
    'applicant telephone': 'noField',
    "study leader's telephone": 'noField',
    'applicant fax': 'noField',
    "study leader's fax": 'noField',
    'applicant e-mail': 'noField',
    "study leader's e-mail": 'noField',
    'applicant website(voluntary supply)': 'noField',
    "study leader's website(voluntary supply)": 'noField',
    "applicant address": 'noField',
    "study leader's address": 'noField',
  },
  colonLabels: true,
  dates: { numericOrder: 'day-first' },
};
