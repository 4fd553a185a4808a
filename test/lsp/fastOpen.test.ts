// A record opened by its value (js-yaml, locations read where findings need them) behaves in the
// editor exactly as one read whole: the same diagnostics, then folding, symbols and edits on the whole
// reading made in idle time; and a whole reading that disagrees with the value's gets the record
// analysed and published again.
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { stringify } from 'yaml';
import type { Diagnostic, FoldingRange } from 'vscode-languageserver';
import { localToday, RecordAnalyzer } from '../../server/src/service/recordAnalyzer';
import { LineIndex } from '../../server/src/service/text/lineIndex';
import { toLspDiagnostic } from '../../server/src/lsp/toLsp';
import { startInMemoryServer, type TestLspClient } from './lspClient';

const root = path.resolve(__dirname, '..', '..');
const study = JSON.parse(readFileSync(path.join(root, 'test/fixtures/ctgov/json/NCT04267848.json'), 'utf8')) as {
  protocolSection: unknown;
};
const LARGE = stringify(study.protocolSection, { lineWidth: 0, aliasDuplicateObjects: false });

describe('opening a large record by its value', () => {
  let client: TestLspClient;
  let analyses = 0;
  let disagree = false;
  before(async () => {
    client = startInMemoryServer((service) => ({
      ...service,
      documentAnalyzer(languageId) {
        const analyzer = service.documentAnalyzer(languageId);
        return {
          ...analyzer,
          analyzeInSteps(text, settings) {
            analyses++;
            return analyzer.analyzeInSteps(text, settings);
          },
          // The test's way to stand for a whole reading that disagrees with the value's.
          *prepareForEditsInSteps() {
            return (yield* analyzer.prepareForEditsInSteps()) || disagree;
          },
        };
      },
    }));
    await client.initialize();
  });
  after(async () => client.shutdown());

  it('publishes the diagnostics of the whole reading, then folds, and re-checks an edit', async () => {
    const uri = 'file:///records/large.trial.yaml';
    await client.open(uri, LARGE);
    const diagnostics = await client.diagnostics(uri);
    const lines = new LineIndex(LARGE);
    const expected = new RecordAnalyzer('yaml', { readValueFirst: false })
      .analyze(LARGE, { today: localToday() })
      .diagnostics.map((diagnostic): Diagnostic => toLspDiagnostic(diagnostic, lines));
    assert.deepEqual(diagnostics, JSON.parse(JSON.stringify(expected)));
    const folds = await client.request<FoldingRange[]>('textDocument/foldingRange', { textDocument: { uri } });
    assert.ok(folds.length > 1000, `${folds.length} folding ranges`);
    const line = LARGE.split('\n').findIndex((text) => text.startsWith('  overallStatus: '));
    const version = await client.change(uri, {
      text: '  overallStatus: Recruiting\n',
      range: { start: { line, character: 0 }, end: { line: line + 1, character: 0 } },
    });
    const edited = await client.diagnostics(uri, (list) => list.some((diagnostic) => diagnostic.code === 'schema/enum'), version);
    assert.ok(edited.length > 0);
  });

  it('analyses and publishes again when the whole reading disagrees with the value', async () => {
    const uri = 'file:///records/disagree.trial.yaml';
    disagree = true;
    const before = analyses;
    await client.open(uri, 'identificationModule:\n  briefTitle: A Study\n');
    await client.diagnostics(uri);
    for (let wait = 0; analyses < before + 2 && wait < 200; wait++) await new Promise((resolve) => setTimeout(resolve, 10));
    disagree = false;
    assert.ok(analyses >= before + 2, `${analyses - before} analyses`);
    await client.diagnostics(uri);
  });
});
