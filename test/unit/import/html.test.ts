import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { htmlToText, looksLikeHtml } from '../../../server/src/import/htmlToText';

describe('HTML to text', () => {
  it('recognises HTML documents and fragments, but not XML records or plain text', () => {
    assert.ok(looksLikeHtml('<!DOCTYPE html><html><body>x</body></html>'));
    assert.ok(looksLikeHtml('\n  <html lang="en"><head></head></html>'));
    assert.ok(looksLikeHtml('<div><p>Status</p><p>Recruiting</p></div>'));
    assert.ok(!looksLikeHtml('<?xml version="1.0"?>\n<clinical_study><id_info/></clinical_study>'));
    assert.ok(!looksLikeHtml('<clinical_study>\n<brief_title>x</brief_title>\n</clinical_study>'));
    assert.ok(!looksLikeHtml('Status: <not given>'));
  });

  it('drops scripts, styles and the head, keeps the title, and makes block elements lines', () => {
    const html = `<!DOCTYPE html><html><head><title>Study page</title><style>p { color: red }</style>
      <script>var status = "Status: RECRUITING";</script></head>
      <body><h1>A   study\n of things</h1><div>Status:<span> Recruiting</span></div><ul><li>one</li><li>two</li></ul>
      <table><tr><td>Phase</td><td>Phase 2</td></tr></table><p>line<br>break</p><noscript>enable JS</noscript></body></html>`;
    assert.deepEqual(htmlToText(html).split('\n'), [
      'Study page',
      'A study of things',
      'Status: Recruiting',
      'one',
      'two',
      'Phase',
      'Phase 2',
      'line',
      'break',
    ]);
  });

  it('decodes entities, including quotes in a Python dump', () => {
    assert.equal(
      htmlToText('<div>{&#x27;a&#x27;: &quot;Children&#39;s &amp; Women&#8217;s&quot;} &lt;3 &nbsp;x</div>'),
      `{'a': "Children's & Women’s"} <3 x`,
    );
  });

  it('keeps the lines of <pre> blocks', () => {
    assert.deepEqual(htmlToText('<pre>Label: one\n  indented\n\nlast</pre>').split('\n'), ['Label: one', '  indented', '', 'last']);
  });

  it('survives broken markup', () => {
    assert.equal(htmlToText('<div><p>unclosed <b>bold <script>alert(1)'), 'unclosed bold');
    assert.equal(htmlToText('<<<>>></div></div>'), '<<<>>>');
  });
});
