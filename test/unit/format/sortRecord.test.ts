import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { stringify } from 'yaml';
import { orderedRecord } from '../../../server/src/service/format/registryOrder';
import { sortRecordText } from '../../../server/src/service/format/sortRecord';
import { isPlainObject, type RecordValue } from '../../../server/src/service/parse/parsedRecord';
import { commentsOf, dataOf, keyOrder, realRecordCases, type RecordCase } from './formatTestKit';

function sorted(text: string, format: 'yaml' | 'json'): string {
  const outcome = sortRecordText(text, format);
  assert.ok('text' in outcome, `sorted, not refused: ${'refused' in outcome ? outcome.refused : ''}`);
  return outcome.text;
}

/** The protocol section of a record's data (a whole study's, or the record itself). */
function protocolSection(value: RecordValue | undefined): Record<string, RecordValue> {
  assert.ok(isPlainObject(value));
  const section = value.protocolSection ?? value;
  assert.ok(isPlainObject(section));
  return section;
}

/** Every object's keys reversed: as far from registry order as a record gets. */
function reversed(value: RecordValue): RecordValue {
  if (Array.isArray(value)) return value.map(reversed);
  if (!isPlainObject(value)) return value;
  return Object.fromEntries(
    Object.keys(value)
      .reverse()
      .map((key) => [key, reversed(value[key])]),
  );
}

function assertSortsIntoRegistryOrder({ text, format }: RecordCase): void {
  const result = sorted(text, format);
  assert.deepEqual(dataOf(result, format), dataOf(text, format), 'the same data');
  const section = protocolSection(dataOf(result, format));
  assert.deepEqual(keyOrder(section), keyOrder(orderedRecord(section)), 'keys in registry order');
  if (format === 'yaml') assert.deepEqual(commentsOf(result), commentsOf(text), 'every comment kept');
  assert.equal(sorted(result, format), result, 'a sorted record stays as it is');
}

describe('Sort Record into Registry Order on real records', () => {
  for (const record of realRecordCases()) {
    it(`${record.name} as it is`, () => assertSortsIntoRegistryOrder(record));
    it(`${record.name} with every key order reversed`, () => {
      const data = reversed(JSON.parse(stringifyJson(record)) as RecordValue);
      const text = record.format === 'json' ? `${JSON.stringify(data, null, 2)}\n` : stringify(data);
      assertSortsIntoRegistryOrder({ ...record, text });
    });
  }
});

function stringifyJson(record: RecordCase): string {
  return record.format === 'json' ? record.text : JSON.stringify(dataOf(record.text, 'yaml'));
}

describe('Sort Record into Registry Order on YAML', () => {
  const text = [
    '# header: stays on top',
    '',
    '# about the status',
    'statusModule:',
    '  overallStatus: RECRUITING # trailing',
    '  # the verified date',
    '  statusVerifiedDate: 2024-01',
    'identificationModule:',
    '  briefTitle:   A title   # spacing kept',
    '  orgStudyIdInfo:',
    '    id: "X-1"',
    '  nctId: NCT01234567',
    'armsInterventionsModule:',
    '  armGroups:',
    '    - label: A',
    '      type: EXPERIMENTAL',
    '    - type: NO_INTERVENTION',
    '      label: B',
    '  interventions: [{name: Drug, type: DRUG}]',
    '',
  ].join('\n');

  it('moves modules and fields, each with the comments above it and after it', () => {
    assert.equal(
      sorted(text, 'yaml'),
      [
        '# header: stays on top',
        '',
        'identificationModule:',
        '  nctId: NCT01234567',
        '  orgStudyIdInfo:',
        '    id: "X-1"',
        '  briefTitle:   A title   # spacing kept',
        '# about the status',
        'statusModule:',
        '  # the verified date',
        '  statusVerifiedDate: 2024-01',
        '  overallStatus: RECRUITING # trailing',
        'armsInterventionsModule:',
        '  armGroups:',
        '    - label: A',
        '      type: EXPERIMENTAL',
        '    - label: B',
        '      type: NO_INTERVENTION',
        '  interventions: [{type: DRUG, name: Drug}]',
        '',
      ].join('\n'),
    );
  });

  it('keeps CRLF line ends', () => {
    const crlf = text.replace(/\n/g, '\r\n');
    assert.equal(sorted(crlf, 'yaml'), sorted(text, 'yaml').replace(/\n/g, '\r\n'));
  });

  it('refuses a record that does not parse', () => {
    const outcome = sortRecordText(`${text}designModule: [oops\n`, 'yaml');
    assert.ok('refused' in outcome && !outcome.unexpected);
  });
});

describe('Sort Record into Registry Order on JSON', () => {
  it('moves properties, keeping the indentation', () => {
    const text =
      '{\n    "statusModule": {\n        "overallStatus": "RECRUITING"\n    },\n    "identificationModule": {\n        "briefTitle": "T",\n        "nctId": "NCT01234567"\n    }\n}\n';
    assert.equal(
      sorted(text, 'json'),
      '{\n    "identificationModule": {\n        "nctId": "NCT01234567",\n        "briefTitle": "T"\n    },\n    "statusModule": {\n        "overallStatus": "RECRUITING"\n    }\n}\n',
    );
  });

  it('sorts only the protocol section of a whole study', () => {
    const text = '{"hasResults": false, "protocolSection": {"statusModule": {}, "identificationModule": {}}}';
    assert.equal(sorted(text, 'json'), '{"hasResults": false, "protocolSection": {"identificationModule": {}, "statusModule": {}}}');
  });
});

describe('registry order is the order of real API v2 responses', () => {
  it('leaves the keys of every real ClinicalTrials.gov record where the registry put them', () => {
    const folders = ['test/fixtures/ctgov/json', 'test/fixtures/ctgov/json-more'].filter((folder) => existsSync(folder));
    const moved: string[] = [];
    let studies = 0;
    const compare = (api: unknown, ours: unknown, pointer: string): void => {
      if (Array.isArray(api)) {
        api.forEach((item, index) => compare(item, (ours as unknown[])[index], `${pointer}/${index}`));
      } else if (typeof api === 'object' && api !== null) {
        const apiKeys = Object.keys(api);
        const ourKeys = Object.keys(ours as object);
        if (apiKeys.join() !== ourKeys.join()) moved.push(`${pointer}: ${apiKeys.join(',')} became ${ourKeys.join(',')}`);
        for (const key of apiKeys)
          compare((api as Record<string, unknown>)[key], (ours as Record<string, unknown>)[key], `${pointer}/${key}`);
      }
    };
    for (const folder of folders) {
      for (const file of readdirSync(folder).filter((name) => name.endsWith('.json'))) {
        const parsed = JSON.parse(readFileSync(path.join(folder, file), 'utf8')) as { studies?: unknown[]; protocolSection?: unknown };
        for (const study of (parsed.studies ?? [parsed]) as Array<{ protocolSection?: Record<string, unknown> }>) {
          if (!study.protocolSection) continue;
          studies++;
          compare(study.protocolSection, orderedRecord(study.protocolSection), `${file}#`);
        }
      }
    }
    assert.ok(studies >= 19, `only ${studies} studies read`);
    assert.deepEqual(moved.slice(0, 5), []);
  });
});
