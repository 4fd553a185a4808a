import { STATUS } from '../ruleHelpers';
import { protocolDefinition } from '../ruleReference';
import type { RuleDefinition } from '../ruleTypes';
import { statusPhrase, STOPPED, SYSTEM_STATUSES } from './statusHelpers';

export const whyStoppedUnexpected: RuleDefinition = {
  id: 'status/why-stopped-unexpected',
  title: 'Reason for stopping on a study that did not stop',
  defaultSeverity: 'information',
  basis: 'R16',
  confidence: 'secondary',
  provenance:
    'R16 ("flag it otherwise"), secondary source (◑ S8); ' +
    'information only, since a study that stopped recruiting early may keep its reason.',
  reference: protocolDefinition('Why Study Stopped'),
  explanation: '`whyStopped` is only shown for suspended, terminated or withdrawn studies.',
  documentation:
    'A reason for stopping on a study whose status is not suspended, terminated or withdrawn usually means the status or the reason is out of date. ' +
    'A study that stopped recruiting early may keep its reason, so this is only information. ' +
    'Fix: correct `overallStatus`, or remove `whyStopped`.',
  check(context) {
    const status = context.overallStatus;
    const pointer = `${STATUS}/whyStopped`;
    if (!status || STOPPED.has(status) || SYSTEM_STATUSES.has(status) || !context.has(pointer)) return [];
    return [
      {
        pointer,
        target: 'key',
        message: `The study is ${statusPhrase(status)}, not suspended, terminated or withdrawn; is \`whyStopped\` still right?`,
        fix: { kind: 'remove-property', propertyPointer: pointer },
      },
    ];
  },
};
