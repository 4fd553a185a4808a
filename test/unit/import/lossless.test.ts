// Nothing is lost: every non-empty line of every fixture either went into the record (the reader
// says so in usedLines) or appears, verbatim, in the comment block at the end of the record.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { detectFormat } from '../../../server/src/import/formatRegistry';
import { htmlToText, looksLikeHtml } from '../../../server/src/import/htmlToText';
import { importPage } from '../../../server/src/import/importPage';
import { toPageText } from '../../../server/src/import/pageText';
import { allFixtures, ctgovJsonFixtures, ignitePage, keptCommentLines, studiesOf } from './support/importTestKit';

function assertLossless(name: string, text: string): void {
  const page = toPageText(looksLikeHtml(text) ? htmlToText(text) : text);
  const { format } = detectFormat(page);
  const reading = format.read(page);
  const result = importPage(text, { sourceName: name });
  assert.equal(result.format, format.id, name);
  const kept = keptCommentLines(result.yaml);
  const missing = page.lines.filter((line, index) => line.trim() !== '' && !reading.usedLines.has(index));
  assert.deepEqual(kept, missing, `${name}: the kept lines are exactly the lines no field took, in page order`);
  assert.equal(result.keptLines, kept.length, name);
  for (const index of reading.usedLines) assert.ok(index >= 0 && index < page.lines.length, `${name}: used line ${index} exists`);
}

describe('nothing is lost', () => {
  const fixtures = allFixtures();

  it('has fixtures of every kind', () => {
    assert.ok(fixtures.some((fixture) => fixture.name.endsWith('.html')));
    assert.ok(fixtures.filter((fixture) => fixture.name.endsWith('.json')).length >= 19);
    assert.ok(fixtures.filter((fixture) => fixture.name.endsWith('.txt')).length >= 5);
  });

  for (const fixture of fixtures) {
    it(`accounts for every line of ${fixture.name}`, () => assertLossless(fixture.name, fixture.text));
  }

  it('accounts for every line of the Ignite-style page of every real study', () => {
    for (const fixture of ctgovJsonFixtures()) for (const study of studiesOf(fixture.text)) assertLossless(fixture.name, ignitePage(study));
  });
});
