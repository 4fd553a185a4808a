import type { DocumentLink } from 'vscode-languageserver';
import { documentRequest, textDocumentPlace } from '../documentRequest';
import { throwIfCancelled } from '../requestSteps';
import type { ServerFeature } from '../serverFeature';
import { toLspRange } from '../toLsp';

/** Ctrl+click on an NCT ID, a PubMed ID, a DOI or a URL field opens it in the browser. */
export const documentLinks: ServerFeature = {
  capabilities: { documentLinkProvider: { resolveProvider: false } },
  register(context) {
    context.connection.onDocumentLinks(
      documentRequest(context, 'document links', textDocumentPlace, null, (current, _params, token): DocumentLink[] => {
        const links = context.service.documentLinks(current);
        throwIfCancelled(token);
        return links.map(({ range, target, tooltip }) => ({ range: toLspRange(range, current.lines), target, tooltip }));
      }),
    );
  },
};
