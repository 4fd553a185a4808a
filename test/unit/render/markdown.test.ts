import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { renderMarkdown } from '../../../server/src/render/markdown';
import { isSafeLinkUrl } from '@trial-record/shared/safeLinks';
import { parseHtml } from './renderKit';

const md = (text: string) => parseHtml(renderMarkdown(text).value);

describe('free text as Markdown', () => {
  it('renders lists, emphasis and paragraphs as the registry text means them', () => {
    const page = md('Inclusion Criteria:\n\n* Adults **over** 18\n* Able to walk\n\nExclusion Criteria:\n\n1. Surgery');
    assert.deepEqual(
      page.elements.map((e) => e.name),
      ['p', 'ul', 'li', 'strong', 'li', 'p', 'ol', 'li'],
    );
    assert.deepEqual(
      page.elements.filter((e) => e.name === 'li').map((e) => e.text),
      ['Adults over 18', 'Able to walk', 'Surgery'],
    );
  });

  it('keeps raw HTML as text', () => {
    const page = md('<b>bold</b> <script>alert(1)</script>\n\n<div onclick="x()">block</div>');
    assert.deepEqual(
      page.elements.map((e) => e.name),
      ['p', 'p'],
    );
    assert.ok(page.text.includes('<script>alert(1)</script>'));
    assert.ok(page.text.includes('<div onclick="x()">block</div>'));
  });

  it('links only http(s) and mailto, and never loads images', () => {
    const page = md(
      '[a](https://example.org/a) [b](http://example.org/b) [c](mailto:x@example.org) [d](javascript:alert(1)) [e](data:text/html,x) [f](/relative) [g](vbscript:x) ![alt text](https://example.org/i.png) https://example.net/path x@example.com',
    );
    const links = page.elements.filter((e) => e.name === 'a').map((e) => [e.attributes.href, e.text]);
    assert.deepEqual(links, [
      ['https://example.org/a', 'a'],
      ['http://example.org/b', 'b'],
      ['mailto:x@example.org', 'c'],
      ['https://example.net/path', 'https://example.net/path'],
      ['mailto:x@example.com', 'x@example.com'],
    ]);
    assert.ok(page.elements.filter((e) => e.name === 'a').every((e) => e.attributes.rel === 'noopener noreferrer'));
    assert.ok(!page.elements.some((e) => e.name === 'img'));
    assert.ok(page.text.includes('[image: alt text]'));
    for (const text of ['[d](javascript:alert(1))', '[e](data:text/html,x)', '[f](/relative)', '[g](vbscript:x)'])
      assert.ok(page.text.includes(text), text);
  });

  it('accepts as a link only absolute http(s) and mailto URLs without hidden characters', () => {
    for (const url of ['https://example.org', 'HTTP://EXAMPLE.ORG/x', 'mailto:a@b.c']) assert.ok(isSafeLinkUrl(url), url);
    for (const url of [
      'javascript:alert(1)',
      'java\nscript:alert(1)',
      'https://exa mple.org',
      'https://example.org/\u0000',
      '//example.org',
      'ftp://example.org',
      'file:///etc/passwd',
      'command:workbench.action.quit',
      'vscode://x',
    ])
      assert.ok(!isSafeLinkUrl(url), url);
  });
});
