// The sentences the import commands end with (client/src/import/importSummary.ts).
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import type { ImportPageResult } from '@trial-record/shared/protocol';
import { batchSummary, failureDetails, pageDetails, pageSummary } from '../../../client/src/import/importSummary';

function result(overrides: Partial<ImportPageResult>): ImportPageResult {
  return {
    format: 'medpath',
    formatLabel: 'MedPath study page',
    yaml: '',
    filledFields: 0,
    filledByModule: {},
    keptLines: 0,
    keptByReason: {},
    report: '',
    ...overrides,
  };
}

describe('import summaries', () => {
  it('say the format, the fields filled by module and the lines kept for one page', () => {
    assert.equal(
      pageSummary(
        result({
          studyId: 'NCT06321198',
          filledFields: 23,
          filledByModule: { identificationModule: 3, statusModule: 5, armsInterventionsModule: 15 },
          keptLines: 4,
        }),
      ),
      'Imported NCT06321198 from MedPath study page: 23 fields filled (identification 3, status 5, arms and interventions 15), 4 lines kept as comments.',
    );
    assert.equal(
      pageSummary(result({ format: 'generic', formatLabel: 'Generic "Label: value" text', filledFields: 1, keptLines: 1 })),
      'Imported Generic "Label: value" text: 1 field filled, 1 line kept as comments.',
    );
  });

  it('add up a batch, group the formats and count what did not import', () => {
    const imported = [
      { sourceName: 'a.txt', target: '/r/NCT1.trial.yaml', result: result({ filledFields: 10, keptLines: 1 }) },
      { sourceName: 'b.txt', target: '/r/NCT2.trial.yaml', result: result({ filledFields: 20, keptLines: 2 }) },
      {
        sourceName: 'c.json',
        target: '/r/NCT3.trial.yaml',
        result: result({ format: 'ctgov-json', formatLabel: 'ClinicalTrials.gov API v2 JSON', filledFields: 30, keptLines: 0 }),
      },
    ];
    assert.equal(
      batchSummary({ imported, failed: [{ sourceName: 'gone.txt', message: 'gone' }], skipped: 1, notReached: 0, folderName: 'records' }),
      'Imported 3 of 5 pages into records (MedPath study page ×2, ClinicalTrials.gov API v2 JSON): 60 fields filled, 3 lines kept as comments. 1 could not be imported. 1 skipped (a record of that name exists).',
    );
    assert.equal(
      batchSummary({ imported: [], failed: [], skipped: 0, notReached: 2, folderName: 'out' }),
      'Imported 0 of 2 pages into out. Cancelled before the last 2 pages.',
    );
  });

  it('details carry the source, destination, counts and the server report', () => {
    const details = pageDetails({
      sourceName: 'clipboard',
      target: 'new editor NCT06321198.trial.yaml',
      result: result({ filledFields: 2, keptLines: 1, report: '- kept line 7\n' }),
    });
    assert.match(details, /^## clipboard → new editor NCT06321198\.trial\.yaml/);
    assert.match(details, /Format: MedPath study page \(medpath\); 2 fields filled; 1 line kept as comments\./);
    assert.match(details, /- kept line 7/);
    assert.match(
      failureDetails({ sourceName: 'x.txt', message: 'x.txt could not be read: it no longer exists.' }),
      /## x\.txt — not imported\n\nx\.txt could not be read/,
    );
  });
});
