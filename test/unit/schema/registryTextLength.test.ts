import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { RecordAnalyzer } from '../../../server/src/service/recordAnalyzer';
import { registryTextLength } from '../../../server/src/service/schema/registryTextLength';

/** A whole-study JSON record whose first primary outcome has this description. */
function recordWithOutcomeDescription(description: string): string {
  return JSON.stringify(
    {
      protocolSection: {
        outcomesModule: { primaryOutcomes: [{ measure: 'Pain score', description, timeFrame: '12 weeks' }] },
      },
    },
    null,
    2,
  );
}

function lengthDiagnostics(text: string) {
  return new RecordAnalyzer('json').analyze(text, { today: '2025-12-10' }).diagnostics.filter((d) => d.code === 'schema/max-length');
}

describe('character limits count the text as the registry does', () => {
  it('counts a Markdown escape the API adds as the one character it stands for', () => {
    assert.equal(registryTextLength(String.raw`age \>= 18 \& \<65`), 'age >= 18 & <65'.length);
    for (const escaped of String.raw`\> \< \& \* \_ \[ \] \( \) \# \+ \- \. \! \~ \| \^ \` \\`.split(' ')) {
      assert.equal(registryTextLength(escaped), 1, escaped);
    }
  });

  it('keeps counting a backslash that escapes nothing, and counts characters, not UTF-16 units', () => {
    assert.equal(registryTextLength(String.raw`C:\temp\n`), 9);
    assert.equal(registryTextLength('\\'), 1);
    assert.equal(registryTextLength('😀 µg'), 4);
  });

  it('accepts an outcome description of 998 characters that the API serves as 1,018 (20 escaped `<`)', () => {
    const description = `${'Score \\<5 '.repeat(20)}${'x'.repeat(998 - 20 * 9)}`;
    assert.equal(description.length, 1018);
    assert.equal(registryTextLength(description), 998);
    assert.deepEqual(lengthDiagnostics(recordWithOutcomeDescription(description)), []);
  });

  it('still reports a description over the limit, with the length the registry counts', () => {
    const description = `${'Score \\<5 '.repeat(20)}${'x'.repeat(1000 - 20 * 9)}`;
    const [diagnostic, ...others] = lengthDiagnostics(recordWithOutcomeDescription(description));
    assert.deepEqual(others, []);
    assert.match(diagnostic.message, /is 1000 characters long; the registry allows at most 999\./);
    assert.equal(diagnostic.pointer, '/protocolSection/outcomesModule/primaryOutcomes/0/description');
  });
});
