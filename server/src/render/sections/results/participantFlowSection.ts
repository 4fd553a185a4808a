import { html, type SafeHtml } from '../../html';
import type { RenderContext } from '../../renderContext';
import { cellKey, checkPeriod, milestoneLabel } from './flowArithmetic';
import {
  byGroup,
  descriptionRow,
  groupRow,
  markdownOf,
  readGroups,
  resultFact,
  resultFacts,
  resultsSection,
  resultTable,
  spanningRow,
  type ResultGroup,
} from './resultTable';
import { ResultsReader, type ResultNode } from './resultsReader';

/**
 * The participant flow as the registry shows it: per period, how many of each group started, completed and did not
 * complete, and why not; a count that does not add up is marked in its cell with the numbers, and listed above the table.
 */
export function participantFlowSection(c: RenderContext): SafeHtml {
  const module = ResultsReader.of(c)?.child('participantFlowModule');
  if (!module?.exists()) return html``;
  const groups = readGroups(module.list('groups'), module);
  const units = module.text('typeUnitsAnalyzed');
  const periods = module.list('periods');
  const tables = periods.map((period, index) => periodTable(period, groups, index > 0 ? periods[index - 1] : undefined, units));
  return resultsSection('flow', 'Participant flow', module, [
    resultFacts([
      resultFact('Recruitment details', module.child('recruitmentDetails'), markdownOf(module, 'recruitmentDetails')),
      resultFact('Pre-assignment details', module.child('preAssignmentDetails'), markdownOf(module, 'preAssignmentDetails')),
      resultFact('Units analyzed', module.child('typeUnitsAnalyzed'), units),
    ]),
    tables,
  ]);
}

function periodTable(
  period: ResultNode,
  groups: readonly ResultGroup[],
  previous: ResultNode | undefined,
  units: string | undefined,
): SafeHtml {
  const title = period.text('title') ?? 'Period';
  const arithmetic = checkPeriod(period, groups, previous);
  const rows: SafeHtml[] = [descriptionRow(groups)];
  let rowCount = 0;
  period.list('milestones').forEach((milestone, index) => {
    const achievements = byGroup(milestone.list('achievements'));
    const comment = milestone.text('comment');
    const mismatched = groups.some((group) => arithmetic.cells.has(cellKey(index, group.id)));
    rows.push(
      groupRow(
        html`${milestoneLabel(milestone.text('type'))}${comment ? html`<div class="cell-comment">${comment}</div>` : ''}`,
        groups,
        (group) => flowCell(achievements.get(group.id), units, arithmetic.cells.get(cellKey(index, group.id))),
        html`${mismatched ? html` class="flow-mismatch"` : html``}${milestone.source()}`,
      ),
    );
    rowCount++;
  });
  const dropWithdraws = period.list('dropWithdraws');
  if (dropWithdraws.length > 0) {
    rows.push(spanningRow(groups, 'Reasons not completed', 'class-row', period.child('dropWithdraws').source()));
    for (const dropWithdraw of dropWithdraws) {
      const reasons = byGroup(dropWithdraw.list('reasons'));
      const comment = dropWithdraw.text('comment');
      rows.push(
        groupRow(
          html`${dropWithdraw.text('type') ?? 'Reason not given'}${comment ? html`<div class="cell-comment">${comment}</div>` : ''}`,
          groups,
          (group) => flowCell(reasons.get(group.id), units, undefined),
          html` class="reason-row"${dropWithdraw.source()}`,
        ),
      );
      rowCount++;
    }
  }
  const notes = arithmetic.notes.length
    ? html`<div class="arithmetic-notes"><p><strong>Does not add up:</strong></p><ul>${arithmetic.notes.map((note) => html`<li>${note}</li>`)}</ul></div>`
    : html``;
  return html`<h3${period.source()}>${title}</h3>${notes}${resultTable({
    caption: 'Counts by group',
    corner: 'Participants',
    groups,
    rows,
    rowCount,
    forceOpen: arithmetic.notes.length > 0,
  })}`;
}

/** A count of participants (and of units, when the flow counts units too), with its comment and any mismatch. */
function flowCell(stats: ResultNode | undefined, units: string | undefined, mismatches: readonly string[] | undefined): SafeHtml {
  if (!stats) return html`<td></td>`;
  const subjects = stats.text('numSubjects');
  const unitCount = stats.text('numUnits');
  const comment = stats.text('comment');
  return html`<td class="number${mismatches ? ' mismatch-cell' : ''}"${stats.cellSource()}>${subjects ?? ''}${
    unitCount !== undefined ? html`<div class="muted">${unitCount} ${units ?? 'units'}</div>` : ''
  }${(mismatches ?? []).map((message) => html`<div class="mismatch">${message}</div>`)}${
    comment ? html`<div class="cell-comment">${comment}</div>` : ''
  }</td>`;
}
