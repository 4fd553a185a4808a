import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { assertOne, assertSilent, yaml } from '../ruleTestKit';
import { flow, simpleFlow, study } from './resultsFlowKit';

const ID = 'review/flow-enrollment-mismatch';
const JSON_FORMAT = { format: 'json' } as const;
const ARMS = ['Placebo', 'Repaglinide'];

function record(enrollment: number, started: number[], extra: Record<string, unknown> = {}, enrollmentType?: string): string {
  const participantFlowModule = { ...extra, ...simpleFlow(ARMS, started, started, [0, 0]) };
  return study({ enrollment, enrollmentType, results: { participantFlowModule } });
}

describe(ID, () => {
  describe('fires', () => {
    it('when fewer started than enrolled and the pre-assignment details are absent, at the first STARTED row', () => {
      const found = assertOne(record(31, [8, 8]), ID, JSON_FORMAT);
      assert.equal(found.severity, 'warning');
      assert.equal(found.marked, '"STARTED"');
      assert.equal(found.diagnostic.pointer, '/resultsSection/participantFlowModule/periods/0/milestones/0/type');
      assert.equal(
        found.message,
        'Fewer participants appear to start the participant flow than were enrolled: 16 (`FG000` Placebo 8, `FG001` Repaglinide 8) started ' +
          'Period 1 (Overall Study), but the actual enrollment is 31, and the pre-assignment details are empty. Say in the pre-assignment details ' +
          'what happened to the other 15 (e.g. "31 enrolled; 15 withdrew before assignment"), or correct the enrollment or the STARTED numbers.',
      );
      assert.deepEqual(found.diagnostic.fix, {
        kind: 'insert-property',
        parentPointer: '/resultsSection/participantFlowModule',
        properties: ['preAssignmentDetails'],
      });
    });

    it('when the pre-assignment details are blank (no fix: the field is there)', () => {
      const found = assertOne(record(50, [20, 20], { preAssignmentDetails: '  ' }), ID, JSON_FORMAT);
      assert.match(found.message, /40 \(`FG000` Placebo 20, `FG001` Repaglinide 20\) started .* actual enrollment is 50/);
      assert.equal(found.diagnostic.fix, undefined);
    });

    it('compares the first period only, with three groups', () => {
      const text = study({
        enrollment: 100,
        results: {
          participantFlowModule: flow(
            ['A', 'B', 'C'],
            [
              {
                milestones: [
                  ['STARTED', [30, 30, 30]],
                  ['COMPLETED', [30, 30, 30]],
                ],
              },
              {
                milestones: [
                  ['STARTED', [30, 30, 30]],
                  ['COMPLETED', [30, 30, 30]],
                ],
              },
            ],
          ),
        },
      });
      assert.match(assertOne(text, ID, JSON_FORMAT).message, /90 \(.*\) started Period 1 .* enrollment is 100/);
    });

    it('when the enrollment has no type (taken as actual)', () => {
      const text = study({
        enrollment: 31,
        enrollmentType: '',
        results: { participantFlowModule: simpleFlow(ARMS, [8, 8], [8, 8], [0, 0]) },
      });
      assertOne(text, ID, JSON_FORMAT);
    });
  });

  describe('is silent', () => {
    it('when STARTED adds up to the enrollment', () => assertSilent(record(16, [8, 8]), ID, JSON_FORMAT));

    it('when the pre-assignment details explain the difference', () =>
      assertSilent(record(243, [97, 97], { preAssignmentDetails: 'Out of 243 participants, 194 were randomized.' }), ID, JSON_FORMAT));

    it('when the enrollment is an estimate', () => assertSilent(record(31, [8, 8], {}, 'ESTIMATED'), ID, JSON_FORMAT));

    it('when more started than enrolled (review/flow-arms-double-counted)', () => assertSilent(record(10, [8, 8]), ID, JSON_FORMAT));

    it('when a STARTED count is unreadable, or there is no STARTED row', () => {
      assertSilent(
        study({ enrollment: 31, results: { participantFlowModule: simpleFlow(ARMS, [8, 'NA'], [8, 8], [0, 0]) } }),
        ID,
        JSON_FORMAT,
      );
      assertSilent(
        study({ enrollment: 31, results: { participantFlowModule: flow(ARMS, [{ milestones: [['COMPLETED', [8, 8]]] }]) } }),
        ID,
        JSON_FORMAT,
      );
    });

    it('on a protocol-only record and on results without a flow', () => {
      assertSilent(yaml('designModule:', '  enrollmentInfo: {count: 31, type: ACTUAL}'), ID);
      assertSilent(study({ enrollment: 31, results: {} }), ID, JSON_FORMAT);
    });
  });
});
