// Written values → ClinicalTrials.gov API form, shared by the importer, the quick fixes, the schema's
// suggestions and the registry rules. Spellings live in one table (spellings.ts); how far a reader may
// go beyond it is the caller's `MatchPolicy`.
export { readApiDate, readDate, monthNumber, daysInMonth, type DatePrecision, type DateReadingOptions, type NormalisedDate } from './dates';
export {
  readApiDuration,
  readDuration,
  durationOf,
  durationInDays,
  type DurationReading,
  type DurationReadingOptions,
  type DurationUnit,
  type NormalisedDuration,
} from './durations';
export { enumKey, matchEnumValue, type EnumMatchOptions, type MatchPolicy } from './enums';
export { readEnumList, readPhases, splitEnumList } from './enumLists';
export { readBoolean, readCount } from './scalars';
