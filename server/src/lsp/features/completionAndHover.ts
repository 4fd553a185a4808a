import { CompletionItemKind, InsertTextFormat, MarkupKind, type CompletionItem, type Hover } from 'vscode-languageserver';
import { complete } from '../../service/language/completion';
import { hover } from '../../service/language/hover';
import { recordSchema } from '../../service/schema/recordSchema';
import { describeError, type ServiceLog } from '../../service/serviceLog';
import type { ServerFeature } from '../serverFeature';
import { toLspRange } from '../toLsp';

const ITEM_KINDS = { value: CompletionItemKind.EnumMember, module: CompletionItemKind.Module, property: CompletionItemKind.Property } as const;

/** Completion of keys and enum values, and hover help, answered from the cached analysis. */
export const completionAndHover: ServerFeature = {
  capabilities: {
    completionProvider: { triggerCharacters: [':', ' ', '-', '"'] },
    hoverProvider: true,
  },
  register({ connection, analysisFor }) {
    // A completion or hover that fails inside is answered empty; why, and where, goes to the output channel.
    const log: ServiceLog = {
      error: (message, error) => connection.console.error(error === undefined ? message : `${message}: ${describeError(error)}`),
      warn: (message) => connection.console.warn(message),
    };
    connection.onCompletion(async (params, token) => {
      const current = await analysisFor(params.textDocument.uri, token);
      if (!current) return null;
      const { analysis, lines } = current;
      const result = complete(analysis.text, analysis.parsed, lines.offsetAt(params.position), recordSchema(), { log, uri: params.textDocument.uri, position: params.position });
      const items: CompletionItem[] = result.items.map((item, index) => ({
        label: item.label,
        kind: ITEM_KINDS[item.kind],
        detail: item.detail,
        documentation: item.documentation ? { kind: MarkupKind.Markdown, value: item.documentation } : undefined,
        filterText: item.filterText,
        // Keep the service's order (schema order for keys, enum order for values).
        sortText: String(index).padStart(4, '0'),
        insertTextFormat: item.isSnippet ? InsertTextFormat.Snippet : InsertTextFormat.PlainText,
        textEdit: { range: toLspRange(item.replaceRange, lines), newText: item.insertText },
      }));
      return { isIncomplete: false, items };
    });

    connection.onHover(async (params, token): Promise<Hover | null> => {
      const current = await analysisFor(params.textDocument.uri, token);
      if (!current) return null;
      const { analysis, lines } = current;
      const result = hover(analysis.text, analysis.parsed, lines.offsetAt(params.position), recordSchema(), analysis.diagnostics, { log, uri: params.textDocument.uri, position: params.position });
      if (!result) return null;
      return { contents: { kind: MarkupKind.Markdown, value: result.markdown }, range: toLspRange(result.range, lines) };
    });
  },
};
