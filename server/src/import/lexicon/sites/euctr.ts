// The EU Clinical Trials Register (EudraCT protocol and results pages) and pages of EU CTIS records:
// `Label:value` lines after a long block of the register's own boilerplate.
import type { SiteLexicon } from '../siteLexicon';

export const euctr: SiteLexicon = {
  id: 'euctr',
  label: 'EU Clinical Trials Register page',
  markers: ['EU Clinical Trials Register', /EudraCT Number:\s*\d{4}-\d{6}-\d{2}/, /Sponsor's Protocol Code Number:/, /National Competent Authority:/, /Clinical Trial Type:/, /Trial Status:/, /Clinical Trials Information System \(CTIS\)/, /EU CT number/i],
  minimumMarkers: 2,
  labels: {
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
