import { localToday } from '../service/recordAnalyzer';
import type { ServiceLog } from '../service/serviceLog';
import type { TrialRecordService } from '../trialRecordService';

/**
 * The record read at server start, so the first record a user opens does not pay for compiling the
 * parsers, the schema's validators and the rules (a fresh process runs each about three times slower
 * on first use). It has a few findings (one in a site), so locating them is warmed too.
 */
function warmUpRecord(sites: number): string {
  return `identificationModule:
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
${Array.from(
  { length: sites },
  (_, site) => `    - facility: Example Hospital ${site}
      status: RECRUITING
      city: Boston
      state: ${site === 0 ? 'MA' : 'Massachusetts'}
      zip: "02115"
      country: United States
      geoPoint:
        lat: 42.3601
        lon: -71.0589
`,
).join('')}`;
}

/**
 * Readings of a record with this many sites after the first small one. Measured on a fresh server given a
 * second before the first open of the 424 KB record: first diagnostics in 200-220 ms after no warm-up,
 * 150-155 ms after 8 readings of a two-site record, 100-120 ms after 8 of a 40-site one.
 */
const WARM_UP_READINGS = 8;
const WARM_UP_SITES = 40;
/** How long the server must have been left alone after the first step before the readings start. */
const QUIET_BEFORE_READINGS_MS = 150;

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
  // The first step is small: a record opened meanwhile waits for it. Then several first readings of a
  // record with a long list of sites (fresh analyzers, as each opened record gets): V8 optimises the code
  // it has run often, on data like a large record's.
  const small = warmUpRecord(2);
  const large = warmUpRecord(WARM_UP_SITES);
  const firstReadings = Array.from({ length: WARM_UP_READINGS }, (): WarmUpStep => () => {
    service.documentAnalyzer('warm-up.trial.yaml').analyze(large, settings);
  });
  const steps: WarmUpStep[] = [
    () => yaml.analyze(small, settings),
    ...firstReadings,
    () => yaml.prepareForEdits(),
    () => yaml.analyze(`${small}# edited\n`, settings),
    () => json.analyze(JSON.stringify(service.analyze(large, 'warm-up.trial.yaml', settings).analysis.parsed.value), settings),
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
    // After the small first step, a pause: a client opening a record at once (VS Code opens the one that
    // started the server) has sent it by then, and a large record arrives over several turns of the event
    // loop, in which the warm-up would otherwise go on.
    if (steps.length === firstReadings.length + 3) setTimeout(next, QUIET_BEFORE_READINGS_MS);
    else setImmediate(next);
  };
  setImmediate(next);
}
