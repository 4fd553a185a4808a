// The Markdown report of one import: what was detected, what went where, what was kept, warnings.
import { isPlainObject } from '../service/parse/parsedRecord';
import type { PageFormat } from './pageFormat';

export interface ReportFacts {
  readonly sourceName: string;
  readonly format: PageFormat;
  readonly record: Readonly<Record<string, unknown>>;
  readonly studyId?: string;
  readonly filledFields: number;
  readonly keptLines: readonly string[];
  readonly warnings: readonly string[];
}

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
  } else if (value !== null && value !== undefined && !(typeof value === 'string' && value.trim() === '')) {
    rows.push([path, String(value)]);
  }
}

function cell(text: string): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  const short = flat.length > MAX_VALUE_LENGTH ? `${flat.slice(0, MAX_VALUE_LENGTH - 1)}…` : flat;
  return short.replace(/\\/g, '\\\\').replace(/\|/g, '\\|').replace(/[`*_<>[\]]/g, (char) => `\\${char}`);
}

export function importReport(facts: ReportFacts): string {
  const lines: string[] = [
    `# Import of ${cell(facts.sourceName)}`,
    '',
    `- Format: **${cell(facts.format.label)}** (\`${facts.format.id}\`)`,
    `- Study ID: ${facts.studyId ? `\`${facts.studyId.replace(/`/g, "'")}\`` : 'none found on the page'}`,
    `- Fields filled: ${facts.filledFields}`,
    `- Lines kept as comments (no field took them): ${facts.keptLines.length}`,
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
    lines.push('| field | value |', '|---|---|', ...rows.slice(0, MAX_FIELD_ROWS).map(([path, value]) => `| \`${path}\` | ${cell(value)} |`));
    if (facts.filledFields > MAX_FIELD_ROWS) lines.push('', `…and ${facts.filledFields - MAX_FIELD_ROWS} more (see the record).`);
    lines.push('');
  }
  lines.push('## Lines kept as comments', '');
  if (facts.keptLines.length === 0) {
    lines.push('None: every line of the page went into a field or was page furniture (a label, a heading).');
  } else {
    lines.push('They are at the end of the record, verbatim:', '', ...facts.keptLines.slice(0, MAX_KEPT_ROWS).map((line) => `- ${cell(line)}`));
    if (facts.keptLines.length > MAX_KEPT_ROWS) lines.push('', `…and ${facts.keptLines.length - MAX_KEPT_ROWS} more.`);
  }
  return `${lines.join('\n')}\n`;
}
