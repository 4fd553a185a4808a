// CTRI (Clinical Trials Registry - India): `Label  value` on one line, or a pipe table (`Label |` /
// `value |`); people as small keyed records; `Modification(s)` markers in the history view.
import type { SiteLexicon } from '../siteLexicon';

export const ctri: SiteLexicon = {
  id: 'ctri',
  label: 'CTRI trial page',
  markers: ['CTRI Number', 'Post Graduate Thesis', 'Type of Trial', 'Public Title of Study', 'Scientific Title of Study', 'Secondary IDs if Any', /^CTRI Number\s+CTRI\//m, /Trial Registered (?:Prospectively|Retrospectively)/],
  minimumMarkers: 3,
  labels: {
    // CTRI's "Type of Study" is its category checklist (Drug, Ayurveda, Preventive), not the study type.
    'type of study': 'noField',
    'type of trial': 'studyType',
    'last modified on': 'noField',
    'trial acronym': 'acronym',
    'secondary ids if any': 'secondaryIds',
    'secondary id': 'heading',
    registry: 'heading',
    identifier: 'heading',
  },
  furniture: ['FULL DETAILS (Read-only)', 'Secondary ID Registry', 'Secondary ID Identifier'],
  ignorable: [/^Modification\(s\)$/],
  dates: { numericOrder: 'day-first' },
  spaceLabels: true,
};
