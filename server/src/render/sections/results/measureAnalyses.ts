import { html, type SafeHtml } from '../../html';
import { groupName, markdownOf, resultFact, resultFacts, type ResultGroup } from './resultTable';
import type { ResultNode } from './resultsReader';

/** More analyses than this start folded. */
const OPEN_ANALYSES_LIMIT = 4;

const NON_INFERIORITY_LABELS: Readonly<Record<string, string>> = {
  SUPERIORITY: 'Superiority',
  NON_INFERIORITY: 'Non-Inferiority',
  EQUIVALENCE: 'Equivalence',
  OTHER: 'Other',
  NON_INFERIORITY_OR_EQUIVALENCE: 'Non-Inferiority or Equivalence',
  SUPERIORITY_OR_OTHER: 'Superiority or Other',
  NON_INFERIORITY_OR_EQUIVALENCE_LEGACY: 'Non-Inferiority or Equivalence (legacy)',
  SUPERIORITY_OR_OTHER_LEGACY: 'Superiority or Other (legacy)',
};
const SIDES_LABELS: Readonly<Record<string, string>> = { ONE_SIDED: '1-sided', TWO_SIDED: '2-sided' };
const DISPERSION_LABELS: Readonly<Record<string, string>> = {
  STANDARD_DEVIATION: 'Standard Deviation',
  STANDARD_ERROR_OF_MEAN: 'Standard Error of the Mean',
};

const labelled = (labels: Readonly<Record<string, string>>, value: string | undefined) =>
  value === undefined ? undefined : (labels[value] ?? value);

/** An outcome measure's statistical analyses: the groups compared, the test, the p-value and the estimate with its interval. */
export function measureAnalyses(measure: ResultNode, groups: readonly ResultGroup[]): SafeHtml {
  const analyses = measure.list('analyses');
  if (analyses.length === 0) return html``;
  const byId = new Map(groups.map((group) => [group.id, group]));
  const items = analyses.map((analysis, index) => {
    const compared = analysis
      .list('groupIds')
      .map((id) => (typeof id.value === 'string' ? id.value : undefined))
      .filter((id): id is string => id !== undefined)
      .map((id) => {
        const group = byId.get(id);
        return group ? groupName(group) : `${id} (no such group)`;
      });
    return html`<div class="analysis"${analysis.source()}><h4>Statistical analysis ${index + 1}</h4>${resultFacts([
      resultFact('Groups compared', analysis.child('groupIds'), compared.join('; ')),
      resultFact('Comments', analysis.child('groupDescription'), markdownOf(analysis, 'groupDescription')),
      resultFact(
        'Hypothesis',
        analysis.child('nonInferiorityType'),
        withComment(labelled(NON_INFERIORITY_LABELS, analysis.text('nonInferiorityType')), analysis.text('nonInferiorityComment')),
      ),
      resultFact('P-value', analysis.child('pValue'), withComment(analysis.text('pValue'), analysis.text('pValueComment'))),
      resultFact(
        'Method',
        analysis.child('statisticalMethod'),
        withComment(analysis.text('statisticalMethod'), analysis.text('statisticalComment')),
      ),
      resultFact('Estimate', analysis.child('paramValue'), estimate(analysis)),
      resultFact('Confidence interval', analysis.child('ciPctValue'), interval(analysis)),
      resultFact('Dispersion', analysis.child('dispersionValue'), dispersion(analysis)),
      resultFact('Estimation comments', analysis.child('estimateComment'), analysis.text('estimateComment')),
      resultFact('Other analysis', analysis.child('otherAnalysisDescription'), markdownOf(analysis, 'otherAnalysisDescription')),
    ])}</div>`;
  });
  const open = analyses.length <= OPEN_ANALYSES_LIMIT;
  return html`<details class="analyses"${open ? html` open` : html``}><summary>Statistical analyses <span class="count">${analyses.length}</span></summary>${items}</details>`;
}

function withComment(value: string | undefined, comment: string | undefined): SafeHtml | undefined {
  if (value === undefined && comment === undefined) return undefined;
  return html`${value ?? ''}${comment ? html`<div class="cell-comment">${comment}</div>` : ''}`;
}

/** "Percentage Difference: 34.0". */
function estimate(analysis: ResultNode): string | undefined {
  const param = analysis.text('paramType');
  const value = analysis.text('paramValue');
  if (param === undefined && value === undefined) return undefined;
  return [param, value].filter(Boolean).join(': ');
}

/** "90% 2-sided: 24.29 to 43.75", with the limits' comments. */
function interval(analysis: ResultNode): SafeHtml | undefined {
  const percent = analysis.text('ciPctValue');
  const sides = labelled(SIDES_LABELS, analysis.text('ciNumSides'));
  const lower = analysis.text('ciLowerLimit');
  const upper = analysis.text('ciUpperLimit');
  if (percent === undefined && lower === undefined && upper === undefined) return undefined;
  const level = [percent ? `${percent}%` : undefined, sides].filter(Boolean).join(' ');
  const limits = lower !== undefined || upper !== undefined ? `${lower ?? 'NA'} to ${upper ?? 'NA'}` : '';
  const comments = [analysis.text('ciLowerLimitComment'), analysis.text('ciUpperLimitComment')].filter(Boolean).join(' ');
  return withComment([level, limits].filter(Boolean).join(': '), comments || undefined);
}

function dispersion(analysis: ResultNode): string | undefined {
  const type = labelled(DISPERSION_LABELS, analysis.text('dispersionType'));
  const value = analysis.text('dispersionValue');
  if (type === undefined && value === undefined) return undefined;
  return [type, value].filter(Boolean).join(': ');
}
