import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { formatRecordText } from '../../../server/src/service/format/formatRecord';
import { offsetRange } from '../../../server/src/service/text/offsetRange';
import { editsOf, formatted, TWO_SPACES } from './formatTestKit';

const MESSY = [
  '# header',
  '',
  'identificationModule:',
  '    nctId: NCT01234567     # the id',
  'statusModule:',
  '      overallStatus: RECRUITING',
  '      startDateStruct:',
  '            date: 2024-01',
  'conditionsModule:',
  '    conditions:',
  '    - Asthma',
  '',
].join('\n');

const at = (text: string, needle: string) => offsetRange(text.indexOf(needle), text.indexOf(needle) + needle.length);

describe('Format Selection on YAML formats the modules the selection touches', () => {
  it('formats only the selected module', () => {
    const result = formatted(MESSY, 'yaml', TWO_SPACES, at(MESSY, 'startDateStruct'));
    assert.equal(
      result,
      MESSY.replace(
        '      overallStatus: RECRUITING\n      startDateStruct:\n            date: 2024-01',
        '  overallStatus: RECRUITING\n  startDateStruct:\n    date: 2024-01',
      ),
    );
  });

  it('formats the module a cursor is in', () => {
    const cursor = MESSY.indexOf('NCT01234567');
    const result = formatted(MESSY, 'yaml', TWO_SPACES, offsetRange(cursor, cursor));
    assert.equal(result, MESSY.replace('    nctId: NCT01234567     # the id', '  nctId: NCT01234567     # the id'));
  });

  it('formats every module a selection spans, and nothing for a selection in the header', () => {
    const range = offsetRange(MESSY.indexOf('NCT01234567'), MESSY.indexOf('RECRUITING'));
    const result = formatted(MESSY, 'yaml', TWO_SPACES, range);
    assert.ok(result.includes('  nctId: NCT01234567     # the id\nstatusModule:\n  overallStatus'));
    assert.ok(result.endsWith('conditionsModule:\n    conditions:\n    - Asthma\n'), 'the module after is left as it was');
    assert.deepEqual(editsOf(formatRecordText(MESSY, 'yaml', TWO_SPACES, at(MESSY, 'header'))), []);
  });

  it('formats a module of a whole API study at the study’s own indentation', () => {
    const study =
      'protocolSection:\n    identificationModule:\n        nctId:   NCT01234567\n    statusModule:\n            overallStatus: RECRUITING\n';
    const result = formatted(study, 'yaml', TWO_SPACES, at(study, 'RECRUITING'));
    assert.equal(
      result,
      'protocolSection:\n    identificationModule:\n        nctId:   NCT01234567\n    statusModule:\n      overallStatus: RECRUITING\n',
    );
  });

  it('gives no edits for a document that does not parse', () => {
    const broken = `${MESSY}designModule: [oops\n`;
    const outcome = formatRecordText(broken, 'yaml', TWO_SPACES, at(broken, 'startDateStruct'));
    assert.ok(!('edits' in outcome) || outcome.edits.length === 0);
  });
});

describe('Format Selection on JSON', () => {
  it('formats only inside the selection', () => {
    const text = '{\n"identificationModule": {"nctId": "NCT01234567"},\n"statusModule": {"overallStatus": "RECRUITING"}\n}\n';
    const result = formatted(text, 'json', TWO_SPACES, at(text, '"statusModule": {"overallStatus": "RECRUITING"}'));
    assert.ok(result.includes('"identificationModule": {"nctId": "NCT01234567"}'), 'the module before is left as it was');
    // jsonc-parser indents the selection from its first line's own indentation, as VS Code's JSON does.
    assert.ok(result.includes('\n"statusModule": {\n  "overallStatus": "RECRUITING"\n}\n'), result);
  });
});
