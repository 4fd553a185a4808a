import { html, type SafeHtml } from '../html';
import { renderMarkdown } from '../markdown';
import { section, type RenderContext } from '../renderContext';

const MODULE = '/descriptionModule';

/** Brief summary and detailed description, rendered as Markdown. */
export function descriptionSection(c: RenderContext): SafeHtml {
  const summary = c.text(`${MODULE}/briefSummary`);
  const description = c.text(`${MODULE}/detailedDescription`);
  return section('description', 'Summary', c.source(MODULE), [
    summary
      ? html`<div class="markdown brief-summary"${c.source(`${MODULE}/briefSummary`)}>${renderMarkdown(summary)}</div>`
      : c.missingParagraph(`${MODULE}/briefSummary`),
    description
      ? html`<h3>Detailed description</h3><div class="markdown detailed-description"${c.source(`${MODULE}/detailedDescription`)}>${renderMarkdown(description)}</div>`
      : '',
  ]);
}
