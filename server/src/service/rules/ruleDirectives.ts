import type { RecordFormat } from '../parse/parsedRecord';
import { LineIndex } from '../text/lineIndex';
import { offsetRange, type OffsetRange } from '../text/offsetRange';

/** One rule id written in a directive comment, with where it is (for reporting unknown ids). */
export interface DirectiveRuleId {
  readonly id: string;
  readonly range: OffsetRange;
}

export interface RuleDirectives {
  /** Rules turned off for the whole file; `'all'` for a bare `trial-record-disable`. */
  readonly fileDisabled: ReadonlySet<string> | 'all';
  /** Zero-based line -> rules turned off on that line (`'all'` for a bare `-next-line`). */
  readonly lineDisabled: ReadonlyMap<number, ReadonlySet<string> | 'all'>;
  /** Every id written in a directive, to check against the catalog. */
  readonly mentionedIds: readonly DirectiveRuleId[];
}

export const NO_DIRECTIVES: RuleDirectives = { fileDisabled: new Set(), lineDisabled: new Map(), mentionedIds: [] };

/**
 * Comment markers per format: YAML `#`, JSON (with comments) `//` and `/* … *\/`. The marker must
 * start the line or follow white space, so `http://…` in a JSON string is not read as a comment.
 */
const DIRECTIVE_PATTERNS: Record<RecordFormat, RegExp> = {
  yaml: /(^|[ \t])#[ \t]*trial-record-disable(-next-line)?(?=[ \t,]|$)([^\r\n]*)/gm,
  json: /(^|[ \t])(?:\/\/|\/\*)[ \t]*trial-record-disable(-next-line)?(?=[ \t,]|$|\*\/)([^\r\n]*)/gm,
};

const RULE_ID = /[A-Za-z0-9][\w.-]*\/[\w.-]+/g;

/**
 * Reads `trial-record-disable id[, id…]` (whole file) and `trial-record-disable-next-line id…`
 * (the following line) comments, anywhere in the file. Ids end at the end of the line, at `*\/`,
 * or at ` -- ` (after which a reason may follow, as in ESLint). One pass over the text.
 */
export function readDirectives(text: string, format: RecordFormat): RuleDirectives {
  if (!text.includes('trial-record-disable')) return NO_DIRECTIVES;
  const pattern = new RegExp(DIRECTIVE_PATTERNS[format].source, 'gm');
  let fileDisabled: Set<string> | 'all' = new Set();
  const lineDisabled = new Map<number, Set<string> | 'all'>();
  const mentionedIds: DirectiveRuleId[] = [];
  let lines: LineIndex | undefined;

  for (let match = pattern.exec(text); match; match = pattern.exec(text)) {
    const nextLine = match[2] !== undefined;
    const rest = match[3];
    const restStart = match.index + match[0].length - rest.length;
    const idText = rest.split(/\*\/| -- /, 1)[0];
    const ids: DirectiveRuleId[] = [];
    for (let idMatch = RULE_ID.exec(idText); idMatch; idMatch = RULE_ID.exec(idText)) {
      ids.push({ id: idMatch[0], range: offsetRange(restStart + idMatch.index, restStart + idMatch.index + idMatch[0].length) });
    }
    RULE_ID.lastIndex = 0;
    mentionedIds.push(...ids);

    if (!nextLine) {
      if (ids.length === 0) fileDisabled = 'all';
      else if (fileDisabled !== 'all') for (const { id } of ids) fileDisabled.add(id);
      continue;
    }
    lines ??= new LineIndex(text);
    const line = lines.lineOf(match.index + match[1].length) + 1;
    const existing = lineDisabled.get(line) ?? new Set<string>();
    if (ids.length === 0 || existing === 'all') lineDisabled.set(line, 'all');
    else {
      for (const { id } of ids) existing.add(id);
      lineDisabled.set(line, existing);
    }
  }
  return { fileDisabled, lineDisabled, mentionedIds };
}

/** Whether a rule is disabled for a diagnostic starting at `offset`. */
export class DirectiveFilter {
  private lines: LineIndex | undefined;

  constructor(
    private readonly directives: RuleDirectives,
    private readonly text: string,
  ) {}

  disablesWholeRule(id: string): boolean {
    const disabled = this.directives.fileDisabled;
    return disabled === 'all' || disabled.has(id);
  }

  disablesAt(id: string, offset: number): boolean {
    if (this.directives.lineDisabled.size === 0) return false;
    this.lines ??= new LineIndex(this.text);
    const disabled = this.directives.lineDisabled.get(this.lines.lineOf(offset));
    return disabled !== undefined && (disabled === 'all' || disabled.has(id));
  }
}
