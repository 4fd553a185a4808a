import { DESIGN } from '../ruleHelpers';
import { protocolDefinition } from '../ruleReference';
import type { RuleDefinition, RuleFinding } from '../ruleTypes';

export const withdrawnEnrollment: RuleDefinition = {
  id: 'status/withdrawn-enrollment',
  title: 'Withdrawn study with participants',
  defaultSeverity: 'warning',
  basis: 'R18',
  confidence: 'unverified',
  provenance: 'R18 (unverified; it follows from the status definition).',
  reference: protocolDefinition('Overall Recruitment Status and Enrollment'),
  explanation: 'A withdrawn study enrolled no one: actual enrollment 0.',
  documentation:
    'Withdrawn means the study stopped before enrolling its first participant, so its enrollment is `0` and `ACTUAL`. ' +
    'A study that enrolled anyone and then stopped is `TERMINATED`. ' +
    'Fix: set `enrollmentInfo` to `count: 0`, `type: ACTUAL`, or change the status to `TERMINATED`.',
  check(context) {
    if (context.overallStatus !== 'WITHDRAWN') return [];
    const countPointer = `${DESIGN}/enrollmentInfo/count`;
    const typePointer = `${DESIGN}/enrollmentInfo/type`;
    const count = context.number(countPointer);
    const type = context.text(typePointer);
    const findings: RuleFinding[] = [];
    if (count !== undefined && count !== 0) {
      findings.push({
        pointer: countPointer,
        target: 'value',
        message: `A withdrawn study enrolled no one, but the enrollment is ${count}. If participants were enrolled, the status is \`TERMINATED\`.`,
        fix: { kind: 'replace-value', valuePointer: countPointer, replacement: 0 },
      });
    }
    if (type === 'ESTIMATED') {
      findings.push({
        pointer: typePointer,
        target: 'value',
        message: "A withdrawn study's enrollment is known (0), so its type is `ACTUAL`.",
        fix: { kind: 'replace-value', valuePointer: typePointer, replacement: 'ACTUAL' },
      });
    }
    return findings;
  },
};
