// The sentences an import ends with: the notification's one line and the details entry of each page.
// Pure (no `vscode`): the wording is unit-tested.
import type { ImportPageResult } from '@trial-record/shared/protocol';

/** One page that was imported, and where its record went (a file path or an editor's title). */
export interface ImportedPage {
  readonly sourceName: string;
  readonly result: ImportPageResult;
  /** Where the record is: a written file, or the name of the new editor. */
  readonly target: string;
}

/** A page that could not be imported, with the reason in words. */
export interface FailedPage {
  readonly sourceName: string;
  readonly message: string;
}

function count(n: number, singular: string, plural = `${singular}s`): string {
  return `${n} ${n === 1 ? singular : plural}`;
}

/** `statusModule` → `status`, `armsInterventionsModule` → `arms and interventions`: a module as a person names it. */
export function moduleName(module: string): string {
  const MODULE_NAMES: Readonly<Record<string, string>> = {
    identificationModule: 'identification',
    statusModule: 'status',
    sponsorCollaboratorsModule: 'sponsor',
    oversightModule: 'oversight',
    descriptionModule: 'description',
    conditionsModule: 'conditions',
    designModule: 'design',
    armsInterventionsModule: 'arms and interventions',
    outcomesModule: 'outcomes',
    eligibilityModule: 'eligibility',
    contactsLocationsModule: 'contacts and locations',
    referencesModule: 'references',
    ipdSharingStatementModule: 'IPD sharing',
  };
  return MODULE_NAMES[module] ?? module;
}

/** "identification 3, status 5, design 6" (at most `limit` modules, then "…"). */
function byModule(filledByModule: Readonly<Record<string, number>>, limit = 6): string {
  const parts = Object.entries(filledByModule).map(([module, n]) => `${moduleName(module)} ${n}`);
  return parts.length > limit ? `${parts.slice(0, limit).join(', ')}, …` : parts.join(', ');
}

/** "Imported NCT… from MedPath study page: 23 fields filled (identification 3, status 5, …), 4 lines kept as comments." */
export function pageSummary(result: ImportPageResult): string {
  const id = result.studyId ? `${result.studyId} from ` : '';
  const modules = byModule(result.filledByModule);
  const filled = `${count(result.filledFields, 'field')} filled${modules ? ` (${modules})` : ''}`;
  return `Imported ${id}${result.formatLabel}: ${filled}, ${count(result.keptLines, 'line')} kept as comments.`;
}

export interface BatchOutcome {
  readonly imported: readonly ImportedPage[];
  readonly failed: readonly FailedPage[];
  /** Pages not written because a record of that name existed and the user chose to skip it. */
  readonly skipped: number;
  /** Pages never reached because the user cancelled. */
  readonly notReached: number;
  readonly folderName: string;
}

/** "Imported 3 of 4 pages into records/ (MedPath study page ×2, Ignite page): 60 fields filled, 9 lines kept as comments. 1 could not be read." */
export function batchSummary(outcome: BatchOutcome): string {
  const total = outcome.imported.length + outcome.failed.length + outcome.skipped + outcome.notReached;
  const formats = new Map<string, number>();
  for (const page of outcome.imported) formats.set(page.result.formatLabel, (formats.get(page.result.formatLabel) ?? 0) + 1);
  const formatList = [...formats].map(([label, n]) => (n > 1 ? `${label} ×${n}` : label)).join(', ');
  const filled = outcome.imported.reduce((sum, page) => sum + page.result.filledFields, 0);
  const kept = outcome.imported.reduce((sum, page) => sum + page.result.keptLines, 0);
  const parts = [
    `Imported ${outcome.imported.length} of ${count(total, 'page')} into ${outcome.folderName}` +
      (formatList ? ` (${formatList})` : '') +
      (outcome.imported.length > 0 ? `: ${count(filled, 'field')} filled, ${count(kept, 'line')} kept as comments.` : '.'),
  ];
  if (outcome.failed.length > 0) parts.push(`${outcome.failed.length} could not be imported.`);
  if (outcome.skipped > 0) parts.push(`${outcome.skipped} skipped (a record of that name exists).`);
  if (outcome.notReached > 0) parts.push(`Cancelled before the last ${count(outcome.notReached, 'page')}.`);
  return parts.join(' ');
}

/** The details of one page for the import report (Show Details): summary line, destination, then the server's report. */
export function pageDetails(page: ImportedPage): string {
  return [
    `## ${page.sourceName} → ${page.target}`,
    '',
    `Format: ${page.result.formatLabel} (${page.result.format}); ${count(page.result.filledFields, 'field')} filled; ` +
      `${count(page.result.keptLines, 'line')} kept as comments.`,
    '',
    page.result.report.trim(),
    '',
  ].join('\n');
}

export function failureDetails(page: FailedPage): string {
  return [`## ${page.sourceName} — not imported`, '', page.message, ''].join('\n');
}
