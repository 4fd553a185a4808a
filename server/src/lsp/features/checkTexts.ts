import { CheckTextsRequest, type CheckTextsResult } from '@trial-record/shared/protocol';
import { localToday } from '../../service/recordAnalyzer';
import { shownDiagnostics } from '../diagnosticsPublisher';
import { nextTurn, throwIfCancelled } from '../requestSteps';
import type { ServerFeature } from '../serverFeature';

/**
 * `trialRecord/checkTexts`: records that are not open (Check All Records in Workspace), checked as an open one
 * would be, with each folder's settings, one record per turn of the event loop so edits and cancellation get in.
 */
export const checkTexts: ServerFeature = {
  register(context) {
    const { connection, service } = context;
    connection.onRequest(CheckTextsRequest, async ({ records }, token): Promise<CheckTextsResult> => {
      const checked: Array<CheckTextsResult['records'][number]> = [];
      const today = localToday();
      for (const { uri, languageId, text } of Array.isArray(records) ? records : []) {
        if (typeof uri !== 'string' || typeof text !== 'string') continue;
        await nextTurn();
        throwIfCancelled(token);
        const settings = await context.settingsOfUnopened(uri);
        if (!settings.validation.enabled) {
          checked.push({ uri, diagnostics: [] });
          continue;
        }
        const record = service.analyze(text, typeof languageId === 'string' && languageId !== '' ? languageId : uri, {
          today,
          ruleSeverities: settings.rules,
          reviewStage: settings.review.stage,
        });
        checked.push({ uri, diagnostics: shownDiagnostics(record.analysis.diagnostics, record.lines, settings.diagnostics.maxProblems) });
      }
      return { records: checked };
    });
  },
};
