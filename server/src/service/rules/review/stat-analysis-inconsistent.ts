import { fieldText, withArticle } from '../ruleHelpers';
import { resultsDefinition } from '../ruleReference';
import type { RuleDefinition, RuleFinding } from '../ruleTypes';
import { asWritten, capitalized } from './analysisHelpers';
import { hasText, measureName, objectsOf, parseMeasurement, readOutcomeMeasures, type RecordObject } from './resultsHelpers';

/**
 * A p-value as a number, after an optional comparison sign (`<0.001`, `≤ 0.05`, `p = 0.03`): the registry accepts
 * thresholds, so only the number is range-checked. Anything else (`NS`, `0.05*`) is left alone.
 */
function pValueNumber(text: string): number | undefined {
  const match = /^\s*(?:p\s*)?(?:<=|>=|[<>≤≥=])?\s*([-+]?(?:\d+(?:\.\d*)?|\.\d+)(?:e[-+]?\d+)?)\s*$/i.exec(text);
  return match ? Number(match[1]) : undefined;
}

/** Non-inferiority and equivalence tests, whose margin and power the registry asks for in `nonInferiorityComment`. */
const MARGIN_TESTS = new Set(['NON_INFERIORITY', 'EQUIVALENCE', 'NON_INFERIORITY_OR_EQUIVALENCE']);

/** `Non-Inferiority or Equivalence` or `NON_INFERIORITY_OR_EQUIVALENCE` → `NON_INFERIORITY_OR_EQUIVALENCE`. */
function enumKey(text: string): string {
  return text
    .trim()
    .toUpperCase()
    .replace(/[\s-]+/g, '_');
}

/** The first field of the analysis that is written, so a finding about the analysis marks one of its lines, not all. */
function firstWritten(analysis: RecordObject, pointer: string, fields: readonly string[]): string {
  const field = fields.find((name) => Object.prototype.hasOwnProperty.call(analysis, name));
  return field ? `${pointer}/${field}` : pointer;
}

function checkAnalysis(analysis: RecordObject, pointer: string, name: string): RuleFinding[] {
  const findings: RuleFinding[] = [];
  const add = (field: string, message: string, severity?: 'warning'): void => {
    findings.push({ pointer: `${pointer}/${field}`, target: 'value', section: 'results', message, ...(severity ? { severity } : {}) });
  };

  const groupIds = analysis.groupIds;
  if (!Array.isArray(groupIds) || groupIds.length === 0) {
    findings.push({
      pointer: Array.isArray(groupIds)
        ? `${pointer}/groupIds`
        : firstWritten(analysis, pointer, ['statisticalMethod', 'paramType', 'nonInferiorityType', 'pValue', 'groupDescription']),
      target: Array.isArray(groupIds) ? 'value' : 'key',
      section: 'results',
      message: `${name} compares no groups: \`groupIds\` is empty. List the outcome groups the analysis compares, e.g. \`[OG000, OG001]\`.`,
    });
  }

  const estimate = parseMeasurement(analysis.paramValue);
  const lower = parseMeasurement(analysis.ciLowerLimit);
  const upper = parseMeasurement(analysis.ciUpperLimit);
  const estimateName = fieldText(analysis, 'paramType')?.trim() || 'estimate';
  if (estimate !== undefined && lower !== undefined && lower > estimate) {
    add(
      'ciLowerLimit',
      `${name}: the confidence interval's lower limit ${asWritten(analysis.ciLowerLimit)} is above the ${estimateName} ${asWritten(analysis.paramValue)}. ` +
        'A confidence interval contains its estimate: check the limits and the estimate.',
    );
  }
  if (estimate !== undefined && upper !== undefined && upper < estimate) {
    add(
      'ciUpperLimit',
      `${name}: the confidence interval's upper limit ${asWritten(analysis.ciUpperLimit)} is below the ${estimateName} ${asWritten(analysis.paramValue)}. ` +
        'A confidence interval contains its estimate: check the limits and the estimate.',
    );
  }
  if (estimate === undefined && lower !== undefined && upper !== undefined && lower > upper) {
    add(
      'ciLowerLimit',
      `${name}: the confidence interval's lower limit ${asWritten(analysis.ciLowerLimit)} is above its upper limit ${asWritten(analysis.ciUpperLimit)}. Swap or correct them.`,
    );
  }

  const pValueText = fieldText(analysis, 'pValue') ?? (typeof analysis.pValue === 'number' ? asWritten(analysis.pValue) : undefined);
  const pValue = pValueText === undefined ? undefined : pValueNumber(pValueText);
  if (pValue !== undefined && (pValue < 0 || pValue > 1)) {
    add(
      'pValue',
      `${name}: the p-value ${pValueText ?? ''} is outside 0 to 1. Give the p-value as a probability, e.g. \`0.03\` or \`<0.001\`.`,
    );
  }

  const ciPercent = parseMeasurement(analysis.ciPctValue);
  if (ciPercent !== undefined && (ciPercent < 0 || ciPercent > 100)) {
    add(
      'ciPctValue',
      `${name}: the confidence level ${asWritten(analysis.ciPctValue)}% is outside 0 to 100. Give the level as a percentage, e.g. \`95\`.`,
    );
  }

  const test = fieldText(analysis, 'nonInferiorityType');
  if (test !== undefined && MARGIN_TESTS.has(enumKey(test)) && !hasText(fieldText(analysis, 'nonInferiorityComment'))) {
    add(
      'nonInferiorityType',
      `${name} is ${withArticle(test.toLowerCase().replace(/_/g, ' ').replace('non inferiority', 'non-inferiority'))} test without details. ` +
        'Give the margin and how it was chosen, and the power calculation, in `nonInferiorityComment`.',
      'warning',
    );
  }
  return findings;
}

export const statAnalysisInconsistent: RuleDefinition = {
  id: 'review/stat-analysis-inconsistent',
  title: 'Statistical analysis inconsistent',
  defaultSeverity: 'error',
  basis: '§6 (PRS Major comment)',
  confidence: 'verified',
  provenance:
    'ctgov-model.md §6 (PRS review; the Major Comments include statistical-analysis consistency). ' +
    'prs-review-criteria.md "Results section": "Information within the statistical analyses appears inconsistent." (MC, ✅). ' +
    'Mechanical, so an error: confidence limits on the wrong side of the estimate (or lower above upper), a numeric p-value outside ' +
    '0–1 ("<0.001" is valid), a confidence level outside 0–100, an analysis with no groupIds; a warning for a non-inferiority or ' +
    'equivalence test without nonInferiorityComment (the legacy types predate that field and are left alone). A groupIds item that ' +
    'names no group of the measure is reported once, by results/unknown-group (an error at the id), not again here.',
  reference: resultsDefinition('Statistical Analysis'),
  explanation:
    'A statistical analysis compares named groups, and its p-value, confidence level and limits are consistent with its estimate.',
  documentation:
    'Reviewers check that each statistical analysis of an outcome measure holds together: it names the groups it compares, the ' +
    'confidence interval contains the estimate, the p-value lies between 0 and 1 (a threshold such as `<0.001` is fine), and the ' +
    'confidence level is a percentage. A non-inferiority or equivalence test also states its margin. ' +
    'Fix: correct the number that is out of place (often a swapped limit, or a value typed in the wrong field), and for a ' +
    'non-inferiority or equivalence test give the margin and power calculation in `nonInferiorityComment`.',
  check(context) {
    if (!context.results) return [];
    const findings: RuleFinding[] = [];
    for (const measure of readOutcomeMeasures(context.results)) {
      const measureTitle = measureName(measure).replace(/^O/, 'o');
      for (const [pointer, analysis] of objectsOf(context.results.value(`${measure.pointer}/analyses`), `${measure.pointer}/analyses`)) {
        const position = Number(pointer.slice(pointer.lastIndexOf('/') + 1)) + 1;
        findings.push(...checkAnalysis(analysis, pointer, capitalized(`statistical analysis ${position} of ${measureTitle}`)));
      }
    }
    return findings;
  },
};
