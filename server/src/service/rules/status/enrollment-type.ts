import { DESIGN } from '../ruleHelpers';
import { protocolDefinition } from '../ruleReference';
import type { RuleDefinition } from '../ruleTypes';
import { statusPhrase } from './statusHelpers';

export const enrollmentType: RuleDefinition = {
  id: 'status/enrollment-type',
  title: 'Enrollment type does not fit the status',
  defaultSeverity: 'warning',
  basis: 'R18',
  confidence: 'unverified',
  provenance: 'R18 (unverified; widely applied).',
  reference: protocolDefinition('Enrollment'),
  explanation: 'Active-not-recruiting and terminated studies report actual enrollment; not-yet-recruiting studies an estimate.',
  documentation:
    'Once recruitment is over (active, not recruiting; terminated) the enrollment is known and is `ACTUAL`; ' +
    'before it begins (not yet recruiting) it can only be `ESTIMATED`. ' +
    'Completed and withdrawn studies have their own rules (`status/completed-actual`, `status/withdrawn-enrollment`). ' +
    'Fix: set `enrollmentInfo.type` and the count.',
  check(context) {
    const status = context.overallStatus;
    const pointer = `${DESIGN}/enrollmentInfo/type`;
    const type = context.text(pointer);
    if (!status || !type) return [];
    if ((status === 'ACTIVE_NOT_RECRUITING' || status === 'TERMINATED') && type === 'ESTIMATED') {
      return [
        {
          pointer,
          target: 'value',
          message: `The study is ${statusPhrase(status)}, so recruitment is over: report the actual enrollment (type \`ACTUAL\`).`,
          fix: { kind: 'replace-value', valuePointer: pointer, replacement: 'ACTUAL' },
        },
      ];
    }
    if (status === 'NOT_YET_RECRUITING' && type === 'ACTUAL') {
      return [
        {
          pointer,
          target: 'value',
          message: 'The study is `NOT_YET_RECRUITING`, so the enrollment can only be `ESTIMATED`.',
          fix: { kind: 'replace-value', valuePointer: pointer, replacement: 'ESTIMATED' },
        },
      ];
    }
    return [];
  },
};
