// Trial Record: Open Sample Record — the walkthrough's way to show a record: an unsaved copy of a sample
// shipped with the extension (a copy, so editing it never touches the extension's files). A walkthrough
// page is no text editor, so the steps that act on a record (preview, Fix All) ask this command to do it
// right after opening, while the sample is the active editor.
import * as vscode from 'vscode';
import { defaultRecordFolder, openRecordEditor } from '../import/recordPlacement';

export const OPEN_SAMPLE_COMMAND = 'trialRecord.openSample';

/** The samples shipped in the .vsix (listed in .vscodeignore). */
const SAMPLES = {
  /** A complete record of a registered trial. */
  full: 'NCT06731192',
  /** A fictional record with typical author mistakes, each marked by a comment. */
  mistakes: 'invalid-example',
} as const;

type SampleName = keyof typeof SAMPLES;

export interface OpenSampleArgument {
  readonly sample?: SampleName;
  /** Then open the preview to the side. */
  readonly preview?: boolean;
  /** Then apply every fix that is safe unattended (`source.fixAll`). */
  readonly fixAll?: boolean;
}

function argumentOf(value: unknown): OpenSampleArgument {
  if (typeof value !== 'object' || value === null) return {};
  const { sample, preview, fixAll } = value as Record<string, unknown>;
  return {
    sample: sample === 'mistakes' ? 'mistakes' : 'full',
    preview: preview === true,
    fixAll: fixAll === true,
  };
}

/** Opens the sample; returns the new editor's document URI. */
export async function openSample(extensionUri: vscode.Uri, value?: unknown): Promise<vscode.Uri> {
  const { sample = 'full', preview, fixAll } = argumentOf(value);
  const baseName = SAMPLES[sample];
  const bytes = await vscode.workspace.fs.readFile(vscode.Uri.joinPath(extensionUri, 'samples', `${baseName}.trial.yaml`));
  const document = await openRecordEditor(new TextDecoder().decode(bytes), baseName, defaultRecordFolder());
  if (fixAll) await vscode.commands.executeCommand('editor.action.fixAll');
  if (preview) await vscode.commands.executeCommand('trialRecord.showPreviewToSide', document.uri);
  return document.uri;
}
