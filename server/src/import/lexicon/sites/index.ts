// The site lexicons, one file each: data about one site's pages, read by the lexicon engine. A page no
// site claims is read with the shared lexicon alone (`genericLabelledFormat`).
import type { PageFormat } from '../../pageFormat';
import { lexiconFormat } from '../lexiconFormat';
import type { SiteLexicon } from '../siteLexicon';
import { biotechHunter, centerWatch, clincosm, clinicalTrialExchange, ichgcp, loyola, trialsCo, veeva } from './aggregators';
import { anzctr } from './anzctr';
import { chictr } from './chictr';
import { ctgovPage } from './ctgovPage';
import { ctri } from './ctri';
import { euctr } from './euctr';
import { inClinicalTrials } from './inClinicalTrials';
import { isrctn } from './isrctn';
import { meddatax } from './meddatax';
import { medpath } from './medpath';
import { umin } from './umin';
import { whoIctrp } from './whoIctrp';

export const SITE_LEXICONS: readonly SiteLexicon[] = [
  ctgovPage,
  whoIctrp,
  anzctr,
  chictr,
  ctri,
  euctr,
  isrctn,
  umin,
  medpath,
  inClinicalTrials,
  meddatax,
  clinicalTrialExchange,
  veeva,
  biotechHunter,
  clincosm,
  centerWatch,
  ichgcp,
  trialsCo,
  loyola,
];

export const SITE_FORMATS: readonly PageFormat[] = SITE_LEXICONS.map(lexiconFormat);
