import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';
import { igniteFormat } from '../../../server/src/import/formats/ignite';
import { importPage } from '../../../server/src/import/importPage';
import { toPageText } from '../../../server/src/import/pageText';
import {
  ctgovJsonFixtures,
  EXPECTED_FOLDER,
  ignitePage,
  keptCommentLines,
  PAGES_FOLDER,
  recordOf,
  schemaProblemsOf,
  studiesOf,
} from './support/importTestKit';

const page = (name: string): string => readFileSync(path.join(PAGES_FOLDER, name), 'utf8');
const expected = (name: string): unknown => parse(readFileSync(path.join(EXPECTED_FOLDER, name), 'utf8'), { version: '1.2' });

describe('Ignite page reader', () => {
  it('imports the Viewing Study page to the record written by hand from it', () => {
    const result = importPage(page('ignite-NCT06731192.txt'), { sourceName: 'ignite-NCT06731192.txt' });
    assert.equal(result.format, 'ignite');
    assert.equal(result.studyId, 'NCT06731192');
    assert.deepEqual(recordOf(result.yaml), expected('ignite-NCT06731192.yaml'));
    assert.deepEqual(schemaProblemsOf(result.yaml), []);
  });

  it('keeps the page metadata and header lines the record does not carry, and nothing the dump repeats', () => {
    const result = importPage(page('ignite-NCT06731192.txt'));
    const kept = keptCommentLines(result.yaml);
    assert.ok(kept.includes('Ignite Creation Date: 2025-12-24 @ 3:51 PM'));
    assert.ok(kept.includes('Is NOT Gene Therapy: True'));
    assert.ok(
      !kept.some((line) => line.startsWith('Study NCT ID:') || line.startsWith('Brief Title:') || line.startsWith("{'hasResults'")),
    );
    assert.doesNotMatch(JSON.stringify(recordOf(result.yaml)), /@ \d+:\d+ [AP]M/);
  });

  it('reads the Python-literal dump of every real study inside an Ignite-style page to its protocolSection', () => {
    for (const fixture of ctgovJsonFixtures()) {
      for (const study of studiesOf(fixture.text)) {
        const result = importPage(ignitePage(study), { sourceName: fixture.name });
        assert.equal(result.format, 'ignite', fixture.name);
        assert.deepEqual(recordOf(result.yaml), study.protocolSection, fixture.name);
        assert.deepEqual(
          keptCommentLines(result.yaml),
          ['Ignite Creation Date: 2025-12-24 @ 3:51 PM', 'Ignite Modification Date: 2026-01-05 @ 6:16 PM', 'Sponsor:'],
          fixture.name,
        );
      }
    }
  });

  it('takes only the identity and the stated module fields from a module page', () => {
    const result = importPage(page('ignite-module-NCT06731192.txt'));
    assert.equal(result.format, 'ignite');
    assert.deepEqual(recordOf(result.yaml), expected('ignite-module-NCT06731192.yaml'));
    assert.ok(keptCommentLines(result.yaml).includes('Ignite Modification Date: 2026-01-05 @ 6:16 PM'));
  });

  it('does not take a header value that is not an API value', () => {
    const reading = igniteFormat.read(toPageText('Viewing Study NCT01234567\nStatus: Recruiting\nSex: Both\nMinimum Age: 18 years'));
    assert.deepEqual(reading.record, { identificationModule: { nctId: 'NCT01234567' } });
  });

  it('keeps what a cut-off dump held, says so, and keeps the broken line as a comment', () => {
    const text = page('ignite-NCT06731192.txt');
    const cut = text.slice(0, text.indexOf("'eligibilityModule'"));
    const result = importPage(cut);
    assert.equal(result.format, 'ignite');
    const record = recordOf(result.yaml) as Record<string, Record<string, unknown>>;
    assert.equal(record.designModule.studyType, 'INTERVENTIONAL');
    assert.equal(record.eligibilityModule, undefined);
    assert.match(result.report, /damaged or cut off/);
    assert.ok(keptCommentLines(result.yaml).some((line) => line.startsWith("{'hasResults'")));
  });

  it('reads a dump that pprint spread over several lines, and one shown as JSON', () => {
    const study = {
      protocolSection: { identificationModule: { nctId: 'NCT01234567', briefTitle: "A long title that pprint wraps: it's split" } },
      hasResults: false,
    };
    const pprinted = [
      'Viewing Study NCT01234567',
      'Raw JSON',
      "{'hasResults': False,",
      " 'protocolSection': {'identificationModule': {'briefTitle': ('A long title that '",
      "                                                          'pprint wraps: '",
      '                                                          "it\'s split"),',
      "                                            'nctId': 'NCT01234567'}}}",
      'Footer line',
    ].join('\n');
    const result = importPage(pprinted);
    assert.deepEqual(result.record, study.protocolSection);
    assert.deepEqual(keptCommentLines(result.yaml), ['Footer line']);
    const asJson = importPage(`Viewing Study NCT01234567\nRaw JSON\n${JSON.stringify(study, null, 2)}`);
    assert.deepEqual(asJson.record, study.protocolSection);
    assert.equal(asJson.keptLines, 0);
  });

  it("finds the dump on the label's own line or after a button's text, and keeps that text", () => {
    const dump = "{'protocolSection': {'identificationModule': {'nctId': 'NCT01234567'}}}";
    const sameLine = importPage(`Viewing Study NCT01234567\nRaw JSON ${dump}`);
    assert.deepEqual(sameLine.record, { identificationModule: { nctId: 'NCT01234567' } });
    assert.equal(sameLine.keptLines, 0);
    const afterButton = importPage(`Viewing Study NCT01234567\nRaw JSON\nCopy to clipboard\n${dump}`);
    assert.deepEqual(afterButton.record, { identificationModule: { nctId: 'NCT01234567' } });
    assert.deepEqual(keptCommentLines(afterButton.yaml), ['Copy to clipboard']);
    const broken = importPage(
      `Viewing Study NCT01234567\nRaw JSON {'protocolSection': {'identificationModule': {'nctId': 'NCT01234567'}]]`,
    );
    assert.ok(keptCommentLines(broken.yaml).some((line) => line.startsWith('Raw JSON {')));
  });

  it('warns when the header and the dump name different studies', () => {
    const text = page('ignite-NCT06731192.txt').replace('Viewing Study NCT06731192', 'Viewing Study NCT09999999');
    assert.match(importPage(text).report, /header names NCT09999999 but the Raw JSON is NCT06731192/);
  });
});
