// What the import commands return to their caller (tests, other extensions): each record placed and each page
// that failed, in order. The user sees the same through notifications and the import report (Show Details).
import type * as vscode from 'vscode';
import type { ImportPage } from './importService';
import type { ImportReportView } from './importReportView';

export interface ImportedRecord {
  readonly sourceName: string;
  /** The written file, or the new (untitled) editor's document URI. */
  readonly uri: vscode.Uri;
  readonly studyId?: string;
  readonly format: string;
  readonly formatLabel: string;
  readonly filledFields: number;
  readonly keptLines: number;
}

export interface ImportFailure {
  readonly sourceName: string;
  readonly message: string;
}

export interface ImportOutcome {
  readonly records: readonly ImportedRecord[];
  readonly failures: readonly ImportFailure[];
  /** The user cancelled before every page was done. */
  readonly cancelled: boolean;
}

/** What the import commands need from the rest of the extension. */
export interface ImportDependencies {
  readonly importPage: ImportPage;
  readonly report: ImportReportView;
}

export function failedOutcome(sourceName: string, message: string): ImportOutcome {
  return { records: [], failures: [{ sourceName, message }], cancelled: false };
}

export const CANCELLED_OUTCOME: ImportOutcome = { records: [], failures: [], cancelled: true };
