// Tells the user when a `trialRecord.rules` setting cannot be used (the server then falls back to each rule's
// default severity): a warning with a button to the setting, and a line in the output channel. Checked at
// start-up and whenever the setting changes; the same problems are not announced twice in a row.
import * as vscode from 'vscode';
import { ruleSettingsProblems } from './ruleSettingsProblems';

export class SettingsMonitor implements vscode.Disposable {
  private current: readonly string[] = [];
  private readonly subscription: vscode.Disposable;

  constructor(private readonly output: vscode.OutputChannel) {
    this.subscription = vscode.workspace.onDidChangeConfiguration((event) => {
      if (event.affectsConfiguration('trialRecord.rules')) this.check();
    });
    this.check();
  }

  /** The problems found by the latest check. */
  problems(): readonly string[] {
    return this.current;
  }

  private check(): void {
    // The setting is resource-scoped: look at the value for any resource (null) and at every folder's.
    const scopes: (vscode.WorkspaceFolder | null)[] = [null, ...(vscode.workspace.workspaceFolders ?? [])];
    const found = new Set<string>();
    for (const scope of scopes) {
      for (const problem of ruleSettingsProblems(vscode.workspace.getConfiguration('trialRecord', scope).get<unknown>('rules')))
        found.add(problem);
    }
    const problems = [...found];
    const changed = problems.length !== this.current.length || problems.some((problem, i) => problem !== this.current[i]);
    this.current = problems;
    if (!changed || problems.length === 0) return;
    for (const problem of problems) this.output.appendLine(`[settings] ${problem}`);
    const summary =
      problems.length === 1
        ? problems[0]
        : `${problems.length} entries of \`trialRecord.rules\` are ignored (see the output for each): ${problems[0]}`;
    void vscode.window.showWarningMessage(`Trial Record Studio: ${summary}`, 'Open Settings').then((choice) => {
      if (choice === 'Open Settings') void vscode.commands.executeCommand('workbench.action.openSettings', 'trialRecord.rules');
    });
  }

  dispose(): void {
    this.subscription.dispose();
  }
}
