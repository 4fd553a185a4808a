import { ResponseError, ErrorCodes } from 'vscode-languageserver';
import { ExportStudyRequest, RenderPreviewRequest, type RenderPreviewResult } from '../../protocol';
import { renderRecordSteps } from '../../render/renderRecord';
import { studyJsonOf } from '../../render/studyJson';
import { recordSchema } from '../../service/schema/recordSchema';
import { runInSteps, throwIfCancelled } from '../requestSteps';
import type { ServerFeature } from '../serverFeature';

interface GoodRender {
  readonly version: number;
  readonly html: string;
}

/**
 * The preview's HTML and the API JSON export, from the analysis the server already holds.
 * While the text does not parse, the preview keeps showing the last good render of that document
 * and says why it is stale.
 */
export const preview: ServerFeature = {
  register({ connection, documents, analysisFor }) {
    const lastGood = new Map<string, GoodRender>();
    documents.onDidClose((event) => lastGood.delete(event.document.uri));

    connection.onRequest(RenderPreviewRequest, async ({ uri }, token): Promise<RenderPreviewResult | null> => {
      const current = await analysisFor(uri, token);
      if (!current) return null;
      const { analysis, lines, version } = current;
      const html = await runInSteps(renderRecordSteps({ parsed: analysis.parsed, diagnostics: analysis.diagnostics, lines, schema: recordSchema() }), token);
      const syntaxError = analysis.parsed.syntaxProblems.find((problem) => problem.severity === 'error');
      if (!syntaxError) {
        lastGood.set(uri, { version, html });
        return { version, html };
      }
      const where = lines.positionAt(syntaxError.range.start);
      const staleReason = `Line ${where.line + 1}: ${syntaxError.message}`;
      const previous = lastGood.get(uri);
      // Nothing good yet (the file was opened broken): show what parses, still with the banner.
      return { version, html: previous?.html ?? html, staleReason };
    });

    connection.onRequest(ExportStudyRequest, async ({ uri }, token) => {
      const current = await analysisFor(uri, token);
      if (!current) return null;
      const { analysis } = current;
      const study = studyJsonOf(analysis.parsed);
      if ('refused' in study) throw new ResponseError(ErrorCodes.InvalidParams, `Nothing to export: ${study.refused}.`);
      throwIfCancelled(token);
      const errorCount = analysis.diagnostics.filter((diagnostic) => diagnostic.severity === 'error' && diagnostic.layer !== 'rules').length;
      return { json: study.json, errorCount };
    });
  },
};
