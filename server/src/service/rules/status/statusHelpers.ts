// Status vocabulary shared by several `status/*` rules.
import { code, STATUS } from '../ruleHelpers';

/** Statuses of a study that stopped before its planned end: they call for a reason (`whyStopped`). */
export const STOPPED = new Set(['SUSPENDED', 'TERMINATED', 'WITHDRAWN']);

/** Set by the registry, never authored: no study-type check applies to them. */
export const SYSTEM_STATUSES = new Set(['UNKNOWN', 'WITHHELD']);

/** Where the overall status is, relative to the protocol section. */
export const STATUS_POINTER = `${STATUS}/overallStatus`;

export function statusPhrase(status: string): string {
  return code(status);
}
