/**
 * Where the service reports what went wrong inside it (a bug in a rule, a hostile document that
 * broke a computation). The LSP layer writes to the client's output channel, the CLI to stderr, tests
 * collect the entries. An answer that failed is degraded, never silently dropped: whoever catches logs.
 */
export interface ServiceLog {
  error(message: string, error?: unknown): void;
  warn(message: string): void;
}

/** What happened, with a stack when there is one: enough to find the bug from a user's log. */
export function describeError(error: unknown): string {
  if (error instanceof Error) return error.stack ?? `${error.name}: ${error.message}`;
  return String(error);
}

/** Writes to stderr; the default when a caller passes no log of its own. */
export const consoleLog: ServiceLog = {
  error: (message, error) => console.error(error === undefined ? message : `${message}: ${describeError(error)}`),
  warn: (message) => console.warn(message),
};

/** Where in which document a request was answered, for log lines (`completion at file.trial.yaml:12:4`). */
export function requestPlace(request: string, uri: string, position?: { readonly line: number; readonly character: number }): string {
  const where = position === undefined ? uri : `${uri}:${position.line + 1}:${position.character + 1}`;
  return `${request} at ${where}`;
}
