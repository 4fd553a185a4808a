import { isPlainObject, valueAt, type ParsedRecord, type RecordValue } from '../parse/parsedRecord';
import { RESULTS_SECTION_POINTER, type RuleReadObserver, type RuleSection } from './ruleContext';
import type { RuleContext, RuleDefinition, RuleFinding } from './ruleTypes';

/** What a rule read: a module (`/designModule`) or a whole section (`''`) of one section, and the value it had. */
interface Read {
  readonly section: RuleSection;
  readonly module: string;
  readonly value: RecordValue | undefined;
}

interface Remembered {
  readonly reads: readonly Read[];
  /** Whether the study had results when the rule asked (undefined: it did not ask). */
  readonly hadResults: boolean | undefined;
  readonly findings: RuleFinding[];
}

/**
 * Each rule's findings from the last run over one document, given again while everything the rule read
 * is the very same value. The incremental parser gives an edited record new objects only along the path
 * to what changed (pieceReparse.ts copies that path and shares the rest), so after an edit inside one
 * outcome measure the rules that read the protocol or other results modules are not run again. Rules are
 * pure functions of their context and the date, and findings hold pointers, never offsets, so a kept
 * finding is placed afresh in the new text. Keep one memo per document.
 */
export class RuleMemo implements RuleReadObserver {
  private remembered = new Map<string, Remembered>();
  private today?: string;
  private sections?: { readonly protocol: RecordValue | undefined; readonly results: RecordValue | undefined };
  /** The reads of the rule running now. */
  private reads: Read[] = [];
  private readKeys = new Set<string>();
  private hadResults: boolean | undefined;

  /** The rules that ran (or gave their findings again) since `begin`. */
  private visited = new Set<string>();

  /** Starts a run over `parsed` (findings kept for another date are dropped). */
  begin(parsed: ParsedRecord, today: string): void {
    if (today !== this.today) this.remembered.clear();
    this.today = today;
    const results = parsed.recordPointer === '' ? undefined : valueAt(parsed.value, RESULTS_SECTION_POINTER);
    this.sections = {
      protocol: valueAt(parsed.value, parsed.recordPointer),
      // As the rule context has it: results only when the section is a mapping.
      results: isPlainObject(results) ? results : undefined,
    };
    this.visited.clear();
  }

  /** Ends a run: the findings of rules that did not run (turned off) are dropped, with the values they hold. */
  finish(): void {
    for (const id of this.remembered.keys()) if (!this.visited.has(id)) this.remembered.delete(id);
  }

  /** The rule's findings: the kept ones when nothing it read has changed, else a fresh check (remembered). */
  check(rule: RuleDefinition, context: RuleContext): RuleFinding[] {
    this.visited.add(rule.id);
    const kept = this.remembered.get(rule.id);
    if (kept && this.stillHolds(kept)) return kept.findings;
    this.remembered.delete(rule.id);
    this.reads = [];
    this.readKeys.clear();
    this.hadResults = undefined;
    const findings = rule.check(context);
    this.remembered.set(rule.id, { reads: this.reads, hadResults: this.hadResults, findings });
    this.reads = [];
    return findings;
  }

  read(section: RuleSection, pointer: string): void {
    const slash = pointer.indexOf('/', 1);
    const module = slash < 0 ? pointer : pointer.slice(0, slash);
    const key = section === 'protocol' ? module : `results${module}`;
    if (this.readKeys.has(key)) return;
    this.readKeys.add(key);
    this.reads.push({ section, module, value: this.current(section, module) });
  }

  resultsPresence(): void {
    this.hadResults = this.sections?.results !== undefined;
  }

  private stillHolds(kept: Remembered): boolean {
    if (kept.hadResults !== undefined && kept.hadResults !== (this.sections?.results !== undefined)) return false;
    return kept.reads.every((read) => Object.is(read.value, this.current(read.section, read.module)));
  }

  private current(section: RuleSection, module: string): RecordValue | undefined {
    return valueAt(this.sections?.[section], module);
  }
}
