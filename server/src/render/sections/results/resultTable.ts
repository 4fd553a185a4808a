import { html, SafeHtml, type HtmlValue } from '../../html';
import { renderMarkdown } from '../../markdown';
import type { ResultNode } from './resultsReader';

/** Past this many body rows or groups a table starts folded (its summary says what it holds), unless it shows a mismatch. */
export const OPEN_ROW_LIMIT = 12;
export const OPEN_GROUP_LIMIT = 8;

/** A group a results table has a column for (`FG000`, `BG000`, `OG000`, `EG000`). */
export interface ResultGroup {
  readonly id: string;
  readonly title: string | undefined;
  readonly description: string | undefined;
  readonly node: ResultNode;
  /** A `groupId` the rows use that no group defines (results/unknown-group reports it): its values keep a column. */
  readonly undefinedGroup?: true;
}

/**
 * The groups a module (or an outcome measure) defines, in their order (a group without an id keeps a column), then
 * a column for each `groupId` under `scope` that none of them defines, so that no value the author wrote is hidden.
 */
export function readGroups(groups: readonly ResultNode[], scope: ResultNode): ResultGroup[] {
  const defined = groups.map((node, index) => ({
    id: node.text('id') ?? `#${index + 1}`,
    title: node.text('title'),
    description: node.text('description'),
    node,
  }));
  const ids = new Set(defined.map((group) => group.id));
  const undefinedGroups: ResultGroup[] = [];
  forEachGroupReference(scope, (id, node) => {
    if (ids.has(id)) return;
    ids.add(id);
    undefinedGroups.push({ id, title: undefined, description: undefined, node, undefinedGroup: true });
  });
  return [...defined, ...undefinedGroups];
}

/** Calls `found` with each `groupId` text under `node` (depth first, in document order) and the node holding it. */
function forEachGroupReference(node: ResultNode, found: (id: string, holder: ResultNode) => void): void {
  const value = node.value;
  if (Array.isArray(value)) {
    value.forEach((item, index) => {
      if (item !== null && typeof item === 'object') forEachGroupReference(node.child(index), found);
    });
    return;
  }
  if (value === null || typeof value !== 'object') return;
  const id = node.text('groupId');
  if (id !== undefined) found(id, node.child('groupId'));
  for (const key of Object.keys(value)) {
    const child = value[key];
    if (child !== null && typeof child === 'object') forEachGroupReference(node.child(key), found);
  }
}

/** "Placebo (OG000)": how notes and analyses name a group. */
export function groupName(group: ResultGroup): string {
  return group.title ? `${group.title} (${group.id})` : group.id;
}

/** The items of a list keyed by their `groupId`, so that a row finds each group's cell in one lookup. */
export function byGroup(items: readonly ResultNode[]): Map<string, ResultNode> {
  const map = new Map<string, ResultNode>();
  for (const item of items) {
    const id = item.text('groupId');
    if (id !== undefined && !map.has(id)) map.set(id, item);
  }
  return map;
}

/** One body row: a row heading, then one cell per group. */
export function groupRow(
  heading: HtmlValue,
  groups: readonly ResultGroup[],
  cell: (group: ResultGroup) => SafeHtml,
  rowAttributes: SafeHtml = html``,
): SafeHtml {
  return html`<tr${rowAttributes}><th scope="row">${heading}</th>${groups.map(cell)}</tr>`;
}

/** A row that spans the table: a measure's title, a class, an organ system, "Reasons not completed". */
export function spanningRow(
  groups: readonly ResultGroup[],
  content: HtmlValue,
  className: string,
  attributes: SafeHtml = html``,
): SafeHtml {
  // The content sticks to the left of the scrolling box, so that it stays in view however wide the table is.
  return html`<tr class="${className}"${attributes}><th scope="rowgroup" colspan="${groups.length + 1}"><div class="span-content">${content}</div></th></tr>`;
}

/** The groups' descriptions, as the registry's first row ("Arm/Group Description"). */
export function descriptionRow(groups: readonly ResultGroup[]): SafeHtml {
  if (!groups.some((group) => group.description)) return html``;
  return groupRow(
    'Group description',
    groups,
    (group) => html`<td class="group-description"${group.node.child('description').cellSource()}>${group.description ?? ''}</td>`,
    html` class="group-descriptions"`,
  );
}

export interface ResultTableSpec {
  /** What the folded table's summary says it is ("Overall Study", "Other adverse events"). */
  readonly caption: string;
  /** The first column's heading. */
  readonly corner: string;
  readonly groups: readonly ResultGroup[];
  /** Body rows, descriptions row included. */
  readonly rows: readonly SafeHtml[];
  /** How many data rows the table has, for folding and for the summary. */
  readonly rowCount: number;
  /** Keep the table open however large it is (it shows a mismatch the reader must see). */
  readonly forceOpen?: boolean;
}

/**
 * A results table in a `<details>`: open while it is small, folded past OPEN_ROW_LIMIT rows or OPEN_GROUP_LIMIT groups.
 * It scrolls inside its own box with the group headings and row headings sticky, so large tables stay readable.
 */
export function resultTable(spec: ResultTableSpec): SafeHtml {
  const { caption, corner, groups, rows, rowCount } = spec;
  const open = spec.forceOpen === true || (rowCount <= OPEN_ROW_LIMIT && groups.length <= OPEN_GROUP_LIMIT);
  const size = `${rowCount} ${rowCount === 1 ? 'row' : 'rows'}, ${groups.length} ${groups.length === 1 ? 'group' : 'groups'}`;
  const headings = groups.map(
    // The source range sits on the heading's text, not on the sticky cell: the hover highlight is translucent.
    (group) =>
      html`<th scope="col"${group.undefinedGroup ? html` class="undefined-group"` : html``}><span class="group-heading"${group.node.cellSource()}>${
        group.undefinedGroup ? 'No such group' : (group.title ?? group.id)
      }<span class="group-id">${group.id}</span></span></th>`,
  );
  return html`<details class="result-table"${open ? html` open` : html``}><summary>${caption} <span class="count">${size}</span></summary><div class="results-scroll"><table class="record-table results-table"><thead><tr><th scope="col">${corner}</th>${headings}</tr></thead><tbody>${rows}</tbody></table></div></details>`;
}

/** One labelled fact (`<div class="fact"><dt>…</dt><dd>…</dd></div>`), left out when it has no content. */
export function resultFact(label: string, node: ResultNode, content: HtmlValue): SafeHtml {
  if (content === undefined || content === null || content === false || content === '') return html``;
  if (content instanceof SafeHtml && content.value === '') return html``;
  return html`<div class="fact"${node.source()}><dt>${label}</dt><dd>${content}</dd></div>`;
}

/** A `<dl>` of facts, left out when none has content. */
export function resultFacts(facts: readonly SafeHtml[]): SafeHtml {
  const inner = html`${facts}`;
  return inner.value === '' ? inner : html`<dl class="facts">${inner}</dl>`;
}

/** A free-text field as Markdown (as the API serves it), or nothing. */
export function markdownOf(node: ResultNode, key: string): SafeHtml {
  const text = node.text(key);
  return text === undefined ? html`` : html`<div class="markdown">${renderMarkdown(text)}</div>`;
}

/** A results section: `<section>` with its heading, left out when the body is empty. */
export function resultsSection(id: string, title: string, module: ResultNode, body: readonly HtmlValue[]): SafeHtml {
  const inner = html`${body}`;
  if (inner.value.trim() === '') return html``;
  return html`<section class="record-section results-section" id="${`section-results-${id}`}"${module.source()}><h2>${title}</h2>${inner}</section>`;
}

/** "3/97 (3.09%)": affected of at risk, as the registry's adverse event tables show them. */
export function ofAtRisk(affected: number | undefined, atRisk: number | undefined): string {
  if (affected === undefined && atRisk === undefined) return '';
  if (affected === undefined) return `–/${atRisk}`;
  if (atRisk === undefined) return String(affected);
  return atRisk > 0 ? `${affected}/${atRisk} (${percent(affected, atRisk)})` : `${affected}/${atRisk}`;
}

/** `51 of 97` → "52.58%": two decimals, as the registry writes percentages. */
export function percent(part: number, whole: number): string {
  return `${((part / whole) * 100).toFixed(2)}%`;
}
