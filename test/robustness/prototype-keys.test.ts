// `__proto__`, `constructor` and `prototype` keys through every path user text takes besides
// the analysis (covered in hostile-documents.test.ts): import (JSON, Python-literal and text
// pages) and render. Afterwards no built-in prototype has changed.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { importPage, ImportRefusal } from '../../server/src/import/importPage';
import { renderRecordHtml } from '../../server/src/render/renderRecord';
import { recordSchema } from '../../server/src/service/schema/recordSchema';
import { LineIndex } from '../../server/src/service/text/lineIndex';
import { analyzeChecked } from './support/checkedAnalysis';
import { executableMarkup } from './support/executableMarkup';
import { assertNoPrototypePollution, prototypeSnapshot } from './support/invariants';

const prototypesBefore = prototypeSnapshot();

const POLLUTING_STUDY = `{"__proto__": {"polluted": true}, "constructor": {"prototype": {"polluted": true}},
 "protocolSection": {"__proto__": {"polluted": true},
  "identificationModule": {"nctId": "NCT01234567", "briefTitle": "Proto", "__proto__": {"polluted": true}, "constructor": {"prototype": {"polluted": true}}},
  "statusModule": {"overallStatus": "RECRUITING", "prototype": {"polluted": true}},
  "conditionsModule": {"conditions": ["__proto__", "constructor"], "keywords": [{"__proto__": {"polluted": true}}]}}}`;

const PAGES: ReadonlyArray<readonly [string, string]> = [
  ['API JSON', POLLUTING_STUDY],
  ['Python literal', POLLUTING_STUDY.replace(/true/g, 'True').replace(/"/g, "'")],
  [
    'a text page with prototype labels',
    'NCT01234567\n__proto__: polluted\nconstructor: x\nprototype: y\nBrief Title: Proto\nStatus: Recruiting\n',
  ],
];

describe('prototype keys through import and render', () => {
  for (const [name, page] of PAGES) {
    it(`import of ${name} keeps prototypes intact and the text as data`, () => {
      try {
        const outcome = importPage(page, { sourceName: name });
        assert.equal(Object.getPrototypeOf(outcome.record), Object.prototype);
        analyzeChecked(outcome.yaml, 'yaml');
        // Nothing dropped: the odd keys are written out as the data they are.
        assert.match(outcome.yaml, /__proto__/);
        if (name !== 'a text page with prototype labels') assert.match(outcome.yaml, /briefTitle: Proto/);
      } catch (error) {
        if (!(error instanceof ImportRefusal)) throw error;
      }
      assertNoPrototypePollution(prototypesBefore, `import of ${name}`);
    });
  }

  it('render of a record full of prototype keys keeps prototypes intact and the page inert', () => {
    for (const [format, text] of [
      ['json', POLLUTING_STUDY],
      [
        'yaml',
        '__proto__: {polluted: yes}\nidentificationModule:\n  __proto__: {polluted: yes}\n  constructor: {prototype: {polluted: yes}}\n  briefTitle: __proto__\nstatusModule:\n  overallStatus: constructor\n',
      ],
    ] as const) {
      const analysis = analyzeChecked(text, format);
      const page = renderRecordHtml({
        parsed: analysis.parsed,
        diagnostics: analysis.diagnostics,
        lines: new LineIndex(text),
        schema: recordSchema(),
      });
      assert.match(page, /trial-record/);
      assert.deepEqual(executableMarkup(page), []);
      assertNoPrototypePollution(prototypesBefore, `render (${format})`);
    }
  });
});
