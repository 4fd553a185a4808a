// The import commands inside a real VS Code: a registry page becomes a record editor; several pages become
// record files in a folder; a study is fetched from a ClinicalTrials.gov stand-in on 127.0.0.1 (started here:
// the extension host is Node) and imported the same way. Sources are passed as the commands' argument, so no
// dialog is needed; the quick pick and the input box are the only parts not driven here.
import * as assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import * as vscode from 'vscode';
import { parse as parseYaml } from 'yaml';
import type { ImportedRecord, ImportOutcome } from '../../../client/src/import/importOutcome';
import { startLocalServer, type LocalServer } from '../../unit/client/localHttpServer';
import { revertAndClose, waitFor, workspaceFolder } from '../helpers';

const IMPORT_PAGE = 'trialRecord.importRegistryPage';
const IMPORT_CTGOV = 'trialRecord.importFromClinicalTrialsGov';

const IGNITE_ID = 'NCT06731192';
const IGNITE_TITLE = 'Human Umbilical Cord Mesenchymal Stem Cells for Alport Syndrome';
const CTGOV_ID = 'NCT05594173';
const CTGOV_TITLE = 'Chewing and Oral Processing of Solid Food';

/**
 * A fixture of this repository. The workspace is a copy of samples/ and the installed extension holds no tests,
 * so fixtures are read from the repository: the bundle runs from out/test/vscode/, three levels below it.
 */
function fixture(...segments: string[]): vscode.Uri {
  const file = path.resolve(__dirname, '..', '..', '..', 'test', 'fixtures', ...segments);
  assert.ok(fs.existsSync(file), `fixture ${file} is missing (is the test bundle in out/test/vscode/?)`);
  return vscode.Uri.file(file);
}

const ignitePage = (): vscode.Uri => fixture('import', 'pages', `ignite-${IGNITE_ID}.txt`);
const ctgovStudy = (): vscode.Uri => fixture('ctgov', 'json', `${CTGOV_ID}.json`);

interface RecordShape {
  identificationModule?: { nctId?: string; briefTitle?: string };
}

/** The protocol section of an imported record (a study with results is written whole: `protocolSection:` and `resultsSection:`). */
function recordOf(text: string): RecordShape {
  const value: unknown = parseYaml(text);
  assert.ok(typeof value === 'object' && value !== null, `the record is not a YAML mapping:\n${text.slice(0, 500)}`);
  const protocol = (value as { protocolSection?: unknown }).protocolSection;
  return typeof protocol === 'object' && protocol !== null ? protocol : value;
}

async function readText(uri: vscode.Uri): Promise<string> {
  return new TextDecoder().decode(await vscode.workspace.fs.readFile(uri));
}

async function exists(uri: vscode.Uri): Promise<boolean> {
  try {
    await vscode.workspace.fs.stat(uri);
    return true;
  } catch {
    return false;
  }
}

function fileName(uri: vscode.Uri): string {
  return uri.path.split('/').pop() ?? '';
}

/** A new, empty folder in the workspace, deleted by `cleanUp`. */
const createdFolders: vscode.Uri[] = [];
async function newWorkspaceFolder(name: string): Promise<vscode.Uri> {
  const folder = vscode.Uri.joinPath(workspaceFolder().uri, `${name}-${Date.now().toString(36)}-${createdFolders.length}`);
  await vscode.workspace.fs.createDirectory(folder);
  createdFolders.push(folder);
  return folder;
}

/** Closes the record editors the commands opened, without saving (they are untitled). */
const closeWithoutSaving = revertAndClose;

async function importPage(arg: unknown): Promise<ImportOutcome> {
  const outcome = await vscode.commands.executeCommand<ImportOutcome>(IMPORT_PAGE, arg);
  assert.ok(outcome, `${IMPORT_PAGE} returned nothing`);
  return outcome;
}

suite('Import Registry Page', () => {
  suiteTeardown(async () => {
    for (const folder of createdFolders) await vscode.workspace.fs.delete(folder, { recursive: true, useTrash: false });
  });

  test('every page of the registry-page corpus gives the same record in VS Code as from the CLI', async () => {
    const pagesFolder = fixture('import', 'corpus', 'pages');
    const names = fs
      .readdirSync(pagesFolder.fsPath)
      .filter((name) => name.endsWith('.txt'))
      .sort();
    assert.equal(names.length, 70);
    const files = names.map((name) => vscode.Uri.joinPath(pagesFolder, name));
    // One folder per page: several pages of the same trial (from different sites) would otherwise ask
    // before taking the same file name.
    const records: ImportedRecord[] = [];
    for (const file of files) {
      const outcome = await importPage({ files: [file], targetFolder: await newWorkspaceFolder('corpus-record') });
      assert.deepEqual(outcome.failures, []);
      records.push(...outcome.records);
    }
    assert.deepEqual(
      records.map((record) => record.sourceName),
      names,
    );

    // The CLI of this repository (built by `npm test` before the editor suite), over the same files in the same order.
    const cli = path.resolve(__dirname, '..', '..', '..', 'dist', 'cli.js');
    const printed = execFileSync('node', [cli, 'import', ...files.map((file) => file.fsPath), '--format', 'json'], {
      encoding: 'utf8',
      maxBuffer: 64 * 1024 * 1024,
    });
    const cliRecords = JSON.parse(printed) as unknown[];
    assert.equal(cliRecords.length, names.length);
    for (const [index, record] of records.entries()) {
      const inEditor = (parseYaml(await readText(record.uri)) as unknown) ?? {};
      assert.deepEqual(inEditor, cliRecords[index], `${record.sourceName}: the editor's record differs from the CLI's`);
    }
  });

  test("one page file opens a new record editor named after its NCT ID, with the page's ID and title", async () => {
    const existing = vscode.Uri.joinPath(workspaceFolder().uri, `${IGNITE_ID}.trial.yaml`);
    const existingBefore = (await exists(existing)) ? await readText(existing) : undefined;

    const outcome = await importPage({ files: [ignitePage()] });
    assert.deepEqual(outcome.failures, []);
    assert.equal(outcome.records.length, 1);
    const [record] = outcome.records;
    assert.equal(record.studyId, IGNITE_ID);
    assert.equal(record.format, 'ignite');
    assert.ok(record.filledFields > 0, 'no field was filled');

    // A new, unsaved editor in the workspace folder, named after the study; an existing file of that name is
    // left alone (the new one gets a numbered name).
    assert.equal(record.uri.scheme, 'untitled');
    assert.match(fileName(record.uri), new RegExp(`^${IGNITE_ID}(-\\d+)?\\.trial\\.yaml$`));
    assert.equal(await exists(vscode.Uri.file(record.uri.path)), false, 'the new editor would save over an existing file');
    if (existingBefore !== undefined) assert.equal(await readText(existing), existingBefore, 'the existing record was changed');

    const editor = await waitFor(() => vscode.window.visibleTextEditors.find((e) => e.document.uri.toString() === record.uri.toString()), {
      message: 'the record editor to be visible',
    });
    const document = editor.document;
    assert.equal(document.languageId, 'trial-record-yaml');
    assert.equal(document.isDirty, true, 'the imported record should be unsaved');
    const parsed = recordOf(document.getText());
    assert.equal(parsed.identificationModule?.nctId, IGNITE_ID);
    assert.equal(parsed.identificationModule?.briefTitle, IGNITE_TITLE);
    assert.match(document.getText(), /ignite-NCT06731192\.txt/, 'the record should name its source');
    await closeWithoutSaving(document);

    // Show Details: the report is a read-only Markdown document (rendered by VS Code's Markdown preview),
    // newest import first, in plain text rather than Markdown escapes poured into an output channel.
    const report = await vscode.workspace.openTextDocument(vscode.Uri.parse('trial-record-import:/Trial Record Import Report.md'));
    assert.equal(report.languageId, 'markdown');
    assert.match(report.getText(), /^# Import of ignite-NCT06731192\.txt/);
    assert.match(report.getText(), new RegExp(IGNITE_ID));
  });

  test('text given to the command (as from the clipboard) opens a record the same way', async () => {
    const text = await readText(ignitePage());
    const outcome = await importPage({ text, sourceName: 'clipboard' });
    assert.deepEqual(outcome.failures, []);
    const [record] = outcome.records;
    assert.ok(record, 'no record');
    const document = await vscode.workspace.openTextDocument(record.uri);
    assert.equal(recordOf(document.getText()).identificationModule?.briefTitle, IGNITE_TITLE);
    await closeWithoutSaving(document);
  });

  test("with no argument, the quick pick's first choice (the clipboard) imports the copied page", async () => {
    const text = await readText(ignitePage());
    await vscode.env.clipboard.writeText(text);
    assert.equal(await vscode.env.clipboard.readText(), text, "this editor's clipboard does not hold the text");
    let settled: ImportOutcome | Error | undefined;
    vscode.commands.executeCommand<ImportOutcome>(IMPORT_PAGE).then(
      (outcome) => (settled = outcome),
      (error: unknown) => (settled = error instanceof Error ? error : new Error(String(error))),
    );
    // Accept the quick pick's selected (first) item once it is shown: accepting with no quick pick open does nothing.
    const outcome = await waitFor(
      async () => {
        if (settled === undefined) await vscode.commands.executeCommand('workbench.action.acceptSelectedQuickOpenItem');
        return settled;
      },
      { interval: 200, message: 'the import to finish after choosing Clipboard' },
    );
    assert.ok(!(outcome instanceof Error), outcome instanceof Error ? outcome.message : '');
    assert.deepEqual(outcome.failures, []);
    const [record] = outcome.records;
    assert.ok(record, 'no record');
    assert.equal(record.sourceName, 'clipboard');
    const document = await vscode.workspace.openTextDocument(record.uri);
    assert.equal(recordOf(document.getText()).identificationModule?.nctId, IGNITE_ID);
    await closeWithoutSaving(document);
  });

  test('a 10 MB page (a huge clipboard) is imported by the server and its record written whole', async () => {
    const out = await newWorkspaceFolder('big-page');
    const page = await readText(fixture('import', 'pages', 'medpath-NCT06954740.txt'));
    const copies = Math.ceil(10_000_000 / page.length);
    const text = page.repeat(copies);
    const outcome = await importPage({ text, sourceName: 'clipboard', targetFolder: out });
    assert.deepEqual(outcome.failures, []);
    const [record] = outcome.records;
    assert.ok(record, 'no record');
    const written = await readText(record.uri);
    // Written whole: every line the server kept is in the file's comment block (the page's repeated
    // statements of one value are one field), and the record holds the page's values.
    const keptInFile = written.split('\n').filter((line) => line.startsWith('# ')).length;
    assert.ok(keptInFile >= record.keptLines, `${record.keptLines} lines were kept but the file has ${keptInFile} comment lines`);
    assert.ok(record.filledFields > 0 && record.keptLines > 0);
    assert.equal(recordOf(written).identificationModule?.nctId, 'NCT06954740');
  });

  test('several pages are written to a folder, one record each; a vanished file is reported and the others still import', async () => {
    const out = await newWorkspaceFolder('imported-records');
    const medpath = fixture('import', 'pages', 'medpath-NCT06321198.txt');
    const vanished = vscode.Uri.joinPath(out, 'vanished-page.txt');
    const outcome = await importPage({ files: [ignitePage(), vanished, ctgovStudy(), medpath], targetFolder: out });

    assert.equal(outcome.cancelled, false);
    assert.equal(outcome.failures.length, 1);
    assert.equal(outcome.failures[0].sourceName, 'vanished-page.txt');
    assert.match(outcome.failures[0].message, /vanished-page\.txt could not be read: it no longer exists/);

    assert.deepEqual(
      outcome.records.map((r) => r.sourceName),
      [`ignite-${IGNITE_ID}.txt`, `${CTGOV_ID}.json`, 'medpath-NCT06321198.txt'],
    );
    for (const record of outcome.records) {
      assert.equal(record.uri.scheme, 'file');
      assert.equal(vscode.Uri.joinPath(record.uri, '..').path, out.path, `${record.sourceName} was written outside the folder`);
      const expectedName = `${record.studyId ?? record.sourceName.replace(/\.txt$/, '')}.trial.yaml`;
      assert.equal(fileName(record.uri), expectedName);
      assert.ok(await exists(record.uri), `${fileName(record.uri)} was not written`);
    }
    const ignite = recordOf(await readText(vscode.Uri.joinPath(out, `${IGNITE_ID}.trial.yaml`)));
    assert.equal(ignite.identificationModule?.briefTitle, IGNITE_TITLE);
    const ctgov = recordOf(await readText(vscode.Uri.joinPath(out, `${CTGOV_ID}.trial.yaml`)));
    assert.equal(ctgov.identificationModule?.nctId, CTGOV_ID);
    assert.equal(ctgov.identificationModule?.briefTitle, CTGOV_TITLE);
    // Nothing but the records (the vanished page was not created by the attempt).
    const written = (await vscode.workspace.fs.readDirectory(out)).map(([name]) => name).sort();
    assert.deepEqual(written, outcome.records.map((r) => fileName(r.uri)).sort());
  });

  test('a folder of pages is imported page by page; other files in it are ignored', async () => {
    const pages = await newWorkspaceFolder('registry-pages');
    const out = await newWorkspaceFolder('records-from-folder');
    await vscode.workspace.fs.copy(ignitePage(), vscode.Uri.joinPath(pages, `ignite-${IGNITE_ID}.txt`));
    await vscode.workspace.fs.copy(ctgovStudy(), vscode.Uri.joinPath(pages, `${CTGOV_ID}.json`));
    await vscode.workspace.fs.writeFile(vscode.Uri.joinPath(pages, 'notes.md'), new TextEncoder().encode('# not a page\n'));

    const outcome = await importPage({ files: [pages], targetFolder: out });
    assert.deepEqual(outcome.failures, []);
    assert.deepEqual(outcome.records.map((r) => fileName(r.uri)).sort(), [`${CTGOV_ID}.trial.yaml`, `${IGNITE_ID}.trial.yaml`]);
    const written = (await vscode.workspace.fs.readDirectory(out)).map(([name]) => name).sort();
    assert.deepEqual(written, [`${CTGOV_ID}.trial.yaml`, `${IGNITE_ID}.trial.yaml`]);
  });
});

suite('Import from ClinicalTrials.gov', () => {
  let server: LocalServer;
  const importSettings = (): vscode.WorkspaceConfiguration => vscode.workspace.getConfiguration('trialRecord.import');

  suiteSetup(async () => {
    const study = fs.readFileSync(ctgovStudy().fsPath, 'utf8');
    server = await startLocalServer((request, response) => {
      if (request.url === `/api/v2/studies/${CTGOV_ID}`) {
        response.writeHead(200, { 'content-type': 'application/json' });
        response.end(study);
      } else {
        response.writeHead(404, { 'content-type': 'application/json' });
        response.end('{"message":"not found"}');
      }
    });
    await importSettings().update('clinicalTrialsGovUrl', server.baseUrl, vscode.ConfigurationTarget.Global);
    await waitFor(() => importSettings().get('clinicalTrialsGovUrl') === server.baseUrl, { message: 'the URL setting to apply' });
  });

  suiteTeardown(async () => {
    await importSettings().update('clinicalTrialsGovUrl', undefined, vscode.ConfigurationTarget.Global);
    await importSettings().update('network.enabled', undefined, vscode.ConfigurationTarget.Global);
    await server?.close();
  });

  test('fetches the study from the configured host and opens its record', async () => {
    const outcome = await vscode.commands.executeCommand<ImportOutcome>(IMPORT_CTGOV, { nctId: CTGOV_ID.toLowerCase() });
    assert.ok(outcome);
    assert.deepEqual(outcome.failures, []);
    assert.ok(server.requests.includes(`/api/v2/studies/${CTGOV_ID}`), `the study was not requested: ${server.requests.join(', ')}`);
    const [record] = outcome.records;
    assert.ok(record, 'no record');
    assert.equal(record.studyId, CTGOV_ID);
    assert.equal(record.format, 'ctgov-json');
    assert.match(fileName(record.uri), new RegExp(`^${CTGOV_ID}(-\\d+)?\\.trial\\.yaml$`));
    const document = await vscode.workspace.openTextDocument(record.uri);
    assert.match(document.getText(), /^resultsSection:$/m, 'the study keeps its results');
    const parsed = recordOf(document.getText());
    assert.equal(parsed.identificationModule?.nctId, CTGOV_ID);
    assert.equal(parsed.identificationModule?.briefTitle, CTGOV_TITLE);
    await closeWithoutSaving(document);
  });

  test('says so when the study does not exist', async () => {
    const outcome = await vscode.commands.executeCommand<ImportOutcome>(IMPORT_CTGOV, { nctId: 'NCT99999999' });
    assert.ok(outcome);
    assert.deepEqual(outcome.records, []);
    assert.match(outcome.failures[0]?.message ?? '', /no study NCT99999999/);
  });

  test('fetches nothing when network access is turned off, and says how to turn it on', async () => {
    await importSettings().update('network.enabled', false, vscode.ConfigurationTarget.Global);
    await waitFor(() => importSettings().get('network.enabled') === false, { message: 'the network setting to apply' });
    const requestsBefore = server.requests.length;
    const outcome = await vscode.commands.executeCommand<ImportOutcome>(IMPORT_CTGOV, { nctId: CTGOV_ID });
    assert.ok(outcome);
    assert.deepEqual(outcome.records, []);
    assert.match(outcome.failures[0]?.message ?? '', /Network access is turned off \(setting trialRecord\.import\.network\.enabled\)/);
    assert.equal(server.requests.length, requestsBefore, 'a request was made with network access off');
    await importSettings().update('network.enabled', undefined, vscode.ConfigurationTarget.Global);
  });
});
