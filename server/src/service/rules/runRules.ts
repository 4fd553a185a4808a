import type { FixData, RecordDiagnostic, Severity } from '../diagnostics/recordDiagnostic';
import { mapFixPointers } from '../fixes/fixData';
import { escapePointerSegment, isPlainObject, parentPointer, type ParsedRecord } from '../parse/parsedRecord';
import { offsetRange, type OffsetRange } from '../text/offsetRange';
import { nearestMatch } from '../util/nearestMatch';
import { withoutFieldsReportedElsewhere } from '../readiness/reportedOnce';
import { severityAtStage, type ReviewStage } from '../readiness/reviewStage';
import { ALL_RULES, lookupRule } from './ruleCatalog';
import { REVIEW_PREFIX } from './reviewCatalog';
import { createRuleContext, RESULTS_SECTION_POINTER } from './ruleContext';
import { DirectiveFilter, NO_DIRECTIVES, readDirectives, type RuleDirectives } from './ruleDirectives';
import type { RuleMemo } from './ruleMemo';
import type { RuleDefinition, RuleFinding } from './ruleTypes';

export interface RunRulesOptions {
  /** `yyyy-MM-dd`; date rules compare against it. */
  readonly today: string;
  /** Settings overrides by rule id (`trialRecord.rules`): a severity, or `off`. Unknown ids are ignored. */
  readonly severities?: Readonly<Record<string, Severity | 'off'>>;
  /** The document's text, for the `trial-record-disable` comment directives (not read without it) and exact ranges. */
  readonly text?: string;
  /** The rules to run; the whole catalog by default. */
  readonly rules?: readonly RuleDefinition[];
  /** `trialRecord.review.stage`: at `submission` the review layer weighs more (a `severities` entry still wins). Default `draft`. */
  readonly stage?: ReviewStage;
  /**
   * Told about a rule that threw (a bug in the rule; the other rules still run), or, with the id
   * `DIRECTIVE_READER`, about the directive comments failing to read (the rules then run without them).
   * The server logs it.
   */
  readonly onRuleError?: (ruleId: string, error: unknown) => void;
  /** The document's memo: rules whose reads are unchanged since its last run give their findings again (see ruleMemo.ts). */
  readonly memo?: RuleMemo;
}

/** What `onRuleError` names when reading the `trial-record-disable` comments failed. */
export const DIRECTIVE_READER = 'trial-record-disable directives';

/** Code of the diagnostic for a rule id in a directive comment that names no rule. */
export const UNKNOWN_DIRECTIVE_RULE = 'rules/unknown-rule';

/**
 * Runs the registry rules over a parsed record and returns their diagnostics (layer `rules`,
 * code = rule id). Applies the settings overrides and the per-file directives. Never throws:
 * a rule that throws is skipped (reported through `onRuleError`, not as a diagnostic, since the
 * author cannot act on it). No re-parsing: rules read the parsed value and the pointer map.
 */
export function runRules(parsed: ParsedRecord, options: RunRulesOptions): RecordDiagnostic[] {
  if (parsed.value === undefined) return [];
  const text = options.text;
  const directives = text !== undefined ? directivesOf(text, parsed, options) : NO_DIRECTIVES;
  const filter = new DirectiveFilter(directives, text ?? '');
  const memo = options.memo;
  memo?.begin(parsed, options.today);
  const context = createRuleContext(parsed, options.today, memo);
  const placer = new FindingPlacer(parsed, text);
  const found: RecordDiagnostic[] = [];

  for (const rule of options.rules ?? ALL_RULES) {
    const setting = options.severities?.[rule.id];
    if (setting === 'off' || filter.disablesWholeRule(rule.id)) continue;
    let findings: RuleFinding[];
    try {
      findings = memo ? memo.check(rule, context) : rule.check(context);
    } catch (error) {
      options.onRuleError?.(rule.id, error);
      continue;
    }
    for (const finding of findings) {
      const severity = setting ?? severityAtStage(rule, options.stage, finding.severity);
      const placed = placer.place(finding);
      if (filter.disablesAt(rule.id, placed.range.start)) continue;
      found.push({
        layer: layerOf(rule),
        range: placed.range,
        severity,
        code: rule.id,
        message: finding.message,
        pointer: placed.pointer,
        fix: finding.fix ? absoluteFix(finding.fix, sectionPointer(parsed, finding)) : undefined,
      });
    }
  }

  memo?.finish();
  // A required field another rule already reports missing is reported there only.
  const diagnostics = withoutFieldsReportedElsewhere(found);

  for (const mention of directives.mentionedIds) {
    if (lookupRule(mention.id)) continue;
    const suggestion = nearestMatch(
      mention.id,
      ALL_RULES.map((rule) => rule.id),
    );
    diagnostics.push({
      layer: 'rules',
      range: mention.range,
      severity: 'warning',
      code: UNKNOWN_DIRECTIVE_RULE,
      message: suggestion
        ? `No rule is called \`${mention.id}\`. Did you mean \`${suggestion}\`?`
        : `No rule is called \`${mention.id}\`; see the README for the rule ids.`,
      fix: suggestion ? { kind: 'replace-text', replacement: suggestion } : undefined,
    });
  }
  return diagnostics;
}

/** Review criteria (`review/…`, what the registry's reviewers would send back) form their own layer beside the registry rules. */
export function layerOf(rule: RuleDefinition): 'rules' | 'review' {
  return rule.id.startsWith(REVIEW_PREFIX) ? 'review' : 'rules';
}

function directivesOf(text: string, parsed: ParsedRecord, options: RunRulesOptions): RuleDirectives {
  try {
    return readDirectives(text, parsed.format);
  } catch (error) {
    options.onRuleError?.(DIRECTIVE_READER, error);
    return NO_DIRECTIVES;
  }
}

/** Rules point relative to the protocol section; quick fixes edit the document, so every place a fix names is made absolute. */
function absoluteFix(fix: FixData, prefix: string): FixData {
  return prefix === '' ? fix : mapFixPointers(fix, (pointer) => prefix + pointer);
}

/** Where the section a finding's pointer is relative to sits in the document: the protocol section, or the study's results. */
function sectionPointer(parsed: ParsedRecord, finding: RuleFinding): string {
  return finding.section === 'results' ? RESULTS_SECTION_POINTER : parsed.recordPointer;
}

/** Turns a finding's pointer into a source range, never an empty place in nowhere. */
class FindingPlacer {
  constructor(
    private readonly parsed: ParsedRecord,
    private readonly text: string | undefined,
  ) {}

  place(finding: RuleFinding): { range: OffsetRange; pointer: string } {
    let pointer = sectionPointer(this.parsed, finding) + finding.pointer;
    let target = finding.target;
    let location = this.parsed.locations.get(pointer);
    // An absent node: mark the key of the nearest ancestor that exists.
    while (!location && pointer !== '') {
      pointer = parentPointer(pointer);
      location = this.parsed.locations.get(pointer);
      target = 'key';
    }
    if (!location) return { range: offsetRange(0, 0), pointer };
    if (target === 'key' && location.keyRange) return { range: location.keyRange, pointer };
    if (target === 'key' && pointer === '') return { range: this.firstKeyRange() ?? location.valueRange, pointer };
    const value = location.valueRange;
    if (value.end <= value.start && location.keyRange) return { range: location.keyRange, pointer }; // `key:` with no value
    return { range: this.trimmed(value), pointer };
  }

  /** The document root has no key: use its first property's key (the top of the record). */
  private firstKeyRange(): OffsetRange | undefined {
    const root = this.parsed.value;
    if (!isPlainObject(root)) return undefined;
    const first = Object.keys(root)[0];
    return first === undefined ? undefined : this.parsed.locations.get(`/${escapePointerSegment(first)}`)?.keyRange;
  }

  /** YAML block values may end with line breaks; a squiggle should not run onto the next line. */
  private trimmed(range: OffsetRange): OffsetRange {
    if (this.text === undefined) return range;
    let end = range.end;
    while (end > range.start && /\s/.test(this.text[end - 1])) end--;
    return offsetRange(range.start, end);
  }
}
