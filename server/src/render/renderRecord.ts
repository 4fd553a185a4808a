import { isPlainObject } from '../service/parse/parsedRecord';
import { html, type SafeHtml } from './html';
import { RenderContext, type RenderInput } from './renderContext';
import { armsInterventionsSection } from './sections/armsInterventionsSection';
import { conditionsSection } from './sections/conditionsSection';
import { contactsLocationsSection } from './sections/contactsLocationsSection';
import { descriptionSection } from './sections/descriptionSection';
import { designSection } from './sections/designSection';
import { eligibilitySection } from './sections/eligibilitySection';
import { ipdSharingSection } from './sections/ipdSharingSection';
import { outcomesSection } from './sections/outcomesSection';
import { oversightSection } from './sections/oversightSection';
import { problemsSection } from './sections/problemsSection';
import { readinessSection } from './sections/readinessSection';
import { referencesSection } from './sections/referencesSection';
import { RESULTS_SECTIONS } from './sections/results/resultsSections';
import { sponsorSection } from './sections/sponsorSection';
import { statusSection } from './sections/statusSection';
import { titleSection } from './sections/titleSection';

/** The page's sections, in the order a registry page shows them, after the readiness summary. */
const SECTIONS: ReadonlyArray<(context: RenderContext) => SafeHtml> = [
  readinessSection,
  titleSection,
  statusSection,
  sponsorSection,
  oversightSection,
  conditionsSection,
  descriptionSection,
  designSection,
  armsInterventionsSection,
  outcomesSection,
  eligibilitySection,
  contactsLocationsSection,
  referencesSection,
  ipdSharingSection,
  ...RESULTS_SECTIONS,
  problemsSection,
];

export type { RenderInput } from './renderContext';

/**
 * The record as a registry page: an HTML fragment (no `<html>`, no styles, no script) whose record
 * text is escaped and whose elements carry `data-pointer`, `data-start-line` and `data-range`
 * (`line:character-line:character`, zero-based) pointing back at their source.
 */
export function renderRecordHtml(input: RenderInput): string {
  const steps = renderRecordSteps(input);
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
  }
}

/** The same page, one section per step, so that the server can stop a preview that was cancelled. */
export function* renderRecordSteps(input: RenderInput): Generator<void, string, void> {
  const context = new RenderContext(input);
  const record = context.value('');
  if (!isPlainObject(record)) {
    const what = record === undefined ? 'The document is empty.' : 'The document is not a mapping of record modules.';
    return html`<article class="trial-record"><p class="empty-record">${what}</p>${problemsSection(context)}</article>`.value;
  }
  const sections: SafeHtml[] = [];
  for (const render of SECTIONS) {
    sections.push(render(context));
    yield;
  }
  return html`<article class="trial-record">${sections}</article>`.value;
}
