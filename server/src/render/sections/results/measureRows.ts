import { html, type SafeHtml } from '../../html';
import { byGroup, groupRow, percent, spanningRow, type ResultGroup } from './resultTable';
import { wholeNumber, type ResultNode } from './resultsReader';

/** The registry's labels of MeasureParam. */
const PARAM_LABELS: Readonly<Record<string, string>> = {
  GEOMETRIC_MEAN: 'Geometric Mean',
  GEOMETRIC_LEAST_SQUARES_MEAN: 'Geometric Least Squares Mean',
  LEAST_SQUARES_MEAN: 'Least Squares Mean',
  LOG_MEAN: 'Log Mean',
  MEAN: 'Mean',
  MEDIAN: 'Median',
  NUMBER: 'Number',
  COUNT_OF_PARTICIPANTS: 'Count of Participants',
  COUNT_OF_UNITS: 'Count of Units',
};

/** The registry's labels of MeasureDispersionType (outcome measures write the label itself, which is kept). */
const DISPERSION_LABELS: Readonly<Record<string, string>> = {
  NA: '',
  STANDARD_DEVIATION: 'Standard Deviation',
  STANDARD_ERROR: 'Standard Error',
  INTER_QUARTILE_RANGE: 'Inter-Quartile Range',
  FULL_RANGE: 'Full Range',
  CONFIDENCE_80: '80% Confidence Interval',
  CONFIDENCE_90: '90% Confidence Interval',
  CONFIDENCE_95: '95% Confidence Interval',
  CONFIDENCE_975: '97.5% Confidence Interval',
  CONFIDENCE_99: '99% Confidence Interval',
  CONFIDENCE_OTHER: 'Other Confidence Interval',
  GEOMETRIC_COEFFICIENT: 'Geometric Coefficient of Variation',
};

const COUNTS = new Set(['COUNT_OF_PARTICIPANTS', 'COUNT_OF_UNITS']);

export function paramLabel(paramType: string | undefined): string | undefined {
  return paramType === undefined ? undefined : (PARAM_LABELS[paramType] ?? paramType);
}

/** "Mean (Standard Deviation)", "Median (Full Range)", "Count of Participants": what each value of a measure is. */
export function measureKind(measure: ResultNode): string | undefined {
  const param = paramLabel(measure.text('paramType'));
  const dispersionType = measure.text('dispersionType');
  const dispersion = dispersionType === undefined ? '' : (DISPERSION_LABELS[dispersionType] ?? dispersionType);
  if (param === undefined) return dispersion || undefined;
  return dispersion ? `${param} (${dispersion})` : param;
}

/**
 * "39.9 (14.04)" for a value with a spread (SD, SE), "12 (8 to 15)" for one with limits (range, interval), the value
 * alone otherwise; a count with calculatePct gets its percentage of the group's denominator.
 */
export function measurementText(measurement: ResultNode, denominator: number | undefined): string {
  const value = measurement.text('value') ?? '';
  const spread = measurement.text('spread');
  if (spread !== undefined) return `${value} (${spread})`;
  const lower = measurement.text('lowerLimit');
  const upper = measurement.text('upperLimit');
  if (lower !== undefined || upper !== undefined) return `${value} (${lower ?? 'NA'} to ${upper ?? 'NA'})`;
  const count = wholeNumber(value);
  if (denominator !== undefined && denominator > 0 && count !== undefined) return `${value} (${percent(count, denominator)})`;
  return value;
}

/** Per group, the count of the denominator whose units the measure reports in (the first one when it does not say). */
function denominatorCounts(denoms: readonly ResultNode[], units: string | undefined): Map<string, ResultNode> | undefined {
  if (denoms.length === 0) return undefined;
  const chosen = (units === undefined ? undefined : denoms.find((denom) => denom.text('units') === units)) ?? denoms[0];
  return byGroup(chosen.list('counts'));
}

/** "Overall number of participants analyzed" (and of other units) rows, one per denominator. */
export function denominatorRows(
  denoms: readonly ResultNode[],
  groups: readonly ResultGroup[],
  label: (units: string) => string,
): SafeHtml[] {
  return denoms.map((denom) => {
    const counts = byGroup(denom.list('counts'));
    const units = denom.text('units') ?? 'Participants';
    return groupRow(
      label(units),
      groups,
      (group) => {
        const count = counts.get(group.id);
        return html`<td class="number"${count?.cellSource() ?? html``}>${count?.text('value') ?? ''}</td>`;
      },
      html` class="denominator-row"${denom.source()}`,
    );
  });
}

/** Whether two denominators give every group the same counts (then the table does not repeat them). */
function sameCounts(a: readonly ResultNode[], b: readonly ResultNode[]): boolean {
  if (a.length !== b.length) return false;
  return a.every((denom, index) => JSON.stringify(denom.value) === JSON.stringify(b[index].value));
}

/**
 * The rows of one measure's values: per class a title row (when titled) and its own "Number analyzed" rows (when they
 * differ from the measure's), then one row per category. An untitled category is labelled with what the values are.
 */
export function measureValueRows(
  measure: ResultNode,
  groups: readonly ResultGroup[],
  measureDenoms: readonly ResultNode[],
): { rows: SafeHtml[]; count: number } {
  const rows: SafeHtml[] = [];
  let count = 0;
  const units = measure.text('denomUnitsSelected');
  const withPercent = measure.child('calculatePct').value === true && COUNTS.has(measure.text('paramType') ?? '');
  const kind = measureKind(measure) ?? 'Value';
  for (const measureClass of measure.list('classes')) {
    const classTitle = measureClass.text('title');
    const classDenoms = measureClass.list('denoms');
    const categories = measureClass.list('categories');
    const lone = categories.length === 1 && categories[0].text('title') === undefined;
    const ownDenoms = classDenoms.length > 0 && !sameCounts(classDenoms, measureDenoms);
    // A lone untitled category takes its class's title, unless the class's own numbers analyzed come between them.
    const titleRow = classTitle !== undefined && (!lone || ownDenoms);
    if (titleRow) {
      rows.push(spanningRow(groups, classTitle, 'class-row', measureClass.source()));
      count++;
    }
    if (ownDenoms) {
      const denomRows = denominatorRows(classDenoms, groups, (denomUnits) => `Number analyzed (${denomUnits})`);
      rows.push(...denomRows);
      count += denomRows.length;
    }
    const denominators = withPercent ? denominatorCounts(classDenoms.length > 0 ? classDenoms : measureDenoms, units) : undefined;
    for (const category of categories) {
      const measurements = byGroup(category.list('measurements'));
      const label = category.text('title') ?? (lone && !titleRow ? (classTitle ?? kind) : kind);
      rows.push(
        groupRow(
          label,
          groups,
          (group) => {
            const measurement = measurements.get(group.id);
            if (!measurement) return html`<td></td>`;
            const denominator = denominators === undefined ? undefined : wholeNumber(denominators.get(group.id)?.text('value'));
            const comment = measurement.text('comment');
            return html`<td class="number"${measurement.cellSource()}>${measurementText(measurement, denominator)}${
              comment ? html`<div class="cell-comment">${comment}</div>` : ''
            }</td>`;
          },
          category.source(),
        ),
      );
      count++;
    }
  }
  return { rows, count };
}
