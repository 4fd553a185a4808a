import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { normaliseAge } from '../../../../server/src/import/normalise/ages';
import { normaliseDate } from '../../../../server/src/import/normalise/dates';
import { enumValueAt } from '../../../../server/src/import/normalise/enumValue';
import { normalisePhases } from '../../../../server/src/import/normalise/phases';
import {
  DURATION_UNIT_SPELLINGS,
  LEGACY_ENUM_LABELS,
  MONTH_NAMES,
  NO_LIMIT_PHRASES,
} from '../../../../server/src/service/normalise/spellings';
import { RecordAnalyzer } from '../../../../server/src/service/recordAnalyzer';
import { recordSchema } from '../../../../server/src/service/schema/recordSchema';

// The importer and the quick fixes read written values through one module and one table: driven from that
// table, both must accept the same spellings and turn them into the same API value.

/** What the quick fix for the value at `pointer` leaves there: the value itself when nothing is wrong with it. */
type FixOutcome = { readonly value: unknown } | { readonly removed: true } | { readonly noFix: true };

function quickFixOutcome(yaml: string, pointer: string, written: string): FixOutcome {
  const diagnostics = new RecordAnalyzer('yaml')
    .analyze(yaml, { today: '2025-06-15' })
    .diagnostics.filter((d) => d.layer === 'schema' && d.pointer === pointer);
  if (diagnostics.length === 0) return { value: written };
  const fix = diagnostics.map((d) => d.fix).find((found) => found !== undefined) as
    { kind: string; replacement?: unknown; replacements?: unknown } | undefined;
  if (fix?.kind === 'remove-property') return { removed: true };
  if (fix?.kind === 'split-item') return { value: fix.replacements };
  if (fix?.kind === 'replace-value') return { value: fix.replacement };
  return { noFix: true };
}

const record = (...content: string[]) => `${content.join('\n')}\n`;
const quoted = (text: string) => JSON.stringify(text);

function ageOutcome(written: string): FixOutcome {
  return quickFixOutcome(
    record('eligibilityModule:', '  sex: ALL', `  minimumAge: ${quoted(written)}`),
    '/eligibilityModule/minimumAge',
    written,
  );
}

function dateOutcome(written: string): FixOutcome {
  return quickFixOutcome(
    record('statusModule:', '  overallStatus: RECRUITING', '  startDateStruct:', `    date: ${quoted(written)}`, '    type: ACTUAL'),
    '/statusModule/startDateStruct/date',
    written,
  );
}

const AGE_CASES = [
  '1 Day',
  '6 mths',
  '12 hrs',
  ...Object.values(DURATION_UNIT_SPELLINGS)
    .flat()
    .flatMap((spelling) => [`1 ${spelling}`, `6 ${spelling}`, `6${spelling}`]),
];

const DATE_CASES = [
  '15-Mar-2017',
  '2024/02',
  '03/15/2017',
  '15/03/2017',
  '2017/3/5',
  '3/2024',
  ...MONTH_NAMES.flatMap((name) => [name, name.slice(0, 3), ...(name === 'September' ? ['Sept'] : [])]).flatMap((month) => [
    `${month} 2017`,
    `${month}. 2017`,
    `15 ${month} 2017`,
    `${month} 15, 2017`,
    `15-${month}-2017`,
    `1st ${month} 2017`,
  ]),
].filter((written) => !/^May\. /.test(written));

describe('normalise: the importer and the quick fixes agree', () => {
  it('on ages and durations in every unit spelling of the table', () => {
    for (const written of AGE_CASES) {
      const imported = normaliseAge(written);
      assert.ok(imported, `the importer reads ${written}`);
      assert.deepEqual(ageOutcome(written), { value: imported }, written);
    }
    assert.equal(normaliseAge('1 Day'), '1 Day');
    assert.equal(normaliseAge('6 mths'), '6 Months');
    assert.equal(normaliseAge('12 hrs'), '12 Hours');
  });

  it('on "no limit": the importer leaves the age out, the fix removes it', () => {
    for (const written of NO_LIMIT_PHRASES) {
      assert.equal(normaliseAge(written), undefined, written);
      assert.deepEqual(ageOutcome(written), { removed: true }, written);
    }
  });

  it('on dates with every month name of the table, and the numeric forms', () => {
    for (const written of DATE_CASES) {
      const imported = normaliseDate(written)?.date;
      assert.ok(imported, `the importer reads ${written}`);
      assert.deepEqual(dateOutcome(written), { value: imported }, written);
    }
    assert.equal(normaliseDate('15-Mar-2017')?.date, '2017-03-15');
    assert.equal(normaliseDate('2024/02')?.date, '2024-02');
  });

  it('on an ambiguous date: neither reads it', () => {
    assert.equal(normaliseDate('03/04/2017'), undefined);
    assert.deepEqual(dateOutcome('03/04/2017'), { noFix: true });
  });

  it('on every legacy label of the table, and on phase lists', () => {
    const fields: ReadonlyArray<{ path: string[]; yaml: (written: string) => string; pointer: string }> = [
      {
        path: ['statusModule', 'overallStatus'],
        yaml: (w) => record('statusModule:', `  overallStatus: ${quoted(w)}`),
        pointer: '/statusModule/overallStatus',
      },
      {
        path: ['designModule', 'studyType'],
        yaml: (w) => record('designModule:', `  studyType: ${quoted(w)}`),
        pointer: '/designModule/studyType',
      },
      {
        path: ['eligibilityModule', 'sex'],
        yaml: (w) => record('eligibilityModule:', `  sex: ${quoted(w)}`),
        pointer: '/eligibilityModule/sex',
      },
      {
        path: ['designModule', 'designInfo', 'allocation'],
        yaml: (w) => record('designModule:', '  designInfo:', `    allocation: ${quoted(w)}`),
        pointer: '/designModule/designInfo/allocation',
      },
      {
        path: ['designModule', 'designInfo', 'interventionModel'],
        yaml: (w) => record('designModule:', '  designInfo:', `    interventionModel: ${quoted(w)}`),
        pointer: '/designModule/designInfo/interventionModel',
      },
      {
        path: ['armsInterventionsModule', 'armGroups', '0', 'type'],
        yaml: (w) => record('armsInterventionsModule:', '  armGroups:', '    - label: A', `      type: ${quoted(w)}`),
        pointer: '/armsInterventionsModule/armGroups/0/type',
      },
      {
        path: ['designModule', 'designInfo', 'maskingInfo', 'masking'],
        yaml: (w) => record('designModule:', '  designInfo:', '    maskingInfo:', `      masking: ${quoted(w)}`),
        pointer: '/designModule/designInfo/maskingInfo/masking',
      },
      {
        path: ['designModule', 'designInfo', 'maskingInfo', 'whoMasked'],
        yaml: (w) => record('designModule:', '  designInfo:', '    maskingInfo:', '      whoMasked:', `        - ${quoted(w)}`),
        pointer: '/designModule/designInfo/maskingInfo/whoMasked/0',
      },
    ];
    const schema = recordSchema();
    let compared = 0;
    for (const group of LEGACY_ENUM_LABELS) {
      for (const field of fields) {
        const values = new Set(schema.enumOptions(schema.nodeAt(field.path)).map((option) => option.value));
        if (!Object.values(group).every((value) => values.has(value))) continue;
        for (const [spelling, value] of Object.entries(group)) {
          assert.equal(enumValueAt(field.path, spelling), value, spelling);
          assert.deepEqual(quickFixOutcome(field.yaml(spelling), field.pointer, spelling), { value }, spelling);
          compared++;
        }
      }
    }
    assert.ok(compared >= 40, `only ${compared} legacy labels compared`);
    for (const written of [
      'Phase 1/Phase 2',
      'Phase 2/3',
      'phase II/III',
      'Phase I/II',
      'PHASE2, PHASE3',
      'Phase II',
      'None (Not applicable)',
    ]) {
      const imported = normalisePhases(written);
      const fixed = quickFixOutcome(record('designModule:', '  phases:', `    - ${quoted(written)}`), '/designModule/phases/0', written);
      assert.deepEqual('value' in fixed ? [fixed.value].flat() : fixed, imported, written);
    }
  });
});
