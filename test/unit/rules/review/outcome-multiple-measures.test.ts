import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { assertOne, assertSilent } from '../ruleTestKit';
import { primary } from './outcomeTestKit';

const ID = 'review/outcome-multiple-measures';
const timeFrame = 'Week 24';

describe(ID, () => {
  for (const [measure, named] of [
    ['Body Weight and BMI', /body weight, BMI/],
    ['Mean arterial blood pressure and heart rate', /blood pressure, heart rate/],
    ['Change in HbA1c, LDL cholesterol and triglycerides', /HbA1c, LDL cholesterol, triglycerides/],
    ['Waist circumference / hip circumference', /waist circumference, hip circumference/],
  ] as const) {
    it(`fires on ${JSON.stringify(measure)}`, () => {
      const seen = assertOne(primary({ measure, timeFrame }), ID);
      assert.equal(seen.severity, 'information');
      assert.match(seen.message, /appears to describe more than one measure/);
      assert.match(seen.message, named);
    });
  }

  for (const measure of [
    'Change From Baseline in Body Weight at Week 24',
    'Systolic and Diastolic Blood Pressure',
    // Traps: composites, either/or, ratios, instruments with "and", a drug and its metabolites.
    'Composite of Body Weight and BMI Category',
    'Body Weight or BMI, Whichever Is Recorded',
    'Either Body Weight Gain and BMI Increase',
    'Any of Blood Pressure and Heart Rate Above Threshold',
    'FEV1/FVC',
    'LDL/HDL Ratio',
    'Hospital Anxiety and Depression Scale Score',
    'Plasma Concentration of Drug X and Its Metabolites',
    'Weight-for-height z-score measured in kilograms',
  ]) {
    it(`is silent on ${JSON.stringify(measure)}`, () => assertSilent(primary({ measure, timeFrame }), ID));
  }
});
