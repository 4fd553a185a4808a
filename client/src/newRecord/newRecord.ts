// Trial Record: New Record — pick a study type, get an unsaved `new-study.trial.yaml` holding every field
// the registry requires of that type, empty. The server writes the text (`trialRecord/recordSkeleton`), so
// the skeleton and the checks that list its empty fields come from the same schema.
import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import { RecordSkeletonRequest, type NewRecordStudyType, type RecordSkeletonParams } from '@trial-record/shared/protocol';
import { defaultRecordFolder, openRecordEditor } from '../import/recordPlacement';
import { OPEN_SAMPLE_COMMAND, openSample } from './openSample';

export const NEW_RECORD_COMMAND = 'trialRecord.newRecord';
const NEW_RECORD_BASE_NAME = 'new-study';

/** The command's optional argument: a study type skips the quick pick (tests, links). */
export interface NewRecordArgument {
  readonly studyType?: string;
}

export type RecordSkeletonSource = (params: RecordSkeletonParams) => Promise<string>;

interface StudyTypeItem extends vscode.QuickPickItem {
  readonly studyType: NewRecordStudyType;
}

const STUDY_TYPE_ITEMS: readonly StudyTypeItem[] = [
  {
    studyType: 'INTERVENTIONAL',
    label: 'Interventional',
    description: 'INTERVENTIONAL',
    detail:
      'A clinical trial: the protocol assigns participants to an intervention (a drug, device, procedure or behaviour) and measures its effect.',
  },
  {
    studyType: 'OBSERVATIONAL',
    label: 'Observational',
    description: 'OBSERVATIONAL',
    detail: 'Participants are observed as they are (cohort, case-control, registry); the investigators assign no intervention.',
  },
  {
    studyType: 'EXPANDED_ACCESS',
    label: 'Expanded Access',
    description: 'EXPANDED_ACCESS',
    detail: 'An investigational product made available outside a clinical trial, to patients who cannot take part in one.',
  },
];

function isStudyType(value: unknown): value is NewRecordStudyType {
  return STUDY_TYPE_ITEMS.some((item) => item.studyType === value);
}

/** The study type the argument names, `undefined` when it names none, or `false` when it names one not known. */
function studyTypeOf(argument: unknown): NewRecordStudyType | undefined | false {
  if (typeof argument !== 'object' || argument === null || !('studyType' in argument)) return undefined;
  const { studyType } = argument as NewRecordArgument;
  if (studyType === undefined) return undefined;
  return isStudyType(studyType) ? studyType : false;
}

async function pickStudyType(): Promise<NewRecordStudyType | undefined> {
  const picked = await vscode.window.showQuickPick(STUDY_TYPE_ITEMS, {
    title: 'New Trial Record',
    placeHolder: 'What kind of study does the record register?',
    matchOnDescription: true,
    matchOnDetail: true,
  });
  return picked?.studyType;
}

/** The first empty field (a `key:` line with nothing nested under it), where the author starts typing. */
function firstEmptyField(document: vscode.TextDocument): vscode.Position | undefined {
  const indentOf = (text: string) => text.length - text.trimStart().length;
  for (let line = 0; line < document.lineCount - 1; line++) {
    const text = document.lineAt(line).text;
    if (text.trimStart().startsWith('#') || !text.endsWith(':')) continue;
    const next = document.lineAt(line + 1).text;
    if (next.trim() === '' || indentOf(next) <= indentOf(text)) return new vscode.Position(line, text.length);
  }
  return undefined;
}

/** Runs New Record; returns the new editor's document URI, or undefined when the user cancelled or it failed. */
export async function newRecord(skeleton: RecordSkeletonSource, argument?: unknown): Promise<vscode.Uri | undefined> {
  const named = studyTypeOf(argument);
  if (named === false) {
    const known = STUDY_TYPE_ITEMS.map((item) => item.studyType).join(', ');
    void vscode.window.showErrorMessage(`New Record: the study type must be one of ${known}.`);
    return undefined;
  }
  const studyType = named ?? (await pickStudyType());
  if (!studyType) return undefined;
  let text: string;
  try {
    text = await skeleton({ studyType, format: 'yaml' });
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    void vscode.window.showErrorMessage(`Could not start a new record: ${reason.trim() || 'the language server gave no reason'}`);
    return undefined;
  }
  const document = await openRecordEditor(text, NEW_RECORD_BASE_NAME, defaultRecordFolder());
  const editor = vscode.window.visibleTextEditors.find((visible) => visible.document === document);
  const start = firstEmptyField(document);
  if (editor && start) editor.selection = new vscode.Selection(start, start);
  return document.uri;
}

/** Registers New Record and Open Sample Record; `currentClient` is asked each time, as the client object changes on restart. */
export function registerNewRecordCommands(context: vscode.ExtensionContext, currentClient: () => LanguageClient | undefined): void {
  const skeleton: RecordSkeletonSource = async (params) => {
    const client = currentClient();
    if (!client) throw new Error('The Trial Record language server is not running; run "Trial Record: Restart Language Server".');
    return (await client.sendRequest(RecordSkeletonRequest, params)).text;
  };
  context.subscriptions.push(
    vscode.commands.registerCommand(NEW_RECORD_COMMAND, (argument?: unknown) => newRecord(skeleton, argument)),
    vscode.commands.registerCommand(OPEN_SAMPLE_COMMAND, (argument?: unknown) => openSample(context.extensionUri, argument)),
  );
}
