import { consoleLog, requestPlace, type ServiceLog } from '../serviceLog';
import { LineIndex, type Position } from '../text/lineIndex';

/** Who asked for an answer: where a failure inside it is logged, and the document and cursor the log line names. */
export interface LanguageRequest {
  readonly log: ServiceLog;
  readonly uri: string;
  readonly position: Position;
}

/**
 * Logs an answer that failed (a bug, or a hostile analysis) with the request, document and
 * position; the caller then answers nothing. Callers that pass no request (tests, scripts) log to
 * stderr, naming the position of the offset in the text.
 */
export function logFailedAnswer(
  requestName: string,
  error: unknown,
  request: LanguageRequest | undefined,
  text: string,
  offset: number,
): void {
  const log = request?.log ?? consoleLog;
  const place = request
    ? requestPlace(requestName, request.uri, request.position)
    : requestPlace(requestName, 'the document', new LineIndex(text).positionAt(offset));
  log.error(`${place} failed`, error);
}
