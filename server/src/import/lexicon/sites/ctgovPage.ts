// ClinicalTrials.gov's own study pages as text: the classic site of every vintage (2014 to 2023, with
// their banners), its tabular "record" view (`ICMJE` marks) and its results view.
import type { SiteLexicon } from '../siteLexicon';

export const ctgovPage: SiteLexicon = {
  id: 'ctgov-page',
  label: 'ClinicalTrials.gov study page',
  markers: [
    'ClinicalTrials.gov Identifier',
    'ClinicalTrials.gov Menu',
    'Information provided by (Responsible Party)',
    /The safety and scientific validity of this study is the responsibility of the study sponsor and investigators\. Listing a study does not mean it has been evaluated by the U\.S\. Federal Government/,
    /^This study has been \w+/m,
    'Layout table for study information',
    'Tracking Information',
  ],
  minimumMarkers: 2,
  labels: {
    // The classic page's "Last updated" is the registry's last-update submission date.
    'last updated': 'lastUpdateSubmitted',
    // The classic page heads its brief summary "Purpose".
    purpose: 'briefSummary',
    'tracking information': 'heading',
    'layout table for study information': 'heading',
    'study description': 'heading',
    'recruitment details': 'noField',
    'pre-assignment details': 'noField',
    'arm/group title': 'noField',
    'hide arm/group description': 'noField',
    'arm/group description': 'noField',
    'period title': 'noField',
    'results first posted': 'resultsFirstPosted',
    // The tabular view's history rows: what was submitted first, not the record's values now.
    'original primary outcome measures': 'noField',
    'original secondary outcome measures': 'noField',
    'original other pre-specified outcome measures': 'noField',
    'change history': 'noField',
    'information provided by (responsible party)': 'informationProvidedBy',
  },
  furniture: [
    'Working…',
    'ClinicalTrials.gov',
    'ClinicalTrials.gov Menu',
    /^(?:COVID-19 is an emerging, rapidly evolving situation|Get the latest (?:public health|research) information|Don't get left behind!|Say goodbye to ClinicalTrials\.gov|The new site is coming soon|We're building a better ClinicalTrials\.gov|Now Available for Public Comment:|Read our disclaimer)/,
    /^The safety and scientific validity of this study is the responsibility of the study sponsor/,
    /^Go to$/,
  ],
  title: { after: /^ClinicalTrials\.gov Menu$/ },
};
