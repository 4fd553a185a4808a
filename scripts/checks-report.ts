// Runs every check (syntax, schema, registry rules, review criteria) over the real ClinicalTrials.gov records of
// test/fixtures/ctgov/json and json-more, and writes how often each fires, and whether it is right to, to
// docs/checks-on-real-records.md.  Usage: npm run report:checks [-- --stdout]
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import type { RecordDiagnostic, Severity } from '../server/src/service/diagnostics/recordDiagnostic';
import { severityAtStage } from '../server/src/service/readiness/reviewStage';
import { REVIEW_RULES } from '../server/src/service/rules/reviewCatalog';
import { lookupRule, REGISTRY_RULES } from '../server/src/service/rules/ruleCatalog';
import { rulesProvenanceMarkdown } from '../server/src/service/rules/ruleDocs';
import {
  REAL_RECORDS_FOLDERS,
  REAL_RECORDS_TODAY,
  loadRealRecords,
  runOnRealRecord,
  type RealRecordRun,
} from '../test/unit/rules/realRecords';
import { CHANGED_BECAUSE_OF_REAL_RECORDS, JUDGED_ERRORS, JUDGEMENTS, type Judgement } from './checkJudgements';

export { JUDGED_ERRORS, JUDGEMENTS };

/** A check that fires on more records than this needs a judgement (JUDGEMENTS) in the report. */
export const FEW_RECORDS = 3;

/** The schema layer's codes (schemaDiagnostics.ts; any other JSON Schema keyword reports as `schema/<keyword>`). */
const SCHEMA_CODES = [
  'schema/required',
  'schema/unknown-property',
  'schema/enum',
  'schema/type',
  'schema/pattern',
  'schema/format',
  'schema/max-length',
  'schema/empty',
  'schema/minimum',
  'schema/search-response',
];

/** Both runs over every real record: on the day each version was submitted, and on the fixed day. */
export interface RealRecordRuns {
  readonly atSubmission: readonly RealRecordRun[];
  readonly atFixedDate: readonly RealRecordRun[];
}

export function runAllRealRecords(): RealRecordRuns {
  const records = loadRealRecords();
  return {
    atSubmission: records.map((record) => runOnRealRecord(record, record.submitted)),
    atFixedDate: records.map((record) => runOnRealRecord(record, REAL_RECORDS_TODAY)),
  };
}

/** Per check: the records it fires on and its number of findings. */
export interface Firing {
  readonly records: Set<string>;
  findings: number;
}

export function firings(runs: readonly RealRecordRun[]): Map<string, Firing> {
  const byCheck = new Map<string, Firing>();
  for (const run of runs) {
    for (const diagnostic of run.diagnostics) {
      const firing = byCheck.get(diagnostic.code) ?? { records: new Set<string>(), findings: 0 };
      firing.records.add(run.record.nctId);
      firing.findings++;
      byCheck.set(diagnostic.code, firing);
    }
  }
  return byCheck;
}

/** The severity a finding has at the submission stage (`trialRecord.review.stage`), where review advice is raised. */
export function severityAtSubmission(diagnostic: RecordDiagnostic): Severity {
  const rule = lookupRule(diagnostic.code);
  return rule ? severityAtStage(rule, 'submission', diagnostic.severity) : diagnostic.severity;
}

/** `NCT… code` of every error-severity finding, in the editor's default stage or at submission. */
export function errorFirings(runs: RealRecordRuns): Map<string, RecordDiagnostic[]> {
  const found = new Map<string, RecordDiagnostic[]>();
  for (const run of [...runs.atSubmission, ...runs.atFixedDate]) {
    for (const diagnostic of run.diagnostics) {
      if (diagnostic.severity !== 'error' && severityAtSubmission(diagnostic) !== 'error') continue;
      const key = `${run.record.nctId} ${diagnostic.code}`;
      found.set(key, [...(found.get(key) ?? []), diagnostic]);
    }
  }
  return found;
}

/** The checks firing on more than FEW_RECORDS records in either run. */
export function checksNeedingJudgement(runs: RealRecordRuns): string[] {
  const frequent = new Set<string>();
  for (const list of [runs.atSubmission, runs.atFixedDate]) {
    for (const [code, firing] of firings(list)) if (firing.records.size > FEW_RECORDS) frequent.add(code);
  }
  return [...frequent].sort();
}

function cell(text: string): string {
  return text.replace(/\|/g, '\\|').replace(/\r?\n/g, ' ');
}

function clip(text: string, length: number): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length > length ? `${flat.slice(0, length - 1)}…` : flat;
}

function layerOf(code: string): string {
  if (code.startsWith('review/')) return 'review';
  if (code.startsWith('schema/')) return 'schema';
  return lookupRule(code) ? 'rules' : 'syntax';
}

function codesOf(run: RealRecordRun): string {
  const counts = new Map<string, number>();
  for (const diagnostic of run.diagnostics) counts.set(diagnostic.code, (counts.get(diagnostic.code) ?? 0) + 1);
  return [...counts].map(([code, count]) => `\`${code}\`${count > 1 ? ` ×${count}` : ''}`).join(', ') || '—';
}

/** The first finding of a check on a record (submission day first), with the text it marks. */
function exampleFinding(runs: RealRecordRuns, nctId: string, code: string): string {
  for (const list of [runs.atSubmission, runs.atFixedDate]) {
    const run = list.find((candidate) => candidate.record.nctId === nctId);
    const diagnostic = run?.diagnostics.find((candidate) => candidate.code === code);
    if (run && diagnostic) {
      const marked = run.record.text.slice(diagnostic.range.start, diagnostic.range.end);
      return `marks ${cell(`\`${clip(marked, 110).replace(/`/g, "'")}\``)}: “${cell(clip(diagnostic.message, 220))}”`;
    }
  }
  return '**no longer fires**';
}

function judgementSection(runs: RealRecordRuns, code: string, judgement: Judgement | undefined): string[] {
  const lines = [`### \`${code}\``, ''];
  if (!judgement) return [...lines, '**Not judged yet.**', ''];
  lines.push(judgement.verdict, '', '| Record | Finding | Judgement |', '|---|---|---|');
  for (const example of judgement.examples) {
    lines.push(`| ${example.nctId} | ${exampleFinding(runs, example.nctId, code)} | **${example.kind}**: ${cell(example.note)} |`);
  }
  return [...lines, ''];
}

export function checksReport(runs: RealRecordRuns = runAllRealRecords()): string {
  const atSubmission = firings(runs.atSubmission);
  const atFixedDate = firings(runs.atFixedDate);
  const errors = errorFirings(runs);
  const unjudgedErrors = [...errors.keys()].filter((key) => !JUDGED_ERRORS[key]);
  const root = path.resolve(__dirname, '..');
  const folders = REAL_RECORDS_FOLDERS.map((folder) => `\`${path.relative(root, folder)}\``).join(' and ');
  const count = runs.atSubmission.length;
  const ruleIds = [...REGISTRY_RULES, ...REVIEW_RULES].map((rule) => rule.id);
  const fired = [...new Set([...atSubmission.keys(), ...atFixedDate.keys()])];
  const allChecks = [...new Set([...SCHEMA_CODES, ...ruleIds, ...fired])];
  const needJudgement = checksNeedingJudgement(runs);

  const lines: string[] = [
    '# Every check on real records',
    '',
    '<!-- Generated by `npm run report:checks` (scripts/checks-report.ts, judgements in scripts/checkJudgements.ts); do not edit by hand. -->',
    '',
    `Every check of the extension — the syntax and schema layers, the ${REGISTRY_RULES.length} registry rules and the ${REVIEW_RULES.length} review criteria (\`review/…\`) — ` +
      `was run over the ${count} real ClinicalTrials.gov API v2 studies in ${folders} ` +
      '(each study of a `{"studies": [...]}` search response on its own, as a whole-study JSON file), exactly as the editor runs them, twice:',
    '',
    "1. **On the day each version was submitted** (`today` = the record's `lastUpdateSubmitDate`): what an author would have seen when sending this version to the registry.",
    `2. **On a fixed day, ${REAL_RECORDS_TODAY}**, the day after the newest download in the set: what the time-dependent checks say about the older snapshots.`,
    '',
    'Every one of these records is registered and published, so it passed PRS validation and review. A check that fires on many of them is too eager, ' +
      'or asks for something the registry accepted without; the judgements below say which. Severities are the defaults of the editor’s `draft` stage; ' +
      'at the `submission` stage the review layer’s information is a warning and `review/required-for-registration` an error.',
    '',
    '## Errors on registered records',
    '',
    `An error-severity check may fire on a real registered record only where the record truly has the problem. Error findings (either run, either stage): **${errors.size}** record/check pairs` +
      (unjudgedErrors.length > 0
        ? `, **${unjudgedErrors.length} not judged**: ${unjudgedErrors.map((key) => `\`${key}\``).join(', ')}.`
        : ', every one judged.') +
      ' The test `test/unit/rules/realRecords.test.ts` fails on any error finding not listed here.',
    '',
  ];
  if (errors.size > 0) {
    lines.push('| Record | Check | Finding | Judgement |', '|---|---|---|---|');
    for (const [key, diagnostics] of [...errors].sort(([a], [b]) => a.localeCompare(b))) {
      const [nctId, code] = key.split(' ');
      const judged = JUDGED_ERRORS[key];
      const judgement = judged ? `**${judged.kind}**: ${judged.note}` : '**not judged**';
      lines.push(`| ${nctId} | \`${code}\` | ${cell(clip(diagnostics[0].message, 200))} | ${cell(judgement)} |`);
    }
    lines.push('');
  }
  lines.push(
    '## How often each check fires',
    '',
    `Records (of ${count}) and findings per check. A check that fires on more than ${FEW_RECORDS} records has judged examples below.`,
    '',
    `| Check | Layer | Severity | Records at submission | Findings at submission | Records on ${REAL_RECORDS_TODAY} | Findings on ${REAL_RECORDS_TODAY} | Judged |`,
    '|---|---|---|---|---|---|---|---|',
  );
  const firedChecks = allChecks.filter((code) => fired.includes(code)).sort();
  for (const code of firedChecks) {
    const severity = lookupRule(code)?.defaultSeverity ?? 'error';
    const judged = JUDGEMENTS[code]
      ? `[yes](#${code.replace(/[^a-z0-9-]/g, '')})`
      : needJudgement.includes(code)
        ? '**missing**'
        : 'few records';
    lines.push(
      `| \`${code}\` | ${layerOf(code)} | ${severity} | ${atSubmission.get(code)?.records.size ?? 0} | ${atSubmission.get(code)?.findings ?? 0} | ` +
        `${atFixedDate.get(code)?.records.size ?? 0} | ${atFixedDate.get(code)?.findings ?? 0} | ${judged} |`,
    );
  }
  const silent = allChecks.filter((code) => !fired.includes(code));
  lines.push(
    '',
    `Silent on every real record (${silent.length} checks): ${silent.map((code) => `\`${code}\``).join(', ')}. No syntax problem was found in any record.`,
    '',
    '## Judged examples',
    '',
    'For each check that fires on more than a few records: what it says about some of them (the finding is regenerated from the records; the judgement is written by hand), ' +
      'and whether that is a real problem of the record or a false alarm, and what was changed.',
    '',
  );
  const judgedCodes = [...new Set([...needJudgement, ...Object.keys(JUDGEMENTS)])].sort();
  for (const code of judgedCodes) lines.push(...judgementSection(runs, code, JUDGEMENTS[code]));
  lines.push('## Checks changed because of the real records', '', ...CHANGED_BECAUSE_OF_REAL_RECORDS.map((change) => `- ${change}`), '');
  lines.push(
    '## Per record',
    '',
    '<details><summary>What fires on each record</summary>',
    '',
    `| Record | Status | Study type | First submitted | This version | At submission | On ${REAL_RECORDS_TODAY} |`,
    '|---|---|---|---|---|---|---|',
  );
  runs.atSubmission.forEach((run, index) => {
    const record = run.record;
    lines.push(
      `| ${record.nctId} | ${record.overallStatus} | ${record.studyType} | ${record.firstSubmitted} | ${record.submitted} | ${codesOf(run)} | ${codesOf(runs.atFixedDate[index])} |`,
    );
  });
  lines.push(
    '',
    '</details>',
    '',
    '## Where each rule comes from',
    '',
    'Basis: the rule number (R…) or section (§…) of `../shared/reference/ctgov-model.md` the rule implements, or the PRS review criterion; ✅ verified in a primary source, ' +
      '◑ from a secondary source, ❓ not verified. The sources (S…) are listed in §0 of that file. This is for maintainers: the hover ' +
      "shows the author only the rule's documentation and the link to the registry's definition.",
    '',
    rulesProvenanceMarkdown(),
    '',
  );
  return lines.join('\n');
}

if (require.main === module) {
  const report = checksReport();
  if (process.argv.includes('--stdout')) process.stdout.write(report);
  else {
    const target = path.resolve(__dirname, '../docs/checks-on-real-records.md');
    writeFileSync(target, report);
    console.log(`wrote ${path.relative(process.cwd(), target)}`);
  }
}
