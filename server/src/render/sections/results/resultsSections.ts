import type { SafeHtml } from '../../html';
import type { RenderContext } from '../../renderContext';
import { adverseEventsSection } from './adverseEventsSection';
import { baselineSection } from './baselineSection';
import { moreInfoSection } from './moreInfoSection';
import { outcomeMeasuresSection } from './outcomeMeasuresSection';
import { participantFlowSection } from './participantFlowSection';

/**
 * A whole study's results, in the order of the registry's results page; each renders nothing for a record without
 * results. One step each, so that a cancelled preview stops between modules.
 */
export const RESULTS_SECTIONS: ReadonlyArray<(context: RenderContext) => SafeHtml> = [
  participantFlowSection,
  baselineSection,
  outcomeMeasuresSection,
  adverseEventsSection,
  moreInfoSection,
];
