import { LSPErrorCodes, ResponseError, type CancellationToken } from 'vscode-languageserver';

// A request handler that may take more than a few milliseconds does its work in steps, one per turn
// of the event loop, so that a `$/cancelRequest` (or an edit) that arrived meanwhile is read before
// the next step; a cancelled request stops and answers "request cancelled" at once.

/** Waits one turn of the event loop: messages already received are handled first. */
export function nextTurn(): Promise<void> {
  return new Promise((resolve) => setImmediate(resolve));
}

export function cancelledError(): ResponseError<void> {
  return new ResponseError(LSPErrorCodes.RequestCancelled, 'The request was cancelled.');
}

export function throwIfCancelled(token: CancellationToken): void {
  if (token.isCancellationRequested) throw cancelledError();
}

/** Runs `steps` to the end, one step per turn; stops with RequestCancelled when the client cancels. */
export async function runInSteps<T>(steps: Iterator<void, T, void>, token: CancellationToken): Promise<T> {
  for (;;) {
    await nextTurn();
    throwIfCancelled(token);
    const step = steps.next();
    if (step.done) return step.value;
  }
}
