import { describeGroups, readGroupScopes } from '../../results/resultGroups';
import { resultsDefinition } from '../ruleReference';
import type { RuleDefinition, RuleFinding } from '../ruleTypes';

export const unknownGroup: RuleDefinition = {
  id: 'results/unknown-group',
  title: 'Unknown group id in the results',
  defaultSeverity: 'error',
  basis: '§1, Results definitions',
  confidence: 'verified',
  provenance:
    'ctgov-model.md §1 (the study shape: `resultsSection` beside the protocol). Results data element definitions: each results module (participant flow, baseline characteristics, each outcome measure, ' +
    'adverse events) defines its own arms/groups, and every count or measurement belongs to one of them; an id naming no group ' +
    'of its module cannot be posted.',
  reference: resultsDefinition('Arm/Group Information'),
  explanation: 'Every group id in the results names a group defined in the same module (or the same outcome measure).',
  documentation:
    'In the results, each module defines the groups it compares (`FG000`… in the participant flow, `BG000`… in the baseline ' +
    'characteristics, `OG000`… in each outcome measure, `EG000`… in the adverse events), and every count, measurement and analysis ' +
    'names one of those groups by id. An id that names no group of its own module leaves the number without a column. ' +
    "Fix: use one of the module's group ids, or define the group in the module's `groups` (`eventGroups` for adverse events).",
  check(context) {
    if (!context.results) return [];
    const findings: RuleFinding[] = [];
    for (const scope of readGroupScopes(context.results.value(''))) {
      const known = new Set(scope.groups.map((group) => group.id));
      for (const reference of scope.references) {
        if (known.has(reference.id)) continue;
        const suggestion = sameNumberedGroup(reference.id, known);
        const groups = scope.groups.length > 0 ? `its groups are ${describeGroups(scope)}` : 'it defines no groups';
        findings.push({
          pointer: reference.pointer,
          target: 'value',
          section: 'results',
          message:
            `\`${reference.id}\` is not a group of ${scope.name}: ${groups}.` + (suggestion ? ` Did you mean \`${suggestion}\`?` : ''),
          fix: suggestion ? { kind: 'replace-text', replacement: suggestion } : undefined,
        });
      }
    }
    return findings;
  },
};

/**
 * The module's group with the same number under its own prefix (`OG001` copied into the participant flow, whose groups
 * are `FG000`, `FG001`: `FG001`): the one correction that is certain. Any other unknown id gets no suggestion.
 */
function sameNumberedGroup(id: string, known: ReadonlySet<string>): string | undefined {
  const number = /^[A-Z]{2}(\d{3})$/.exec(id)?.[1];
  if (number === undefined) return undefined;
  const matches = [...known].filter((candidate) => candidate !== id && candidate.endsWith(number) && /^[A-Z]{2}\d{3}$/.test(candidate));
  return matches.length === 1 ? matches[0] : undefined;
}
