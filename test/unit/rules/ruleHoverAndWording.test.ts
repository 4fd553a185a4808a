import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { hover } from '../../../server/src/service/language/hover';
import { RecordAnalyzer } from '../../../server/src/service/recordAnalyzer';
import { ALL_RULES } from '../../../server/src/service/rules/ruleCatalog';
import { recordSchema } from '../../../server/src/service/schema/recordSchema';
import { TODAY, findings, yaml } from './ruleTestKit';

describe('rule documentation on hover', () => {
  const text = yaml('statusModule:', '  overallStatus: TERMINATED', '  startDateStruct:', '    date: 2024-01', '    type: ACTUAL');
  const analysis = new RecordAnalyzer('yaml').analyze(text, { today: TODAY, ruleSeverities: { 'status/why-stopped': 'information' } });

  it('shows the rule\'s title, id, effective severity and documentation over its diagnostic, before the value help', () => {
    const offset = text.indexOf('TERMINATED') + 2;
    const result = hover(text, analysis.parsed, offset, recordSchema(), analysis.diagnostics);
    assert.ok(result);
    const rule = ALL_RULES.find((candidate) => candidate.id === 'status/why-stopped')!;
    assert.match(result.markdown, new RegExp(`^\\*\\*${rule.title}\\*\\* · \`status/why-stopped\` · information \\(default ${rule.defaultSeverity}\\)`));
    assert.ok(result.markdown.includes(rule.documentation));
    assert.match(result.markdown, /---\n\n\*\*`TERMINATED`\*\*/, 'the value help follows');
  });

  it('adds nothing where no rule diagnostic is, or without diagnostics', () => {
    const offset = text.indexOf('ACTUAL') + 1;
    assert.doesNotMatch(hover(text, analysis.parsed, offset, recordSchema(), analysis.diagnostics)?.markdown ?? '', /status\/why-stopped/);
    assert.doesNotMatch(hover(text, analysis.parsed, text.indexOf('TERMINATED') + 2, recordSchema())?.markdown ?? '', /status\/why-stopped/);
  });
});

describe('message wording', () => {
  it('uses "an" before a vowel: an allocation, an intervention model', () => {
    const messages = findings(yaml('designModule:', '  studyType: INTERVENTIONAL', '  phases: [NA]', '  designInfo:', '    primaryPurpose: TREATMENT'), 'design/interventional-required')
      .concat(findings(yaml('designModule:', '  studyType: INTERVENTIONAL', '  phases: [NA]', '  designInfo:', '    primaryPurpose: TREATMENT'), 'design/interventional-expected'))
      .map((seen) => seen.message);
    assert.ok(messages.some((message) => message.includes('needs an allocation')), messages.join('\n'));
    assert.ok(messages.some((message) => message.includes('an intervention model')), messages.join('\n'));
    for (const message of messages) assert.doesNotMatch(message, /\ba [aeiou]/i);
  });

  it('no rule message says "a" before a vowel-initial word on a spread of broken records', () => {
    const records = [
      yaml('designModule:', '  studyType: OBSERVATIONAL', 'statusModule:', '  overallStatus: AVAILABLE'),
      yaml('designModule:', '  studyType: INTERVENTIONAL', 'statusModule:', '  overallStatus: AVAILABLE'),
      yaml('designModule:', '  studyType: OBSERVATIONAL'),
    ];
    for (const record of records) {
      const all = new RecordAnalyzer('yaml').analyze(record, { today: TODAY }).diagnostics.filter((d) => d.layer === 'rules');
      for (const diagnostic of all) assert.doesNotMatch(diagnostic.message, /\ba [aeiou]\w/i, diagnostic.message);
    }
  });
});
