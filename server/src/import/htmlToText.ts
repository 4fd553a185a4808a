// HTML saved from a browser, reduced to the text a person would copy from the page: one line per
// block element, scripts and styles dropped, entities decoded. The readers then see the same
// kind of text as a copied page.
import type { Handler } from 'htmlparser2' with { 'resolution-mode': 'import' };
import type * as HtmlParser2 from 'htmlparser2' with { 'resolution-mode': 'import' };

// htmlparser2 is an ES module; Node 20 and the bundler both load it through require().
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { Parser } = require('htmlparser2') as typeof HtmlParser2;

/** Elements whose content is never page text. */
const SKIPPED = new Set(['script', 'style', 'noscript', 'template', 'svg', 'math', 'iframe', 'object', 'canvas', 'head']);
/** Elements that start and end a line of text. */
const BLOCK = new Set([
  'address',
  'article',
  'aside',
  'blockquote',
  'body',
  'br',
  'caption',
  'dd',
  'details',
  'dialog',
  'div',
  'dl',
  'dt',
  'fieldset',
  'figcaption',
  'figure',
  'footer',
  'form',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'header',
  'hr',
  'html',
  'legend',
  'li',
  'main',
  'nav',
  'ol',
  'option',
  'p',
  'pre',
  'section',
  'summary',
  'table',
  'tbody',
  'td',
  'tfoot',
  'th',
  'thead',
  'title',
  'tr',
  'ul',
  'button',
  'label',
  'select',
  'textarea',
]);

/** Whether the text looks like an HTML document or fragment (not XML such as `clinical_study`). */
export function looksLikeHtml(text: string): boolean {
  const head = text
    .slice(0, 4096)
    .replace(/^\uFEFF/, '')
    .trimStart();
  if (/^<\?xml/i.test(head) && !/<html[\s>]/i.test(head)) return false;
  if (/^(<!doctype html|<html[\s>]|<head[\s>]|<body[\s>])/i.test(head)) return true;
  if (!head.startsWith('<')) return false;
  const tags = head.match(/<\/?(div|p|span|td|tr|li|br|a|h[1-6]|table|section|meta|link)\b/gi);
  return (tags?.length ?? 0) >= 3;
}

/** The visible text of an HTML page, one line per block; whitespace runs collapse except in `<pre>`. */
export function htmlToText(html: string): string {
  const lines: string[] = [];
  let current = '';
  let skipDepth = 0;
  let preDepth = 0;
  // `<title>` lives in `<head>`, which is skipped; its text still names the page.
  let inTitle = false;

  const endLine = (): void => {
    const line = preDepth > 0 ? current.replace(/\s+$/, '') : current.replace(/ {2,}/g, ' ').trim();
    if (line.trim() !== '') lines.push(line);
    current = '';
  };

  const handler: Partial<Handler> = {
    onopentag(name) {
      if (name === 'title') {
        inTitle = true;
        endLine();
        return;
      }
      if (SKIPPED.has(name)) {
        skipDepth++;
        return;
      }
      if (skipDepth > 0) return;
      if (name === 'pre') preDepth++;
      if (BLOCK.has(name)) endLine();
    },
    ontext(text) {
      if (skipDepth > 0 && !inTitle) return;
      if (preDepth > 0) {
        const parts = text.split(/\r\n|\n|\r/);
        current += parts[0];
        for (const part of parts.slice(1)) {
          lines.push(current.replace(/\s+$/, ''));
          current = part;
        }
        return;
      }
      current += text.replace(/\s+/g, ' ');
    },
    onclosetag(name) {
      if (name === 'title') {
        inTitle = false;
        endLine();
        return;
      }
      if (SKIPPED.has(name)) {
        skipDepth = Math.max(0, skipDepth - 1);
        return;
      }
      if (skipDepth > 0) return;
      if (name === 'pre') preDepth = Math.max(0, preDepth - 1);
      if (BLOCK.has(name)) endLine();
    },
  };

  const parser = new Parser(handler, { decodeEntities: true, lowerCaseTags: true, recognizeSelfClosing: true });
  parser.write(html);
  parser.end();
  endLine();
  return lines.join('\n');
}
