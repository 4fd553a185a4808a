// ANZCTR (Australian New Zealand Clinical Trials Registry) review pages: a label line, then its value
// lines; values carry ANZCTR's internal field numbers at the end (`overweight 257654 0`).
import type { SiteLexicon } from '../siteLexicon';

export const anzctr: SiteLexicon = {
  id: 'anzctr',
  label: 'ANZCTR trial page',
  markers: ['Trial registered on ANZCTR', 'Titles & IDs', 'Ethics application status', 'Universal Trial Number (UTN)', 'Health condition(s) or problem(s) studied', /Listing a study does not mean it has been endorsed by the ANZCTR/],
  minimumMarkers: 2,
  labels: {
    'titles & ids': 'heading',
    'health condition': 'heading',
    'intervention/exposure': 'heading',
    'condition category': 'noField',
    'condition code': 'noField',
    'description of intervention(s) / exposure': 'noField',
    'trial acronym': 'acronym',
    'secondary id': 'secondaryIds',
  },
  furniture: ['Trial registered on ANZCTR', /^(?:Registering a new trial\?|To achieve prospective registration|The ANZCTR website is back online|With activity expected to increase|Reset your password|For ANZCTR account holders|Learn more about MFA|The safety and scientific validity of this study)/, /^\d\.\s+(?:Go to the Login page|Check your email|Create a new password|Return to the Login page)/],
  dates: { numericOrder: 'day-first' },
  // `overweight 257654 0`, `Physical Medicine / Rehabilitation 257830 257830 0 0`: ANZCTR's own field numbers.
  cleanValue: (text) => text.replace(/(?:\s+\d{5,7}){1,2}(?:\s+0){1,2}\s*$/gm, ''),
};
