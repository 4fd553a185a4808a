// What `activate()` returns (`vscode.extensions.getExtension(id).exports`). Read-only facts about the running
// extension, used by the in-editor fault tests (test/vscode/suite/serverRestart.test.ts, settings.test.ts);
// not a stable API for other extensions.
export interface TrialRecordExtensionApi {
  /** The process id of the running language server; undefined while it is not running. */
  languageServerPid(): number | undefined;
  /** The messages about unusable `trialRecord.*` settings shown to the user most recently (empty: none). */
  settingsProblems(): readonly string[];
}
