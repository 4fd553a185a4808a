import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { FixData } from '../../../server/src/service/diagnostics/recordDiagnostic';
import { combineFixes } from '../../../server/src/service/fixes/fixAll';
import { mapFixPointers, parseFixData } from '../../../server/src/service/fixes/fixData';
import { FixDocument } from '../../../server/src/service/fixes/fixDocument';
import { quickFixFor, type FixableDiagnostic } from '../../../server/src/service/fixes/quickFixes';
import type { ServiceLog } from '../../../server/src/service/serviceLog';
import { analyze, lines } from './fixTestKit';

const INVALID = readFileSync(path.resolve(__dirname, '../../../samples/invalid-example.trial.yaml'), 'utf8');

/** One fix of every kind, with every field its kind has. */
const EVERY_KIND: readonly FixData[] = [
  { kind: 'replace-value', valuePointer: '/statusModule/overallStatus', replacement: 'RECRUITING' },
  { kind: 'split-item', itemPointer: '/designModule/phases/0', replacements: ['PHASE1', 'PHASE2'] },
  { kind: 'rename-key', propertyPointer: '/identificationModule/breifTitle', newKey: 'briefTitle' },
  { kind: 'insert-property', parentPointer: '/statusModule', properties: ['whyStopped'], value: 'Funding' },
  { kind: 'remove-property', propertyPointer: '/designModule/targetDuration' },
  { kind: 'remove-item', itemPointer: '/designModule/phases/1' },
  { kind: 'add-array-item', listPointer: '/armsInterventionsModule/armGroups/0/interventionNames', value: 'Drug: Aspirin' },
  { kind: 'replace-text', replacement: 'status/why-stopped' },
];

function collectingLog(): ServiceLog & { readonly errors: string[]; readonly warnings: string[] } {
  const errors: string[] = [];
  const warnings: string[] = [];
  return {
    errors,
    warnings,
    error: (message, error) => errors.push(`${message}: ${String(error)}`),
    warn: (message) => warnings.push(message),
  };
}

describe('fix data read back from the client', () => {
  it('accepts every kind with its fields, as sent', () => {
    for (const fix of EVERY_KIND) assert.deepEqual(parseFixData(JSON.parse(JSON.stringify(fix))), { fix }, fix.kind);
  });

  it('keeps only the fields of the kind', () => {
    assert.deepEqual(parseFixData({ kind: 'remove-item', itemPointer: '/a/0', sitePointers: ['/x'], pointer: '/y' }), {
      fix: { kind: 'remove-item', itemPointer: '/a/0' },
    });
  });

  it('reads back every fix the layers attach to a broken record', () => {
    const { diagnostics } = analyze(INVALID);
    const fixes = diagnostics.flatMap((diagnostic) => (diagnostic.fix ? [diagnostic.fix] : []));
    assert.ok(fixes.length > 5);
    for (const fix of fixes) {
      const sent: unknown = JSON.parse(JSON.stringify(fix));
      assert.deepEqual(parseFixData(sent), { fix: sent }, JSON.stringify(fix));
    }
  });

  it('refuses malformed data and says what is wrong', () => {
    const refused: Array<[unknown, RegExp]> = [
      [null, /not an object/],
      [['replace-value'], /not an object/],
      [{ kind: 'guess' }, /unknown fix kind "guess"/],
      [{ valuePointer: '/a', replacement: 1 }, /unknown fix kind undefined/],
      [{ kind: 'replace-value', valuePointer: 'a', replacement: 1 }, /`valuePointer` is not a JSON pointer/],
      [{ kind: 'replace-value', valuePointer: '/a' }, /`replacement` is not a JSON value \(absent\)/],
      [{ kind: 'replace-value', valuePointer: '/a', replacement: { nested: Number.NaN } }, /`replacement` is not a JSON value/],
      [{ kind: 'insert-property', parentPointer: '/a', properties: [] }, /`properties` is not a non-empty list of text/],
      [{ kind: 'insert-property', parentPointer: '/a', property: 'b' }, /`properties`/],
      [{ kind: 'rename-key', propertyPointer: '/a', newKey: 3 }, /`newKey` is not text/],
      [{ kind: 'split-item', itemPointer: '/a/0', replacements: ['x', 2] }, /`replacements`/],
      [{ kind: 'add-array-item', listPointer: 7, value: 'x' }, /`listPointer`/],
    ];
    for (const [data, problem] of refused) {
      const parsed = parseFixData(data);
      assert.ok('problem' in parsed, `accepted ${JSON.stringify(data)}`);
      assert.match(parsed.problem, problem);
    }
  });
});

describe('making fix pointers absolute', () => {
  it('prefixes every place each kind points at, and nothing else', () => {
    for (const fix of EVERY_KIND) {
      const moved = mapFixPointers(fix, (pointer) => `/protocolSection${pointer}`);
      const changed = Object.keys(fix).filter(
        (key) => (fix as unknown as Record<string, unknown>)[key] !== (moved as unknown as Record<string, unknown>)[key],
      );
      assert.deepEqual(
        changed,
        Object.keys(fix).filter((key) => key.endsWith('Pointer')),
        fix.kind,
      );
      for (const key of changed)
        assert.equal(
          (moved as unknown as Record<string, string>)[key],
          `/protocolSection${(fix as unknown as Record<string, string>)[key]}`,
        );
    }
  });
});

describe('a fix that fails', () => {
  const text = lines('statusModule:', '  overallStatus: Recruiting', 'designModule:', '  studyType: Interventional');
  const { document: parsedDocument, diagnostics } = analyze(text);
  /** A document whose lookup of the status throws, as a bug in a fix would. */
  class BrokenDocument extends FixDocument {
    override locate(pointer: string) {
      if (pointer === '/statusModule/overallStatus') throw new TypeError('lookup exploded on purpose');
      return super.locate(pointer);
    }
  }
  const document = new BrokenDocument(text, parsedDocument.parsed);
  const fixable: FixableDiagnostic[] = diagnostics.filter(
    (diagnostic) => diagnostic.code === 'schema/enum' && diagnostic.fix !== undefined,
  );

  it('is logged with its kind, code and document, and the other fixes are still offered', () => {
    assert.equal(fixable.length, 2, JSON.stringify(fixable.map((d) => d.fix)));
    const log = collectingLog();
    const offered = fixable.map(
      (diagnostic) => quickFixFor(document, diagnostic, diagnostics, { log, uri: 'file:///broken.trial.yaml' })?.title,
    );
    assert.deepEqual(offered, [undefined, 'Change `studyType` to `INTERVENTIONAL`']);
    assert.equal(log.errors.length, 1);
    assert.match(
      log.errors[0],
      /^The replace-value quick fix for schema\/enum in file:\/\/\/broken\.trial\.yaml failed: TypeError: lookup exploded on purpose/,
    );
  });

  it('leaves "fix all" the fixes that work', () => {
    const log = collectingLog();
    const combined = combineFixes(document, fixable, () => true, diagnostics, { log });
    assert.equal(combined.fixed, 1);
    assert.equal(log.errors.length, 1);
  });
});
