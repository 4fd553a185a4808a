import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { RecordAnalyzer } from '../../../server/src/service/recordAnalyzer';

describe('a ClinicalTrials.gov search response opened as a record', () => {
  it('gets one clear message on `studies` instead of unknown-field and missing-module errors', () => {
    const text = JSON.stringify(
      { studies: [{ protocolSection: { identificationModule: { nctId: 'NCT05147467' } } }], nextPageToken: 'abc' },
      null,
      2,
    );
    const { diagnostics } = new RecordAnalyzer('json').analyze(text, { today: '2026-11-22' });
    assert.deepEqual(
      diagnostics.map((d) => d.code),
      ['schema/search-response'],
    );
    assert.equal(text.slice(diagnostics[0].range.start, diagnostics[0].range.end), '"studies"');
    assert.match(diagnostics[0].message, /search response holding 1 study, not one record\. Import it/);
  });
});
