// A task type for the command line's check (`trial-record check`), with the `$trial-record` problem matcher
// (package.json), so a build or CI-like task fills the Problems panel from the CLI's output.
import * as vscode from 'vscode';

export const TASK_TYPE = 'trial-record';

interface CheckTaskDefinition extends vscode.TaskDefinition {
  readonly command: 'check';
  readonly paths?: string[];
}

function checkTask(context: vscode.ExtensionContext, folder: vscode.WorkspaceFolder, definition: CheckTaskDefinition): vscode.Task {
  const cli = context.asAbsolutePath('dist/cli.js');
  const paths = definition.paths && definition.paths.length > 0 ? definition.paths : ['.'];
  const execution = new vscode.ProcessExecution(process.execPath, [cli, 'check', ...paths], {
    cwd: folder.uri.fsPath,
    env: { ELECTRON_RUN_AS_NODE: '1' },
  });
  const task = new vscode.Task(definition, folder, 'check records', 'trial-record', execution, '$trial-record');
  task.group = vscode.TaskGroup.Build;
  return task;
}

export function registerCheckTaskProvider(context: vscode.ExtensionContext): vscode.Disposable {
  return vscode.tasks.registerTaskProvider(TASK_TYPE, {
    provideTasks: () =>
      (vscode.workspace.workspaceFolders ?? [])
        .filter((folder) => folder.uri.scheme === 'file')
        .map((folder) => checkTask(context, folder, { type: TASK_TYPE, command: 'check' })),
    resolveTask(task) {
      const definition = task.definition as CheckTaskDefinition;
      const folder = typeof task.scope === 'object' ? task.scope : vscode.workspace.workspaceFolders?.[0];
      return definition.command === 'check' && folder ? checkTask(context, folder, definition) : undefined;
    },
  });
}
