import { html, type SafeHtml } from '../../html';
import type { RenderContext } from '../../renderContext';
import {
  byGroup,
  descriptionRow,
  groupRow,
  markdownOf,
  ofAtRisk,
  readGroups,
  resultFact,
  resultFacts,
  resultsSection,
  resultTable,
  spanningRow,
  type ResultGroup,
} from './resultTable';
import { ResultsReader, type ResultNode } from './resultsReader';

const ASSESSMENT_LABELS: Readonly<Record<string, string>> = {
  SYSTEMATIC_ASSESSMENT: 'Systematic assessment',
  NON_SYSTEMATIC_ASSESSMENT: 'Non-systematic assessment',
};

const SUMMARY_ROWS = [
  { label: 'All-cause mortality', affected: 'deathsNumAffected', atRisk: 'deathsNumAtRisk' },
  { label: 'Serious adverse events', affected: 'seriousNumAffected', atRisk: 'seriousNumAtRisk' },
  { label: 'Other (not including serious) adverse events', affected: 'otherNumAffected', atRisk: 'otherNumAtRisk' },
] as const;

/**
 * The adverse events as the registry shows them: the time frame and the frequency threshold, a summary per group
 * (affected of at risk), then the serious and the other adverse events by organ system. A count of affected above
 * the number at risk is marked.
 */
export function adverseEventsSection(c: RenderContext): SafeHtml {
  const module = ResultsReader.of(c)?.child('adverseEventsModule');
  if (!module?.exists()) return html``;
  const groups = readGroups(module.list('eventGroups'), module);
  const serious = module.list('seriousEvents');
  const other = module.list('otherEvents');
  const events = [...serious, ...other];
  const vocabulary = uniform(events, 'sourceVocabulary');
  const assessment = uniform(events, 'assessmentType');
  const threshold = module.text('frequencyThreshold');
  const summaryRows = SUMMARY_ROWS.filter((row) => groups.some((group) => group.node.count(row.atRisk) !== undefined)).map((row) =>
    groupRow(row.label, groups, (group) =>
      countsCell(group.node.child(row.affected), group.node.count(row.affected), group.node.count(row.atRisk), undefined),
    ),
  );
  const context = { groups, vocabulary: vocabulary === undefined, assessment: assessment === undefined };
  return resultsSection('adverse-events', 'Adverse events', module, [
    resultFacts([
      resultFact('Time frame', module.child('timeFrame'), module.text('timeFrame')),
      resultFact('Description', module.child('description'), markdownOf(module, 'description')),
      resultFact('Frequency threshold', module.child('frequencyThreshold'), threshold === undefined ? undefined : `${threshold}%`),
      resultFact('All-cause mortality', module.child('allCauseMortalityComment'), module.text('allCauseMortalityComment')),
      resultFact('Source vocabulary', events[0]?.child('sourceVocabulary') ?? module, vocabulary),
      resultFact(
        'Assessment',
        events[0]?.child('assessmentType') ?? module,
        assessment === undefined ? undefined : (ASSESSMENT_LABELS[assessment] ?? assessment),
      ),
    ]),
    groups.length > 0 && summaryRows.length > 0
      ? resultTable({
          caption: 'Participants affected of those at risk, by group',
          corner: 'Adverse events',
          groups,
          rows: [descriptionRow(groups), ...summaryRows],
          rowCount: summaryRows.length,
        })
      : '',
    eventTable('Serious adverse events', serious, context),
    eventTable(
      `Other (not including serious) adverse events${threshold === undefined ? '' : `, frequency threshold ${threshold}%`}`,
      other,
      context,
    ),
  ]);
}

interface EventTableContext {
  readonly groups: readonly ResultGroup[];
  /** Whether each row names its vocabulary / assessment (they differ between events, so the facts above do not). */
  readonly vocabulary: boolean;
  readonly assessment: boolean;
}

/** One table of adverse events, a heading row per organ system (in the order they first appear). */
function eventTable(title: string, events: readonly ResultNode[], context: EventTableContext): SafeHtml {
  if (events.length === 0) return html``;
  const { groups } = context;
  const bySystem = new Map<string, ResultNode[]>();
  for (const event of events) {
    const system = event.text('organSystem') ?? 'Organ system not given';
    const list = bySystem.get(system);
    if (list) list.push(event);
    else bySystem.set(system, [event]);
  }
  const rows: SafeHtml[] = [];
  for (const [system, systemEvents] of bySystem) {
    rows.push(spanningRow(groups, system, 'class-row'));
    for (const event of systemEvents) {
      const stats = byGroup(event.list('stats'));
      const details = [
        context.vocabulary ? event.text('sourceVocabulary') : undefined,
        context.assessment ? labelOf(event.text('assessmentType')) : undefined,
      ].filter(Boolean);
      const notes = event.text('notes');
      rows.push(
        groupRow(
          html`${event.text('term') ?? 'Term not given'}${details.length ? html`<div class="cell-comment">${details.join(', ')}</div>` : ''}${
            notes ? html`<div class="cell-comment">${notes}</div>` : ''
          }`,
          groups,
          (group) => {
            const stat = stats.get(group.id);
            return stat ? countsCell(stat, stat.count('numAffected'), stat.count('numAtRisk'), stat.count('numEvents')) : html`<td></td>`;
          },
          event.source(),
        ),
      );
    }
  }
  return html`<h3>${title}</h3>${resultTable({ caption: 'Events by group', corner: 'Adverse event', groups, rows, rowCount: rows.length })}`;
}

/** "1/97 (1.03%)" and the number of events, marked when the counts cannot be right. */
function countsCell(node: ResultNode, affected: number | undefined, atRisk: number | undefined, events: number | undefined): SafeHtml {
  const problems = [
    affected !== undefined && atRisk !== undefined && affected > atRisk ? `${affected} affected of ${atRisk} at risk` : undefined,
    events !== undefined && affected !== undefined && events < affected ? `${events} events for ${affected} affected` : undefined,
  ].filter((problem): problem is string => problem !== undefined);
  return html`<td class="number${problems.length ? ' mismatch-cell' : ''}"${node.cellSource()}>${ofAtRisk(affected, atRisk)}${
    events !== undefined ? html`<div class="muted">${events === 1 ? '1 event' : `${events} events`}</div>` : ''
  }${problems.map((problem) => html`<div class="mismatch">${problem}</div>`)}</td>`;
}

function labelOf(assessment: string | undefined): string | undefined {
  return assessment === undefined ? undefined : (ASSESSMENT_LABELS[assessment] ?? assessment);
}

/** The value every event gives for `key`, when they all give the same one. */
function uniform(events: readonly ResultNode[], key: string): string | undefined {
  let found: string | undefined;
  for (const event of events) {
    const value = event.text(key);
    if (value === undefined) continue;
    if (found !== undefined && value !== found) return undefined;
    found = value;
  }
  return found;
}
