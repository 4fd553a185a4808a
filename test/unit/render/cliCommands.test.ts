import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { exportCommand } from '../../../server/src/cli/exportCommand';
import { renderCommand } from '../../../server/src/cli/renderCommand';
import { parseHtml, type ExportedStudy } from './renderKit';

const temp = mkdtempSync(path.join(os.tmpdir(), 'trial-record-render-'));

describe('trial-record render', () => {
  it('prints a standalone page: the record, its embedded stylesheet, no script', async () => {
    const output = await renderCommand('samples/NCT06731192.trial.yaml', { today: '2026-11-22' });
    assert.equal(output.exitCode, 0);
    const page = parseHtml(output.stdout);
    assert.equal(page.elements.find((e) => e.name === 'title')?.text, 'Human Umbilical Cord Mesenchymal Stem Cells for Alport Syndrome');
    assert.ok(page.elements.find((e) => e.name === 'style')?.text.includes('.status-badge'));
    assert.ok(!page.elements.some((e) => e.name === 'script' || e.name === 'link'));
    assert.ok(page.text.includes('Not yet recruiting'));
  });

  it('writes the page to --out and says so', async () => {
    const out = path.join(temp, 'page.html');
    const output = await renderCommand('samples/minimal-draft.trial.json', { out, today: '2026-11-22' });
    assert.equal(output.exitCode, 0);
    assert.equal(output.stdout, '');
    assert.match(output.stderr, /wrote .*page\.html/);
    assert.ok(readFileSync(out, 'utf8').includes('Example Walking Program for Adults With Knee Osteoarthritis'));
  });

  it('renders a record with errors (listed on the page) and notes them', async () => {
    const output = await renderCommand('samples/invalid-example.trial.yaml', { today: '2026-11-22' });
    assert.equal(output.exitCode, 0);
    assert.match(output.stderr, /rendered with \d+ errors \(listed on the page\)/);
    assert.ok(parseHtml(output.stdout).text.includes('Problems'));
  });

  it('fails clearly on a missing file or a document with nothing to render', async () => {
    const missing = await renderCommand(path.join(temp, 'nope.trial.yaml'), {});
    assert.equal(missing.exitCode, 1);
    assert.match(missing.stderr, /no such file/);
    const list = path.join(temp, 'list.trial.yaml');
    writeFileSync(list, '- a\n- b\n');
    const notRecord = await renderCommand(list, {});
    assert.equal(notRecord.exitCode, 1);
    assert.match(notRecord.stderr, /nothing to render/);
  });
});

describe('trial-record export', () => {
  it('prints the API study JSON of a YAML record', () => {
    const output = exportCommand('samples/NCT06731192.trial.yaml');
    assert.equal(output.exitCode, 0, output.stderr);
    const study = JSON.parse(output.stdout) as ExportedStudy;
    assert.deepEqual(Object.keys(study), ['protocolSection']);
    assert.equal(study.protocolSection.identificationModule.nctId, 'NCT06731192');
    // YAML 1.2 core: dates stay strings, counts are numbers.
    assert.equal(study.protocolSection.statusModule.statusVerifiedDate, '2024-12');
    assert.equal(typeof study.protocolSection.designModule.enrollmentInfo.count, 'number');
  });

  it('keeps a whole API study whole', () => {
    const output = exportCommand('test/fixtures/ctgov/json/NCT00973089.json');
    const original: unknown = JSON.parse(readFileSync('test/fixtures/ctgov/json/NCT00973089.json', 'utf8'));
    assert.deepEqual(JSON.parse(output.stdout), original);
  });

  it('still exports a record with schema errors, but reports them and exits 1', () => {
    const output = exportCommand('samples/invalid-example.trial.yaml');
    assert.equal(output.exitCode, 1);
    assert.ok((JSON.parse(output.stdout) as Partial<ExportedStudy>).protocolSection);
    assert.match(output.stderr, /invalid-example\.trial\.yaml:\d+:\d+ error schema\/enum/);
  });

  it('refuses a document that does not parse', () => {
    const broken = path.join(temp, 'broken.trial.json');
    writeFileSync(broken, '{ "identificationModule": ');
    const output = exportCommand(broken);
    assert.equal(output.exitCode, 1);
    assert.equal(output.stdout, '');
    assert.match(output.stderr, /nothing to export: the record does not parse/);
  });
});
