import { readableDate } from '../format';
import { html, type SafeHtml } from '../html';
import { fact, factList, section, type RenderContext } from '../renderContext';

const MODULE = '/statusModule';

/** Badge colour groups for the overall status. */
const STATUS_TONES: Record<string, string> = {
  RECRUITING: 'open',
  ENROLLING_BY_INVITATION: 'open',
  AVAILABLE: 'open',
  NOT_YET_RECRUITING: 'pending',
  ACTIVE_NOT_RECRUITING: 'closed',
  COMPLETED: 'closed',
  APPROVED_FOR_MARKETING: 'closed',
  SUSPENDED: 'stopped',
  TERMINATED: 'stopped',
  WITHDRAWN: 'stopped',
  NO_LONGER_AVAILABLE: 'stopped',
  TEMPORARILY_NOT_AVAILABLE: 'stopped',
  WITHHELD: 'stopped',
};

const MILESTONES = [
  { key: 'startDateStruct', label: 'Study start' },
  { key: 'primaryCompletionDateStruct', label: 'Primary completion' },
  { key: 'completionDateStruct', label: 'Study completion' },
] as const;

/** Overall status as a badge, why it stopped, and the key dates on a small timeline (actual vs estimated). */
export function statusSection(c: RenderContext): SafeHtml {
  const status = c.text(`${MODULE}/overallStatus`);
  const badge = status
    ? html`<span class="status-badge status-${STATUS_TONES[status] ?? 'unknown'}"${c.source(`${MODULE}/overallStatus`)}>${c.enumLabel(`${MODULE}/overallStatus`, status)}</span>`
    : c.missing(`${MODULE}/overallStatus`);
  const lastKnown = c.label(`${MODULE}/lastKnownStatus`);
  const whyStopped = c.text(`${MODULE}/whyStopped`);
  const whyStoppedHtml = whyStopped
    ? html`<p class="why-stopped"${c.source(`${MODULE}/whyStopped`)}><strong>Why stopped:</strong> ${whyStopped}</p>`
    : c.missingParagraph(`${MODULE}/whyStopped`);
  const expandedAccess = c.value(`${MODULE}/expandedAccessInfo/hasExpandedAccess`);

  return section('status', 'Status', c.source(MODULE), [
    html`<div class="status-line">${badge}${lastKnown ? html` <span class="muted"${c.source(`${MODULE}/lastKnownStatus`)}>Last known status: ${lastKnown}</span>` : ''}</div>`,
    whyStoppedHtml,
    timeline(c),
    factList([
      fact(
        c,
        'Status verified',
        `${MODULE}/statusVerifiedDate`,
        readable(c.text(`${MODULE}/statusVerifiedDate`)) ?? c.missing(`${MODULE}/statusVerifiedDate`),
      ),
      fact(c, 'First submitted', `${MODULE}/studyFirstSubmitDate`, readable(c.text(`${MODULE}/studyFirstSubmitDate`))),
      fact(c, 'First posted', `${MODULE}/studyFirstPostDateStruct`, readable(c.text(`${MODULE}/studyFirstPostDateStruct/date`))),
      fact(c, 'Last update posted', `${MODULE}/lastUpdatePostDateStruct`, readable(c.text(`${MODULE}/lastUpdatePostDateStruct/date`))),
      fact(
        c,
        'Expanded access',
        `${MODULE}/expandedAccessInfo`,
        expandedAccess === true ? 'Available' : expandedAccess === false ? 'Not available' : undefined,
      ),
    ]),
  ]);
}

function readable(date: string | undefined): string | undefined {
  return date === undefined ? undefined : readableDate(date);
}

function timeline(c: RenderContext): SafeHtml {
  const items = MILESTONES.map(({ key, label }) => {
    const path = `${MODULE}/${key}`;
    const date = c.text(`${path}/date`);
    if (!date) {
      const flag = c.missing(`${path}/date`);
      return flag.value === ''
        ? flag
        : html`<li class="milestone milestone-missing"><span class="milestone-label">${label}</span> ${flag}</li>`;
    }
    const type = c.text(`${path}/type`);
    const typeHtml =
      type === 'ACTUAL'
        ? html`<span class="date-type date-actual">Actual</span>`
        : type === 'ESTIMATED'
          ? html`<span class="date-type date-estimated">Estimated</span>`
          : type
            ? html`<span class="date-type">${type}</span>`
            : html`<span class="date-type date-untyped missing">actual or estimated?</span>`;
    const tone = type === 'ACTUAL' ? 'actual' : type === 'ESTIMATED' ? 'estimated' : 'untyped';
    return html`<li class="milestone milestone-${tone}"${c.source(path)}><span class="milestone-label">${label}</span> <span class="milestone-date">${readableDate(date)}</span> ${typeHtml}</li>`;
  });
  const inner = html`${items}`;
  return inner.value === '' ? inner : html`<ol class="timeline">${inner}</ol>`;
}
