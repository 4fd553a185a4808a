// The hand-written half of docs/checks-on-real-records.md (scripts/checks-report.ts writes the rest): for each check
// that fires on more than a few of the real records, judged examples — a real problem of the record, or a false
// alarm and what was changed — and the judgement of every error-severity finding on a registered record.
// Judged by reading the records in test/fixtures/ctgov/json and json-more.

/** What a finding on a real record is. */
export type Verdict = 'real problem' | 'false alarm' | 'false alarm, fixed' | 'debatable';

export interface JudgedExample {
  readonly nctId: string;
  readonly kind: Verdict;
  readonly note: string;
}

export interface Judgement {
  /** The check as a whole on the real records: right to fire, too eager, and what was done. */
  readonly verdict: string;
  readonly examples: readonly JudgedExample[];
}

/** An error-severity finding on a registered record (`NCT… code`): an error is allowed only where the record truly has the problem. */
export interface JudgedError {
  readonly kind: 'real problem' | 'false alarm';
  readonly note: string;
}

const example = (nctId: string, kind: Verdict, note: string): JudgedExample => ({ nctId, kind, note });

export const JUDGEMENTS: Readonly<Record<string, Judgement>> = {
  'arms/duplicate-intervention': {
    verdict:
      'Right to fire, as information: two interventions with the same `Type: Name` cannot be told apart in the arms’ `interventionNames`. Registered records do it when one drug is given at different doses per arm; PRS accepts it, hence information only.',
    examples: [
      example(
        'NCT02299791',
        'real problem',
        'Two interventions both called `Other: ALL` (one per arm); the arms cannot say which is meant.',
      ),
      example(
        'NCT04646330',
        'real problem',
        'Three interventions all `Drug: AK104+anlotinib`, one per dose arm; the dose belongs in the name (`AK104 10 mg/kg Q2W + anlotinib`).',
      ),
      example(
        'NCT05847673',
        'real problem',
        'Two versions of the online intervention (arms EQQUAL A and B) under one name; the name should say which version.',
      ),
    ],
  },
  'design/single-group-arms': {
    verdict:
      'Right to fire, as information: by the registry’s definition a single-group study has one arm. Dose-escalation and cohort studies often register `SINGLE_GROUP` with several arms (accepted by PRS), so the rule only informs.',
    examples: [
      example('NCT04431453', 'real problem', 'Eight age cohorts under `SINGLE_GROUP`: by the definition `SEQUENTIAL` or `PARALLEL`.'),
      example('NCT06361927', 'real problem', 'Six dose-level cohorts (A and B) under `SINGLE_GROUP`.'),
      example('NCT01983007', 'real problem', 'A high-intensity and a low-intensity exercise group side by side: `PARALLEL`.'),
    ],
  },
  'eligibility/criteria-sections': {
    verdict:
      'Right to fire, as information (a heuristic): the criteria are one Markdown field, and the registry asks for inclusion and exclusion criteria. Where a record has no exclusion part at all, that is what the check says.',
    examples: [
      example('NCT05153876', 'real problem', 'Four inclusion criteria and no exclusion criteria.'),
      example('NCT05688046', 'real problem', 'Ten numbered inclusion criteria, no exclusion part.'),
      example(
        'NCT03418623',
        'real problem',
        'The fixture copy’s criteria text is cut short (`...`): the exclusion part is really missing from the file.',
      ),
      example('NCT02782117', 'debatable', '"Major Eligibility Criteria:" mixes inclusion and exclusion conditions in one list.'),
    ],
  },
  'ipd/description-expected': {
    verdict:
      'Right to fire, as information: a record that will share individual participant data (`ipdSharing: YES`) says which data in `description`; these records leave the plan empty.',
    examples: [
      example('NCT02910323', 'real problem', '`ipdSharing: YES` with no description of the data to be shared.'),
      example('NCT06209684', 'real problem', 'Same: sharing announced, nothing said about what.'),
    ],
  },
  'status/start-date-type': {
    verdict:
      'Right to fire: each of these versions was submitted as `RECRUITING` (open) while its estimated start date was still ahead of the submission day. One of the two is wrong on that day. Recruiting studies with an estimated start that has passed are no longer flagged (changed earlier because of NCT06388018’s kind).',
    examples: [
      example(
        'NCT06388018',
        'real problem',
        'Submitted 2024-07-11 as recruiting, estimated start 2025-01-16: open, but opening in six months.',
      ),
      example('NCT05614284', 'real problem', 'Recruiting with an estimated start in the future at that submission.'),
      example('NCT07050056', 'real problem', 'Same pattern: status ahead of the start date.'),
    ],
  },
  'dates/estimated-in-past': {
    verdict:
      'Right to fire, only on the fixed day: the snapshots were downloaded between 2024-06 and 2025-12 and not updated since, so their estimates passed months ago. On the submission day it fires on no record. Withdrawn studies are no longer asked (their estimates never come true).',
    examples: [
      example('NCT03281889', 'real problem', 'A 2021 snapshot of a recruiting study whose estimated completion dates have long passed.'),
      example('NCT03475563', 'real problem', 'The registry itself marked the study `UNKNOWN`: its estimates passed without update.'),
    ],
  },
  'status/stale-verification': {
    verdict:
      'Right to fire, only on the fixed day: open studies whose snapshot was last verified more than a year before 2025-12-10. The registry itself moves such studies to `UNKNOWN` after two years.',
    examples: [
      example('NCT03281889', 'real problem', 'Recruiting, last verified 2021-01.'),
      example('NCT05147467', 'real problem', 'Recruiting, last verified 2024-01.'),
    ],
  },
  'review/abbreviation-undefined': {
    verdict:
      'Mostly right, and eager by nature: undefined abbreviations in titles are a PRS Advisory comment, which authors may leave as they are, so registered records are full of them (`NSCLC` alone in 41 titles); hence information. ' +
      'False alarms found here and fixed: capitals that belong to a product or device name (followed by a number, ® or a single capital: `Montanide ISA 51`, `BiOSS LIM C`) and the study’s own short name in brackets closing the brief title (`(Chemo-IO [ACCIO])`) are no longer reported. ' +
      'Left as is: widely known abbreviations the reference does not list (`MRI`); spelling them out is what the advisory asks.',
    examples: [
      example('NCT02299791', 'real problem', '`CVD` in the brief title is not spelled out.'),
      example(
        'NCT04267848',
        'real problem',
        '`DFS` (disease-free survival) in an outcome title is not spelled out; the brief title’s `[ACCIO]` is no longer reported.',
      ),
      example('NCT00184067', 'false alarm, fixed', '`ISA` is part of the product name `Montanide ISA 51`.'),
      example('NCT03475563', 'false alarm, fixed', '`LIM` is part of the stent’s name `BiOSS LIM C`.'),
      example('NCT03281889', 'debatable', '`MRI` is understood by the public; spelling it out is pedantic.'),
    ],
  },
  'review/intervention-description-insufficient': {
    verdict:
      'Right to fire (information): a drug described by nothing, or by its name again, tells the reader nothing about dose, route or schedule — a PRS Major comment.',
    examples: [
      example('NCT00184067', 'real problem', '`Montanide ISA 51` has no description.'),
      example('NCT03064438', 'real problem', 'The description of `ACCU-D1` is its name again.'),
      example('NCT01945554', 'real problem', 'Three drugs (`Mephamesone`, `0.5% bupivacaine`, `Kenacort®`) without descriptions.'),
      example(
        'NCT01640457',
        'debatable',
        'A cell-therapy device system described by its long name; dose and route do not fit a device well.',
      ),
    ],
  },
  'review/outcome-duplicate': {
    verdict:
      'Right to fire: outcomes with the same title and time frame cannot be told apart by a reader of the record. The records concerned repeat one title for several measures described only in the descriptions.',
    examples: [
      example(
        'NCT03439722',
        'real problem',
        'Nine primary outcomes all titled "Compare the macrostructure of sleep …" with one time frame; the descriptions name the different sleep measures.',
      ),
    ],
  },
  'review/outcome-timeframe-multiple-points': {
    verdict:
      'Right to fire as information: PRS asks for one outcome per time point, unless the title measures a change between them. "Baseline and 8 weeks" for a measure that is not titled as a change is the classic case.',
    examples: [
      example('NCT04508153', 'real problem', '"Baseline and 8 weeks" for one measure not titled as a change.'),
      example('NCT05921747', 'real problem', 'Six primary outcomes measured at "Baseline (Day 0) and Follow up 1 (Day 30)".'),
    ],
  },
  'review/outcome-timeframe-vague': {
    verdict:
      'Right to fire: "Through study completion" or "Hospital discharge" alone names no time point; PRS’s own template adds the duration ("through study completion, an average of 1 year").',
    examples: [
      example('NCT01677026', 'real problem', '"Through study completion" with no duration.'),
      example('NCT05489822', 'debatable', '"Hospital discharge" is an event each participant has; a typical duration would still help.'),
    ],
  },
  'review/outcome-title-nonspecific': {
    verdict: 'Right to fire: `Efficacy`, `Effectiveness`, `Primary Outcome` name no measure (a PRS validation warning).',
    examples: [
      example('NCT04207047', 'real problem', 'Outcomes titled `Primary Outcome` and `Secondary Outcome`.'),
      example('NCT01589588', 'real problem', 'Primary outcome titled `Efficacy`.'),
      example(
        'NCT03103880',
        'debatable',
        '`Acceptability of BreatheSmart system`: a concept, though the description may say how it is measured.',
      ),
    ],
  },
  'review/outcome-underspecified': {
    verdict:
      'Right to fire as information: a bare measure name (`BMI`, `CRP`, `Angioplasty time`) without a description that says the unit or how it is obtained.',
    examples: [
      example('NCT00763412', 'real problem', 'Outcomes `BMI`, `CRP`, `C-Peptide` with no description.'),
      example('NCT03475563', 'real problem', '`Target vessel revascularization` described only by repeating the title.'),
    ],
  },
  'review/outcome-wording': {
    verdict:
      'Right to fire as information: titles phrased as aims ("To evaluate …") or presuming a direction ("Reduction of …") are PRS Major/Advisory comments.',
    examples: [
      example('NCT02462395', 'real problem', '"Reduction of weekly cluster headache attack frequency …" presumes the effect.'),
      example('NCT04757038', 'real problem', '"To evaluate pain reduction, after treatment …" is an aim, not a measure.'),
    ],
  },
  'review/title-acronym-field': {
    verdict:
      'Mostly right (information): ClinicalTrials.gov shows the acronym after the brief title, so a title that repeats it shows it twice. The false alarm where the acronym is a product name inside the title’s wording is fixed; an acronym that opens the title as the product’s name (CARINAE) is still reported.',
    examples: [
      example('NCT04814381', 'real problem', '"… Cluster Headache (KETALGIA)" with `acronym: KETALGIA`: shown twice.'),
      example('NCT05421624', 'real problem', '"Amped-PD: …" repeats the acronym as a prefix.'),
      example(
        'NCT05883436',
        'false alarm, fixed',
        '`DEXA-C` is the device’s name ("DEXA-C Anterior Cervical Interbody System"); the title cannot drop it. A name inside the wording is no longer reported, only the acronym at the start or end, in parentheses, or before "Study"/"Trial".',
      ),
      example('NCT05184725', 'debatable', '`CARINAE` is both the acronym and the name of the app being tested.'),
    ],
  },
  'review/design-text-inconsistent': {
    verdict:
      'Right to fire: a title that says "Open Label", "Randomized" or "Phase 2" while the design fields say otherwise; one of the two is wrong.',
    examples: [
      example('NCT04757038', 'real problem', 'Titles say "Open Label", masking is `DOUBLE`.'),
      example('NCT04930887', 'real problem', 'Official title says "Randomized", allocation is `NON_RANDOMIZED`.'),
      example(
        'NCT06021431',
        'debatable',
        '"A Phase 2 RCT" of a behavioural intervention with `phases: [NA]`: NIH stage-model phase, not a drug phase.',
      ),
    ],
  },
};

/** Every error-severity finding on a real record (default stage or submission stage), keyed `NCT… code`. */
export const JUDGED_ERRORS: Readonly<Record<string, JudgedError>> = {};

/** What changed in the checks because of the real records (kept by hand). */
export const CHANGED_BECAUSE_OF_REAL_RECORDS: readonly string[] = [
  '`review/required-for-registration` asks for a primary outcome only of studies first submitted on or after 2007-09-27 (FDAAA 801), or not submitted yet (rules/requirementDates.ts): NCT00184067, registered in 2005 without one and published so, had drawn an error at the `submission` stage.',
  'Character limits (`schema/max-length`) count the text as the registry does: the API escapes Markdown characters with a backslash (`\\>`, `\\&`, `\\*`, …), which PRS does not count (schema/registryTextLength.ts). A 998-character outcome description served as 1,018 characters is no longer over its 999 limit.',
  'Requirements the registry introduced on a date are not applied to records from before it (rules/requirementDates.ts): `design/observational-required`, `design/interventional-required`, `design/interventional-expected` (model, masking), `design/observational-expected` and `design/masking-who-masked` (a masked study without roles) are silent for a study first submitted before 2017-01-18, the earliest date the structured study design is evidenced; `identification/official-title` uses the same helper for its start-date rule. The imported legacy XML records NCT00001177 (1999), NCT00277524 (2006), NCT02591940 (2015) and NCT01339988 (2011) had drawn errors.',
  '`dates/estimated-in-past` is silent on withdrawn studies: they stopped before enrolling anyone, so what their estimates announce will not happen.',
  '`design/observational-required` does not ask for `bioSpec.retention`: the PRS upload schema requires it, but registered observational records lack it, so PRS does not enforce it.',
  '`status/start-date-type` allows a recruiting study an estimated start date (the start date is the first enrollment, which may not have happened yet), unless that date is in the future.',
  '`arms/duplicate-intervention` and `design/single-group-arms` are information, not warnings: registered records do both.',
  '`arms/cross-reference-mismatch` treats interventions sharing one `Type: Name` as one (NCT02299791).',
  '`eligibility/criteria-sections` counts a list before the exclusion part as the inclusion part whatever its heading: NCT03630471 heads it "Eligibility criteria:" and was flagged wrongly.',
];
