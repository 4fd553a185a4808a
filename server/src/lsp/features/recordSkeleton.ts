import { ErrorCodes, ResponseError } from 'vscode-languageserver';
import { RecordSkeletonRequest, type RecordSkeletonResult } from '@trial-record/shared/protocol';
import { isSkeletonStudyType, SKELETON_STUDY_TYPES } from '../../service/newRecord/recordSkeleton';
import type { ServerFeature } from '../serverFeature';

/** `trialRecord/recordSkeleton`: a study type in, the text of a new record of that type out (New Record). */
export const recordSkeletonRequest: ServerFeature = {
  register({ connection, service }) {
    connection.onRequest(RecordSkeletonRequest, (params): RecordSkeletonResult => {
      const studyType: unknown = params?.studyType;
      if (!isSkeletonStudyType(studyType))
        throw new ResponseError(ErrorCodes.InvalidParams, `recordSkeleton needs a study type, one of ${SKELETON_STUDY_TYPES.join(', ')}.`);
      const format: unknown = params.format ?? 'yaml';
      if (format !== 'yaml' && format !== 'json')
        throw new ResponseError(ErrorCodes.InvalidParams, 'recordSkeleton writes `yaml` or `json`.');
      return { text: service.recordSkeleton(studyType, format) };
    });
  },
};
