// The language status item (the `{}` beside the language name in the status bar) for records: whether the
// language server runs, the active record's problem counts, the rules turned off in settings, and a link to them.
import * as vscode from 'vscode';
import { State, type LanguageClient } from 'vscode-languageclient/node';
import { RECORD_LANGUAGE_IDS } from './recordLanguages';

const SERVER_STATE: Record<State, string> = {
  [State.Starting]: 'starting',
  [State.Running]: 'checking records',
  [State.Stopped]: 'stopped',
  [State.StartFailed]: 'failed to start (see Output › Trial Record Studio)',
};

/** What the item says about the problems of `diagnostics` (ours only). */
export function problemSummary(diagnostics: readonly vscode.Diagnostic[]): string {
  const ours = diagnostics.filter((diagnostic) => diagnostic.source?.startsWith('trial-record'));
  const count = (severity: vscode.DiagnosticSeverity) => ours.filter((diagnostic) => diagnostic.severity === severity).length;
  const errors = count(vscode.DiagnosticSeverity.Error);
  const warnings = count(vscode.DiagnosticSeverity.Warning);
  const others = ours.length - errors - warnings;
  if (ours.length === 0) return 'no problems';
  const parts = [`${errors} error${errors === 1 ? '' : 's'}`, `${warnings} warning${warnings === 1 ? '' : 's'}`];
  if (others > 0) parts.push(`${others} note${others === 1 ? '' : 's'}`);
  return parts.join(', ');
}

/** The rule ids `trialRecord.rules` turns off for `scope`. */
export function rulesTurnedOff(rules: unknown): string[] {
  if (typeof rules !== 'object' || rules === null) return [];
  return Object.entries(rules as Record<string, unknown>)
    .filter(([, level]) => level === 'off')
    .map(([id]) => id);
}

/** What the language status item shows now (read by the in-editor tests through the extension's exports). */
export interface ShownLanguageStatus {
  readonly text: string;
  readonly detail: string | undefined;
  readonly severity: 'information' | 'error';
}

export interface LanguageStatus extends vscode.Disposable {
  shown(): ShownLanguageStatus;
}

export function registerLanguageStatus(client: LanguageClient): LanguageStatus {
  const item = vscode.languages.createLanguageStatusItem(
    'trialRecord.status',
    RECORD_LANGUAGE_IDS.map((language) => ({ language })),
  );
  item.name = 'Trial Record Studio';
  item.command = { title: 'Settings', command: 'workbench.action.openSettings', arguments: ['trialRecord'] };

  const update = (): void => {
    const editor = vscode.window.activeTextEditor;
    const state = SERVER_STATE[client.state];
    item.busy = client.state === State.Starting;
    item.severity =
      client.state === State.Stopped || client.state === State.StartFailed
        ? vscode.LanguageStatusSeverity.Error
        : vscode.LanguageStatusSeverity.Information;
    if (!editor) {
      item.text = `Trial Record: ${state}`;
      return;
    }
    const problems = problemSummary(vscode.languages.getDiagnostics(editor.document.uri));
    const off = rulesTurnedOff(vscode.workspace.getConfiguration('trialRecord', editor.document.uri).get('rules'));
    item.text = `Trial Record: ${problems}`;
    item.detail = `Server ${state}${off.length > 0 ? `; rules off: ${off.join(', ')}` : ''}`;
  };

  const subscriptions = [
    item,
    client.onDidChangeState(update),
    vscode.window.onDidChangeActiveTextEditor(update),
    vscode.languages.onDidChangeDiagnostics((event) => {
      const active = vscode.window.activeTextEditor?.document.uri.toString();
      if (active && event.uris.some((uri) => uri.toString() === active)) update();
    }),
    vscode.workspace.onDidChangeConfiguration((event) => {
      if (event.affectsConfiguration('trialRecord.rules')) update();
    }),
  ];
  update();
  const disposable = vscode.Disposable.from(...subscriptions);
  return {
    dispose: () => {
      disposable.dispose();
    },
    shown: () => ({
      text: item.text,
      detail: item.detail,
      severity: item.severity === vscode.LanguageStatusSeverity.Error ? 'error' : 'information',
    }),
  };
}
