import { html, type SafeHtml } from '../../html';
import type { RenderContext } from '../../renderContext';
import { denominatorRows, measureKind, measureValueRows } from './measureRows';
import { descriptionRow, markdownOf, readGroups, resultFact, resultFacts, resultsSection, resultTable, spanningRow } from './resultTable';
import { ResultsReader } from './resultsReader';

/**
 * The baseline characteristics as one table, as the registry shows it: the groups (the last usually "Total"), the
 * overall number of baseline participants, then each measure with what its values are (Mean (Standard Deviation)…),
 * its unit and its classes and categories.
 */
export function baselineSection(c: RenderContext): SafeHtml {
  const module = ResultsReader.of(c)?.child('baselineCharacteristicsModule');
  if (!module?.exists()) return html``;
  const groups = readGroups(module.list('groups'), module);
  const overall = module.list('denoms');
  const rows: SafeHtml[] = [descriptionRow(groups)];
  const overallRows = denominatorRows(overall, groups, (units) =>
    units.toLowerCase() === 'participants' ? 'Overall number of baseline participants' : `Overall number of units analyzed (${units})`,
  );
  rows.push(...overallRows);
  let rowCount = overallRows.length;
  for (const measure of module.list('measures')) {
    const kind = measureKind(measure);
    const unit = measure.text('unitOfMeasure');
    const description = measure.text('description');
    const population = measure.text('populationDescription');
    rows.push(
      spanningRow(
        groups,
        html`<span class="measure-title">${measure.text('title') ?? 'Untitled measure'}</span>${
          kind || unit ? html` <span class="muted">${[kind, unit ? `Unit: ${unit}` : undefined].filter(Boolean).join(' · ')}</span>` : ''
        }${description ? html`<div class="cell-comment">${description}</div>` : ''}${
          population ? html`<div class="cell-comment">Population: ${population}</div>` : ''
        }`,
        'measure-row',
        measure.source(),
      ),
    );
    const measureDenoms = measure.list('denoms');
    const values = measureValueRows(measure, groups, measureDenoms.length > 0 ? measureDenoms : overall);
    rows.push(...values.rows);
    rowCount += 1 + values.count;
  }
  return resultsSection('baseline', 'Baseline characteristics', module, [
    resultFacts([
      resultFact('Population', module.child('populationDescription'), markdownOf(module, 'populationDescription')),
      resultFact('Units analyzed', module.child('typeUnitsAnalyzed'), module.text('typeUnitsAnalyzed')),
    ]),
    groups.length > 0 || rowCount > 0
      ? resultTable({ caption: 'Measures by group', corner: 'Characteristic', groups, rows, rowCount })
      : '',
  ]);
}
