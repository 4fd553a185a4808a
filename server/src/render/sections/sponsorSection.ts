import { html, type SafeHtml } from '../html';
import { fact, factList, section, type RenderContext } from '../renderContext';

const MODULE = '/sponsorCollaboratorsModule';

/** Lead sponsor, collaborators and the responsible party. */
export function sponsorSection(c: RenderContext): SafeHtml {
  const sponsor = (path: string) => {
    const name = c.text(`${path}/name`);
    const agencyClass = c.label(`${path}/class`);
    return name ? html`${name}${agencyClass ? html` <span class="muted">(${agencyClass})</span>` : ''}` : undefined;
  };
  const lead = sponsor(`${MODULE}/leadSponsor`) ?? c.missing(`${MODULE}/leadSponsor/name`);
  const collaborators = c.items(`${MODULE}/collaborators`).map((_item, index) => {
    const content = sponsor(`${MODULE}/collaborators/${index}`);
    return content ? html`<li${c.source(`${MODULE}/collaborators/${index}`)}>${content}</li>` : html``;
  });
  const collaboratorList = html`${collaborators}`;

  const party = `${MODULE}/responsibleParty`;
  const investigator = [
    c.text(`${party}/investigatorFullName`),
    c.text(`${party}/investigatorTitle`),
    c.text(`${party}/investigatorAffiliation`),
  ]
    .filter((part): part is string => part !== undefined)
    .join(', ');

  return section('sponsor', 'Sponsor and collaborators', c.source(MODULE), [
    factList([
      fact(c, 'Lead sponsor', `${MODULE}/leadSponsor`, lead),
      fact(
        c,
        'Collaborators',
        `${MODULE}/collaborators`,
        collaboratorList.value ? html`<ul class="plain-list">${collaboratorList}</ul>` : undefined,
      ),
      fact(c, 'Responsible party', party, joinParts(c.label(`${party}/type`), investigator || undefined) ?? c.missing(`${party}/type`)),
    ]),
  ]);
}

function joinParts(...parts: Array<string | undefined>): string | undefined {
  const present = parts.filter((part): part is string => part !== undefined);
  return present.length ? present.join(' — ') : undefined;
}
