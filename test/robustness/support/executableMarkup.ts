import type * as HtmlParser2 from 'htmlparser2' with { 'resolution-mode': 'import' };
// htmlparser2 is an ES module; Node 20 loads it through require() (as server/src/import/htmlToText.ts does).
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { Parser } = require('htmlparser2') as typeof HtmlParser2;

/** Elements that run code or load active content. */
const ACTIVE_ELEMENTS = new Set(['script', 'iframe', 'frame', 'object', 'embed', 'applet', 'base', 'meta', 'link', 'form', 'svg', 'math']);
const URL_ATTRIBUTES = new Set(['href', 'src', 'action', 'formaction', 'xlink:href', 'srcset', 'poster', 'background', 'data']);

/**
 * What in `html` could run code once a browser renders it: active elements, `on*` event-handler
 * attributes, `style` attributes, and URL attributes whose scheme is not http(s), mailto or a
 * fragment. Read with a real HTML parser, so escaped text (`&lt;script&gt;`) is not flagged.
 */
export function executableMarkup(html: string): string[] {
  const found: string[] = [];
  const parser = new Parser(
    {
      onopentag(name, attributes) {
        if (ACTIVE_ELEMENTS.has(name)) found.push(`<${name}> element`);
        for (const [attribute, value] of Object.entries(attributes)) {
          if (/^on/i.test(attribute)) found.push(`${attribute}= on <${name}>`);
          if (attribute === 'style' && /url\s*\(|expression\s*\(/i.test(value)) found.push(`style with url()/expression() on <${name}>`);
          if (URL_ATTRIBUTES.has(attribute) && !isInertUrl(value)) found.push(`${attribute}="${value.slice(0, 60)}" on <${name}>`);
        }
      },
    },
    { decodeEntities: true, lowerCaseAttributeNames: true, lowerCaseTags: true },
  );
  parser.write(html);
  parser.end();
  return found;
}

function isInertUrl(value: string): boolean {
  // Browsers drop ASCII whitespace and control characters inside a scheme (`java\tscript:`).
  // eslint-disable-next-line no-control-regex -- the control characters are what this strips
  const compact = value.replace(/[\u0000-\u0020]/g, '').toLowerCase();
  if (compact.startsWith('#')) return true;
  const scheme = /^([a-z][a-z0-9+.-]*):/.exec(compact);
  if (!scheme) return !compact.startsWith('//'); // relative URL; protocol-relative would leave the page
  return ['http', 'https', 'mailto'].includes(scheme[1]);
}
