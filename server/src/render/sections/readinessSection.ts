import { counted } from '../format';
import { html, type SafeHtml } from '../html';
import type { RenderContext } from '../renderContext';

/**
 * The page opens with whether the record is ready for submission: its errors and warnings (linking to the
 * Problems section) and each field the registry requires that it lacks (linking to where it belongs in the
 * source). The missing fields are the required-field list's, the same that Problems reports.
 */
export function readinessSection(c: RenderContext): SafeHtml {
  const errors = c.input.diagnostics.filter((diagnostic) => diagnostic.severity === 'error').length;
  const warnings = c.input.diagnostics.filter((diagnostic) => diagnostic.severity === 'warning').length;
  const missing = c.missingFields;
  if (errors === 0 && warnings === 0 && missing.length === 0) {
    return html`<section class="readiness readiness-ready" id="section-readiness"><p class="readiness-summary"><strong>Ready for submission:</strong> no problems found</p></section>`;
  }
  const problems = [errors ? counted(errors, 'error') : '', warnings ? counted(warnings, 'warning') : ''].filter(Boolean).join(', ');
  const parts = [
    problems ? html`<a href="#section-problems">${problems}</a>` : '',
    missing.length ? `${counted(missing.length, 'required field')} missing` : '',
  ].filter((part) => part !== '');
  const items = missing.map(
    (field) =>
      html`<li class="readiness-item"><a class="source-link" tabindex="0" data-required="${field.label}"${c.sourceLink(field.pointer)}>${field.label}</a></li>`,
  );
  return html`<section class="readiness" id="section-readiness"><p class="readiness-summary"><strong>Ready for submission:</strong> ${parts.map(
    (part, index) => html`${index > 0 ? ', ' : ''}${part}`,
  )}</p>${items.length ? html`<ul class="readiness-missing">${items}</ul>` : ''}</section>`;
}
