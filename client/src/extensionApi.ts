import type { ShownLanguageStatus } from './languageStatus';
import type { ShownRender } from './preview/recordPreview';

export type { ShownLanguageStatus } from './languageStatus';
export type { ShownRender } from './preview/recordPreview';

// What `activate()` returns (`vscode.extensions.getExtension(id).exports`). Read-only facts about the running
// extension (the in-editor tests read them: test/vscode/suite/serverRestart.test.ts, settings.test.ts,
// preview.test.ts); not yet a stable API for other extensions.
export interface TrialRecordExtensionApi {
  /** The process id of the running language server; undefined while it is not running. */
  languageServerPid(): number | undefined;
  /** The messages about unusable `trialRecord.*` settings shown to the user most recently (empty: none). */
  settingsProblems(): readonly string[];
  /** What the active (or last opened) preview's page last confirmed it shows; undefined when no preview is open. */
  shownInPreview(): ShownRender | undefined;
  /** What the language status item (beside the language name in the status bar) shows for the active editor. */
  languageStatus(): ShownLanguageStatus;
}
