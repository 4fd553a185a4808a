import { counted } from '../format';
import { html, type SafeHtml } from '../html';
import { section, type RenderContext } from '../renderContext';
import { safeLinkUrl } from '@trial-record/shared/safeLinks';

const MODULE = '/contactsLocationsModule';
/** Countries with more sites than this start folded, so a 1,000-site study stays readable. */
const OPEN_COUNTRY_LIMIT = 20;

/** Central contacts, overall officials, and locations grouped by country with counts. */
export function contactsLocationsSection(c: RenderContext): SafeHtml {
  const contacts = c.items(`${MODULE}/centralContacts`).map((_item, index) => contact(c, `${MODULE}/centralContacts/${index}`));
  const officials = c.items(`${MODULE}/overallOfficials`).map((_item, index) => {
    const path = `${MODULE}/overallOfficials/${index}`;
    const details = [c.label(`${path}/role`), c.text(`${path}/affiliation`)].filter(Boolean).join(', ');
    return html`<li${c.source(path)}><span class="person">${c.text(`${path}/name`) ?? c.missing(`${path}/name`)}</span>${details ? html` <span class="muted">${details}</span>` : ''}</li>`;
  });

  return section('locations', 'Contacts and locations', c.source(MODULE), [
    contacts.length ? html`<h3>Central contacts</h3><ul class="contacts">${contacts}</ul>` : '',
    officials.length ? html`<h3>Study officials</h3><ul class="contacts">${officials}</ul>` : '',
    locations(c),
  ]);
}

function contact(c: RenderContext, path: string): SafeHtml {
  const name = c.text(`${path}/name`);
  const role = c.label(`${path}/role`);
  const phone = c.text(`${path}/phone`);
  const extension = c.text(`${path}/phoneExt`);
  const email = c.text(`${path}/email`);
  const mail = email ? safeLinkUrl(`mailto:${email}`) : undefined;
  return html`<li${c.source(path)}><span class="person">${name ?? 'Contact'}</span>${role ? html` <span class="muted">(${role})</span>` : ''}${
    phone ? html` <span class="phone">${phone}${extension ? ` ext. ${extension}` : ''}</span>` : ''
  }${email ? (mail ? html` <a class="email" href="${mail}" rel="noopener noreferrer">${email}</a>` : html` <span class="email">${email}</span>`) : ''}</li>`;
}

function locations(c: RenderContext): SafeHtml {
  const byCountry = new Map<string, number[]>();
  c.items(`${MODULE}/locations`).forEach((_item, index) => {
    const country = c.text(`${MODULE}/locations/${index}/country`) ?? 'Country not given';
    const list = byCountry.get(country) ?? [];
    list.push(index);
    byCountry.set(country, list);
  });
  if (byCountry.size === 0) return html``;
  const total = [...byCountry.values()].reduce((sum, list) => sum + list.length, 0);
  const countries = [...byCountry.entries()]
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([country, indexes]) => {
      const sites = indexes.map((index) => site(c, `${MODULE}/locations/${index}`));
      return html`<details class="country"${indexes.length <= OPEN_COUNTRY_LIMIT ? html` open` : html``}><summary><span class="country-name">${country}</span> <span class="count">${counted(indexes.length, 'location')}</span></summary><ul class="sites">${sites}</ul></details>`;
    });
  return html`<h3>Locations <span class="count">${counted(total, 'location')} in ${counted(byCountry.size, 'country', 'countries')}</span></h3>${countries}`;
}

function site(c: RenderContext, path: string): SafeHtml {
  const place = [c.text(`${path}/city`), c.text(`${path}/state`), c.text(`${path}/zip`)].filter(Boolean).join(', ');
  const status = c.label(`${path}/status`);
  const contacts = c.items(`${path}/contacts`).map((_item, index) => contact(c, `${path}/contacts/${index}`));
  return html`<li class="site"${c.source(path)}><div class="facility">${c.text(`${path}/facility`) ?? html`<span class="muted">Facility not named</span>`}</div>${
    place ? html`<div class="muted">${place}</div>` : ''
  }${status ? html`<div class="site-status">${status}</div>` : ''}${contacts.length ? html`<ul class="contacts">${contacts}</ul>` : ''}</li>`;
}
