// The EU Clinical Trials Register (EudraCT protocol and results pages) and pages of EU CTIS records:
// `Label:value` lines after a long block of the register's own boilerplate.
import type { SiteLexicon } from '../siteLexicon';

export const euctr: SiteLexicon = {
  id: 'euctr',
  label: 'EU Clinical Trials Register page',
  markers: [
    'EU Clinical Trials Register',
    /EudraCT Number:\s*\d{4}-\d{6}-\d{2}/,
    /Sponsor's Protocol Code Number:/,
    /National Competent Authority:/,
    /Clinical Trial Type:/,
    /Trial Status:/,
    /Clinical Trials Information System \(CTIS\)/,
    /EU CT number/i,
  ],
  minimumMarkers: 2,
  labels: {
    // The protocol page's numbered fields (the numbers are dropped when labels are looked up).
    'full title of the trial': 'officialTitle',
    'title of the trial for lay people, in easily understood, i.e. non-technical, language': 'briefTitle',
    'name or abbreviated title of the trial where available': 'acronym',
    'name of sponsor': 'leadSponsor',
    'medical condition(s) being investigated': 'conditions',
    'principal inclusion criteria': 'criteriaPart',
    'principal exclusion criteria': 'criteriaPart',
    'primary end point(s)': 'primaryOutcomes',
    'secondary end point(s)': 'secondaryOutcomes',
    'main objective of the trial': 'noField',
    'secondary objectives of the trial': 'noField',
    'timepoint(s) of evaluation of this end point': 'noField',
    'date of competent authority decision': 'noField',
    'date of ethics committee opinion': 'noField',
    'competent authority decision': 'noField',
    'ethics committee opinion of the trial application': 'noField',
    'isrctn (international standard randomised controlled trial) number': 'secondaryIds',
    'us nct (clinicaltrials.gov registry) number': 'nctId',
    'who universal trial reference number (utrn)': 'registryNumber',
    'date of the global end of the trial': 'noField',
    'global end of trial date': 'noField',
    'trial duration': 'noField',
    'eu ct number': 'ownId',

    'eudract number': 'ownId',
    'trial status': 'overallStatus',
    'trial results': 'noField',
  },
  furniture: [
    /^Flag of the European Union/,
    'Clinical trials',
    /^(?:The European Union Clinical Trials Register|interventional clinical trials that were approved|clinical trials conducted outside the EU|EU\/EEA interventional clinical trials approved|Clinical Trials Information System \(CTIS\)\.|The EU Clinical Trials Register currently displays|Phase 1 trials conducted solely on adults|Examples:|How to search|Search Tips:|Advanced Search:|< Back to search results|Print Download)/,
    'Summary',
  ],
};
