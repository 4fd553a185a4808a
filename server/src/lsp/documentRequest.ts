import { ResponseError, type CancellationToken, type Position } from 'vscode-languageserver';
import { requestPlace } from '../service/serviceLog';
import type { CurrentRecord, ServerContext } from './serverFeature';

/** Which document (and where in it) a request is about, for finding it and for the log. */
export interface RequestPlace {
  readonly uri: string;
  readonly position?: Position;
}

/** The place of the usual `textDocument/*` request parameters. */
export function textDocumentPlace(params: { readonly textDocument: { readonly uri: string }; readonly position?: Position }): RequestPlace {
  return { uri: params.textDocument.uri, position: params.position };
}

/**
 * The handler of a request about one document: finds the document, brings its analysis up to date (in
 * steps, stopping when the client cancels) and answers from it. A document that is not open is
 * answered `empty`. A failure that is not a protocol error (cancellation, a refusal the user should read)
 * is a bug: it is logged with the request, the document and the position, and answered `empty`, so
 * one broken answer never takes the editor's other features with it.
 */
export function documentRequest<P, R>(
  context: ServerContext,
  request: string,
  placeOf: (params: NoInfer<P>) => RequestPlace,
  empty: R,
  answer: (current: CurrentRecord, params: NoInfer<P>, token: CancellationToken) => R | Promise<R>,
): (params: P, token: CancellationToken) => Promise<R> {
  return async (params, token) => {
    const place = placeOf(params);
    try {
      const current = await context.analysisFor(place.uri, token);
      if (!current) return empty;
      return await answer(current, params, token);
    } catch (error) {
      if (error instanceof ResponseError) throw error;
      context.service.log.error(`${requestPlace(request, place.uri, place.position)} failed`, error);
      return empty;
    }
  };
}
