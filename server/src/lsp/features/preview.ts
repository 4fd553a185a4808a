import { ResponseError, ErrorCodes } from 'vscode-languageserver';
import { ExportStudyRequest, RenderPreviewRequest, type RenderPreviewResult } from '@trial-record/shared/protocol';
import { documentRequest, type RequestPlace } from '../documentRequest';
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
  register(context) {
    const { connection, documents, service } = context;
    const lastGood = new Map<string, GoodRender>();
    documents.onDidClose((event) => lastGood.delete(event.document.uri));
    const placeOf = ({ uri }: { readonly uri: string }): RequestPlace => ({ uri });

    connection.onRequest(
      RenderPreviewRequest,
      documentRequest(context, 'preview', placeOf, null, async (current, { uri }, token): Promise<RenderPreviewResult> => {
        const { analysis, lines, version } = current;
        const html = await runInSteps(service.renderSteps(current), token);
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
      }),
    );

    connection.onRequest(
      ExportStudyRequest,
      documentRequest(context, 'export', placeOf, null, (current, _params, token) => {
        const { analysis } = current;
        const study = service.exportStudy(current);
        if ('refused' in study) throw new ResponseError(ErrorCodes.InvalidParams, `Nothing to export: ${study.refused}.`);
        throwIfCancelled(token);
        const errorCount = analysis.diagnostics.filter(
          (diagnostic) => diagnostic.severity === 'error' && diagnostic.layer !== 'rules' && diagnostic.layer !== 'review',
        ).length;
        return { json: study.json, errorCount };
      }),
    );
  },
};
