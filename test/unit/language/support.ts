import { parseRecord } from '../../../server/src/service/parse/parseRecord';
import type { ParsedRecord, RecordFormat } from '../../../server/src/service/parse/parsedRecord';
import { RecordSchema, type SchemaNode } from '../../../server/src/service/schema/recordSchema';
import type { OffsetRange } from '../../../server/src/service/text/offsetRange';

/** A document written with one `|` where the cursor is: the text without it, the offset, and its parse. */
export interface CursorDocument {
  readonly text: string;
  readonly offset: number;
  readonly parsed: ParsedRecord;
}

export function withCursor(marked: string, format: RecordFormat = 'yaml'): CursorDocument {
  const offset = marked.indexOf('|');
  if (offset < 0 || marked.indexOf('|', offset + 1) >= 0) throw new Error('Mark the cursor with exactly one |');
  const text = marked.slice(0, offset) + marked.slice(offset + 1);
  return { text, offset, parsed: parseRecord(text, format) };
}

/** Same, for documents that contain `|` themselves (block scalars): the marker is `‸`. */
export function withCaret(marked: string, format: RecordFormat = 'yaml'): CursorDocument {
  const offset = marked.indexOf('‸');
  if (offset < 0) throw new Error('Mark the cursor with ‸');
  const text = marked.slice(0, offset) + marked.slice(offset + 1);
  return { text, offset, parsed: parseRecord(text, format) };
}

export function slice(text: string, range: OffsetRange): string {
  return text.slice(range.start, range.end);
}

/**
 * What VS Code's suggest widget does with an item: the typed "word" is the text from the start
 * of the item's range to the cursor (leading blanks skipped), and it must match the filter text
 * as VS Code's fuzzyScore does: every character in order (case-insensitive, spaces included),
 * the first one at a word start (position 0, after a separator or blank, or a camel-case hump).
 */
export function vscodeAccepts(text: string, offset: number, range: OffsetRange, filterText: string): boolean {
  if (range.start > offset || range.end < offset) return false;
  if (/[\r\n]/.test(text.slice(range.start, range.end))) return false; // VS Code needs single-line ranges
  const word = text.slice(range.start, offset).replace(/^[ \t]+/, '');
  if (word === '') return true;
  const pattern = word.toLowerCase();
  const target = filterText.toLowerCase();
  for (let start = 0; start < target.length; start++) {
    if (target[start] !== pattern[0] || !isWordStart(filterText, start)) continue;
    let matched = 1;
    for (let i = start + 1; i < target.length && matched < pattern.length; i++) if (target[i] === pattern[matched]) matched++;
    if (matched === pattern.length) return true;
  }
  return false;
}

const SEPARATORS = new Set('_-. /\\\'":$<>()[]{}'.split(''));

function isWordStart(word: string, index: number): boolean {
  if (index === 0) return true;
  const isUpper = (i: number): boolean => word[i] !== word[i].toLowerCase();
  if (isUpper(index) && !isUpper(index - 1)) return true;
  if (SEPARATORS.has(word[index]) && !SEPARATORS.has(word[index - 1])) return true;
  return SEPARATORS.has(word[index - 1]) || word[index - 1] === '\t';
}

const STATUSES: Array<[string, string]> = [
  ['ACTIVE_NOT_RECRUITING', 'Active, not recruiting'],
  ['COMPLETED', 'Completed'],
  ['ENROLLING_BY_INVITATION', 'Enrolling by invitation'],
  ['NOT_YET_RECRUITING', 'Not yet recruiting'],
  ['RECRUITING', 'Recruiting'],
  ['SUSPENDED', 'Suspended'],
  ['TERMINATED', 'Terminated'],
  ['WITHDRAWN', 'Withdrawn'],
  ['AVAILABLE', 'Available'],
  ['NO_LONGER_AVAILABLE', 'No longer available'],
  ['TEMPORARILY_NOT_AVAILABLE', 'Temporarily not available'],
  ['APPROVED_FOR_MARKETING', 'Approved for marketing'],
  ['WITHHELD', 'Withheld'],
  ['UNKNOWN', 'Unknown status'],
];
export const STATUS_VALUES = STATUSES.map(([value]) => value);

const PHASES: Array<[string, string]> = [
  ['NA', 'Not Applicable'],
  ['EARLY_PHASE1', 'Early Phase 1'],
  ['PHASE1', 'Phase 1'],
  ['PHASE2', 'Phase 2'],
  ['PHASE3', 'Phase 3'],
  ['PHASE4', 'Phase 4'],
];

function enumOf(title: string, entries: Array<[string, string]>): SchemaNode {
  return {
    type: 'string',
    title,
    enum: entries.map(([value]) => value),
    'x-enumLabels': entries.map(([, label]) => label),
    enumDescriptions: entries.map(([, label]) => `The study is "${label.toLowerCase()}".`),
  };
}

const MODULES = [
  'identificationModule',
  'statusModule',
  'sponsorCollaboratorsModule',
  'oversightModule',
  'descriptionModule',
  'conditionsModule',
  'designModule',
  'armsInterventionsModule',
  'outcomesModule',
  'eligibilityModule',
  'contactsLocationsModule',
  'referencesModule',
  'ipdSharingStatementModule',
];
export const MODULE_NAMES = MODULES;

/** A small schema of the same shape as schemas/trial-record.schema.json. */
export const TEST_SCHEMA_JSON: SchemaNode = {
  definitions: {
    ProtocolSection: {
      type: 'object',
      title: 'Protocol section',
      properties: Object.fromEntries(
        MODULES.map((name) => [
          name,
          {
            $ref: `#/definitions/${name[0].toUpperCase()}${name.slice(1)}`,
            title: name.replace(/Module$/, ' module'),
            description: `The ${name}.`,
          },
        ]),
      ),
    },
    IdentificationModule: {
      type: 'object',
      required: ['orgStudyIdInfo', 'briefTitle'],
      properties: {
        nctId: {
          type: 'string',
          title: 'NCT number',
          description: 'The registry identifier.',
          pattern: '^NCT\\d{8}$',
          'x-registryAssigned': true,
          readOnly: true,
        },
        orgStudyIdInfo: {
          type: 'object',
          title: 'Organization study ID',
          description: "The sponsor's own identifier.",
          properties: { id: { type: 'string', title: 'ID', description: 'The ID.' } },
        },
        briefTitle: { type: 'string', title: 'Brief title', description: 'A short title in plain language.', maxLength: 300 },
        officialTitle: { type: 'string', title: 'Official title', description: 'The scientific title.', maxLength: 600 },
        acronym: { type: 'string', title: 'Acronym', description: 'A short name.', maxLength: 14 },
      },
    },
    StatusModule: {
      type: 'object',
      required: ['statusVerifiedDate', 'overallStatus'],
      properties: {
        statusVerifiedDate: {
          $ref: '#/definitions/PartialDate',
          title: 'Record verification date',
          description: 'When the record was last checked.',
        },
        overallStatus: {
          $ref: '#/definitions/Status',
          title: 'Overall recruitment status',
          description: 'The recruitment status of the whole study.',
        },
        lastKnownStatus: {
          $ref: '#/definitions/Status',
          title: 'Last known status',
          description: 'Set by the registry.',
          'x-registryAssigned': true,
        },
        whyStopped: { type: 'string', title: 'Why study stopped', description: 'Why the study stopped early.', maxLength: 250 },
        startDateStruct: {
          $ref: '#/definitions/PartialDateStruct',
          title: 'Study start date',
          description: 'When the first participant was enrolled.',
        },
        studyFirstSubmitDate: {
          $ref: '#/definitions/NormalizedDate',
          title: 'First submitted',
          description: 'Set by the registry.',
          'x-registryAssigned': true,
          readOnly: true,
        },
      },
    },
    OversightModule: {
      type: 'object',
      properties: {
        oversightHasDmc: { type: 'boolean', title: 'Data monitoring committee', description: 'Whether a DMC oversees the study.' },
      },
    },
    DesignModule: {
      type: 'object',
      properties: {
        studyType: {
          type: 'string',
          title: 'Study type',
          description: 'The kind of study.',
          enum: ['INTERVENTIONAL', 'OBSERVATIONAL', 'EXPANDED_ACCESS'],
          'x-enumLabels': ['Interventional', 'Observational', 'Expanded Access'],
        },
        phases: { type: 'array', title: 'Study phase', description: 'The phase(s) of the study.', items: { $ref: '#/definitions/Phase' } },
      },
    },
    ArmsInterventionsModule: {
      type: 'object',
      properties: {
        armGroups: { type: 'array', title: 'Arms', description: 'The arms of the study.', items: { $ref: '#/definitions/ArmGroup' } },
      },
    },
    ArmGroup: {
      type: 'object',
      required: ['label'],
      properties: {
        label: { type: 'string', title: 'Arm title', description: "The arm's short name.", maxLength: 100 },
        type: {
          type: 'string',
          title: 'Arm type',
          description: 'The role of the arm.',
          enum: ['EXPERIMENTAL', 'PLACEBO_COMPARATOR'],
          'x-enumLabels': ['Experimental', 'Placebo Comparator'],
        },
        description: { type: 'string', title: 'Arm description', description: 'What the arm receives.', maxLength: 999 },
        interventionNames: {
          type: 'array',
          title: 'Interventions',
          description: 'Interventions given in this arm.',
          items: { type: 'string' },
        },
      },
    },
    ConditionsModule: {
      type: 'object',
      properties: { conditions: { type: 'array', title: 'Conditions', description: 'What is studied.', items: { type: 'string' } } },
    },
    SponsorCollaboratorsModule: { type: 'object', properties: {} },
    DescriptionModule: {
      type: 'object',
      properties: { briefSummary: { type: 'string', title: 'Brief summary', description: 'A short description.', maxLength: 5000 } },
    },
    OutcomesModule: { type: 'object', properties: {} },
    EligibilityModule: {
      type: 'object',
      properties: {
        minimumAge: {
          type: 'string',
          title: 'Minimum age',
          description: 'The youngest age.',
          pattern: '^\\d+ (Year|Years|Month|Months|Week|Weeks|Day|Days|Hour|Hours|Minute|Minutes)$',
        },
      },
    },
    ContactsLocationsModule: { type: 'object', properties: {} },
    ReferencesModule: { type: 'object', properties: {} },
    IpdSharingStatementModule: { type: 'object', properties: {} },
    Status: enumOf('Status', STATUSES),
    Phase: enumOf('Phase', PHASES),
    PartialDate: { type: 'string', pattern: '^\\d{4}(-\\d{2}(-\\d{2})?)?$' },
    NormalizedDate: { type: 'string', format: 'date' },
    PartialDateStruct: {
      type: 'object',
      properties: {
        date: { $ref: '#/definitions/PartialDate', title: 'Date', description: 'The date.' },
        type: {
          type: 'string',
          title: 'Date type',
          description: 'Actual or estimated.',
          enum: ['ACTUAL', 'ESTIMATED'],
          'x-enumLabels': ['Actual', 'Anticipated'],
        },
      },
    },
  },
};

export const testSchema = new RecordSchema(TEST_SCHEMA_JSON);
