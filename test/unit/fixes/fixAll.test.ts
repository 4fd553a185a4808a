import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { parseFixData } from '../../../server/src/service/fixes/fixData';
import { quickFixFor } from '../../../server/src/service/fixes/quickFixes';
import { applyEdits } from '../../../server/src/service/fixes/textEdit';
import { parseRecord } from '../../../server/src/service/parse/parseRecord';
import { analyze, applyFix, applyFixAll, changedLines, lines } from './fixTestKit';

const SAMPLES = path.resolve(__dirname, '../../../samples');
const INVALID = readFileSync(path.join(SAMPLES, 'invalid-example.trial.yaml'), 'utf8');

describe('fix all (source.fixAll)', () => {
  it('repairs every value and key of the invalid sample that has one right form, and nothing else', () => {
    const after = applyFixAll(INVALID);
    assert.deepEqual(
      changedLines(INVALID, after)
        .filter((line) => line.startsWith('+'))
        .map((line) => line.replace(/\s+#.*/, '')),
      [
        '+  briefTitle: Aerobic Exercise for Adults With Mild Hypertension',
        '+  overallStatus: RECRUITING',
        '+    date: 2024-03',
        '+    - PHASE2',
        '+  minimumAge: 18 Years',
      ],
    );
    assert.equal(
      after.split('\n').filter((line) => line.includes('#')).length,
      INVALID.split('\n').filter((line) => line.includes('#')).length,
      'every comment is kept',
    );
    const remaining = analyze(after).diagnostics.map((d) => d.code);
    for (const gone of ['schema/enum', 'schema/pattern', 'schema/unknown-property'])
      assert.ok(!remaining.includes(gone), `${gone} should be fixed`);
    // Placeholders and judgement calls are left to the author.
    for (const kept of ['schema/required', 'design/masking-who-masked', 'dates/order'])
      assert.ok(remaining.includes(kept), `${kept} is not fixed unattended`);
  });

  it('is idempotent: a second run changes nothing', () => {
    const once = applyFixAll(INVALID);
    assert.equal(applyFixAll(once), once);
  });

  it('keeps CRLF line breaks', () => {
    const record = lines(
      'statusModule:',
      '  overallStatus: Completed',
      '  startDateStruct:',
      '    date: February 2024',
      '    type: ACTUAL',
    ).replace(/\n/g, '\r\n');
    const after = applyFixAll(record);
    assert.equal(after, record.replace('Completed', 'COMPLETED').replace('February 2024', '2024-02'));
    const inserted = applyFix(record.replace('  overallStatus: Completed\r\n', ''), 'schema/required', { pointer: '/statusModule' });
    assert.ok(!/[^\r]\n/.test(inserted.after), 'no bare LF after an insertion');
  });
});

describe('every offered fix applies cleanly', () => {
  const files = readdirSync(SAMPLES).filter((name) => /\.trial\.(yaml|json)$/.test(name));
  const variants = (text: string) => [
    text,
    text
      .replace(/overallStatus: \w+/, 'overallStatus: Completed')
      .replace(/"overallStatus": "\w+"/, '"overallStatus": "Active, not recruiting"'),
    text.replace(/(minimumAge: |"minimumAge": ")[^\n"]*/, '$1N/A'),
  ];
  for (const name of files) {
    it(`${name}: each fix yields a well-formed record without the fixed diagnostic's code at its place`, () => {
      const format = name.endsWith('.json') ? 'json' : 'yaml';
      for (const text of variants(readFileSync(path.join(SAMPLES, name), 'utf8'))) {
        const { document, diagnostics } = analyze(text, format);
        for (const diagnostic of diagnostics) {
          const fix = quickFixFor(document, diagnostic);
          if (!fix) continue;
          const after = applyEdits(text, fix.edits);
          const label = `${diagnostic.code} at ${diagnostic.pointer} (${fix.title})`;
          assert.deepEqual(
            parseRecord(after, format).syntaxProblems.map((p) => p.message),
            [],
            `${label} broke the syntax:\n${after}`,
          );
          if (diagnostic.fix?.kind === 'insert-property' && diagnostic.fix.value === undefined) continue; // a placeholder: the author still has to fill it in
          const still = analyze(after, format).diagnostics.filter(
            (d) => d.code === diagnostic.code && d.pointer === diagnostic.pointer && d.message === diagnostic.message,
          );
          assert.deepEqual(
            still.map((d) => d.message),
            [],
            `${label} did not fix it`,
          );
        }
      }
    });
  }
});

describe('fix data that does not fit the text', () => {
  it('gives no fix instead of throwing or editing the wrong place', () => {
    const { document } = analyze(INVALID);
    const range = { start: 0, end: 0 };
    const odd: Array<Record<string, unknown>> = [
      { kind: 'replace-value', valuePointer: '/statusModule/overallStatus/deeper', replacement: 'X' },
      { kind: 'replace-value', valuePointer: '/nothing/here' },
      { kind: 'rename-key', propertyPointer: '/designModule/phases/0', newKey: 'x' },
      { kind: 'remove-property', propertyPointer: '' },
      { kind: 'split-item', itemPointer: '/statusModule/overallStatus', replacements: ['A', 'B'] },
      { kind: 'add-array-item', listPointer: '/statusModule/overallStatus', value: 'X' },
      { kind: 'insert-property', parentPointer: '/designModule/phases', properties: ['x'] },
      { kind: 'unknown-kind', pointer: '/statusModule' },
      { kind: 'replace-value', valuePointer: '/statusModule/overallStatus', replacement: () => 'X' },
    ];
    for (const data of odd) {
      // What the code-actions feature does with a diagnostic's `data`: check it, then compute the fix.
      const parsed = parseFixData(data);
      const fix =
        'fix' in parsed ? quickFixFor(document, { range, code: 'schema/enum', fix: parsed.fix }, [], { log: failOnLog }) : undefined;
      assert.equal(fix, undefined, JSON.stringify(data));
    }
  });
});

/** Data that does not fit the text is not a failure: nothing may be logged for it. */
const failOnLog = {
  error: (message: string, error?: unknown) => assert.fail(`logged: ${message} ${String(error)}`),
  warn: (message: string) => assert.fail(`logged: ${message}`),
};
