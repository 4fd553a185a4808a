import { ErrorCodes, LSPErrorCodes, ResponseError } from 'vscode-languageserver';
import { ImportRefusal, importPage } from '../../import/importPage';
import { ImportPageRequest, type ImportPageResult } from '../../protocol';
import type { ServerFeature } from '../serverFeature';

/** `trialRecord/importPage`: a registry page's text in, the emitted record and a report out. */
export const importRequest: ServerFeature = {
  register({ connection }) {
    connection.onRequest(ImportPageRequest, async (params, token): Promise<ImportPageResult> => {
      if (typeof params?.text !== 'string') throw new ResponseError(ErrorCodes.InvalidParams, 'importPage needs the page text as a string.');
      // Let messages already queued (a cancellation, edits) in before a long import.
      await new Promise<void>((resolve) => setImmediate(resolve));
      if (token.isCancellationRequested) throw new ResponseError(LSPErrorCodes.RequestCancelled, 'The import was cancelled.');
      try {
        const { record: _record, ...result } = importPage(params.text, { sourceName: typeof params.sourceName === 'string' && params.sourceName !== '' ? params.sourceName : undefined });
        // The record travels as the YAML text; sending it twice would double a large reply.
        return result;
      } catch (error) {
        if (error instanceof ImportRefusal) throw new ResponseError(ErrorCodes.InvalidParams, error.message);
        connection.console.error(`Import failed: ${error instanceof Error ? error.stack ?? error.message : String(error)}`);
        throw new ResponseError(ErrorCodes.InternalError, `The import failed: ${error instanceof Error ? error.message : String(error)}`);
      }
    });
  },
};
