// The Trial Record preview's webview script (runs under the preview's Content-Security-Policy; esbuild bundles it
// to media/preview.js). It receives rendered HTML from the extension and patches the page in place (no flicker,
// scroll kept), keeps the editor and the preview scrolled together, turns clicks on rendered fields into
// "reveal this source range" requests, and hands links to the extension to open.
import type { FromWebview, PreviewState, ToWebview } from '@trial-record/shared/previewMessages';

/** What VS Code gives a webview script (once per page). */
interface VsCodeApi {
  postMessage(message: FromWebview): void;
  getState(): unknown;
  setState(state: Partial<PreviewState>): void;
}
declare function acquireVsCodeApi(): VsCodeApi;

type RenderMessage = Extract<ToWebview, { type: 'render' }>;

const vscode = acquireVsCodeApi();
const root = document.getElementById('record-root') as HTMLElement;
const banner = document.getElementById('stale-banner') as HTMLElement;

let state: Partial<PreviewState> = (vscode.getState() as Partial<PreviewState> | undefined) || {};
let firstRender = true;
/** The scroll position we set ourselves; the scroll event it causes is not the user's. */
let expectedScrollY = -1;
let scrollFrame = 0;

window.addEventListener('message', (event: MessageEvent<unknown>) => {
  const data = event.data;
  if (!data || typeof data !== 'object') return;
  // From the extension: trusted, but still only acted on when it has the expected type.
  const message = data as ToWebview;
  if (message.type === 'render') render(message);
  else if (message.type === 'scrollToLine' && typeof message.line === 'number') scrollToLine(message.line);
});

function render(message: RenderMessage): void {
  const template = document.createElement('template');
  template.innerHTML = String(message.html);
  morphChildren(root, template.content);
  if (message.notice) {
    banner.textContent = String(message.notice);
    banner.hidden = false;
  } else if (message.staleReason) {
    banner.textContent = 'Showing the last version that parsed. ' + message.staleReason;
    banner.hidden = false;
  } else {
    banner.hidden = true;
    banner.textContent = '';
  }
  saveState({ resource: message.resource, locked: message.locked });
  if (firstRender) {
    firstRender = false;
    if (typeof state.line === 'number') scrollToLine(state.line);
  }
  vscode.postMessage({ type: 'rendered', version: message.version });
}

function saveState(patch: Partial<PreviewState>): void {
  state = Object.assign({}, state, patch);
  vscode.setState(state);
}

// ── In-place update: walk old and new trees together, touching only what changed ──

function morphChildren(oldParent: Node, newParent: Node): void {
  const oldNodes = Array.from(oldParent.childNodes);
  const newNodes = Array.from(newParent.childNodes);
  for (let i = 0; i < newNodes.length; i++) {
    const next = newNodes[i];
    const current = oldNodes[i];
    if (!current) oldParent.appendChild(next);
    else if (current.nodeType === next.nodeType && current.nodeName === next.nodeName) morphNode(current, next);
    else oldParent.replaceChild(next, current);
  }
  for (let i = newNodes.length; i < oldNodes.length; i++) oldParent.removeChild(oldNodes[i]);
}

function morphNode(current: Node, next: Node): void {
  if (current.nodeType !== Node.ELEMENT_NODE) {
    if (current.nodeValue !== next.nodeValue) current.nodeValue = next.nodeValue;
    return;
  }
  const oldElement = current as Element;
  const newElement = next as Element;
  for (const attribute of Array.from(oldElement.attributes)) {
    // A country the reader folded or unfolded stays that way.
    if (attribute.name === 'open' && oldElement.nodeName === 'DETAILS') continue;
    if (!newElement.hasAttribute(attribute.name)) oldElement.removeAttribute(attribute.name);
  }
  for (const attribute of Array.from(newElement.attributes)) {
    if (attribute.name === 'open' && oldElement.nodeName === 'DETAILS') continue;
    if (oldElement.getAttribute(attribute.name) !== attribute.value) oldElement.setAttribute(attribute.name, attribute.value);
  }
  morphChildren(oldElement, newElement);
}

// ── Scroll sync ──

function lineElements(): HTMLElement[] {
  return Array.from(root.querySelectorAll<HTMLElement>('[data-start-line][data-range]'));
}

function linesOf(element: HTMLElement): [number, number] {
  const start = Number(element.dataset.startLine);
  const match = /^\d+:\d+-(\d+):\d+$/.exec(element.dataset.range || '');
  const end = match ? Number(match[1]) : start;
  return [start, Math.max(start, end)];
}

/** Scrolls so that the element showing `line` (the innermost one that starts at or before it) is at the top. */
function scrollToLine(line: number): void {
  let best: HTMLElement | undefined;
  let bestStart = -1;
  for (const element of lineElements()) {
    const [start, end] = linesOf(element);
    if (start <= line && start >= bestStart && element.getClientRects().length > 0) {
      // Prefer an element that still covers the line over one that ended before it.
      if (best && start === bestStart && end < line) continue;
      best = element;
      bestStart = start;
    }
  }
  saveState({ line });
  let y = 0;
  if (best) {
    const [start, end] = linesOf(best);
    const rect = best.getBoundingClientRect();
    const fraction = end > start && line <= end ? (line - start) / (end - start + 1) : 0;
    y = Math.max(0, window.scrollY + rect.top + fraction * rect.height);
  }
  if (Math.abs(window.scrollY - y) < 1) return;
  expectedScrollY = Math.round(y);
  window.scrollTo(0, y);
}

/** The source line at the top of the viewport (a few pixels down, so rounding never picks the element above). */
function lineAtTop(): number | undefined {
  const probe = 4;
  let best: { element: HTMLElement; rect: DOMRect } | undefined;
  let bestStart = -1;
  for (const element of lineElements()) {
    const rect = element.getBoundingClientRect();
    if (rect.height === 0 || rect.top > probe || rect.bottom <= probe) continue;
    const [start] = linesOf(element);
    if (start >= bestStart) {
      best = { element, rect };
      bestStart = start;
    }
  }
  if (!best) {
    const below = lineElements().find((element) => element.getBoundingClientRect().top > probe);
    return below ? linesOf(below)[0] : undefined;
  }
  const [start, end] = linesOf(best.element);
  const fraction = best.rect.height > 0 ? Math.max(0, probe - best.rect.top) / best.rect.height : 0;
  return Math.min(end, start + Math.floor(fraction * (end - start + 1)));
}

window.addEventListener('scroll', () => {
  if (expectedScrollY >= 0 && Math.abs(window.scrollY - expectedScrollY) <= 2) {
    expectedScrollY = -1;
    return;
  }
  expectedScrollY = -1;
  if (scrollFrame) return;
  scrollFrame = requestAnimationFrame(() => {
    scrollFrame = 0;
    const line = lineAtTop();
    if (line === undefined || line === state.line) return;
    saveState({ line });
    vscode.postMessage({ type: 'revealLine', line });
  });
});

// ── Clicks: links through the extension, fields reveal their source ──

document.addEventListener('click', (event) => {
  const target = event.target instanceof Element ? event.target : null;
  if (!target) return;
  const link = target.closest('a[href]');
  if (link) {
    event.preventDefault();
    const href = link.getAttribute('href') || '';
    if (href.startsWith('#')) {
      const anchor = document.getElementById(href.slice(1));
      if (anchor) anchor.scrollIntoView({ block: 'center' });
    } else {
      vscode.postMessage({ type: 'openLink', href });
    }
    return;
  }
  if (target.closest('summary')) return;
  const selection = window.getSelection();
  if (selection && !selection.isCollapsed) return;
  revealSourceOf(target);
});

document.addEventListener('keydown', (event) => {
  if (event.key !== 'Enter' || !(event.target instanceof Element) || !event.target.matches('.source-link')) return;
  revealSourceOf(event.target);
});

function revealSourceOf(target: Element): void {
  const element = target.closest<HTMLElement>('[data-range]');
  const match = element ? /^(\d+):(\d+)-(\d+):(\d+)$/.exec(element.dataset.range || '') : null;
  if (!match) return;
  vscode.postMessage({ type: 'revealRange', range: [Number(match[1]), Number(match[2]), Number(match[3]), Number(match[4])] });
}

vscode.postMessage({ type: 'ready' });
