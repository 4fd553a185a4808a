import { html, type SafeHtml } from '../html';
import { renderMarkdown } from '../markdown';
import { section, type RenderContext } from '../renderContext';

const MODULE = '/outcomesModule';

const GROUPS = [
  { key: 'primaryOutcomes', title: 'Primary outcomes' },
  { key: 'secondaryOutcomes', title: 'Secondary outcomes' },
  { key: 'otherOutcomes', title: 'Other outcomes' },
] as const;

/** Primary, secondary and other outcome measures, each with its time frame. */
export function outcomesSection(c: RenderContext): SafeHtml {
  const groups = GROUPS.map(({ key, title }) => {
    const path = `${MODULE}/${key}`;
    const items = c.items(path).map((_item, index) => {
      const itemPath = `${path}/${index}`;
      const measure = c.text(`${itemPath}/measure`);
      const timeFrame = c.text(`${itemPath}/timeFrame`);
      const description = c.text(`${itemPath}/description`);
      return html`<li class="outcome"${c.source(itemPath)}><div class="outcome-measure">${measure ?? c.missing(`${itemPath}/measure`)}</div>${
        description ? html`<div class="markdown"${c.source(`${itemPath}/description`)}>${renderMarkdown(description)}</div>` : ''
      }<div class="time-frame"${timeFrame ? c.source(`${itemPath}/timeFrame`) : html``}><span class="time-frame-label">Time frame:</span> ${
        timeFrame ?? c.missing(`${itemPath}/timeFrame`)
      }</div></li>`;
    });
    return items.length ? html`<h3${c.source(path)}>${title}</h3><ol class="outcomes">${items}</ol>` : html``;
  });
  return section('outcomes', 'Outcome measures', c.source(MODULE), [c.missingParagraph(`${MODULE}/primaryOutcomes`), groups]);
}
