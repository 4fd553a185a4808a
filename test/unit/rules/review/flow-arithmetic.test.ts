import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { assertOne, assertSilent, yaml } from '../ruleTestKit';
import { flow, seen, simpleFlow, study } from './resultsFlowKit';

const ID = 'review/flow-arithmetic';
const JSON_FORMAT = { format: 'json' } as const;
const ARMS = ['Drug X', 'Placebo'];

function withFlow(participantFlowModule: object): string {
  return study({ results: { participantFlowModule } });
}

describe(ID, () => {
  describe('fires', () => {
    it('when started − completed is not the number who did not complete, at that number', () => {
      const found = assertOne(withFlow(simpleFlow(ARMS, [40, 40], [36, 35], [4, 3])), ID, JSON_FORMAT);
      assert.equal(found.severity, 'error');
      assert.equal(found.marked, '"3"');
      assert.equal(
        found.message,
        'Period 1 (Overall Study), group `FG001` (Placebo): 40 participants started, but 35 completed and 3 did not complete add up to 38. ' +
          'Not completed should be 5 (40 − 35), or the started or completed number needs correcting.',
      );
    });

    it('when more completed than started, at the completed number (and not twice)', () => {
      const found = assertOne(withFlow(simpleFlow(ARMS, [20, 20], [22, 20], [0, 0])), ID, JSON_FORMAT);
      assert.equal(found.marked, '"22"');
      assert.match(found.message, /group `FG000` \(Drug X\): 22 participants completed, more than the 20 who started/);
    });

    it('when the reasons for not completing do not add up to not completed, at not completed', () => {
      const text = withFlow(
        flow(ARMS, [
          {
            milestones: [
              ['STARTED', [30, 30]],
              ['COMPLETED', [25, 28]],
              ['NOT COMPLETED', [5, 2]],
            ],
            reasons: [
              ['Adverse Event', [2, 1]],
              ['Lost to Follow-up', [2, 1]],
            ],
          },
        ]),
      );
      const found = assertOne(text, ID, JSON_FORMAT);
      assert.equal(found.marked, '"5"');
      assert.match(
        found.message,
        /the reasons for not completing add up to 4 \(Adverse Event 2, Lost to Follow-up 2\), but 5 did not complete/,
      );
    });

    it('when a custom milestone counts more than started, at that milestone', () => {
      const text = withFlow(
        flow(ARMS, [
          {
            milestones: [
              ['STARTED', [10, 10]],
              ['Received Open-Label Drug', [12, 4]],
              ['COMPLETED', [10, 10]],
              ['NOT COMPLETED', [0, 0]],
            ],
          },
        ]),
      );
      const found = assertOne(text, ID, JSON_FORMAT);
      assert.equal(found.marked, '"12"');
      assert.match(found.message, /12 participants in the milestone "Received Open-Label Drug", more than the 10 who started/);
    });

    it('when a period starts with more participants than completed the one before, at its STARTED row', () => {
      const text = withFlow(
        flow(ARMS, [
          {
            title: 'Treatment',
            milestones: [
              ['STARTED', [20, 20]],
              ['COMPLETED', [18, 17]],
              ['NOT COMPLETED', [2, 3]],
            ],
          },
          {
            title: 'Follow-up',
            milestones: [
              ['STARTED', [20, 20]],
              ['COMPLETED', [20, 20]],
              ['NOT COMPLETED', [0, 0]],
            ],
          },
        ]),
      );
      const found = assertOne(text, ID, JSON_FORMAT);
      assert.equal(found.marked, '"STARTED"');
      assert.equal(found.diagnostic.pointer, '/resultsSection/participantFlowModule/periods/1/milestones/0/type');
      assert.match(
        found.message,
        /^Period 2 \(Follow-up\): 40 participants started, more than the 35 who completed Period 1 \(Treatment\)/,
      );
    });

    it('checks units (numUnits) apart from participants, in the units the flow names', () => {
      const text = withFlow(
        flow(
          ARMS,
          [
            {
              milestones: [
                ['STARTED', [10, 10], [20, 20]],
                ['COMPLETED', [10, 10], [18, 20]],
                ['NOT COMPLETED', [0, 0], [1, 0]],
              ],
            },
          ],
          { typeUnitsAnalyzed: 'Eyes' },
        ),
      );
      const found = assertOne(text, ID, JSON_FORMAT);
      assert.equal(found.marked, '"1"');
      assert.match(found.message, /20 eyes started, but 18 completed and 1 did not complete add up to 19/);
    });

    it('reports every group and period that does not add up', () => {
      assert.equal(seen(withFlow(simpleFlow(ARMS, [40, 40], [30, 30], [5, 5])), ID).length, 2);
    });
  });

  describe('is silent', () => {
    it('on a flow that adds up, with its reasons', () => {
      const text = withFlow(
        flow(ARMS, [
          {
            milestones: [
              ['STARTED', [97, 97]],
              ['COMPLETED', [92, 89]],
              ['NOT COMPLETED', [5, 8]],
            ],
            reasons: [
              ['Adverse Event', [0, 5]],
              ['Lost to Follow-up', [2, 1]],
              ['Withdrawal by Subject', [3, 2]],
            ],
          },
        ]),
      );
      assertSilent(text, ID, JSON_FORMAT);
    });

    it('on `NOT_COMPLETED` and lower-case spellings of the milestone types', () => {
      const text = withFlow(
        flow(ARMS, [
          {
            milestones: [
              ['Started', [10, 10]],
              ['completed', [9, 10]],
              ['NOT_COMPLETED', [1, 0]],
            ],
          },
        ]),
      );
      assertSilent(text, ID, JSON_FORMAT);
    });

    it('on custom milestones, which are outside the equation', () => {
      const text = withFlow(
        flow(ARMS, [
          {
            milestones: [
              ['STARTED', [158, 159]],
              ['Received OL CZP', [96, 20]],
              ['Completed Week 52 Without Starting SFE', [20, 22]],
              ['COMPLETED', [143, 142]],
              ['NOT COMPLETED', [15, 17]],
            ],
          },
        ]),
      );
      assertSilent(text, ID, JSON_FORMAT);
    });

    it('on groups re-formed between periods (totals compared, not groups)', () => {
      const text = withFlow(
        flow(
          ['Placebo', 'Drug X', 'Open-Label Drug X'],
          [
            {
              milestones: [
                ['STARTED', [158, 159, 0]],
                ['COMPLETED', [143, 142, 0]],
                ['NOT COMPLETED', [15, 17, 0]],
              ],
            },
            {
              milestones: [
                ['STARTED', [0, 0, 243]],
                ['COMPLETED', [0, 0, 206]],
                ['NOT COMPLETED', [0, 0, 37]],
              ],
            },
          ],
        ),
      );
      assertSilent(text, ID, JSON_FORMAT);
    });

    it('on reasons that match started − completed when there is no NOT COMPLETED row', () => {
      const text = withFlow(
        flow(ARMS, [
          {
            milestones: [
              ['STARTED', [12, 12]],
              ['COMPLETED', [11, 12]],
            ],
            reasons: [['Death', [1, 0]]],
          },
        ]),
      );
      assertSilent(text, ID, JSON_FORMAT);
    });

    it('on counts it cannot read (NA, blank, text) and on missing rows, without throwing', () => {
      assertSilent(withFlow(simpleFlow(ARMS, ['NA', '40'], ['35', ''], ['5', 'x'])), ID, JSON_FORMAT);
      assertSilent(withFlow(simpleFlow(ARMS, [40, 40], [35, null], [null, 3])), ID, JSON_FORMAT);
      assertSilent(withFlow({ groups: 'none', periods: [{ milestones: 'x' }, null, 3] }), ID, JSON_FORMAT);
    });

    it('on a protocol-only record and on a study without a flow', () => {
      assertSilent(yaml('identificationModule:', '  briefTitle: A Study'), ID);
      assertSilent(study({ results: { baselineCharacteristicsModule: {} } }), ID, JSON_FORMAT);
    });

    it('on a flow that adds up in YAML too', () => {
      const text = yaml(
        'protocolSection:',
        '  identificationModule:',
        '    briefTitle: A Study',
        'resultsSection:',
        '  participantFlowModule:',
        '    groups: [{id: FG000, title: Drug X}]',
        '    periods:',
        '      - title: Overall Study',
        '        milestones:',
        '          - {type: STARTED, achievements: [{groupId: FG000, numSubjects: "12"}]}',
        '          - {type: COMPLETED, achievements: [{groupId: FG000, numSubjects: "10"}]}',
        '          - {type: NOT COMPLETED, achievements: [{groupId: FG000, numSubjects: 2}]}',
      );
      assertSilent(text, ID);
    });
  });
});
