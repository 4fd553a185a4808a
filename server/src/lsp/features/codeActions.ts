import { CodeActionKind, type CodeAction, type Diagnostic, type TextEdit as LspTextEdit, type WorkspaceEdit } from 'vscode-languageserver';
import type { FixData, RecordDiagnostic } from '../../service/diagnostics/recordDiagnostic';
import { parseFixData } from '../../service/fixes/fixData';
import type { FixReporting } from '../../service/fixes/quickFixes';
import type { TextEdit } from '../../service/fixes/textEdit';
import type { LineIndex } from '../../service/text/lineIndex';
import { documentRequest, textDocumentPlace } from '../documentRequest';
import { throwIfCancelled } from '../requestSteps';
import type { ServerFeature } from '../serverFeature';
import { toLspRange } from '../toLsp';

/** The `source.fixAll` action of this extension (VS Code runs it for "Fix all" and `editor.codeActionsOnSave`). */
export const FIX_ALL_KIND = `${CodeActionKind.SourceFixAll}.trialRecord`;

/**
 * Quick fixes for the diagnostics under the cursor, from the fix data each diagnostic carries in
 * `data`; "fix all of this kind in the file" when a kind occurs more than once; and a
 * `source.fixAll` action that applies every fix safe to apply unattended.
 */
export const codeActions: ServerFeature = {
  capabilities: {
    codeActionProvider: { codeActionKinds: [CodeActionKind.QuickFix, FIX_ALL_KIND], resolveProvider: false },
  },
  register(context) {
    const { connection, service } = context;
    connection.onCodeAction(
      documentRequest(context, 'code actions', textDocumentPlace, null, (current, params, token): CodeAction[] => {
        const { uri, lines } = current;
        const fixes = service.fixes(current);
        const wants = (kind: string) =>
          !params.context.only || params.context.only.some((wanted) => kind === wanted || kind.startsWith(`${wanted}.`));
        const edit = (edits: readonly TextEdit[]): WorkspaceEdit => ({
          changes: { [uri]: edits.map((e): LspTextEdit => ({ range: toLspRange(e.range, lines), newText: e.newText })) },
        });
        const actions: CodeAction[] = [];

        if (wants(CodeActionKind.QuickFix)) {
          const offeredFixAll = new Set<string>();
          for (const diagnostic of params.context.diagnostics) {
            const fixable = fixableFrom(diagnostic, lines, { log: service.log, uri });
            if (!fixable) continue;
            // With every diagnostic as context: "Add `briefTitle`" steps aside for "Rename `breifTitle`".
            const fix = fixes.quickFix(fixable);
            if (!fix) continue;
            // Preferred (what "Auto Fix" applies) only when the fix settles nothing by guesswork.
            actions.push({
              title: fix.title,
              kind: CodeActionKind.QuickFix,
              diagnostics: [diagnostic],
              isPreferred: fix.unattended,
              edit: edit(fix.edits),
            });
            if (offeredFixAll.has(fixable.code)) continue;
            offeredFixAll.add(fixable.code);
            const combined = fixes.fixAllOfCode(fixable.code);
            if (combined.fixed < 2) continue;
            actions.push({
              title: `Fix all ${combined.fixed} \`${fixable.code}\` problems in this file`,
              kind: CodeActionKind.QuickFix,
              edit: edit(combined.edits),
            });
          }
        }
        // Only when asked for: VS Code asks for source actions on "Fix all" and on save.
        if (params.context.only && wants(FIX_ALL_KIND)) {
          const combined = fixes.fixAllUnattended();
          if (combined.fixed > 0) {
            actions.push({
              title: `Fix ${combined.fixed} trial-record problem${combined.fixed === 1 ? '' : 's'} that have an unambiguous fix`,
              kind: FIX_ALL_KIND,
              edit: edit(combined.edits),
            });
          }
        }
        throwIfCancelled(token);
        return actions;
      }),
    );
  },
};

/** A published diagnostic of ours, back in the service's terms (its fix data came along in `data`). */
function fixableFrom(
  diagnostic: Diagnostic,
  lines: LineIndex,
  reporting: FixReporting,
): Pick<RecordDiagnostic, 'range' | 'code' | 'fix'> | undefined {
  if (!diagnostic.source?.startsWith('trial-record') || diagnostic.code === undefined || diagnostic.data === undefined) return undefined;
  const fix = fixDataOf(diagnostic.data, String(diagnostic.code), reporting);
  if (!fix) return undefined;
  return {
    range: { start: lines.offsetAt(diagnostic.range.start), end: lines.offsetAt(diagnostic.range.end) },
    code: String(diagnostic.code),
    fix,
  };
}

/** The fix data the client sent back, checked once here; malformed data offers no fix and is logged. */
function fixDataOf(data: unknown, code: string, reporting: FixReporting): FixData | undefined {
  const parsed = parseFixData(data);
  if ('fix' in parsed) return parsed.fix;
  reporting.log.warn(`Ignored the fix data of a ${code} diagnostic in ${reporting.uri ?? 'a document'}: ${parsed.problem}`);
  return undefined;
}
