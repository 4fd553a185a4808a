// Hostile inputs: a clear message or a partial record, never a crash or a hang.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { ImportRefusal, importPage, importStudies } from '../../../server/src/import/importPage';
import { ctgovJsonFixtures, ignitePage, keptCommentLines, recordOf, schemaProblemsOf, studiesOf } from './support/importTestKit';

type Json = Record<string, unknown>;

/** A refusal (with its message) or a result: anything else is a crash. */
function attempt(text: string): { refusal?: string; yaml?: string; keptLines?: number } {
  try {
    const result = importPage(text, { sourceName: 'hostile' });
    return { yaml: result.yaml, keptLines: result.keptLines };
  } catch (error) {
    assert.ok(error instanceof ImportRefusal, `unexpected ${String(error)}`);
    return { refusal: error.message };
  }
}

function studyWithLocations(count: number): Json {
  const study = structuredClone(studiesOf(ctgovJsonFixtures()[0].text)[0]) as Json & { protocolSection: Json };
  const locations = Array.from({ length: count }, (_, index) => ({
    facility: `Site ${index + 1} — Children's Hospital`,
    city: index % 2 ? 'Zürich' : 'São Paulo',
    country: index % 2 ? 'Switzerland' : 'Brazil',
    status: 'RECRUITING',
  }));
  study.protocolSection.contactsLocationsModule = { locations };
  return study;
}

describe('hostile inputs', () => {
  it('refuses empty and whitespace-only text with a message', () => {
    for (const text of ['', ' ', '\n\n\t', '\uFEFF']) assert.match(attempt(text).refusal ?? '', /empty/);
  });

  it('refuses binary junk with a message', () => {
    let junk = '';
    let seed = 7;
    for (let index = 0; index < 20000; index++) {
      seed = (seed * 1103515245 + 12345) % 2147483648;
      junk += String.fromCharCode(seed % 256);
    }
    assert.match(attempt(junk).refusal ?? '', /binary/);
  });

  it('imports a 10 MB page without failing, keeping what no field took', () => {
    const lines: string[] = [];
    for (let size = 0; size < 10_000_000;) {
      const line = `Note ${lines.length}: nothing here is a field — â?? mojibake stays as it is`;
      lines.push(line);
      size += line.length + 1;
    }
    const outcome = attempt(lines.join('\n'));
    assert.ok(outcome.yaml, outcome.refusal);
    assert.ok((outcome.keptLines ?? 0) > 0);
    assert.ok(outcome.yaml.includes(`# ${lines[lines.length - 1]}`) || outcome.keptLines !== lines.length);
  });

  it('imports a study with 5,000 locations exactly, as JSON and as an Ignite page', () => {
    const study = studyWithLocations(5000);
    for (const text of [JSON.stringify(study, null, 2), ignitePage(study as Parameters<typeof ignitePage>[0])]) {
      const result = importPage(text);
      const record = recordOf(result.yaml) as Json & { contactsLocationsModule: { locations: unknown[] } };
      assert.equal(record.contactsLocationsModule.locations.length, 5000);
      assert.deepEqual(record, study.protocolSection);
      assert.deepEqual(schemaProblemsOf(result.yaml), []);
    }
  });

  it('imports a 10 MB API JSON file', () => {
    const study = studyWithLocations(60000);
    const text = JSON.stringify(study);
    assert.ok(text.length > 5_000_000);
    const [result] = importStudies(text);
    assert.deepEqual(result.record, study.protocolSection);
    assert.match(result.yaml, /# Imported from hostile|# Imported from pasted text/);
  });

  it('reads an unbalanced Python literal to a partial record with a warning', () => {
    const study = studiesOf(ctgovJsonFixtures()[0].text)[0];
    const page = ignitePage(study).slice(0, -2);
    const result = importPage(page);
    assert.equal(result.format, 'ignite');
    assert.match(result.report, /damaged or cut off/);
    assert.ok(Object.keys(recordOf(result.yaml)).length > 0);
    const unbalanced = importPage(
      "Viewing Study NCT01234567\nRaw JSON\n{'protocolSection': {'identificationModule': {'nctId': 'NCT01234567']]}",
    );
    assert.match(unbalanced.report, /damaged or cut off/);
    assert.ok(keptCommentLines(unbalanced.yaml).some((line) => line.startsWith("{'protocolSection'")));
  });

  it('never reads scripts or styles of an HTML page as page text', () => {
    const html =
      '<html><head><script>document.write("Status: RECRUITING")</script><style>.x{}</style></head><body><div>Viewing Study NCT01234567</div><div>Ignite Creation Date: 2025-12-24 @ 3:51 PM</div><script>var nct = "NCT09999999";</script></body></html>';
    const result = importPage(html);
    assert.doesNotMatch(result.yaml, /RECRUITING|NCT09999999|document\.write/);
    assert.equal(result.studyId, 'NCT01234567');
  });

  it('keeps control characters and lone surrogates in text without breaking the YAML', () => {
    const text = 'Line with \u0007 bell\nLone \ud800 surrogate\nRight-to-left \u202e mark\nSeparator\u2028inside';
    const outcome = attempt(text);
    assert.ok(outcome.yaml);
    assert.deepEqual(recordOf(outcome.yaml), recordOf(outcome.yaml));
  });
});
