// WHO ICTRP's trial view (`Trial2.aspx`): the WHO Trial Registration Data Set of a record from any
// primary registry, as `Label: value` lines.
import type { SiteLexicon } from '../siteLexicon';

export const whoIctrp: SiteLexicon = {
  id: 'who-ictrp',
  label: 'WHO ICTRP trial page',
  markers: [
    'World Health Organization site',
    /This record shows only \d+ elements of the WHO Trial Registration Data Set/,
    /^Main ID:/m,
    /^Last refreshed on:/m,
    /^Date of first enrolment:/m,
    /^Countries of recruitment$/m,
  ],
  minimumMarkers: 2,
  labels: {
    // ICTRP's registration date is the primary registry's, not a ClinicalTrials.gov field.
    'date of registration': 'noField',
    // Contacts without a role: not written (officials need one, central contacts are the public query's).
    contacts: 'noField',
    'key inclusion & exclusion criteria': 'eligibilityCriteria',
    'skip navigation links': 'heading',
    main: 'heading',
  },
  furniture: ['World Health Organization site', 'Skip Navigation Links', 'Main', /^Note: This record shows only/],
};
