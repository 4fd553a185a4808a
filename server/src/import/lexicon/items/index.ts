// Every item the lexicon engine knows, by id. A site's label table maps its spellings to these ids.
import type { Item } from '../itemTypes';
import { CONTENT_ITEMS } from './contentItems';
import { DESIGN_ITEMS } from './designItems';
import { IDENTITY_ITEMS } from './identityItems';
import { headingItem, noFieldItem } from './itemKit';
import { OUTCOME_ITEMS } from './outcomeItems';
import { PEOPLE_ITEMS } from './peopleItems';
import { STATUS_ITEMS } from './statusItems';

export const ITEMS = {
  ...IDENTITY_ITEMS,
  ...STATUS_ITEMS,
  ...DESIGN_ITEMS,
  ...CONTENT_ITEMS,
  ...OUTCOME_ITEMS,
  ...PEOPLE_ITEMS,
  /** A known label with no ClinicalTrials.gov field: its value stays as a comment, saying so. */
  noField: noFieldItem,
  /** A section heading: page furniture. */
  heading: headingItem,
  /** `Inclusion Criteria:`: starts (or continues) the eligibility criteria, and is part of their text. */
  criteriaPart: CONTENT_ITEMS.eligibilityCriteria,
  /** A heading over other trials (`Related Clinical Trials`, `See also`): nothing under it is this trial's. */
  otherTrials: headingItem,
} as const satisfies Record<string, Item>;

export type ItemId = keyof typeof ITEMS;
