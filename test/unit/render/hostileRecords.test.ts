import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { standalonePage } from '../../../server/src/render/standalonePage';
import type { RecordValue } from '../../../server/src/service/parse/parsedRecord';
import { recordSchema, type SchemaNode } from '../../../server/src/service/schema/recordSchema';
import { parseHtml, render, type ParsedHtml } from './renderKit';

/** Markup, event handlers, script URLs and template syntax, all in one string. */
const PAYLOAD = `<script>alert(1)</script><img src=x onerror=alert(2)> [click](javascript:alert(3)) <a href="javascript:alert(4)">a</a> {{constructor.constructor('alert(5)')()}} \${alert(6)} "quoted' \`tick\` &amp; ![pic](https://example.com/x.png)`;
/** Things people paste into URL fields that must never become links. */
const HOSTILE_URLS = [
  'javascript:alert(7)',
  ' JaVaScRiPt:alert(8)',
  'data:text/html,<script>alert(9)</script>',
  'vbscript:msgbox(10)',
  'java\tscript:alert(11)',
  '//evil.example/x',
];

const schema = recordSchema();

/**
 * A record with the payload in every string field the schema has (enum fields included, where it is
 * an invalid value the page still shows), every list of strings, and a couple of items in every list of objects.
 */
function hostileRecord(node: SchemaNode | undefined, depth = 0): RecordValue | undefined {
  const resolved = schema.deref(node);
  if (!resolved || depth > 8) return undefined;
  const type = Array.isArray(resolved.type) ? resolved.type[0] : resolved.type;
  if (resolved.properties) {
    const value: { [key: string]: RecordValue } = {};
    for (const [name, child] of Object.entries(resolved.properties)) {
      const childValue = /url$/i.test(name) ? HOSTILE_URLS[depth % HOSTILE_URLS.length] : hostileRecord(child, depth + 1);
      if (childValue !== undefined) value[name] = childValue;
    }
    return value;
  }
  if (type === 'array' || resolved.items) {
    const first = hostileRecord(resolved.items, depth + 1);
    const second = hostileRecord(resolved.items, depth + 2);
    return [first, second].filter((item): item is RecordValue => item !== undefined);
  }
  if (type === 'boolean') return true;
  if (type === 'integer' || type === 'number') return 1;
  if (type === 'string' || resolved.enum) return PAYLOAD;
  return undefined;
}

/** Nothing in the page may run, load or navigate to anything but http(s)/mailto links and in-page anchors. */
function assertInert(page: ParsedHtml, where: string): void {
  const forbidden = new Set([
    'script',
    'img',
    'iframe',
    'object',
    'embed',
    'link',
    'meta',
    'form',
    'input',
    'svg',
    'math',
    'video',
    'audio',
    'source',
    'base',
    'frame',
    'style',
  ]);
  for (const element of page.elements) {
    assert.ok(!forbidden.has(element.name), `${where}: a <${element.name}> element came out`);
    for (const [name, value] of Object.entries(element.attributes)) {
      assert.ok(!name.startsWith('on'), `${where}: event handler attribute ${name}="${value}" on <${element.name}>`);
      assert.notEqual(name, 'style', `${where}: style attribute on <${element.name}>`);
      assert.notEqual(name, 'src', `${where}: src attribute on <${element.name}>`);
      if (name === 'href') assert.match(value, /^(https?:\/\/|mailto:|#[\w-]+$)/i, `${where}: href "${value}"`);
      assert.ok(!/javascript:|vbscript:|data:/i.test(name === 'href' ? value : ''), `${where}: script URL in ${name}`);
    }
  }
}

describe('hostile records come out inert', () => {
  const record = hostileRecord(schema.protocolSection);
  const yaml = JSON.stringify(record, null, 2); // JSON is YAML too: render both formats

  for (const format of ['json', 'yaml'] as const) {
    it(`every kind of field (${format}): markup, handlers, script links and templates are text`, () => {
      const { html, analysis } = render(yaml, format);
      assert.ok(analysis.parsed.value !== undefined);
      const page = parseHtml(html);
      assertInert(page, format);
      // The payload is shown, as text, in plain fields, Markdown fields, enum fields and list items alike.
      const shown = page.text.split(`<script>alert(1)</script>`).length - 1;
      assert.ok(shown > 40, `the payload should be visible as text in many places (${shown})`);
      assert.ok(page.text.includes(`{{constructor.constructor('alert(5)')()}}`), 'templates stay literal text');
      assert.ok(page.text.includes('[click](javascript:alert(3))'), 'a Markdown link to javascript: stays text');
      assert.ok(page.text.includes('[image: pic]'), 'a Markdown image becomes its alt text, loading nothing');
      for (const url of HOSTILE_URLS) assert.ok(!page.elements.some((e) => e.attributes.href === url.trim()), `${url} is not a link`);
      // Each rendered field still maps to its source node.
      assert.ok(page.elements.some((e) => e.attributes['data-pointer'] === '/identificationModule/briefTitle'));
    });
  }

  it('hostile keys and values in the data attributes and the problems list stay inside their attributes', () => {
    const text = `identificationModule:\n  "\\"><script>alert(1)</script>": x\n  briefTitle: "\\" onmouseover=\\"alert(2)"\nstatusModule:\n  overallStatus: "<b>RECRUITING</b>"\n`;
    const page = parseHtml(render(text).html);
    assertInert(page, 'keys');
    assert.equal(page.elements.filter((e) => e.name === 'b').length, 0);
    assert.ok(page.text.includes('Problems'), 'the unknown key and the bad status are listed');
    assert.ok(page.text.includes('" onmouseover="alert(2)'));
  });

  it('the standalone page around a hostile record is inert too, and forbids loading anything', () => {
    const { html } = render(JSON.stringify(hostileRecord(schema.protocolSection)), 'json');
    const page = standalonePage(html, { title: PAYLOAD, css: readFileSync('media/preview.css', 'utf8') });
    const parsed = parseHtml(page);
    const meta = parsed.elements.filter((e) => e.name === 'meta');
    const csp = meta.find((e) => e.attributes['http-equiv'] === 'Content-Security-Policy');
    assert.ok(csp?.attributes.content.startsWith("default-src 'none'"));
    assertInert({ elements: parsed.elements.filter((e) => !['meta', 'style'].includes(e.name)), text: parsed.text }, 'standalone');
    assert.equal(parsed.elements.filter((e) => e.name === 'style').length, 1, 'one embedded stylesheet');
    assert.equal(parsed.elements.find((e) => e.name === 'title')?.text, PAYLOAD, 'the title is escaped text');
  });
});
