// Fuzzing the preview: mutated records and records carrying hostile text (markup, event handlers,
// script URLs) rendered to HTML. Properties: nothing throws, and the HTML — read back with a real
// HTML parser — holds no executable markup.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { renderRecordHtml } from '../../server/src/render/renderRecord';
import type { RecordFormat } from '../../server/src/service/parse/parsedRecord';
import { recordSchema } from '../../server/src/service/schema/recordSchema';
import { LineIndex } from '../../server/src/service/text/lineIndex';
import { recordCorpus } from './support/corpus';
import { executableMarkup } from './support/executableMarkup';
import { applyMutations, checkProperty, mutations } from './support/fuzz';
import { analyzeChecked } from './support/checkedAnalysis';
import { applyTreeEdits, serialize, type RandomValue, type TreeEdit } from './support/randomRecords';

const corpus = recordCorpus();
const schema = recordSchema();

/** Text a record may carry that must stay text on the page. */
const HOSTILE_TEXT = [
  '<script>alert(1)</script>',
  '<img src=x onerror=alert(1)>',
  '<a href="javascript:alert(1)">x</a>',
  'javascript:alert(1)',
  ' JaVaScRiPt:alert(1)',
  'java\tscript:alert(1)',
  'data:text/html,<script>alert(1)</script>',
  'vbscript:msgbox(1)',
  '[link](javascript:alert(1))',
  '![img](javascript:alert(1))',
  '<svg onload=alert(1)>',
  '<iframe src="https://evil.example"></iframe>',
  '"><script>alert(1)</script>',
  "' onmouseover='alert(1)",
  '<style>body{background:url(javascript:alert(1))}</style>',
  '<base href="https://evil.example/">',
  '<form action="https://evil.example"><button>x</button></form>',
  '<!-- --><script>alert(1)</script>',
  '&lt;script&gt;alert(1)&lt;/script&gt;',
  '<<script>script>alert(1)<</script>/script>',
];

function assertRendersInert(text: string, format: RecordFormat): void {
  const analysis = analyzeChecked(text, format);
  const page = renderRecordHtml({ parsed: analysis.parsed, diagnostics: analysis.diagnostics, lines: new LineIndex(text), schema });
  assert.equal(typeof page, 'string');
  assert.deepEqual(executableMarkup(page), [], `executable markup in the preview of:\n${text.slice(0, 2000)}`);
}

describe('fuzzing the preview (render)', () => {
  it('renders every seed record without executable markup', () => {
    for (const record of corpus) assertRendersInert(record.text, record.format);
  });

  it('renders mutated records without throwing or executable markup', () => {
    checkProperty(
      fc.property(fc.nat({ max: corpus.length - 1 }), mutations, (index, steps) =>
        assertRendersInert(applyMutations(corpus[index].text, steps), corpus[index].format),
      ),
      150,
    );
  });

  it('keeps hostile text inert in any field of real records', () => {
    const jsonSeeds = corpus.filter((record) => record.format === 'json').map((record) => JSON.parse(record.text) as RandomValue);
    const hostileEdits: fc.Arbitrary<TreeEdit[]> = fc.array(
      fc.record({
        kind: fc.constant('replace' as const),
        node: fc.nat(),
        value: fc.oneof(
          fc.constantFrom<RandomValue>(...HOSTILE_TEXT),
          fc.constantFrom(...HOSTILE_TEXT).map((payload): RandomValue => [payload, `x ${payload} y`]),
        ),
      }),
      { minLength: 1, maxLength: 12 },
    );
    checkProperty(
      fc.property(
        fc.nat({ max: jsonSeeds.length - 1 }),
        hostileEdits,
        fc.constantFrom<RecordFormat>('yaml', 'json'),
        (index, edits, format) => {
          assertRendersInert(serialize(applyTreeEdits(jsonSeeds[index], edits), format), format);
        },
      ),
      200,
    );
  });

  it('the markup check itself flags what it should', () => {
    // Guards the property above against vacuity.
    assert.equal(executableMarkup('<p>&lt;script&gt; <a href="https://example.org">ok</a> <a href="#x">in page</a></p>').length, 0);
    for (const bad of [
      '<script>x</script>',
      '<img src=x onerror=alert(1)>',
      '<a href="javascript:alert(1)">x</a>',
      '<a href=" java\tscript:x">x</a>',
      '<a href="//evil.example">x</a>',
      '<iframe></iframe>',
      '<a href="data:text/html,x">x</a>',
    ]) {
      assert.ok(executableMarkup(bad).length > 0, bad);
    }
  });
});
