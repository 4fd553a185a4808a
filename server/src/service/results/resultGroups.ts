// The groups a study's results compare, and every place the results refer to one by id. Each results module
// defines its own groups and ids (`FG000` participant flow, `BG000` baseline, `OG000` per outcome measure, `EG000`
// adverse events); a reference (`groupId`, or an item of an analysis's `groupIds`) names a group of its own scope.
// One home for reading them: the `results/unknown-group` rule, go to definition, find references, rename,
// completion and hover all use this.
import { isPlainObject, joinPointer, type RecordValue } from '../parse/parsedRecord';
import { readOnceAt } from './readingsByObject';

/** A group as its module defines it. Pointers are relative to the study's `resultsSection`. */
export interface ResultGroup {
  readonly id: string;
  /** The group object (`…/groups/0`). */
  readonly pointer: string;
  readonly title: string | undefined;
  readonly description: string | undefined;
}

/** One place that names a group by id. */
export interface GroupReference {
  readonly id: string;
  /** The id value (`…/achievements/1/groupId`, `…/analyses/0/groupIds/1`). */
  readonly pointer: string;
}

/** A part of the results with its own groups: a module, or one outcome measure. */
export interface GroupScope {
  /** Relative to `resultsSection`, e.g. `/participantFlowModule` or `/outcomeMeasuresModule/outcomeMeasures/2`. */
  readonly pointer: string;
  /** What an author calls it: "the participant flow", "outcome measure 3 (Change in HbA1c)". */
  readonly name: string;
  readonly groups: readonly ResultGroup[];
  readonly references: readonly GroupReference[];
}

/** The modules with one set of groups each; outcome measures (each its own scope) come between baseline and adverse events. */
const FLOW = { module: 'participantFlowModule', groupsKey: 'groups', name: 'the participant flow' };
const BASELINE = { module: 'baselineCharacteristicsModule', groupsKey: 'groups', name: 'the baseline characteristics' };
const ADVERSE_EVENTS = { module: 'adverseEventsModule', groupsKey: 'eventGroups', name: 'the adverse events' };

/** Every group scope of a `resultsSection` value, in document order of the modules. */
export function readGroupScopes(results: RecordValue | undefined): GroupScope[] {
  if (!isPlainObject(results)) return [];
  const moduleScope = ({ module, groupsKey, name }: typeof FLOW): GroupScope | undefined =>
    scopeAt(results[module], `/${module}`, groupsKey, name);
  const scopes: Array<GroupScope | undefined> = [moduleScope(FLOW), moduleScope(BASELINE)];
  const outcomes = isPlainObject(results.outcomeMeasuresModule) ? results.outcomeMeasuresModule.outcomeMeasures : undefined;
  if (Array.isArray(outcomes)) {
    outcomes.forEach((measure, index) => {
      const title = isPlainObject(measure) && typeof measure.title === 'string' ? ` (${measure.title})` : '';
      scopes.push(scopeAt(measure, `/outcomeMeasuresModule/outcomeMeasures/${index}`, 'groups', `outcome measure ${index + 1}${title}`));
    });
  }
  scopes.push(moduleScope(ADVERSE_EVENTS));
  return scopes.filter((scope): scope is GroupScope => scope !== undefined);
}

/** The scope whose pointer `pointer` lies in (pointers relative to `resultsSection`). */
export function scopeContaining(scopes: readonly GroupScope[], pointer: string): GroupScope | undefined {
  return scopes.find((scope) => pointer === scope.pointer || pointer.startsWith(`${scope.pointer}/`));
}

/** "FG000 (Drug), FG001 (Placebo)": a scope's groups as a message lists them. */
export function describeGroups(scope: GroupScope): string {
  return scope.groups.map((group) => (group.title ? `${group.id} (${group.title})` : group.id)).join(', ');
}

/**
 * Scopes read so far, by the module or measure object they were read from: re-checking after an edit in one
 * outcome measure reads that measure alone (the rule, completion and navigation read the scopes of the same objects).
 */
const scopesRead = new WeakMap<object, Map<string, GroupScope>>();

function scopeAt(value: RecordValue | undefined, pointer: string, groupsKey: string, name: string): GroupScope | undefined {
  if (!isPlainObject(value)) return undefined;
  return readOnceAt(scopesRead, value, `${pointer}\n${groupsKey}\n${name}`, () => readScope(value, pointer, groupsKey, name));
}

function readScope(value: { [key: string]: RecordValue }, pointer: string, groupsKey: string, name: string): GroupScope {
  const groupsValue = value[groupsKey];
  const groups: ResultGroup[] = [];
  if (Array.isArray(groupsValue)) {
    groupsValue.forEach((group, index) => {
      if (!isPlainObject(group) || typeof group.id !== 'string') return;
      groups.push({
        id: group.id,
        pointer: joinPointer(joinPointer(pointer, groupsKey), String(index)),
        title: typeof group.title === 'string' ? group.title : undefined,
        description: typeof group.description === 'string' ? group.description : undefined,
      });
    });
  }
  const references: GroupReference[] = [];
  for (const [key, child] of Object.entries(value)) {
    if (key !== groupsKey) collectReferences(child, joinPointer(pointer, key), references);
  }
  return { pointer, name, groups, references };
}

/**
 * Every `groupId` value and `groupIds` item below `value`, iteratively (results tables can be large and deep).
 * Only objects and arrays are walked into, so no pointer is built for the many scalars of a results table.
 */
function collectReferences(root: RecordValue, rootPointer: string, into: GroupReference[]): void {
  const stack: Array<[RecordValue, string]> = [[root, rootPointer]];
  while (stack.length > 0) {
    const [value, pointer] = stack.pop()!;
    if (Array.isArray(value)) {
      for (let index = value.length - 1; index >= 0; index--) {
        const item = value[index];
        if (typeof item === 'object' && item !== null) stack.push([item, `${pointer}/${index}`]);
      }
    } else if (isPlainObject(value)) {
      const entries = Object.entries(value);
      for (let index = entries.length - 1; index >= 0; index--) {
        const [key, child] = entries[index];
        if (key === 'groupId' && typeof child === 'string') into.push({ id: child, pointer: joinPointer(pointer, key) });
        else if (key === 'groupIds' && Array.isArray(child)) {
          const childPointer = joinPointer(pointer, key);
          child.forEach((item, itemIndex) => {
            if (typeof item === 'string') into.push({ id: item, pointer: `${childPointer}/${itemIndex}` });
          });
        } else if (typeof child === 'object' && child !== null) stack.push([child, joinPointer(pointer, key)]);
      }
    }
  }
}
