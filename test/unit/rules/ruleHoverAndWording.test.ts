import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { hover } from '../../../server/src/service/language/hover';
import { RecordAnalyzer } from '../../../server/src/service/recordAnalyzer';
import { ALL_RULES } from '../../../server/src/service/rules/ruleCatalog';
import { ruleHoverMarkdown } from '../../../server/src/service/rules/ruleDocs';
import { recordSchema } from '../../../server/src/service/schema/recordSchema';
import { TODAY, findings, yaml } from './ruleTestKit';

describe('rule documentation on hover', () => {
  const text = yaml('statusModule:', '  overallStatus: TERMINATED', '  startDateStruct:', '    date: 2024-01', '    type: ACTUAL');
  const analysis = new RecordAnalyzer('yaml').analyze(text, { today: TODAY, ruleSeverities: { 'status/why-stopped': 'information' } });

  it("shows the rule's title, id, effective severity and documentation over its diagnostic, before the value help", () => {
    const offset = text.indexOf('TERMINATED') + 2;
    const result = hover(text, analysis.parsed, offset, recordSchema(), analysis.diagnostics);
    assert.ok(result);
    const rule = ALL_RULES.find((candidate) => candidate.id === 'status/why-stopped')!;
    assert.match(
      result.markdown,
      new RegExp(`^\\*\\*${rule.title}\\*\\* · \`status/why-stopped\` · information \\(default ${rule.defaultSeverity}\\)`),
    );
    assert.ok(result.markdown.includes(rule.documentation));
    assert.match(result.markdown, /---\n\n\*\*`TERMINATED`\*\*/, 'the value help follows');
  });

  it('adds nothing where no rule diagnostic is, or without diagnostics', () => {
    const offset = text.indexOf('ACTUAL') + 1;
    assert.doesNotMatch(hover(text, analysis.parsed, offset, recordSchema(), analysis.diagnostics)?.markdown ?? '', /status\/why-stopped/);
    assert.doesNotMatch(
      hover(text, analysis.parsed, text.indexOf('TERMINATED') + 2, recordSchema())?.markdown ?? '',
      /status\/why-stopped/,
    );
  });
});

/** Words of our research notes that mean nothing to an author (the reference notes, the test records, PRS internals). */
const INTERNAL_WORDING: readonly RegExp[] = [
  /\b[RS]\d+\b/,
  /§/,
  /[✅◑❓]/,
  /\bbasis\b/i,
  /test set/i,
  /fixture/i,
  /real record/i,
  /registered records? in/i,
  /\bthe notes\b/i,
  /ctgov-model/i,
  /upload schema/i,
  /\b(un)?verified\b/i,
  /secondary source/i,
  /\bNCT\d{8}\b/,
];

describe("every rule's hover speaks to the author", () => {
  for (const rule of ALL_RULES) {
    it(rule.id, () => {
      const markdown = ruleHoverMarkdown(rule.id) ?? '';
      // The record verification date is a field name, not a research note.
      const prose = markdown.replace(/record verification date/gi, '');
      for (const pattern of INTERNAL_WORDING) assert.doesNotMatch(prose, pattern, `${rule.id} hover has internal wording ${pattern}`);
      const link = /\[ClinicalTrials\.gov: ([^\]]+)\]\((\S+)\)/.exec(markdown);
      assert.ok(link, `${rule.id} hover links to the registry's definition`);
      assert.ok(link[2].startsWith('https://clinicaltrials.gov/'), link[2]);
      assert.deepEqual(rule.reference, { title: link[1], url: link[2] }, `${rule.id} has its own reference`);
      assert.ok(markdown.includes(`\`${rule.id}\``), 'names the rule id');
      assert.ok(markdown.includes(`"${rule.id}": "off"`), 'says how to turn it off in settings');
      assert.ok(markdown.includes(`trial-record-disable ${rule.id}`), 'says how to turn it off in the file');
      assert.ok(markdown.indexOf(link[0]) > markdown.indexOf(rule.documentation), 'the link comes after the documentation');
    });
  }

  it('calls a rule a heuristic only where the registry does not back it and it is not an error', () => {
    for (const rule of ALL_RULES) {
      const heuristic = rule.confidence === 'unverified' && rule.defaultSeverity !== 'error';
      assert.equal(/This is a heuristic: /.test(ruleHoverMarkdown(rule.id) ?? ''), heuristic, rule.id);
    }
  });

  it('keeps the provenance out of the hover', () => {
    const rule = ALL_RULES.find((candidate) => candidate.id === 'dates/order')!;
    assert.match(rule.provenance, /R20/);
    const markdown = ruleHoverMarkdown(rule.id) ?? '';
    assert.ok(!markdown.includes(rule.provenance));
    assert.doesNotMatch(markdown, /R20/);
  });
});

describe('message wording', () => {
  it('uses "an" before a vowel: an allocation, an intervention model', () => {
    const messages = findings(
      yaml('designModule:', '  studyType: INTERVENTIONAL', '  phases: [NA]', '  designInfo:', '    primaryPurpose: TREATMENT'),
      'design/interventional-required',
    )
      .concat(
        findings(
          yaml('designModule:', '  studyType: INTERVENTIONAL', '  phases: [NA]', '  designInfo:', '    primaryPurpose: TREATMENT'),
          'design/interventional-expected',
        ),
      )
      .map((seen) => seen.message);
    assert.ok(
      messages.some((message) => message.includes('needs an allocation')),
      messages.join('\n'),
    );
    assert.ok(
      messages.some((message) => message.includes('an intervention model')),
      messages.join('\n'),
    );
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
