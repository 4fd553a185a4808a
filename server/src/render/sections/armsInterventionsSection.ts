import { html, type SafeHtml } from '../html';
import { renderMarkdown } from '../markdown';
import { section, type RenderContext } from '../renderContext';

const MODULE = '/armsInterventionsModule';

interface NamedItem {
  readonly index: number;
  readonly anchor: string;
  /** Lower-cased names an arm or intervention is referred to by. */
  readonly keys: readonly string[];
  readonly label: string;
}

/** Arms and interventions as two tables, each row linking to the rows of the other it names. */
export function armsInterventionsSection(c: RenderContext): SafeHtml {
  const interventions: NamedItem[] = c.items(`${MODULE}/interventions`).map((_item, index) => {
    const path = `${MODULE}/interventions/${index}`;
    const name = c.text(`${path}/name`) ?? '';
    const type = c.label(`${path}/type`);
    const label = type ? `${type}: ${name}` : name;
    return { index, anchor: `intervention-${index}`, keys: [label.toLowerCase(), name.toLowerCase()], label };
  });
  const arms: NamedItem[] = c.items(`${MODULE}/armGroups`).map((_item, index) => {
    const label = c.text(`${MODULE}/armGroups/${index}/label`) ?? '';
    return { index, anchor: `arm-${index}`, keys: [label.toLowerCase()], label };
  });

  const links = (path: string, targets: readonly NamedItem[]) => {
    const items = c.items(path).map((_item, index) => {
      const name = c.text(`${path}/${index}`);
      if (!name) return html``;
      const target = targets.find((candidate) => candidate.keys.includes(name.trim().toLowerCase()));
      return target
        ? html`<li${c.source(`${path}/${index}`)}><a class="cross-link" href="#${target.anchor}">${name}</a></li>`
        : html`<li class="unmatched"${c.source(`${path}/${index}`)} title="No item of this name">${name}</li>`;
    });
    const inner = html`${items}`;
    return inner.value ? html`<ul class="plain-list">${inner}</ul>` : html``;
  };

  const armRows = arms.map(({ index, anchor, label }) => {
    const path = `${MODULE}/armGroups/${index}`;
    const type = c.label(`${path}/type`);
    const description = c.text(`${path}/description`);
    return html`<tr id="${anchor}"${c.source(path)}><th scope="row">${label || c.missing(`${path}/label`)}${
      type ? html`<div class="muted">${type}</div>` : ''
    }</th><td>${description ? html`<div class="markdown">${renderMarkdown(description)}</div>` : ''}</td><td>${links(`${path}/interventionNames`, interventions)}</td></tr>`;
  });
  const interventionRows = interventions.map(({ index, anchor, label }) => {
    const path = `${MODULE}/interventions/${index}`;
    const description = c.text(`${path}/description`);
    const otherNames = c
      .items(`${path}/otherNames`)
      .map((_item, i) => c.text(`${path}/otherNames/${i}`))
      .filter((name): name is string => name !== undefined);
    return html`<tr id="${anchor}"${c.source(path)}><th scope="row">${c.text(`${path}/name`) ? label : c.missing(`${path}/name`)}</th><td>${
      description ? html`<div class="markdown">${renderMarkdown(description)}</div>` : ''
    }${otherNames.length ? html`<div class="muted">Also known as: ${otherNames.join(', ')}</div>` : ''}</td><td>${links(`${path}/armGroupLabels`, arms)}</td></tr>`;
  });

  return section('arms', 'Arms and interventions', c.source(MODULE), [
    armRows.length ? recordTable('Arms', ['Arm', 'Description', 'Interventions'], armRows) : '',
    interventionRows.length
      ? recordTable('Interventions', ['Intervention', 'Description', 'Arms'], interventionRows)
      : c.missingParagraph(`${MODULE}/interventions`),
  ]);
}

/** A titled table of the record's rows, scrolling on its own when it is wider than the preview. */
function recordTable(title: string, headings: readonly string[], rows: readonly SafeHtml[]): SafeHtml {
  return html`<h3>${title}</h3>
          <div class="table-scroll">
            <table class="record-table">
              <thead>
                <tr>
                  ${headings.map((heading) => html`<th scope="col">${heading}</th>`)}
                </tr>
              </thead>
              <tbody>
                ${rows}
              </tbody>
            </table>
          </div>`;
}
