import { html, type SafeHtml } from '../html';
import { renderMarkdown } from '../markdown';
import { section, type RenderContext } from '../renderContext';
import { safeLinkUrl } from '@trial-record/shared/safeLinks';

const MODULE = '/referencesModule';

/** Publications (with PubMed links), see-also links and available IPD. */
export function referencesSection(c: RenderContext): SafeHtml {
  const references = c.items(`${MODULE}/references`).map((_item, index) => {
    const path = `${MODULE}/references/${index}`;
    const citation = c.text(`${path}/citation`);
    const pmid = c.text(`${path}/pmid`);
    const type = c.label(`${path}/type`);
    const pubmed = pmid && /^\d+$/.test(pmid) ? `https://pubmed.ncbi.nlm.nih.gov/${pmid}/` : undefined;
    return html`<li class="reference"${c.source(path)}>${citation ?? c.missing(`${path}/citation`)}${
      type ? html` <span class="muted">(${type})</span>` : ''
    }${pmid ? html` <span class="pmid">PMID ${pubmed ? html`<a href="${pubmed}" rel="noopener noreferrer">${pmid}</a>` : pmid}</span>` : ''}</li>`;
  });
  const links = c.items(`${MODULE}/seeAlsoLinks`).map((_item, index) => {
    const path = `${MODULE}/seeAlsoLinks/${index}`;
    const url = c.text(`${path}/url`);
    const label = c.text(`${path}/label`) ?? url ?? '';
    const safe = url ? safeLinkUrl(url) : undefined;
    return html`<li${c.source(path)}>${safe ? html`<a href="${safe}" rel="noopener noreferrer">${label}</a>` : label}${
      url && !safe ? html` <span class="muted">(${url} — not an http(s) link)</span>` : ''
    }</li>`;
  });
  const ipds = c.items(`${MODULE}/availIpds`).map((_item, index) => {
    const path = `${MODULE}/availIpds/${index}`;
    const url = c.text(`${path}/url`);
    const safe = url ? safeLinkUrl(url) : undefined;
    const comment = c.text(`${path}/comment`);
    return html`<li${c.source(path)}>${c.text(`${path}/type`) ?? 'Data'}${c.text(`${path}/id`) ? ` ${c.text(`${path}/id`)}` : ''}${
      url ? html` — ${safe ? html`<a href="${safe}" rel="noopener noreferrer">${url}</a>` : url}` : ''
    }${comment ? html`<div class="markdown">${renderMarkdown(comment)}</div>` : ''}</li>`;
  });
  return section('references', 'References', c.source(MODULE), [
    references.length ? html`<h3>Publications</h3><ol class="references">${references}</ol>` : '',
    links.length ? html`<h3>Links</h3><ul class="plain-list">${links}</ul>` : '',
    ipds.length ? html`<h3>Available individual participant data</h3><ul class="plain-list">${ipds}</ul>` : '',
  ]);
}
