// Messages between the extension (client/src/preview) and the preview's webview script (client/webview/preview.ts). Plain data.

/** Persisted by the webview (`vscode.setState`) and handed back to the serializer after a reload. */
export interface PreviewState {
  readonly resource: string;
  readonly locked: boolean;
  /** The source line at the top of the preview when it was last scrolled. */
  readonly line?: number;
}

export type ToWebview =
  | {
      readonly type: 'render';
      readonly resource: string;
      readonly locked: boolean;
      readonly version: number;
      readonly html: string;
      /** Set when the HTML is the last good render: why the current text does not render. */
      readonly staleReason?: string;
      /** A message shown instead of a render (e.g. while the language server starts). */
      readonly notice?: string;
    }
  | { readonly type: 'scrollToLine'; readonly line: number };

export type FromWebview =
  | { readonly type: 'ready' }
  | { readonly type: 'rendered'; readonly version: number }
  | { readonly type: 'revealLine'; readonly line: number }
  | { readonly type: 'revealRange'; readonly range: readonly [number, number, number, number] }
  | { readonly type: 'openLink'; readonly href: string };

/** Checks a message from the webview: it is a separate, untrusted context. */
export function parseFromWebview(message: unknown): FromWebview | undefined {
  if (typeof message !== 'object' || message === null) return undefined;
  const m = message as Record<string, unknown>;
  const isLine = (value: unknown): value is number => typeof value === 'number' && Number.isInteger(value) && value >= 0;
  switch (m.type) {
    case 'ready':
      return { type: 'ready' };
    case 'rendered':
      return typeof m.version === 'number' ? { type: 'rendered', version: m.version } : undefined;
    case 'revealLine':
      return isLine(m.line) ? { type: 'revealLine', line: m.line } : undefined;
    case 'revealRange': {
      const range = m.range;
      if (!Array.isArray(range) || range.length !== 4 || !range.every(isLine)) return undefined;
      return { type: 'revealRange', range: [range[0], range[1], range[2], range[3]] };
    }
    case 'openLink':
      return typeof m.href === 'string' ? { type: 'openLink', href: m.href } : undefined;
    default:
      return undefined;
  }
}

export function isPreviewState(value: unknown): value is PreviewState {
  if (typeof value !== 'object' || value === null) return false;
  const state = value as Record<string, unknown>;
  return (
    typeof state.resource === 'string' && typeof state.locked === 'boolean' && (state.line === undefined || typeof state.line === 'number')
  );
}
