import { STATUS } from '../ruleHelpers';
import type { RuleDefinition } from '../ruleTypes';
import { STATUS_POINTER, statusPhrase, STOPPED } from './statusHelpers';

export const whyStopped: RuleDefinition = {
  id: 'status/why-stopped',
  title: 'Reason for stopping missing',
  defaultSeverity: 'warning',
  basis: 'R16',
  confidence: 'secondary',
  explanation: 'A suspended, terminated or withdrawn study says why it stopped (`whyStopped`).',
  documentation:
    'The PRS definition of "Why Study Stopped" asks for a brief reason when a study is suspended, terminated or withdrawn before its planned completion. ' +
    'Basis: R16, from the definition text as quoted by secondary sources (◑), so a warning rather than an error. Fix: add `statusModule.whyStopped` with a short reason (at most 250 characters).',
  check(context) {
    const status = context.overallStatus;
    if (!status || !STOPPED.has(status) || context.has(`${STATUS}/whyStopped`)) return [];
    return [{
      pointer: STATUS_POINTER,
      target: 'value',
      message: `The study is ${statusPhrase(status)}: add \`whyStopped\` with a short reason.`,
      fix: { kind: 'insert-property', parentPointer: STATUS, properties: ['whyStopped'] },
    }];
  },
};
