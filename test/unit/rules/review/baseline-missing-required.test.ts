import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { assertOne, assertSilent, yaml } from '../ruleTestKit';
import { baseline, baselineMeasure, study } from './resultsFlowKit';

const ID = 'review/baseline-missing-required';
const JSON_FORMAT = { format: 'json' } as const;

function record(...titles: string[]): string {
  return study({
    results: {
      baselineCharacteristicsModule: baseline(
        ['Drug X', 'Placebo'],
        [10, 10],
        titles.map((title) => baselineMeasure(title)),
      ),
    },
  });
}

describe(ID, () => {
  describe('fires', () => {
    it('when there is no sex/gender measure, at the measures key', () => {
      const found = assertOne(record('Age, Continuous', 'Race (NIH/OMB)'), ID, JSON_FORMAT);
      assert.equal(found.severity, 'warning');
      assert.equal(found.marked, '"measures"');
      assert.equal(
        found.message,
        'The baseline characteristics have no sex/gender measure, which is required baseline data. Add "Sex: Female, Male" (count of participants).',
      );
    });

    it('when there is no age measure', () =>
      assert.match(
        assertOne(record('Sex: Female, Male', 'Body Mass Index'), ID, JSON_FORMAT).message,
        /have no age measure, which is required.*"Age, Continuous"/,
      ));

    it('when neither is there, once for both', () =>
      assert.match(
        assertOne(record('Region of Enrollment'), ID, JSON_FORMAT).message,
        /no age measure and no sex\/gender measure, which are required/,
      ));

    it('when the only "age" is a gestational age, or a word that contains "age" (Stage)', () => {
      assertOne(record('Gestational Age', 'Tumor Stage', 'Sex: Female, Male'), ID, JSON_FORMAT);
    });

    it('when the baseline has no measures at all (at the module key when `measures` is absent)', () => {
      const found = assertOne(
        study({ results: { baselineCharacteristicsModule: { groups: [{ id: 'BG000', title: 'A' }] } } }),
        ID,
        JSON_FORMAT,
      );
      assert.equal(found.marked, '"baselineCharacteristicsModule"');
    });
  });

  describe('is silent', () => {
    it('on the standard measures', () =>
      assertSilent(record('Age, Continuous', 'Sex: Female, Male', 'Ethnicity (NIH/OMB)'), ID, JSON_FORMAT));
    it('on customized measures', () => assertSilent(record('Age, Customized', 'Sex/Gender, Customized'), ID, JSON_FORMAT));
    it('on other wordings of age and gender', () => assertSilent(record('Mean Age at Enrollment', 'Gender'), ID, JSON_FORMAT));
    it('on categorical age next to a gestational age', () =>
      assertSilent(record('Gestational Age', 'Age, Categorical', 'Sex: Female, Male'), ID, JSON_FORMAT));
    it('when the results have no baseline module yet, and on a protocol-only record', () => {
      assertSilent(study({ results: { participantFlowModule: {} } }), ID, JSON_FORMAT);
      assertSilent(yaml('identificationModule:', '  briefTitle: A Study'), ID);
    });
  });
});
