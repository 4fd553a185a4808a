import { localToday } from '../service/recordAnalyzer';
import type { ServiceLog } from '../service/serviceLog';
import type { TrialRecordService } from '../trialRecordService';

/**
 * A small record read once at server start, so the first record a user opens does not pay for
 * compiling the parsers, the schema's validators and the rules (a fresh process runs each about
 * three times slower on first use). It has a few findings, so locating them is warmed too.
 */
const WARM_UP_RECORD = `identificationModule:
  nctId: NCT00000000
  orgStudyIdInfo:
    id: WARM-UP-1
  briefTitle: A Study of Warming Up in Adults
  officialTitle: "A Randomized, Open-Label Study of Warming Up: Efficacy and Safety"
statusModule:
  statusVerifiedDate: 2020-01
  overallStatus: RECRUITING
  startDateStruct:
    date: 2020-01-15
    type: ACTUAL
  primaryCompletionDateStruct:
    date: 2021-06
    type: ESTIMATED
sponsorCollaboratorsModule:
  leadSponsor:
    name: Example University
    class: OTHER
descriptionModule:
  briefSummary: |-
    The purpose of this study is to find out whether warming up (WU) helps.

    * Adults aged 18 or older
designModule:
  studyType: INTERVENTIONAL
  phases: [PHASE2]
  enrollmentInfo:
    count: 40
    type: ESTIMATED
armsInterventionsModule:
  armGroups:
    - label: Warm-up
      type: EXPERIMENTAL
      interventionNames:
        - "Behavioral: Warm-up"
  interventions:
    - type: BEHAVIORAL
      name: Warm-up
outcomesModule:
  primaryOutcomes:
    - measure: Change in HRV
      timeFrame: Week 12
eligibilityModule:
  eligibilityCriteria: "Inclusion Criteria:\\n\\n* Adults\\n\\nExclusion Criteria:\\n\\n* None"
  sex: ALL
  minimumAge: 18 Years
  healthyVolunteers: true
contactsLocationsModule:
  locations:
    - facility: Example Hospital
      city: Boston
      state: MA
      country: United States
    - facility: Example Clinic
      city: Lyon
      country: France
`;

/** One step of the warm-up; each runs on its own turn of the event loop. */
type WarmUpStep = () => void;

/**
 * Reads the embedded record (YAML, then as JSON) as a document would be, one step per turn of the event
 * loop, and stops as soon as `busy` says a real document is waiting: a record opened meanwhile is never
 * held up by more than the one step already running.
 */
export function warmUp(service: TrialRecordService, log: ServiceLog, busy: () => boolean): void {
  const settings = { today: localToday() };
  const yaml = service.documentAnalyzer('warm-up.trial.yaml');
  const json = service.documentAnalyzer('warm-up.trial.json');
  const steps: WarmUpStep[] = [
    () => yaml.analyze(WARM_UP_RECORD, settings),
    () => yaml.prepareForEdits(),
    () => yaml.analyze(`${WARM_UP_RECORD}# edited\n`, settings),
    () => json.analyze(JSON.stringify(service.analyze(WARM_UP_RECORD, 'warm-up.trial.yaml', settings).analysis.parsed.value), settings),
  ];
  const next = (): void => {
    const step = steps.shift();
    if (!step || busy()) return;
    try {
      step();
    } catch (error) {
      // A warm-up failure costs speed only; the same failure will show on a real record, reported there.
      log.error('warming up the language service failed', error);
      return;
    }
    setImmediate(next);
  };
  setImmediate(next);
}
