import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { hover, type HoverResult } from '../../../server/src/service/language/hover';
import type { RecordFormat } from '../../../server/src/service/parse/parsedRecord';
import { slice, testSchema, withCaret, withCursor } from './support';

function hoverAt(marked: string, format: RecordFormat = 'yaml'): (HoverResult & { target: string }) | undefined {
  const document = withCursor(marked, format);
  const result = hover(document.text, document.parsed, document.offset, testSchema);
  return result && { ...result, target: slice(document.text, result.range) };
}

describe('hover on keys', () => {
  it('shows title, definition, type and limit of briefTitle', () => {
    const result = hoverAt('identificationModule:\n  brief|Title: A study\n');
    assert.ok(result);
    assert.equal(result.target, 'briefTitle');
    assert.match(result.markdown, /Brief title/);
    assert.match(result.markdown, /A short title in plain language\./);
    assert.match(result.markdown, /at most 300 characters/);
    assert.match(result.markdown, /Required/);
  });

  it('explains a date pattern in words', () => {
    const result = hoverAt('statusModule:\n  statusVerifiedDate|: 2024-02\n');
    assert.match(result?.markdown ?? '', /a date like `2024`, `2024-02` or `2024-02-15`/);
    assert.match(hoverAt('statusModule:\n  |studyFirstSubmitDate: 2024-02-15\n')?.markdown ?? '', /a full date like `2024-02-15`/);
    assert.match(hoverAt('eligibilityModule:\n  minimumAge|: 18 Years\n')?.markdown ?? '', /`18 Years`/);
  });

  it('lists the allowed values of an enum with their labels', () => {
    const result = hoverAt('statusModule:\n  overall|Status: RECRUITING\n');
    assert.match(result?.markdown ?? '', /Overall recruitment status/);
    assert.match(result?.markdown ?? '', /`NOT_YET_RECRUITING` — Not yet recruiting/);
    assert.match(result?.markdown ?? '', /\*\*Required\*\*/);
    assert.match(hoverAt('designModule:\n  pha|ses:\n    - PHASE2\n')?.markdown ?? '', /`PHASE2` — Phase 2/);
  });

  it('says when the registry assigns a field', () => {
    assert.match(hoverAt('identificationModule:\n  nct|Id: NCT01234567\n')?.markdown ?? '', /Assigned by the registry/);
    assert.match(hoverAt('identificationModule:\n  nct|Id: NCT01234567\n')?.markdown ?? '', /`NCT` and 8 digits/);
  });

  it('documents modules and keys inside list items and whole study objects', () => {
    assert.match(hoverAt('status|Module:\n  overallStatus: RECRUITING\n')?.markdown ?? '', /status module/);
    assert.match(
      hoverAt('armsInterventionsModule:\n  armGroups:\n    - label: A\n      ty|pe: EXPERIMENTAL\n')?.markdown ?? '',
      /Arm type/,
    );
    assert.match(hoverAt('armsInterventionsModule:\n  armGroups:\n    - la|bel: A\n')?.markdown ?? '', /Arm title/);
    assert.match(hoverAt('protocolSection:\n  identificationModule:\n    briefTitle|: x\n')?.markdown ?? '', /Brief title/);
  });

  it('shows nothing for an unknown key, a bare word or outside the record', () => {
    assert.equal(hoverAt('statusModule:\n  overall|State: RECRUITING\n'), undefined);
    assert.equal(hoverAt('statusModule:\n  overall|Status\n'), undefined);
    assert.equal(hoverAt('protocolSection:\n  statusModule: {}\nhas|Results: false\n'), undefined);
    assert.equal(hoverAt('protocol|Section:\n  statusModule: {}\n'), undefined);
  });
});

describe('hover on values', () => {
  it('shows the value, its label and description on RECRUITING', () => {
    const result = hoverAt('statusModule:\n  overallStatus: RECRU|ITING # now\n');
    assert.ok(result);
    assert.equal(result.target, 'RECRUITING');
    assert.match(result.markdown, /`RECRUITING`/);
    assert.match(result.markdown, /Recruiting/);
    assert.match(result.markdown, /The study is "recruiting"\./);
  });

  it('works on list items, quoted values and JSON', () => {
    assert.match(hoverAt('designModule:\n  phases:\n    - PHASE1\n    - PHA|SE2\n')?.markdown ?? '', /Phase 2/);
    assert.equal(hoverAt('statusModule:\n  overallStatus: "RECR|UITING"\n')?.target, 'RECRUITING');
    const json = hoverAt('{"statusModule": {"overallStatus": "RECR|UITING"}}', 'json');
    assert.equal(json?.target, '"RECRUITING"');
    assert.match(json?.markdown ?? '', /Recruiting/);
    assert.match(hoverAt('{"identificationModule": {"brief|Title": "x"}}', 'json')?.markdown ?? '', /at most 300 characters/);
  });

  it('shows nothing for a value that is not in the enum, or free text', () => {
    assert.equal(hoverAt('statusModule:\n  overallStatus: Recru|iting\n'), undefined);
    assert.equal(hoverAt('identificationModule:\n  briefTitle: A st|udy\n'), undefined);
  });
});

describe('hover in odd places never throws', () => {
  it('returns nothing in comments, block scalars, empty lines and past the end', () => {
    assert.equal(hoverAt('statusModule:\n  # overall|Status: RECRUITING\n'), undefined);
    assert.equal(hoverAt('statusModule:\n  overallStatus: RECRUITING # RECRU|ITING\n'), undefined);
    const block = withCaret('descriptionModule:\n  briefSummary: |\n    overallStatus: RECRU‸ITING\n');
    assert.equal(hover(block.text, block.parsed, block.offset, testSchema), undefined);
    assert.equal(hoverAt('statusModule:\n  |\n'), undefined);
    assert.equal(hoverAt('|'), undefined);
    // Right after the last character of a value (end of file): still that value.
    assert.equal(hoverAt('statusModule:\n  overallStatus: RECRUITING|')?.target, 'RECRUITING');
    const text = 'statusModule:\n  overallStatus: RECRUITING\n';
    const document = withCursor(`${text}|`);
    for (let offset = -1; offset <= text.length + 1; offset++) hover(document.text, document.parsed, offset, testSchema);
  });
});
