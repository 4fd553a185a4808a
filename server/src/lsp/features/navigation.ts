import {
  ErrorCodes,
  FoldingRangeKind,
  ResponseError,
  SymbolKind,
  type DocumentSymbol,
  type FoldingRange,
  type Location,
  type Range,
  type WorkspaceEdit,
} from 'vscode-languageserver';
import type { RecordSymbol, RecordSymbolKind } from '../../service/navigation/documentSymbols';
import type { LineIndex } from '../../service/text/lineIndex';
import type { OffsetRange } from '../../service/text/offsetRange';
import { documentRequest, textDocumentPlace } from '../documentRequest';
import { throwIfCancelled } from '../requestSteps';
import type { ServerFeature } from '../serverFeature';
import { toLspRange } from '../toLsp';

const SYMBOL_KINDS: Record<RecordSymbolKind, SymbolKind> = {
  section: SymbolKind.Namespace,
  module: SymbolKind.Module,
  list: SymbolKind.Array,
  arm: SymbolKind.Struct,
  intervention: SymbolKind.Function,
  outcome: SymbolKind.Event,
  location: SymbolKind.Object,
};

/** Outline, folding, and go to definition / find references / rename for arm labels and intervention names. */
export const navigation: ServerFeature = {
  capabilities: {
    documentSymbolProvider: true,
    definitionProvider: true,
    referencesProvider: true,
    renameProvider: { prepareProvider: true },
    foldingRangeProvider: true,
  },
  register(context) {
    const { connection } = context;
    const locations = (uri: string, ranges: readonly OffsetRange[] | undefined, lines: LineIndex): Location[] | null =>
      ranges ? ranges.map((range) => ({ uri, range: toLspRange(range, lines) })) : null;

    connection.onDocumentSymbol(
      documentRequest(context, 'outline', textDocumentPlace, null, (current, _params, token): DocumentSymbol[] => {
        const symbols = context.service.symbols(current);
        throwIfCancelled(token);
        return symbols.map((symbol) => toDocumentSymbol(symbol, current.lines));
      }),
    );

    connection.onFoldingRanges(
      documentRequest(context, 'folding', textDocumentPlace, null, (current, _params, token): FoldingRange[] => {
        const ranges = context.service.foldingRanges(current);
        throwIfCancelled(token);
        return ranges.map(({ startLine, endLine }) => ({ startLine, endLine, kind: FoldingRangeKind.Region }));
      }),
    );

    connection.onDefinition(
      documentRequest(context, 'go to definition', textDocumentPlace, null, (current, params) =>
        locations(params.textDocument.uri, context.service.definitions(current, current.lines.offsetAt(params.position)), current.lines),
      ),
    );

    connection.onReferences(
      documentRequest(context, 'find references', textDocumentPlace, null, (current, params) =>
        locations(
          params.textDocument.uri,
          context.service.references(current, current.lines.offsetAt(params.position), params.context.includeDeclaration),
          current.lines,
        ),
      ),
    );

    connection.onPrepareRename(
      documentRequest(context, 'prepare rename', textDocumentPlace, null, (current, params): { range: Range; placeholder: string } => {
        const prepared = context.service.prepareRename(current, current.lines.offsetAt(params.position));
        if (!prepared)
          throw new ResponseError(
            ErrorCodes.InvalidRequest,
            'Only arm labels and intervention names (and references to them) can be renamed here.',
          );
        return { range: toLspRange(prepared.range, current.lines), placeholder: prepared.placeholder };
      }),
    );

    connection.onRenameRequest(
      documentRequest(context, 'rename', textDocumentPlace, null, (current, params): WorkspaceEdit | null => {
        const result = context.service.rename(current, current.lines.offsetAt(params.position), params.newName);
        if (!result) return null;
        if ('error' in result) throw new ResponseError(ErrorCodes.InvalidRequest, result.error);
        return {
          changes: {
            [params.textDocument.uri]: result.edits.map((edit) => ({
              range: toLspRange(edit.range, current.lines),
              newText: edit.newText,
            })),
          },
        };
      }),
    );
  },
};

function toDocumentSymbol(symbol: RecordSymbol, lines: LineIndex): DocumentSymbol {
  return {
    name: symbol.name,
    detail: symbol.detail,
    kind: SYMBOL_KINDS[symbol.kind],
    range: toLspRange(symbol.range, lines),
    selectionRange: toLspRange(symbol.selectionRange, lines),
    children: symbol.children.map((child) => toDocumentSymbol(child, lines)),
  };
}
