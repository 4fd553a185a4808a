import { yesNo } from '../format';
import { html, type SafeHtml } from '../html';
import { renderMarkdown } from '../markdown';
import { fact, factList, section, type RenderContext } from '../renderContext';

const MODULE = '/eligibilityModule';

/** Ages, sex, healthy volunteers, and the criteria as lists. */
export function eligibilitySection(c: RenderContext): SafeHtml {
  const minimum = c.text(`${MODULE}/minimumAge`);
  const maximum = c.text(`${MODULE}/maximumAge`);
  const ages = minimum || maximum ? `${minimum ?? 'No minimum'} to ${maximum ?? 'no maximum'}` : undefined;
  const stdAges = c
    .items(`${MODULE}/stdAges`)
    .map((_item, index) => c.label(`${MODULE}/stdAges/${index}`))
    .filter((label): label is string => label !== undefined);
  const criteria = c.text(`${MODULE}/eligibilityCriteria`);
  const population = c.text(`${MODULE}/studyPopulation`);
  const sex = c.label(`${MODULE}/sex`);

  return section('eligibility', 'Eligibility', c.source(MODULE), [
    factList([
      fact(c, 'Ages', minimum ? `${MODULE}/minimumAge` : `${MODULE}/maximumAge`, ages),
      fact(c, 'Age groups', `${MODULE}/stdAges`, stdAges.length ? stdAges.join(', ') : undefined),
      fact(c, 'Sex', `${MODULE}/sex`, sex ?? c.missing(`${MODULE}/sex`)),
      fact(c, 'Based on gender', `${MODULE}/genderBased`, yesNo(c.value(`${MODULE}/genderBased`))),
      fact(c, 'Gender eligibility', `${MODULE}/genderDescription`, c.text(`${MODULE}/genderDescription`)),
      fact(
        c,
        'Accepts healthy volunteers',
        `${MODULE}/healthyVolunteers`,
        yesNo(c.value(`${MODULE}/healthyVolunteers`)) ?? c.missing(`${MODULE}/healthyVolunteers`),
      ),
      fact(c, 'Sampling method', `${MODULE}/samplingMethod`, c.label(`${MODULE}/samplingMethod`) ?? c.missing(`${MODULE}/samplingMethod`)),
    ]),
    population
      ? html`<h3>Study population</h3><div class="markdown"${c.source(`${MODULE}/studyPopulation`)}>${renderMarkdown(population)}</div>`
      : c.missingParagraph(`${MODULE}/studyPopulation`),
    html`<h3>Criteria</h3>`,
    criteria
      ? html`<div class="markdown criteria"${c.source(`${MODULE}/eligibilityCriteria`)}>${renderMarkdown(criteria)}</div>`
      : c.missingParagraph(`${MODULE}/eligibilityCriteria`),
  ]);
}
