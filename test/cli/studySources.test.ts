// Studies as the registry ships them: a ZIP of study files (its bulk download), a JSON Lines file and an
// API search response. Each study is checked as the same study in its own file is: the same findings, per
// NCT ID. A broken line, an entry over the size limit or a hostile study is reported and the rest checked.
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import * as path from 'node:path';
import JSZip from 'jszip';
import { CLI, temporaryFolder } from './support/runCli';
import { runCliToEnd, type CheckedJson, type CheckJson } from './support/runCliUnbounded';

const FOLDERS = ['test/fixtures/ctgov/json', 'test/fixtures/ctgov/json-more'];
const TODAY = ['--today', '2026-11-22'];

/** The real study files, as [file name, bytes]. */
const realStudyFiles = (): Array<[string, Buffer]> =>
  FOLDERS.flatMap((folder) =>
    readdirSync(folder)
      .filter((name) => name.endsWith('.json'))
      .map((name): [string, Buffer] => [name, readFileSync(path.join(folder, name))]),
  );

/** A study's NCT ID: the one the output names, or its file's name. */
const nctIdOf = (file: CheckedJson): string => file.study ?? path.basename(file.file, '.json');

/** Findings per NCT ID; `withPositions: false` keeps what does not depend on how the JSON is laid out. */
function findingsByStudy(result: CheckJson, withPositions = true): Map<string, string[]> {
  return new Map(
    result.files.map((file) => [
      nctIdOf(file),
      file.diagnostics
        .map((d) => `${withPositions ? `${d.line}:${d.column} ` : ''}${d.severity} ${d.code} ${d.message}`)
        .sort((a, b) => (a < b ? -1 : a > b ? 1 : 0)),
    ]),
  );
}

function check(...args: string[]): { result: CheckJson; stderr: string; status: number | null } {
  const run = runCliToEnd(['check', '--format', 'json', ...TODAY, ...args]);
  return { result: JSON.parse(run.stdout) as CheckJson, stderr: run.stderr, status: run.status };
}

describe('trial-record check on the registry formats', () => {
  let temp: ReturnType<typeof temporaryFolder>;
  let folderFindings: Map<string, string[]>;

  before(() => {
    assert.ok(existsSync(CLI), 'run `node scripts/build.mjs` first');
    temp = temporaryFolder('trial-sources-');
    folderFindings = findingsByStudy(check('--jobs', '1', ...FOLDERS).result);
    assert.equal(folderFindings.size, 271);
  });
  after(() => temp.remove());

  for (const jobs of ['1', '2']) {
    it(`reports the same findings per NCT ID for a ZIP of the real records as for their folders (--jobs ${jobs})`, async () => {
      const zip = new JSZip();
      for (const [name, bytes] of realStudyFiles()) zip.file(`ctg-studies/${name}`, bytes);
      zip.file('ctg-studies/README.txt', 'not a study');
      const archive = path.join(temp.folder, `export-${jobs}.zip`);
      writeFileSync(archive, await zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE' }));

      const { result, stderr, status } = check('--jobs', jobs, archive);
      assert.equal(status, 0, stderr);
      assert.deepEqual(findingsByStudy(result), folderFindings);
      assert.ok(result.files.every((file) => file.file.startsWith(`${archive}!ctg-studies/NCT`)));
      assert.ok(result.files.every((file) => file.study !== undefined && file.file.includes(file.study)));
      const text = runCliToEnd(['check', '--jobs', jobs, ...TODAY, archive]).stdout;
      assert.match(text, new RegExp(`^${escape(archive)}!ctg-studies/NCT\\d+\\.json \\(NCT\\d+\\):\\d+:\\d+ (warning|information) `, 'm'));
    });
  }

  it('reports the same findings per NCT ID for a JSON Lines file and a search response as for the study files', () => {
    const studies = realStudyFiles()
      .map(([, bytes]) => JSON.parse(bytes.toString('utf8')) as { studies?: unknown[] })
      .flatMap((json) => json.studies ?? [json]);
    const lines = path.join(temp.folder, 'studies.jsonl');
    writeFileSync(lines, `${studies.map((study) => JSON.stringify(study)).join('\n')}\n`);
    const response = path.join(temp.folder, 'search.json');
    writeFileSync(response, JSON.stringify({ totalCount: studies.length, studies, nextPageToken: 'abc' }, null, 2));

    const fromFiles = findingsByStudy(check(...FOLDERS).result, false);
    for (const [input, name] of [
      [lines, /^.*studies\.jsonl:\d+$/],
      [response, /^.*search\.json!studies\[\d+\]$/],
    ] as const) {
      const { result, stderr } = check(input);
      assert.match(stderr, /^271 files checked/m);
      assert.ok(result.files.every((file) => name.test(file.file)));
      assert.deepEqual(findingsByStudy(result, false), fromFiles, String(input));
    }
  });

  it('positions a JSON Lines study on its own line and a search response study relative to its own text', () => {
    const study = readFileSync(path.join(FOLDERS[1], 'NCT01534065.json'), 'utf8');
    const inOwnFile = check(path.join(FOLDERS[1], 'NCT01534065.json')).result.files[0];
    assert.ok(inOwnFile.diagnostics.length > 0);
    const response = path.join(temp.folder, 'one-study.json');
    writeFileSync(response, `{"studies": [${study}]}`);
    const inResponse = check(response).result.files[0];
    assert.equal(inResponse.file, `${response}!studies[0]`);
    assert.deepEqual(inResponse.diagnostics, inOwnFile.diagnostics, 'the same text, the same positions');

    const lines = path.join(temp.folder, 'positions.jsonl');
    const line = JSON.stringify(JSON.parse(study));
    writeFileSync(lines, `\n${line}\n`);
    const inLine = check(lines).result.files[0];
    assert.equal(inLine.file, `${lines}:2`);
    assert.ok(inLine.diagnostics.every((d) => d.line === 1));
    for (const d of inLine.diagnostics) assert.ok(d.column <= line.length);
  });

  it('reports a broken JSON Lines line by its line number and checks the others', () => {
    const good = JSON.stringify(JSON.parse(readFileSync(path.join(FOLDERS[1], 'NCT01534065.json'), 'utf8')));
    const lines = path.join(temp.folder, 'broken.jsonl');
    writeFileSync(lines, `${good}\n{"protocolSection": {"identificationModule": \n\n${good}\r\n`);
    const { result, stderr, status } = check(lines);
    assert.equal(status, 1);
    assert.match(stderr, /^3 files checked: \d+ errors?/m);
    assert.deepEqual(
      result.files.map((file) => file.file.replace(/^.*\//, '')),
      ['broken.jsonl:1', 'broken.jsonl:2', 'broken.jsonl:4'],
    );
    assert.ok(result.files[1].diagnostics.some((d) => d.code.startsWith('syntax/') && d.severity === 'error'));
    assert.deepEqual(result.files[3 - 1].diagnostics, result.files[0].diagnostics, 'a CRLF line is the same study');
    const text = runCliToEnd(['check', ...TODAY, lines]).stdout;
    assert.match(text, /broken\.jsonl:2:1:\d+ error syntax\//);
  });

  it('refuses a ZIP entry over the size limit, names it, and checks the rest', async () => {
    const files = realStudyFiles().slice(0, 40);
    const largest = files.reduce((a, b) => (b[1].length > a[1].length ? b : a));
    const zip = new JSZip();
    for (const [name, bytes] of files) zip.file(name, bytes);
    const archive = path.join(temp.folder, 'limit.zip');
    writeFileSync(archive, await zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE' }));

    const { result, stderr, status } = check('--max-size', String(largest[1].length - 1), archive);
    assert.equal(status, 1, 'an entry that could not be checked is an error');
    const refused = result.files.filter((file) => file.problem !== undefined);
    assert.deepEqual(
      refused.map((file) => file.file),
      [`${archive}!${largest[0]}`],
    );
    assert.match(refused[0].problem ?? '', /^too large: .* unpacked, over the .* limit; --max-size raises it$/);
    assert.match(stderr, new RegExp(`^trial-record: skipped ${escape(archive)}!${escape(largest[0])}: too large`, 'm'));
    assert.equal(result.files.length, files.length);
  });

  it('names a file that is not a ZIP archive and goes on with the other inputs', () => {
    const fake = path.join(temp.folder, 'fake.zip');
    writeFileSync(fake, 'not a zip at all');
    const { result, stderr, status } = check(fake, path.join(FOLDERS[0], 'NCT00184067.json'));
    assert.equal(status, 1);
    assert.match(stderr, /fake\.zip: cannot be read as a ZIP archive/);
    assert.equal(result.files.length, 2);
    assert.equal(result.files[1].problem, undefined);
  });

  for (const jobs of ['1', '2']) {
    it(`checks hostile studies (not an object, deeply nested, huge numbers) one by one without stopping (--jobs ${jobs})`, () => {
      const good = JSON.stringify(JSON.parse(readFileSync(path.join(FOLDERS[1], 'NCT01534065.json'), 'utf8')));
      const hostile = ['42', '[1, 2]', '"a study"', 'null', `${'['.repeat(100_000)}${']'.repeat(100_000)}`, '{"protocolSection": 1e999}'];
      const lines = path.join(temp.folder, `hostile-${jobs}.jsonl`);
      writeFileSync(lines, [...hostile, good, ...hostile, good].join('\n'));
      const { result, stderr } = check('--jobs', jobs, lines);
      assert.equal(result.files.length, hostile.length * 2 + 2, stderr);
      const goodOnes = result.files.filter((file) => file.study === 'NCT01534065');
      assert.equal(goodOnes.length, 2);
      assert.deepEqual(goodOnes[1].diagnostics, goodOnes[0].diagnostics);
      for (const file of result.files.slice(0, hostile.length))
        assert.ok(file.problem !== undefined || file.diagnostics.some((d) => d.severity === 'error'), file.file);
    });
  }
});

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
