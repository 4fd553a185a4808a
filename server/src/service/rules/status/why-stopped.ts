import { STATUS } from '../ruleHelpers';
import { protocolDefinition } from '../ruleReference';
import type { RuleDefinition } from '../ruleTypes';
import { STATUS_POINTER, statusPhrase, STOPPED } from './statusHelpers';

export const whyStopped: RuleDefinition = {
  id: 'status/why-stopped',
  title: 'Reason for stopping missing',
  defaultSeverity: 'warning',
  basis: 'R16',
  confidence: 'secondary',
  provenance: 'R16, from the definition text as quoted by secondary sources (◑ S8), so a warning rather than an error.',
  reference: protocolDefinition('Why Study Stopped'),
  explanation: 'A suspended, terminated or withdrawn study says why it stopped (`whyStopped`).',
  documentation:
    "ClinicalTrials.gov's definition of Why Study Stopped asks for a brief reason when a study is suspended, terminated or withdrawn before its planned completion, e.g. `Slow recruitment`. " +
    'Fix: add `statusModule.whyStopped` with a short reason (at most 250 characters).',
  check(context) {
    const status = context.overallStatus;
    if (!status || !STOPPED.has(status) || context.has(`${STATUS}/whyStopped`)) return [];
    return [
      {
        pointer: STATUS_POINTER,
        target: 'value',
        message: `The study is ${statusPhrase(status)}: add \`whyStopped\` with a short reason.`,
        fix: { kind: 'insert-property', parentPointer: STATUS, properties: ['whyStopped'] },
      },
    ];
  },
};
