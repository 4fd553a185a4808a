import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { matchEnumValue, readEnumList, readPhases, splitEnumList } from '../../../../server/src/service/normalise';
import { LEGACY_ENUM_LABELS } from '../../../../server/src/service/normalise/spellings';
import { recordSchema } from '../../../../server/src/service/schema/recordSchema';
import schemaJson from '../../../../schemas/trial-record.schema.json';

const options = (...path: string[]) => recordSchema().enumOptions(recordSchema().nodeAt(path));
const statuses = options('statusModule', 'overallStatus');
const phases = options('designModule', 'phases');

describe('normalise: enum values', () => {
  it('matches by value, label and legacy label under both policies', () => {
    for (const policy of ['exact', 'near'] as const) {
      assert.equal(matchEnumValue('not_yet_recruiting', statuses, { policy }), 'NOT_YET_RECRUITING');
      assert.equal(matchEnumValue('Not yet recruiting', statuses, { policy }), 'NOT_YET_RECRUITING');
      assert.equal(matchEnumValue('Phase 2', phases, { policy }), 'PHASE2');
      assert.equal(matchEnumValue('Phase Ⅱ', phases, { policy }), 'PHASE2');
      assert.equal(
        matchEnumValue('Parallel Assignment', options('designModule', 'designInfo', 'interventionModel'), { policy }),
        'PARALLEL',
      );
      assert.equal(matchEnumValue('Double blind', options('designModule', 'designInfo', 'maskingInfo', 'masking'), { policy }), 'DOUBLE');
    }
  });

  it('suggests a near match only under the `near` policy', () => {
    assert.equal(matchEnumValue('RECRUTING', statuses, { policy: 'near' }), 'RECRUITING');
    assert.equal(matchEnumValue('RECRUTING', statuses, { policy: 'exact' }), undefined);
    assert.equal(matchEnumValue('RECRUTING', statuses), undefined, 'exact is the default');
    assert.equal(matchEnumValue('Ongoing', statuses, { policy: 'near' }), undefined);
  });

  it('has each legacy-label group of several values belong to exactly one enum of the schema', () => {
    const enums = new Set<string>();
    const visit = (node: unknown): void => {
      if (Array.isArray(node)) node.forEach(visit);
      else if (node !== null && typeof node === 'object') {
        const record = node as Record<string, unknown>;
        if (Array.isArray(record.enum)) enums.add(JSON.stringify([...(record.enum as string[])].sort()));
        Object.values(record).forEach(visit);
      }
    };
    visit(schemaJson);
    for (const group of LEGACY_ENUM_LABELS) {
      const holders = [...enums].filter((values) =>
        Object.values(group).every((value) => (JSON.parse(values) as string[]).includes(value)),
      );
      const values = new Set(Object.values(group));
      if (values.size > 1) assert.equal(holders.length, 1, `${Object.keys(group).join(', ')}: ${holders.join(' | ')}`);
      else assert.ok(holders.length >= 1, `${Object.keys(group).join(', ')} belongs to no enum`);
    }
  });
});

describe('normalise: enum lists and phases', () => {
  it('reads phase lists written the usual ways', () => {
    const cases: Array<[string, string[] | undefined]> = [
      ['Phase 1/Phase 2', ['PHASE1', 'PHASE2']],
      ['Phase 2/3', ['PHASE2', 'PHASE3']],
      ['2/Phase 3', ['PHASE2', 'PHASE3']],
      ['phase II/III', ['PHASE2', 'PHASE3']],
      ['Phase II-III', ['PHASE2', 'PHASE3']],
      ['Phase 2-3', ['PHASE2', 'PHASE3']],
      ['PHASE2, PHASE3', ['PHASE2', 'PHASE3']],
      ['Phase Ⅱ', ['PHASE2']],
      ['Early Phase 1', ['EARLY_PHASE1']],
      ['EARLY_PHASE1', ['EARLY_PHASE1']],
      ['Phase I/II', ['PHASE1', 'PHASE2']],
      ['phaseII', ['PHASE2']],
      ['Phase 1/1', ['PHASE1']],
      ['N/A', ['NA']],
      ['Not Applicable', ['NA']],
      ['None (Not applicable)', ['NA']],
      ['2', undefined],
      ['II/III', undefined],
      ['Phase 2/pilot', undefined],
      ['This phase III trial compares', undefined],
      ['', undefined],
    ];
    for (const [written, expected] of cases) assert.deepEqual(readPhases(written), expected, written);
  });

  it('splits only text that is several values', () => {
    assert.deepEqual(splitEnumList('Phase 1/Phase 2', phases), ['PHASE1', 'PHASE2']);
    assert.equal(splitEnumList('Phase 2', phases), undefined, 'one value is not a list');
    assert.equal(splitEnumList('Active, not recruiting', statuses), undefined, 'a label with a comma is one value');
    assert.equal(splitEnumList('Phase 1/Phse 2', phases), undefined);
    assert.deepEqual(splitEnumList('Phase 1/Phse 2', phases, { policy: 'near' }), ['PHASE1', 'PHASE2']);
  });

  it('reads one value or several', () => {
    assert.deepEqual(readEnumList('Recruiting', statuses), ['RECRUITING']);
    assert.deepEqual(readEnumList('Phase 1/Phase 2', phases), ['PHASE1', 'PHASE2']);
    assert.equal(readEnumList('Recrutng', statuses), undefined);
    assert.deepEqual(readEnumList('Recrutng', statuses, { policy: 'near' }), ['RECRUITING']);
  });
});
