import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { parseRecord } from '../../../server/src/service/parse/parseRecord';
import { ALL_RULES, lookupRule, REGISTRY_RULES } from '../../../server/src/service/rules/ruleCatalog';
import { ruleHoverMarkdown, rulesTableMarkdown } from '../../../server/src/service/rules/ruleDocs';
import { runRules, UNKNOWN_DIRECTIVE_RULE } from '../../../server/src/service/rules/runRules';
import type { RuleDefinition } from '../../../server/src/service/rules/ruleTypes';
import { TODAY, check, yaml } from './ruleTestKit';

const terminated = yaml('statusModule:', '  overallStatus: TERMINATED', 'eligibilityModule:', '  minimumAge: 18 Years');

/**
 * What the registry rules report (layer `rules`): these records are deliberately incomplete, and the review
 * layer's readiness check (`review/required-for-registration`) lists everything they lack besides.
 */
function checkRules(text: string, options?: Parameters<typeof check>[1]): ReturnType<typeof check> {
  return check(text, options).filter((seen) => seen.diagnostic.layer === 'rules');
}

describe('settings overrides', () => {
  it('uses the default severity without settings', () => {
    const codes = checkRules(terminated).map((seen) => `${seen.code}:${seen.severity}`);
    assert.deepEqual(codes, ['status/why-stopped:warning', 'eligibility/sex-required:error']);
  });
  it('changes a severity and turns a rule off', () => {
    const seen = checkRules(terminated, {
      severities: { 'status/why-stopped': 'error', 'eligibility/sex-required': 'off', 'no/such-rule': 'off' },
    });
    assert.deepEqual(
      seen.map((s) => `${s.code}:${s.severity}`),
      ['status/why-stopped:error'],
    );
  });
});

describe('directives', () => {
  it('turns rules off for the whole YAML file, from any line', () => {
    const text = terminated + '# trial-record-disable status/why-stopped, eligibility/sex-required -- legacy record\n';
    assert.deepEqual(checkRules(text), []);
  });
  it('a bare directive turns every rule off', () => {
    assert.deepEqual(check('# trial-record-disable\n' + terminated), []);
  });
  it('next-line only silences the following line', () => {
    const text = yaml(
      'statusModule:',
      '  # trial-record-disable-next-line status/why-stopped',
      '  overallStatus: TERMINATED',
      'eligibilityModule:',
      '  minimumAge: 18 Years',
    );
    assert.deepEqual(
      checkRules(text).map((seen) => seen.code),
      ['eligibility/sex-required'],
    );
    const elsewhere = yaml('# trial-record-disable-next-line status/why-stopped', 'statusModule:', '  overallStatus: TERMINATED');
    assert.deepEqual(
      checkRules(elsewhere).map((seen) => seen.code),
      ['status/why-stopped'],
    );
  });
  it('ignores the words inside a YAML value', () => {
    const text = yaml('statusModule:', '  overallStatus: TERMINATED', '  whyStopped: "see#trial-record-disable status/why-stopped"');
    assert.deepEqual(
      checkRules(text).map((seen) => seen.code),
      [],
    ); // whyStopped is present, so nothing fires anyway
    const value = yaml(
      'identificationModule:',
      '  briefTitle: "x #trial-record-disable-next-line y"',
      'statusModule:',
      '  overallStatus: TERMINATED',
    );
    assert.deepEqual(
      checkRules(value).map((seen) => seen.code),
      ['status/why-stopped'],
    );
  });
  it('reads // and /* */ comments in JSON', () => {
    const json = '{\n  // trial-record-disable status/why-stopped\n  "statusModule": { "overallStatus": "TERMINATED" }\n}\n';
    assert.deepEqual(checkRules(json, { format: 'json' }), []);
    const sameLine =
      '{\n  /* trial-record-disable-next-line status/why-stopped */\n  "statusModule": { "overallStatus": "TERMINATED" }\n}\n';
    assert.deepEqual(checkRules(sameLine, { format: 'json' }), []);
    const lineAfter =
      '{\n  /* trial-record-disable-next-line status/why-stopped */\n  "statusModule": {\n    "overallStatus": "TERMINATED" }\n}\n';
    assert.deepEqual(
      checkRules(lineAfter, { format: 'json' }).map((seen) => seen.code),
      ['status/why-stopped'],
    );
  });
  it('reports an unknown rule id in a directive, with a suggestion', () => {
    const text = terminated + '# trial-record-disable status/why-stoped\n';
    const unknown = checkRules(text).filter((seen) => seen.code === UNKNOWN_DIRECTIVE_RULE);
    assert.equal(unknown.length, 1);
    assert.equal(unknown[0].marked, 'status/why-stoped');
    assert.match(unknown[0].message, /Did you mean `status\/why-stopped`\?/);
  });
});

describe('whole study files', () => {
  it('prefixes pointers and fix pointers with /protocolSection', () => {
    const study = JSON.stringify({ protocolSection: { statusModule: { overallStatus: 'TERMINATED' } }, hasResults: false }, null, 2);
    const [seen] = check(study, { format: 'json' });
    assert.equal(seen.code, 'status/why-stopped');
    assert.equal(seen.marked, '"TERMINATED"');
    assert.equal(seen.diagnostic.pointer, '/protocolSection/statusModule/overallStatus');
    assert.deepEqual(seen.diagnostic.fix, {
      kind: 'insert-property',
      parentPointer: '/protocolSection/statusModule',
      properties: ['whyStopped'],
    });
  });
});

describe('the engine', () => {
  it('keeps going when a rule throws, and tells the caller', () => {
    const broken: RuleDefinition = {
      ...lookupRule('status/why-stopped')!,
      id: 'test/broken',
      check: () => {
        throw new Error('boom');
      },
    };
    const errors: string[] = [];
    const parsed = parseRecord(terminated, 'yaml');
    const diagnostics = runRules(parsed, {
      today: TODAY,
      text: terminated,
      rules: [broken, ...ALL_RULES],
      onRuleError: (id) => errors.push(id),
    });
    assert.deepEqual(errors, ['test/broken']);
    assert.equal(diagnostics.filter((diagnostic) => diagnostic.layer === 'rules').length, 2);
  });
  it('never throws on odd shapes', () => {
    for (const text of [
      '',
      '[]',
      '42',
      'statusModule: 3',
      'designModule:\n  phases: 7\n  studyType: INTERVENTIONAL',
      'armsInterventionsModule:\n  armGroups: [1, null, {label: 3}]\n  interventions: [{armGroupLabels: [1, x]}]',
    ]) {
      const parsed = parseRecord(text, 'yaml');
      assert.doesNotThrow(() =>
        runRules(parsed, { today: TODAY, text, onRuleError: (id, error) => assert.fail(`${id} threw ${String(error)}`) }),
      );
    }
  });
  it('marks a missing field at the nearest existing ancestor key, never at nothing', () => {
    const seen = check(yaml('designModule:', '  studyType: INTERVENTIONAL')).find((s) => s.code === 'design/interventional-required');
    assert.equal(seen?.marked, 'designModule');
  });
  // Speed on large records is measured by the bench (bench/), not by a wall-clock limit here.
  it('checks every site of a 5,000-site record', () => {
    const sites = Array.from(
      { length: 5000 },
      (_, i) => `    - facility: Site ${i}\n      status: RECRUITING\n      country: United States`,
    ).join('\n');
    const text = yaml('statusModule:', '  overallStatus: COMPLETED', 'contactsLocationsModule:', '  locations:') + sites + '\n';
    const seen = check(text);
    assert.equal(seen.filter((s) => s.code === 'locations/us-state').length, 5000);
  });
});

describe('the catalog and its documentation', () => {
  it('has unique, well-formed ids and one-line explanations', () => {
    assert.equal(new Set(ALL_RULES.map((rule) => rule.id)).size, ALL_RULES.length);
    for (const rule of ALL_RULES) {
      assert.match(rule.id, /^[a-z]+\/[a-z0-9-]+$/, rule.id);
      assert.doesNotMatch(rule.explanation, /\n/, rule.id);
      assert.match(rule.documentation, /Fix: /, rule.id);
      assert.doesNotMatch(rule.documentation, /Basis: /, `${rule.id}: the basis belongs in provenance, not in what the author reads`);
      const basisNumbers = rule.basis.match(/R\d+|§[\d.]+/g) ?? [];
      assert.ok(basisNumbers.length > 0, `${rule.id}: basis names a rule or section of the reference notes`);
      for (const number of basisNumbers) assert.ok(rule.provenance.includes(number), `${rule.id}: provenance explains ${number}`);
    }
  });
  it('renders the README table with one row per registry rule (the review criteria have their own)', () => {
    const table = rulesTableMarkdown();
    assert.equal(table.split('\n\n')[0].trim().split('\n').length, REGISTRY_RULES.length + 2);
    assert.match(table, /R28 \(PRS length limits\) are checked by the schema layer/);
    assert.match(table, /\| `status\/why-stopped` \| warning \| .* \| R16 ◑ \|/);
  });
  it('explains a diagnostic code on hover', () => {
    const hover = ruleHoverMarkdown('status/stale-verification', 'information');
    assert.match(hover ?? '', /^\*\*Verification date is stale\*\* · `status\/stale-verification` · information \(default warning\)/);
    assert.match(hover ?? '', /trial-record-disable status\/stale-verification/);
    assert.equal(ruleHoverMarkdown('schema/enum'), undefined);
  });
});

describe('findings about the results section', () => {
  const resultsRule: RuleDefinition = {
    id: 'review/test-results-rule',
    title: 'Test',
    defaultSeverity: 'warning',
    explanation: 'Test.',
    documentation: 'Test.',
    basis: 'test',
    confidence: 'verified',
    provenance: 'test',
    check: (context) =>
      context.results?.has('/participantFlowModule/groups')
        ? [
            {
              pointer: '/participantFlowModule/groups/0/title',
              target: 'value',
              section: 'results',
              severity: 'error',
              message: 'At the group title.',
            },
          ]
        : [],
  };
  const study = [
    '{"protocolSection": {"identificationModule": {"briefTitle": "A"}},',
    ' "resultsSection": {"participantFlowModule": {"groups": [{"id": "FG000", "title": "Drug"}]}}}',
  ].join('\n');

  it('are placed in the resultsSection of a whole study, with their own severity', () => {
    const parsed = parseRecord(study, 'json');
    const [found, ...rest] = runRules(parsed, { today: TODAY, text: study, rules: [resultsRule] });
    assert.deepEqual(rest, []);
    assert.ok(found);
    assert.equal(study.slice(found.range.start, found.range.end), '"Drug"');
    assert.equal(found.pointer, '/resultsSection/participantFlowModule/groups/0/title');
    assert.equal(found.severity, 'error');
  });

  it('a trialRecord.rules setting still wins over the finding severity', () => {
    const parsed = parseRecord(study, 'json');
    const [found] = runRules(parsed, {
      today: TODAY,
      text: study,
      rules: [resultsRule],
      severities: { 'review/test-results-rule': 'hint' },
    });
    assert.equal(found?.severity, 'hint');
  });

  it('a protocol-only record has no results', () => {
    const text = yaml(
      'identificationModule:',
      '  briefTitle: A',
      'resultsSection:',
      '  participantFlowModule:',
      '    groups: [{id: FG000}]',
    );
    assert.deepEqual(runRules(parseRecord(text, 'yaml'), { today: TODAY, text, rules: [resultsRule] }), []);
  });
});
