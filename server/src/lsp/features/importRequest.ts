import { ErrorCodes, ResponseError } from 'vscode-languageserver';
import { ImportRefusal } from '../../import/importPage';
import { ImportPageRequest, type ImportPageResult } from '@trial-record/shared/protocol';
import { nextTurn, throwIfCancelled } from '../requestSteps';
import type { ServerFeature } from '../serverFeature';

/** `trialRecord/importPage`: a registry page's text in, the emitted record and a report out. */
export const importRequest: ServerFeature = {
  register({ connection, service }) {
    connection.onRequest(ImportPageRequest, async (params, token): Promise<ImportPageResult> => {
      if (typeof params?.text !== 'string')
        throw new ResponseError(ErrorCodes.InvalidParams, 'importPage needs the page text as a string.');
      // Let messages already queued (a cancellation, edits) in before a long import.
      await nextTurn();
      throwIfCancelled(token);
      try {
        const {
          record: _record,
          studySections: _studySections,
          ...result
        } = service.importPage(params.text, {
          sourceName: typeof params.sourceName === 'string' && params.sourceName !== '' ? params.sourceName : undefined,
        });
        // The record travels as the YAML text; sending it twice would double a large reply.
        return result;
      } catch (error) {
        if (error instanceof ImportRefusal) throw new ResponseError(ErrorCodes.InvalidParams, error.message);
        service.log.error('Import failed', error);
        throw new ResponseError(ErrorCodes.InternalError, `The import failed: ${error instanceof Error ? error.message : String(error)}`);
      }
    });
  },
};
