import { safeLinkUrl } from '@trial-record/shared/safeLinks';
import { yesNo } from '../../format';
import { html, type SafeHtml } from '../../html';
import type { RenderContext } from '../../renderContext';
import { markdownOf, resultFact, resultFacts, resultsSection } from './resultTable';
import { ResultsReader, type ResultNode } from './resultsReader';

/** What each AgreementRestrictionType allows the sponsor, as the registry explains it. */
const RESTRICTION_LABELS: Readonly<Record<string, string>> = {
  LTE60: 'The sponsor can review results communications before release and embargo them for 60 days or less',
  GT60: 'The sponsor can review results communications before release and embargo them for more than 60 days, up to 180',
  OTHER: 'Another agreement restricts the investigator’s right to discuss or publish the results',
};

/** Limitations and caveats, the agreements on publishing the results, and the results point of contact. */
export function moreInfoSection(c: RenderContext): SafeHtml {
  const module = ResultsReader.of(c)?.child('moreInfoModule');
  if (!module?.exists()) return html``;
  const limitations = module.child('limitationsAndCaveats');
  const agreement = module.child('certainAgreement');
  const restriction = agreement.text('restrictionType');
  return resultsSection('more-info', 'Limitations and more information', module, [
    resultFacts([
      resultFact('Limitations and caveats', limitations, markdownOf(limitations, 'description')),
      resultFact(
        'Investigators employed by the sponsor',
        agreement.child('piSponsorEmployee'),
        yesNo(agreement.child('piSponsorEmployee').value),
      ),
      resultFact('Restrictive agreement', agreement.child('restrictiveAgreement'), yesNo(agreement.child('restrictiveAgreement').value)),
      resultFact(
        'Restriction',
        agreement.child('restrictionType'),
        restriction === undefined ? undefined : (RESTRICTION_LABELS[restriction] ?? restriction),
      ),
      resultFact('Agreement details', agreement.child('otherDetails'), markdownOf(agreement, 'otherDetails')),
      resultFact('Point of contact', module.child('pointOfContact'), pointOfContact(module.child('pointOfContact'))),
    ]),
  ]);
}

function pointOfContact(contact: ResultNode): SafeHtml | undefined {
  if (!contact.exists()) return undefined;
  const title = contact.text('title');
  const organization = contact.text('organization');
  const email = contact.text('email');
  const phone = contact.text('phone');
  const extension = contact.text('phoneExt');
  const mail = email ? safeLinkUrl(`mailto:${email}`) : undefined;
  const parts = [
    title ? html`<span class="person">${title}</span>` : undefined,
    organization ? html`<span>${organization}</span>` : undefined,
    phone ? html`<span class="phone">${phone}${extension ? ` ext. ${extension}` : ''}</span>` : undefined,
    email
      ? mail
        ? html`<a class="email" href="${mail}" rel="noopener noreferrer">${email}</a>`
        : html`<span class="email">${email}</span>`
      : undefined,
  ].filter((part): part is SafeHtml => part !== undefined);
  return parts.length ? html`${parts.map((part, index) => html`${index > 0 ? ', ' : ''}${part}`)}` : undefined;
}
