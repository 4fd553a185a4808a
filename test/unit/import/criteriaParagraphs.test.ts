import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { importPage } from '../../../server/src/import/importPage';
import { renderRecordHtml } from '../../../server/src/render/renderRecord';
import { parseRecord } from '../../../server/src/service/parse/parseRecord';
import { recordSchema } from '../../../server/src/service/schema/recordSchema';
import { LineIndex } from '../../../server/src/service/text/lineIndex';

const PAGE = [
  'Official Title: A study of X',
  'Eligibility Criteria:',
  'Inclusion Criteria:',
  '- Adults aged 18 or over',
  '- Signed consent',
  'Exclusion Criteria:',
  '- Pregnancy',
  '',
  'Patients on dialysis are asked first.',
  'Sex: All',
].join('\n');

// Criteria keep the page's paragraphs, and a heading stands apart from the list above it: without the blank
// line, Markdown (the preview, the registry's own rendering) runs "Exclusion Criteria:" into the last bullet.
describe('eligibility criteria paragraphs', () => {
  const criteria = importPage(PAGE).record.eligibilityModule as { eligibilityCriteria?: string };

  it('keeps a blank line where the page has one, and sets the criteria headings apart', () => {
    assert.equal(
      criteria.eligibilityCriteria,
      'Inclusion Criteria:\n\n- Adults aged 18 or over\n- Signed consent\n\nExclusion Criteria:\n\n- Pregnancy\n\nPatients on dialysis are asked first.',
    );
  });

  it('is shown by the preview with the exclusion heading outside the inclusion list', () => {
    const yaml = importPage(PAGE).yaml;
    const parsed = parseRecord(yaml, 'yaml');
    const html = renderRecordHtml({ parsed, diagnostics: [], lines: new LineIndex(yaml), schema: recordSchema() });
    const lastInclusionItem = /<li[^>]*>Signed consent<\/li>/.exec(html);
    assert.ok(lastInclusionItem, html);
    assert.doesNotMatch(html, /<li[^>]*>Signed consent\s*Exclusion Criteria/);
    assert.match(html, /<\/ul>\s*<p[^>]*>Exclusion Criteria:<\/p>/);
  });
});
