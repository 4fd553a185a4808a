import { html, type SafeHtml } from '../html';
import { renderMarkdown } from '../markdown';
import { fact, factList, section, type RenderContext } from '../renderContext';
import { safeLinkUrl } from '@trial-record/shared/safeLinks';

const IPD = '/ipdSharingStatementModule';

/** Whether and how individual participant data will be shared. */
export function ipdSharingSection(c: RenderContext): SafeHtml {
  const infoTypes = c
    .items(`${IPD}/infoTypes`)
    .map((_item, index) => c.label(`${IPD}/infoTypes/${index}`))
    .filter((label): label is string => label !== undefined);
  const url = c.text(`${IPD}/url`);
  const safe = url ? safeLinkUrl(url) : undefined;
  const description = c.text(`${IPD}/description`);
  const accessCriteria = c.text(`${IPD}/accessCriteria`);
  return section('ipd', 'Sharing of individual participant data', c.source(IPD), [
    factList([
      fact(c, 'Plan to share', `${IPD}/ipdSharing`, c.label(`${IPD}/ipdSharing`)),
      fact(
        c,
        'Plan description',
        `${IPD}/description`,
        description ? html`<div class="markdown">${renderMarkdown(description)}</div>` : undefined,
      ),
      fact(c, 'Supporting information', `${IPD}/infoTypes`, infoTypes.length ? infoTypes.join(', ') : undefined),
      fact(c, 'Time frame', `${IPD}/timeFrame`, c.text(`${IPD}/timeFrame`)),
      fact(
        c,
        'Access criteria',
        `${IPD}/accessCriteria`,
        accessCriteria ? html`<div class="markdown">${renderMarkdown(accessCriteria)}</div>` : undefined,
      ),
      fact(c, 'URL', `${IPD}/url`, url ? (safe ? html`<a href="${safe}" rel="noopener noreferrer">${url}</a>` : url) : undefined),
    ]),
  ]);
}
