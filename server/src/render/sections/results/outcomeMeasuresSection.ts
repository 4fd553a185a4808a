import { readableDate } from '../../format';
import { html, type SafeHtml } from '../../html';
import type { RenderContext } from '../../renderContext';
import { measureAnalyses } from './measureAnalyses';
import { denominatorRows, measureKind, measureValueRows } from './measureRows';
import { descriptionRow, markdownOf, readGroups, resultFact, resultFacts, resultsSection, resultTable } from './resultTable';
import { ResultsReader, type ResultNode } from './resultsReader';

const TYPE_LABELS: Readonly<Record<string, string>> = {
  PRIMARY: 'Primary',
  SECONDARY: 'Secondary',
  OTHER_PRE_SPECIFIED: 'Other pre-specified',
  POST_HOC: 'Post-hoc',
};

/** Each outcome measure's results: what was measured, in whom, its values per group and its statistical analyses. */
export function outcomeMeasuresSection(c: RenderContext): SafeHtml {
  const module = ResultsReader.of(c)?.child('outcomeMeasuresModule');
  if (!module?.exists()) return html``;
  return resultsSection(
    'outcomes',
    'Outcome measure results',
    module,
    module.list('outcomeMeasures').map((measure, index) => outcomeMeasure(measure, index)),
  );
}

function outcomeMeasure(measure: ResultNode, index: number): SafeHtml {
  const type = measure.text('type');
  const typeLabel = type === undefined ? undefined : (TYPE_LABELS[type] ?? type);
  const title = measure.text('title') ?? 'Untitled outcome measure';
  const groups = readGroups(measure.list('groups'), measure);
  const denoms = measure.list('denoms');
  const rows: SafeHtml[] = [descriptionRow(groups)];
  const denomRows = denominatorRows(denoms, groups, (units) =>
    units.toLowerCase() === 'participants' ? 'Overall number of participants analyzed' : `Overall number of units analyzed (${units})`,
  );
  rows.push(...denomRows);
  const values = measureValueRows(measure, groups, denoms);
  rows.push(...values.rows);
  const rowCount = denomRows.length + values.count;
  const notPosted = measure.text('reportingStatus') === 'NOT_POSTED';
  const anticipated = measure.text('anticipatedPostingDate');
  return html`<article class="result-measure"${measure.source()}><h3>${index + 1}. ${
    typeLabel ? html`<span class="measure-type">${typeLabel}</span> ` : ''
  }${title}</h3>${resultFacts([
    resultFact('Description', measure.child('description'), markdownOf(measure, 'description')),
    resultFact('Time frame', measure.child('timeFrame'), measure.text('timeFrame')),
    resultFact('Population analyzed', measure.child('populationDescription'), markdownOf(measure, 'populationDescription')),
    resultFact('Values', measure.child('paramType'), measureKind(measure)),
    resultFact('Unit of measure', measure.child('unitOfMeasure'), measure.text('unitOfMeasure')),
    resultFact('Units analyzed', measure.child('typeUnitsAnalyzed'), measure.text('typeUnitsAnalyzed')),
    resultFact(
      'Results',
      measure.child('reportingStatus'),
      notPosted ? `Not posted${anticipated ? `; anticipated ${readableDate(anticipated)}` : ''}` : undefined,
    ),
  ])}${
    groups.length > 0 && rowCount > 0
      ? resultTable({ caption: 'Values by group', corner: typeLabel ? `${typeLabel} outcome` : 'Outcome', groups, rows, rowCount })
      : ''
  }${measureAnalyses(measure, groups)}</article>`;
}
