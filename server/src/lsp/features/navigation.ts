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
import { CrossReferences } from '../../service/navigation/crossReferences';
import { documentSymbols, type RecordSymbol, type RecordSymbolKind } from '../../service/navigation/documentSymbols';
import { foldingRanges } from '../../service/navigation/foldingRanges';
import { prepareRenameAt, renameAt } from '../../service/navigation/renameSymbol';
import type { LineIndex } from '../../service/text/lineIndex';
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
  register({ connection, analysisFor }) {
    connection.onDocumentSymbol(async (params, token): Promise<DocumentSymbol[] | null> => {
      const current = await analysisFor(params.textDocument.uri, token);
      if (!current) return null;
      const { analysis, lines } = current;
      const symbols = documentSymbols(analysis.text, analysis.parsed);
      throwIfCancelled(token);
      return symbols.map((symbol) => toDocumentSymbol(symbol, lines));
    });

    connection.onFoldingRanges(async (params, token): Promise<FoldingRange[] | null> => {
      const current = await analysisFor(params.textDocument.uri, token);
      if (!current) return null;
      const { analysis, lines } = current;
      const ranges = foldingRanges(analysis.text, analysis.parsed, lines);
      throwIfCancelled(token);
      return ranges.map(({ startLine, endLine }) => ({ startLine, endLine, kind: FoldingRangeKind.Region }));
    });

    connection.onDefinition(async (params, token): Promise<Location[] | null> => {
      const current = await analysisFor(params.textDocument.uri, token);
      if (!current) return null;
      const { analysis, lines } = current;
      const references = new CrossReferences(analysis.text, analysis.parsed);
      const found = references.targetAt(lines.offsetAt(params.position));
      if (!found) return null;
      return references.occurrencesOf(found.target)
        .filter((occurrence) => occurrence.isDefinition)
        .map((occurrence) => ({ uri: params.textDocument.uri, range: toLspRange(occurrence.nameRange ?? occurrence.valueRange, lines) }));
    });

    connection.onReferences(async (params, token): Promise<Location[] | null> => {
      const current = await analysisFor(params.textDocument.uri, token);
      if (!current) return null;
      const { analysis, lines } = current;
      const references = new CrossReferences(analysis.text, analysis.parsed);
      const found = references.targetAt(lines.offsetAt(params.position));
      if (!found) return null;
      return references.occurrencesOf(found.target)
        .filter((occurrence) => params.context.includeDeclaration || !occurrence.isDefinition)
        .map((occurrence) => ({ uri: params.textDocument.uri, range: toLspRange(occurrence.nameRange ?? occurrence.valueRange, lines) }));
    });

    connection.onPrepareRename(async (params, token): Promise<{ range: Range; placeholder: string } | null> => {
      const current = await analysisFor(params.textDocument.uri, token);
      if (!current) return null;
      const { analysis, lines } = current;
      const prepared = prepareRenameAt(analysis.text, analysis.parsed, lines.offsetAt(params.position));
      if (!prepared) throw new ResponseError(ErrorCodes.InvalidRequest, 'Only arm labels and intervention names (and references to them) can be renamed here.');
      return { range: toLspRange(prepared.range, lines), placeholder: prepared.placeholder };
    });

    connection.onRenameRequest(async (params, token): Promise<WorkspaceEdit | null> => {
      const current = await analysisFor(params.textDocument.uri, token);
      if (!current) return null;
      const { analysis, lines } = current;
      const result = renameAt(analysis.text, analysis.parsed, lines.offsetAt(params.position), params.newName);
      if (!result) return null;
      if ('error' in result) throw new ResponseError(ErrorCodes.InvalidRequest, result.error);
      return { changes: { [params.textDocument.uri]: result.edits.map((edit) => ({ range: toLspRange(edit.range, lines), newText: edit.newText })) } };
    });
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
