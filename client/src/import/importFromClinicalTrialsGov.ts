// "Trial Record: Import from ClinicalTrials.gov": asks for an NCT ID, fetches the study from the API v2 of
// the configured host (here, in the client: the server never touches the network), then imports the JSON
// through the same server request as a registry page.
import * as vscode from 'vscode';
import { fetchStudyJson, nctIdProblem, normaliseNctId } from './clinicalTrialsGovFetch';
import { importOnePage } from './importOnePage';
import { CANCELLED_OUTCOME, failedOutcome, type ImportDependencies, type ImportOutcome } from './importOutcome';
import { NETWORK_ENABLED_SETTING, readImportSettings } from './importSettings';

export const IMPORT_FROM_CLINICAL_TRIALS_GOV_COMMAND = 'trialRecord.importFromClinicalTrialsGov';

/** The command's optional argument (tests, other extensions): the ID to fetch, and a folder to write the record to. */
export interface ImportFromClinicalTrialsGovArgs {
  readonly nctId?: string;
  readonly targetFolder?: vscode.Uri;
}

const SOURCE = 'ClinicalTrials.gov';

function readArgs(arg: unknown): ImportFromClinicalTrialsGovArgs {
  if (typeof arg === 'string') return { nctId: arg };
  if (typeof arg !== 'object' || arg === null) return {};
  const record = arg as Record<string, unknown>;
  return {
    nctId: typeof record.nctId === 'string' ? record.nctId : undefined,
    targetFolder: record.targetFolder instanceof vscode.Uri ? record.targetFolder : undefined,
  };
}

async function askForNctId(): Promise<string | undefined> {
  const typed = await vscode.window.showInputBox({
    title: 'Import from ClinicalTrials.gov',
    prompt: 'The NCT ID of the study to fetch from the ClinicalTrials.gov API (or its ClinicalTrials.gov address)',
    placeHolder: 'NCT06731192',
    ignoreFocusOut: true,
    validateInput: nctIdProblem,
  });
  return typed === undefined ? undefined : normaliseNctId(typed);
}

export async function importFromClinicalTrialsGov(deps: ImportDependencies, arg?: unknown): Promise<ImportOutcome> {
  const args = readArgs(arg);
  const settings = readImportSettings();
  if (!settings.networkEnabled) {
    const message = `Network access is turned off (setting ${NETWORK_ENABLED_SETTING}), so nothing is fetched from ClinicalTrials.gov. Turn it on, or save the study's JSON and use "Trial Record: Import Registry Page".`;
    void vscode.window.showWarningMessage(message, 'Open Setting').then((choice) => {
      if (choice) void vscode.commands.executeCommand('workbench.action.openSettings', NETWORK_ENABLED_SETTING);
    });
    return failedOutcome(SOURCE, message);
  }

  let nctId: string | undefined;
  if (args.nctId !== undefined) {
    nctId = normaliseNctId(args.nctId);
    if (!nctId) {
      const message = `"${args.nctId}" is not an NCT ID: ${nctIdProblem(args.nctId) ?? ''}`;
      void vscode.window.showErrorMessage(message);
      return failedOutcome(SOURCE, message);
    }
  } else {
    nctId = await askForNctId();
    if (!nctId) return CANCELLED_OUTCOME;
  }

  const fetched = await vscode.window.withProgress(
    { location: vscode.ProgressLocation.Notification, title: `Fetching ${nctId} from ClinicalTrials.gov…`, cancellable: true },
    async (_progress, token) => {
      const controller = new AbortController();
      const subscription = token.onCancellationRequested(() => controller.abort());
      try {
        return await fetchStudyJson({
          baseUrl: settings.clinicalTrialsGovUrl,
          nctId: nctId,
          fetch: (url, init) => fetch(url, init),
          signal: controller.signal,
        });
      } finally {
        subscription.dispose();
      }
    },
  );
  if (!fetched.ok) {
    if (fetched.failure === 'cancelled') return CANCELLED_OUTCOME;
    void vscode.window.showErrorMessage(`Could not fetch ${nctId} from ClinicalTrials.gov: ${fetched.message}`);
    return failedOutcome(SOURCE, fetched.message);
  }
  return importOnePage(deps, fetched.text, fetched.url, args.targetFolder);
}
