import {
  CompletionItemKind,
  InsertTextFormat,
  MarkupKind,
  type CompletionItem,
  type CompletionList,
  type Hover,
} from 'vscode-languageserver';
import { documentRequest, textDocumentPlace } from '../documentRequest';
import type { ServerFeature } from '../serverFeature';
import { toLspRange } from '../toLsp';

const ITEM_KINDS = {
  value: CompletionItemKind.EnumMember,
  module: CompletionItemKind.Module,
  property: CompletionItemKind.Property,
  reference: CompletionItemKind.Reference,
} as const;

/** Opens the suggestions again after an item whose field has choices of its own (VS Code's command). */
const SUGGEST_AGAIN = { title: 'Suggest', command: 'editor.action.triggerSuggest' };

/** Completion of keys and enum values, and hover help, answered from the cached analysis. */
export const completionAndHover: ServerFeature = {
  capabilities: {
    completionProvider: { triggerCharacters: [':', ' ', '-', '"'] },
    hoverProvider: true,
  },
  register(context) {
    const { connection, service } = context;
    connection.onCompletion(
      documentRequest(context, 'completion', textDocumentPlace, null, (current, params): CompletionList => {
        const { lines } = current;
        const result = service.complete(current, lines.offsetAt(params.position));
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
          command: item.retrigger ? SUGGEST_AGAIN : undefined,
        }));
        return { isIncomplete: result.incomplete === true, items };
      }),
    );

    connection.onHover(
      documentRequest(context, 'hover', textDocumentPlace, null, (current, params): Hover | null => {
        const result = service.hover(current, current.lines.offsetAt(params.position));
        if (!result) return null;
        return { contents: { kind: MarkupKind.Markdown, value: result.markdown }, range: toLspRange(result.range, current.lines) };
      }),
    );
  },
};
