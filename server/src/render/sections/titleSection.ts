import { html, type SafeHtml } from '../html';
import type { RenderContext } from '../renderContext';

const MODULE = '/identificationModule';

/** The page heading: brief title (with acronym), official title, and the study's identifiers. */
export function titleSection(c: RenderContext): SafeHtml {
  const brief = c.text(`${MODULE}/briefTitle`);
  const official = c.text(`${MODULE}/officialTitle`);
  const acronym = c.text(`${MODULE}/acronym`);
  const acronymHtml = acronym ? html` <span class="acronym"${c.source(`${MODULE}/acronym`)}>(${acronym})</span>` : '';
  const heading = brief
    ? html`<h1 class="brief-title"><span${c.source(`${MODULE}/briefTitle`)}>${brief}</span>${acronymHtml}</h1>`
    : html`<h1 class="brief-title untitled">Untitled study${acronymHtml} ${c.missing(`${MODULE}/briefTitle`)}</h1>`;
  return html`<header class="record-title" id="section-title">${heading}${
    official
      ? html`<p class="official-title"${c.source(`${MODULE}/officialTitle`)}>${official}</p>`
      : c.missingParagraph(`${MODULE}/officialTitle`)
  }${identifiers(c)}</header>`;
}

function identifiers(c: RenderContext): SafeHtml {
  const chips: SafeHtml[] = [];
  const chip = (kind: string, value: string, path: string, detail?: string) =>
    html`<li class="id-chip"${c.source(path)}><span class="id-kind">${kind}</span> <span class="id-value">${value}</span>${detail ? html` <span class="id-detail">${detail}</span>` : ''}</li>`;

  const nctId = c.text(`${MODULE}/nctId`);
  if (nctId) chips.push(chip('NCT ID', nctId, `${MODULE}/nctId`));
  const orgId = c.text(`${MODULE}/orgStudyIdInfo/id`);
  if (orgId) {
    const type = c.label(`${MODULE}/orgStudyIdInfo/type`);
    chips.push(chip('Org study ID', orgId, `${MODULE}/orgStudyIdInfo`, type));
  } else {
    const flag = c.missing(`${MODULE}/orgStudyIdInfo/id`);
    if (flag.value !== '') chips.push(html`<li class="id-chip">${flag}</li>`);
  }
  c.items(`${MODULE}/secondaryIdInfos`).forEach((_item, index) => {
    const path = `${MODULE}/secondaryIdInfos/${index}`;
    const id = c.text(`${path}/id`);
    const detail = [c.label(`${path}/type`), c.text(`${path}/domain`)].filter(Boolean).join(' · ');
    if (id) chips.push(chip('Secondary ID', id, path, detail || undefined));
  });
  c.items(`${MODULE}/nctIdAliases`).forEach((_item, index) => {
    const alias = c.text(`${MODULE}/nctIdAliases/${index}`);
    if (alias) chips.push(chip('Alias', alias, `${MODULE}/nctIdAliases/${index}`));
  });
  const organization = c.text(`${MODULE}/organization/fullName`);
  const organizationClass = c.label(`${MODULE}/organization/class`);
  const organizationHtml = organization
    ? html`<p class="organization"${c.source(`${MODULE}/organization`)}>${organization}${organizationClass ? html` <span class="muted">(${organizationClass})</span>` : ''}</p>`
    : '';
  return html`<ul class="ids">${chips}</ul>${organizationHtml}`;
}
