import { DESIGN } from '../ruleHelpers';
import { protocolDefinition } from '../ruleReference';
import type { RuleDefinition, RuleFinding } from '../ruleTypes';
import { studyDates } from '../studyDates';

export const completedActual: RuleDefinition = {
  id: 'status/completed-actual',
  title: 'Completed study with estimated values',
  defaultSeverity: 'warning',
  basis: 'R18, R19',
  confidence: 'unverified',
  provenance: 'R18/R19 (unverified for PRS; widely applied, and NCI CTRP has the same rule, S13).',
  reference: protocolDefinition('Overall Recruitment Status and Enrollment'),
  explanation: 'A completed study has actual primary completion and completion dates and actual enrollment.',
  documentation:
    'When a study is completed, its primary completion and completion dates have happened and its enrollment is known, so all three are `ACTUAL`. ' +
    '(The start date is checked by `status/start-date-type`.) ' +
    'Fix: enter the actual dates and enrollment count and set their types to `ACTUAL`.',
  check(context) {
    if (context.overallStatus !== 'COMPLETED') return [];
    const findings: RuleFinding[] = [];
    for (const date of studyDates(context).slice(1)) {
      if (date.type !== 'ESTIMATED') continue;
      findings.push({
        pointer: `${date.struct}/type`,
        target: 'value',
        message: `The study is completed, so the ${date.name} is \`ACTUAL\`: enter the real date.`,
        fix: { kind: 'replace-value', valuePointer: `${date.struct}/type`, replacement: 'ACTUAL' },
      });
    }
    const enrollmentType = `${DESIGN}/enrollmentInfo/type`;
    if (context.text(enrollmentType) === 'ESTIMATED') {
      findings.push({
        pointer: enrollmentType,
        target: 'value',
        message: 'The study is completed, so the enrollment is `ACTUAL`: enter the number of participants enrolled.',
        fix: { kind: 'replace-value', valuePointer: enrollmentType, replacement: 'ACTUAL' },
      });
    }
    return findings;
  },
};
