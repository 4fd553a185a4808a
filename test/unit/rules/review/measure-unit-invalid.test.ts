import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { assertOne, assertSilent, yaml } from '../ruleTestKit';
import { baseline, baselineMeasure, outcome, study, type OutcomeSpec } from './resultsFlowKit';

const ID = 'review/measure-unit-invalid';
const JSON_FORMAT = { format: 'json' } as const;

function record(spec: OutcomeSpec, primaryCompletion?: string): string {
  return study({ primaryCompletion, results: { outcomeMeasuresModule: { outcomeMeasures: [outcome(spec)] } } });
}

describe(ID, () => {
  describe('fires', () => {
    for (const unit of ['NA', 'N/A', 'none', 'Unknown', '-', '12', '0.5']) {
      it(`on the unit ${JSON.stringify(unit)}, at the unit`, () => {
        const found = assertOne(record({ title: 'Change in FEV1', paramType: 'MEAN', unit }), ID, JSON_FORMAT);
        assert.equal(found.severity, 'error');
        assert.equal(found.marked, JSON.stringify(unit));
        assert.equal(
          found.message,
          `Outcome measure 1 ("Change in FEV1"): the unit of measure "${unit}" does not appear to be a valid unit. ` +
            'Name the unit of its values, e.g. `Participants`, `mg/dL`, `days` or `units on a scale`.',
        );
      });
    }

    it('on a blank unit, at its key', () => {
      const found = assertOne(record({ title: 'Change in FEV1', unit: '  ' }), ID, JSON_FORMAT);
      assert.equal(found.marked, '"unitOfMeasure"');
      assert.match(found.message, /reports data but its unit of measure is blank/);
    });

    it('on a missing unit, at the title, with a fix that adds the field', () => {
      const found = assertOne(record({ title: 'Change in FEV1' }), ID, JSON_FORMAT);
      assert.equal(found.marked, '"Change in FEV1"');
      assert.deepEqual(found.diagnostic.fix, {
        kind: 'insert-property',
        parentPointer: '/resultsSection/outcomeMeasuresModule/outcomeMeasures/0',
        properties: ['unitOfMeasure'],
      });
    });

    it('as a warning when the primary completion is before 2017-01-18', () =>
      assert.equal(assertOne(record({ title: 'Change in FEV1', unit: 'NA' }, '2013-01'), ID, JSON_FORMAT).severity, 'warning'));

    it('on a baseline measure', () => {
      const text = study({
        results: {
          baselineCharacteristicsModule: baseline(
            ['A', 'B'],
            [10, 10],
            [baselineMeasure('Body Mass Index', { unitOfMeasure: 'n/a', paramType: 'MEAN' })],
          ),
        },
      });
      assert.match(assertOne(text, ID, JSON_FORMAT).message, /^Baseline measure "Body Mass Index": the unit of measure "n\/a"/);
    });
  });

  describe('is silent', () => {
    for (const unit of ['units on a scale', 'ng*h/mL', 'Participants', 'log10 copies per mL', '% Fat mass', 'Kg/m^2', 'h*ng/mL']) {
      it(`on the unit ${JSON.stringify(unit)}`, () => assertSilent(record({ title: 'A Measure', unit }), ID, JSON_FORMAT));
    }

    it('on a measure without data: every group analyzed 0, or nothing reported yet', () => {
      assertSilent(record({ title: 'Drug Concentration at Baseline', analyzed: [0, 0], values: [] }), ID, JSON_FORMAT);
      assertSilent(record({ title: 'Bilirubin Concentrations', unit: 'NA', analyzed: [0, 0], values: [[null, null]] }), ID, JSON_FORMAT);
      const notYetPosted = {
        type: 'SECONDARY',
        title: 'Overall Survival',
        reportingStatus: 'NOT_POSTED',
        anticipatedPostingDate: '2027-01',
      };
      assertSilent(study({ results: { outcomeMeasuresModule: { outcomeMeasures: [notYetPosted] } } }), ID, JSON_FORMAT);
    });

    it('on a protocol-only record', () => assertSilent(yaml('identificationModule:', '  briefTitle: A Study'), ID));
  });
});
