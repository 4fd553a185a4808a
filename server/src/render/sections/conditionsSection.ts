import { html, type SafeHtml } from '../html';
import { fact, factList, section, type RenderContext } from '../renderContext';

const MODULE = '/conditionsModule';

/** Conditions and keywords, as lists of chips. */
export function conditionsSection(c: RenderContext): SafeHtml {
  const chips = (path: string) => {
    const items = c.items(path).map((_item, index) => {
      const text = c.text(`${path}/${index}`);
      return text ? html`<li class="chip"${c.source(`${path}/${index}`)}>${text}</li>` : html``;
    });
    const inner = html`${items}`;
    return inner.value ? html`<ul class="chips">${inner}</ul>` : undefined;
  };
  return section('conditions', 'Conditions and keywords', c.source(MODULE), [
    factList([
      fact(c, 'Conditions', `${MODULE}/conditions`, chips(`${MODULE}/conditions`) ?? c.missing(`${MODULE}/conditions`)),
      fact(c, 'Keywords', `${MODULE}/keywords`, chips(`${MODULE}/keywords`)),
    ]),
  ]);
}
