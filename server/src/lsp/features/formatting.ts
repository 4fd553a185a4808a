import {
  ErrorCodes,
  ResponseError,
  type DocumentFormattingParams,
  type DocumentRangeFormattingParams,
  type FormattingOptions,
  type TextEdit,
} from 'vscode-languageserver';
import { SortRecordRequest, type SortRecordParams, type SortRecordResult } from '@trial-record/shared/protocol';
import type { TextEdit as RecordEdit } from '../../service/fixes/textEdit';
import type { FormatOptions } from '../../service/format/formatRecord';
import type { LineIndex } from '../../service/text/lineIndex';
import { offsetRange } from '../../service/text/offsetRange';
import { documentRequest, textDocumentPlace, type RequestPlace } from '../documentRequest';
import { throwIfCancelled } from '../requestSteps';
import type { ServerFeature } from '../serverFeature';
import { toLspRange } from '../toLsp';

/** Format Document, Format Selection, and the `trialRecord/sortRecord` request behind Sort Record into Registry Order. */
export const formatting: ServerFeature = {
  capabilities: { documentFormattingProvider: true, documentRangeFormattingProvider: true },
  register(context) {
    const { connection, service } = context;

    connection.onDocumentFormatting(
      documentRequest(
        context,
        'format document',
        textDocumentPlace,
        null,
        (current, params: DocumentFormattingParams, token): TextEdit[] => {
          const edits = service.format(current, formatOptions(params.options));
          throwIfCancelled(token);
          return toLspEdits(edits, current.lines);
        },
      ),
    );

    connection.onDocumentRangeFormatting(
      documentRequest(
        context,
        'format selection',
        textDocumentPlace,
        null,
        (current, params: DocumentRangeFormattingParams, token): TextEdit[] => {
          const { lines } = current;
          const range = offsetRange(lines.offsetAt(params.range.start), lines.offsetAt(params.range.end));
          const edits = service.format(current, formatOptions(params.options), range);
          throwIfCancelled(token);
          return toLspEdits(edits, lines);
        },
      ),
    );

    const placeOf = ({ uri }: SortRecordParams): RequestPlace => ({ uri });
    connection.onRequest(
      SortRecordRequest,
      documentRequest(context, 'sort record', placeOf, null, (current, { uri }, token): SortRecordResult => {
        const sorted = service.sortIntoRegistryOrder(current);
        throwIfCancelled(token);
        if ('refused' in sorted) throw new ResponseError(ErrorCodes.InvalidRequest, sorted.refused);
        if (sorted.edits.length === 0) return {};
        // Versioned: the client refuses the edit if the document changed since.
        return {
          edit: { documentChanges: [{ textDocument: { uri, version: current.version }, edits: toLspEdits(sorted.edits, current.lines) }] },
        };
      }),
    );
  },
};

function formatOptions(options: FormattingOptions): FormatOptions {
  return { tabSize: options.tabSize, insertSpaces: options.insertSpaces, insertFinalNewline: options.insertFinalNewline };
}

function toLspEdits(edits: readonly RecordEdit[], lines: LineIndex): TextEdit[] {
  return edits.map((edit) => ({ range: toLspRange(edit.range, lines), newText: edit.newText }));
}
