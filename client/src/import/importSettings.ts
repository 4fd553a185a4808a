// The import settings (package.json `trialRecord.import.*`), read fresh on each use.
import * as vscode from 'vscode';

export const NETWORK_ENABLED_SETTING = 'trialRecord.import.network.enabled';
export const CLINICAL_TRIALS_GOV_URL_SETTING = 'trialRecord.import.clinicalTrialsGovUrl';
export const DEFAULT_CLINICAL_TRIALS_GOV_URL = 'https://clinicaltrials.gov';

export interface ImportSettings {
  /** False: the extension never touches the network. */
  readonly networkEnabled: boolean;
  /** Base URL of the ClinicalTrials.gov API host. */
  readonly clinicalTrialsGovUrl: string;
}

export function readImportSettings(): ImportSettings {
  const config = vscode.workspace.getConfiguration('trialRecord.import');
  const url = vscode.workspace.isTrusted
    ? config.get<unknown>('clinicalTrialsGovUrl')
    : userLevelValue(config.inspect<unknown>('clinicalTrialsGovUrl'));
  return {
    networkEnabled: config.get<unknown>('network.enabled') !== false,
    clinicalTrialsGovUrl: typeof url === 'string' && url.trim() !== '' ? url.trim() : DEFAULT_CLINICAL_TRIALS_GOV_URL,
  };
}

/**
 * The user's own value of a setting, never the workspace's: in an untrusted folder a workspace must not be able to
 * point the fetch at another host (package.json lists the setting under `restrictedConfigurations` too; this holds
 * whatever the editor does with that list).
 */
function userLevelValue(inspected: { globalValue?: unknown; defaultValue?: unknown } | undefined): unknown {
  return inspected?.globalValue ?? inspected?.defaultValue;
}
