// The review stage at service level: what `trialRecord.review.stage` and `trial-record check --stage` change.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { parseRecord } from '../../../server/src/service/parse/parseRecord';
import { severityAtStage } from '../../../server/src/service/readiness/reviewStage';
import { REGISTRY_RULES } from '../../../server/src/service/rules/ruleCatalog';
import { runRules } from '../../../server/src/service/rules/runRules';
import type { RuleDefinition } from '../../../server/src/service/rules/ruleTypes';
import { requiredForRegistration } from '../../../server/src/service/rules/review/required-for-registration';
import { createTrialRecordService } from '../../../server/src/trialRecordService';

const RECORD = `identificationModule:
  orgStudyIdInfo: {id: ORG-1}
  briefTitle: A Small Study
statusModule:
  statusVerifiedDate: 2025-01
  overallStatus: COMPLETED
`;

/** A review criterion that always advises once, at the given default severity. */
function advice(id: string, defaultSeverity: RuleDefinition['defaultSeverity']): RuleDefinition {
  return {
    id,
    title: id,
    defaultSeverity,
    basis: '§4',
    confidence: 'secondary',
    provenance: '§4',
    explanation: id,
    documentation: 'Fix: nothing.',
    check: () => [{ pointer: '/identificationModule/briefTitle', target: 'value', message: id }],
  };
}

describe('review stage', () => {
  it('at submission: required fields are errors, review information is a warning, nothing else changes', () => {
    const severities = (stage: 'draft' | 'submission') =>
      [requiredForRegistration, advice('review/advice', 'information'), advice('review/stricter', 'warning'), REGISTRY_RULES[0]].map(
        (rule) => severityAtStage(rule, stage),
      );
    assert.deepEqual(severities('draft'), ['information', 'information', 'warning', REGISTRY_RULES[0].defaultSeverity]);
    assert.deepEqual(severities('submission'), ['error', 'warning', 'warning', REGISTRY_RULES[0].defaultSeverity]);
  });

  it('runs with the stage, and a per-rule setting still wins', () => {
    const parsed = parseRecord(RECORD, 'yaml');
    const rules = [advice('review/advice', 'information'), advice('review/quiet', 'information')];
    const run = (severities?: Record<string, 'hint'>) =>
      runRules(parsed, { today: '2025-06-15', rules, stage: 'submission', severities }).map((d) => `${d.code} ${d.severity}`);
    assert.deepEqual(run(), ['review/advice warning', 'review/quiet warning']);
    assert.deepEqual(run({ 'review/quiet': 'hint' }), ['review/advice warning', 'review/quiet hint']);
  });

  it("weighs a finding's own severity too: an information finding of a warning rule is a warning at submission", () => {
    const mixed: RuleDefinition = {
      ...advice('review/mixed', 'warning'),
      check: () => [{ pointer: '/statusModule/overallStatus', target: 'value', message: 'Softer here.', severity: 'information' }],
    };
    const parsed = parseRecord(RECORD, 'yaml');
    const run = (stage: 'draft' | 'submission') => runRules(parsed, { today: '2025-06-15', rules: [mixed], stage }).map((d) => d.severity);
    assert.deepEqual(run('draft'), ['information']);
    assert.deepEqual(run('submission'), ['warning']);
  });

  it('the service: the stage weighs the review layer, and the review layer can be left out', () => {
    const service = createTrialRecordService();
    const codesAt = (settings: Parameters<typeof service.analyze>[2]) =>
      service
        .analyze(RECORD, 'record.trial.yaml', settings)
        .analysis.diagnostics.filter((d) => d.code === 'review/required-for-registration')
        .map((d) => d.severity);
    const drafted = codesAt({ today: '2025-06-15' });
    assert.ok(drafted.length > 0 && drafted.every((severity) => severity === 'information'));
    const submitted = codesAt({ today: '2025-06-15', reviewStage: 'submission' });
    assert.deepEqual(
      submitted,
      drafted.map(() => 'error'),
    );
    assert.deepEqual(codesAt({ today: '2025-06-15', reviewStage: 'submission', reviewEnabled: false }), []);
    const all = service.analyze(RECORD, 'record.trial.yaml', { today: '2025-06-15', reviewEnabled: false }).analysis.diagnostics;
    assert.ok(all.every((d) => d.layer !== 'review'));
  });
});
