// The Markdown report of one import: what was detected, what went where, what was kept, warnings.
import { isPlainObject } from '../service/parse/parsedRecord';
import type { KeptReason, PageFormat } from './pageFormat';

/** A page line kept as a comment, and why no field took it. */
export interface KeptLine {
  readonly line: string;
  readonly reason: KeptReason;
}

export interface ReportFacts {
  readonly sourceName: string;
  readonly format: PageFormat;
  readonly record: Readonly<Record<string, unknown>>;
  readonly studyId?: string;
  readonly filledFields: number;
  readonly kept: readonly KeptLine[];
  readonly warnings: readonly string[];
}

/** Each reason in the words of the report. */
export const KEPT_REASON_TEXT: Readonly<Record<KeptReason, string>> = {
  'unknown-label': 'a label the importer does not know (or its value)',
  'no-field': 'no ClinicalTrials.gov field holds this',
  placeholder: 'a placeholder that means "nothing" (N/A, Not available, 1969-12-31, enrollment 0)',
  conflict: 'the page gives another value for the same field',
  superseded: 'an anticipated value; the page also gives the actual one, which is in the record',
  'cut-off': 'the text stops here, so the value may be incomplete',
  'other-trial': 'about another trial (related trials, "see also")',
  unreadable: 'a value not in a form the record can hold',
  'partly-read': 'only part of the line went into a field',
  'other-language': 'the same value in another language',
  'not-recognised': 'not recognised as any field',
};

/** Rows of the field table beyond this are summarised: a 5,000-site record must not make a 5 MB report. */
const MAX_FIELD_ROWS = 400;
const MAX_KEPT_ROWS = 400;
const MAX_VALUE_LENGTH = 100;

/** Field paths and values in record order: `designModule.phases[0]` → `PHASE2`. */
function fieldRows(value: unknown, path: string, rows: Array<[string, string]>, limit: number): void {
  if (rows.length >= limit) return;
  if (Array.isArray(value)) {
    value.forEach((item, index) => fieldRows(item, `${path}[${index}]`, rows, limit));
  } else if (isPlainObject(value)) {
    for (const [key, item] of Object.entries(value)) fieldRows(item, path === '' ? key : `${path}.${key}`, rows, limit);
  } else if (typeof value === 'string') {
    if (value.trim() !== '') rows.push([path, value]);
  } else if (typeof value === 'number' || typeof value === 'boolean') {
    rows.push([path, String(value)]);
  }
}

function cell(text: string): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  const short = flat.length > MAX_VALUE_LENGTH ? `${flat.slice(0, MAX_VALUE_LENGTH - 1)}…` : flat;
  return short
    .replace(/\\/g, '\\\\')
    .replace(/\|/g, '\\|')
    .replace(/[`*_<>[\]]/g, (char) => `\\${char}`);
}

/** The Markdown report of one import, shown beside the imported record. */
export function importReportMarkdown(facts: ReportFacts): string {
  const lines: string[] = [
    `# Import of ${cell(facts.sourceName)}`,
    '',
    `- Format: **${cell(facts.format.label)}** (\`${facts.format.id}\`)`,
    `- Study ID: ${facts.studyId ? `\`${facts.studyId.replace(/`/g, "'")}\`` : 'none found on the page'}`,
    `- Fields filled: ${facts.filledFields}`,
    `- Lines kept as comments (no field took them): ${facts.kept.length}`,
    '',
  ];
  if (facts.warnings.length > 0) {
    lines.push('## Check these', '', ...facts.warnings.map((warning) => `- ${warning}`), '');
  }
  const rows: Array<[string, string]> = [];
  fieldRows(facts.record, '', rows, MAX_FIELD_ROWS + 1);
  lines.push('## Fields filled', '');
  if (rows.length === 0) {
    lines.push('None.', '');
  } else {
    lines.push(
      '| field | value |',
      '|---|---|',
      ...rows.slice(0, MAX_FIELD_ROWS).map(([path, value]) => `| \`${path}\` | ${cell(value)} |`),
    );
    if (facts.filledFields > MAX_FIELD_ROWS) lines.push('', `…and ${facts.filledFields - MAX_FIELD_ROWS} more (see the record).`);
    lines.push('');
  }
  lines.push('## Lines kept as comments', '');
  if (facts.kept.length === 0) {
    lines.push('None: every line of the page went into a field or was page furniture (a label, a heading).');
  } else {
    lines.push('They are at the end of the record, verbatim, in page order. Why each was kept:', '', '| line | why |', '|---|---|');
    lines.push(...facts.kept.slice(0, MAX_KEPT_ROWS).map((entry) => `| ${cell(entry.line)} | ${KEPT_REASON_TEXT[entry.reason]} |`));
    if (facts.kept.length > MAX_KEPT_ROWS) lines.push('', `…and ${facts.kept.length - MAX_KEPT_ROWS} more.`);
  }
  return `${lines.join('\n')}\n`;
}
