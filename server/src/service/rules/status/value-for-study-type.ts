import { code, withArticle } from '../ruleHelpers';
import { protocolDefinition } from '../ruleReference';
import type { RuleDefinition } from '../ruleTypes';
import { STATUS_POINTER, SYSTEM_STATUSES } from './statusHelpers';

const RECRUITMENT_STATUSES = new Set([
  'NOT_YET_RECRUITING',
  'RECRUITING',
  'ENROLLING_BY_INVITATION',
  'ACTIVE_NOT_RECRUITING',
  'SUSPENDED',
  'TERMINATED',
  'COMPLETED',
  'WITHDRAWN',
]);

const EXPANDED_ACCESS_STATUSES = new Set(['AVAILABLE', 'NO_LONGER_AVAILABLE', 'TEMPORARILY_NOT_AVAILABLE', 'APPROVED_FOR_MARKETING']);

export const statusForStudyType: RuleDefinition = {
  id: 'status/value-for-study-type',
  title: 'Status does not fit the study type',
  defaultSeverity: 'warning',
  basis: '§3.1',
  confidence: 'verified',
  provenance: 'ctgov-model.md §3.1, verified value sets (S1, S5).',
  reference: protocolDefinition('Overall Recruitment Status'),
  explanation: 'Expanded-access records use the four availability statuses; other studies use the eight recruitment statuses.',
  documentation:
    'Interventional and observational studies take one of the eight recruitment statuses (`NOT_YET_RECRUITING` … `WITHDRAWN`); ' +
    'expanded-access records take one of `AVAILABLE`, `NO_LONGER_AVAILABLE`, `TEMPORARILY_NOT_AVAILABLE`, `APPROVED_FOR_MARKETING`. ' +
    "`UNKNOWN` and `WITHHELD` are set by the registry and are not checked. Fix: pick a status of the study's kind.",
  check(context) {
    const status = context.overallStatus;
    const studyType = context.studyType;
    if (!status || !studyType || SYSTEM_STATUSES.has(status)) return [];
    if (studyType === 'EXPANDED_ACCESS' && !EXPANDED_ACCESS_STATUSES.has(status)) {
      return [
        {
          pointer: STATUS_POINTER,
          target: 'value',
          message: `${code(status)} is a recruitment status; an expanded-access record is \`AVAILABLE\`, \`NO_LONGER_AVAILABLE\`, \`TEMPORARILY_NOT_AVAILABLE\` or \`APPROVED_FOR_MARKETING\`.`,
        },
      ];
    }
    if ((studyType === 'INTERVENTIONAL' || studyType === 'OBSERVATIONAL') && !RECRUITMENT_STATUSES.has(status)) {
      return [
        {
          pointer: STATUS_POINTER,
          target: 'value',
          message: `${code(status)} is an expanded-access status; ${withArticle(studyType.toLowerCase())} study uses a recruitment status such as \`RECRUITING\` or \`COMPLETED\`.`,
        },
      ];
    }
    return [];
  },
};
