// meddatax.com trial pages, in every variant the corpus shows: labelled (`Recruitment Status` /
// `RECRUITING`), label-less (the basic values alone, read by their form), `/results` pages (`Trial
// Outcomes & Findings for <title> (NCT …)`), headings glued to the line before them, and a text without
// the page's header. Values are API enums and ISO dates already. Each heading is followed by one
// sentence of the site's own, skipped.
import type { SiteLexicon } from '../siteLexicon';
import { readMeddataxSections } from './meddatax/sections';

export const meddatax: SiteLexicon = {
  id: 'meddatax',
  label: 'meddatax trial page',
  markers: [
    /^NCT ID: NCT\d{8}\s*$/m,
    /^Last Updated: \d{4}-\d{2}-\d{2}\s*$/m,
    /Get a concise snapshot of the trial/,
    'Study Classification',
    /^Group Type [A-Z_]+$/m,
    /^\d[\d,]* participants$/m,
    /^Trial Outcomes & Findings for .+ \(NCT NCT\d{8}\)$/m,
    /The study team has not published outcome measurements/,
    /^Review the sponsor-provided synopsis/m,
  ],
  minimumMarkers: 2,
  labels: {
    'clinical phase': 'phases',
    'study phase': 'phases',
    'blinding strategy': 'maskingAndRoles',
    'study results': 'noField',
    'results overview': 'heading',
    'basic information': 'heading',
    'study design': 'heading',
    'participant flow': 'noField',
    'participant milestones': 'noField',
    'reasons for withdrawal': 'noField',
    'baseline characteristics': 'noField',
    'outcome measures': 'noField',
    'primary outcome measures': 'noField',
    'secondary outcome measures': 'noField',
    locations: 'noField',
    'study locations': 'noField',
  },
  furniture: ['Results pending', 'Results available', 'View full results'],
  // The sentence under each heading is the site's, not the study's.
  ignorable: [
    /^(?:Get a concise snapshot of the trial|Review the sponsor-provided synopsis|See the medical conditions and disease areas|Dive into the extended narrative|Check the participation requirements|Learn about the drugs, procedures|Additional clinical trials that may be relevant|Review additional registry numbers|Learn about the lead researchers|Identify the individual or organization who holds|Meet the organizations funding|Understand how the trial is structured|Review each arm or cohort in the study|Explore similar clinical trials)/,
    /^The study team has not published outcome measurements/,
  ],
  title: { pattern: /^Trial Outcomes & Findings for (.+) \(NCT NCT\d{8}\)$/ },
  badges: { until: /^(?:Brief Summary|Detailed Description|Participant Flow|Eligibility Criteria)$/ },
  sections: readMeddataxSections,
};
