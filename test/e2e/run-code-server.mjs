#!/usr/bin/env node
// `npm run test:vscode`: runs test/vscode (out/test/vscode/index.js) inside a real VS Code, offline.
//
// code-server 4.100.3 (VS Code 1.100.3, installed on first use into .vscode-test/, see scripts/code-server.mjs and
// shared/design/e2e-code-server.md) is started on a fresh user-data-dir and extensions-dir, with a temporary
// COPY of samples/ as its workspace. By default the extension is INSTALLED from its packaged .vsix
// (dist-vsix/trial-record-studio.vsix, re-packaged first when missing or older than dist/) into that fresh
// extensions-dir, and the tests are loaded through a stand-in extensionDevelopmentPath that contributes nothing
// (test/e2e/testHost.mjs): the code under test is exactly what users install. Headless Chromium (Debian's, via
// playwright-core) opens the workbench with the extension test protocol; the workbench calls
// window.codeAutomationExit(code) when the module's run() settles, and we exit with that code.
//
// Needs `npm run build` first (out/test/vscode/index.js; dist/ for the dev mode).
// Options (all optional):
//   --dev or TRIAL_RECORD_E2E_DEV=1     load the extension from this working tree (extensionDevelopmentPath = repo)
//                                      instead of the .vsix: quicker to iterate, no packaging
//   TRIAL_RECORD_E2E_GREP=pattern      run only the tests whose title matches
//   TRIAL_RECORD_E2E_TIMEOUT_MS=480000 safety net for a hung editor (default 8 minutes; tests wait on conditions)
//   TRIAL_RECORD_E2E_KEEP=1            keep the temporary workspace and profile (printed) for inspection
//   TRIAL_RECORD_E2E_VSIX=file.vsix    install this .vsix as is (never re-packaged)
//   TRIAL_RECORD_E2E_EXTENSION, TRIAL_RECORD_E2E_TESTS, TRIAL_RECORD_E2E_SAMPLES
//                                      other extension folder (dev mode) / test module / samples folder
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { chromium } from 'playwright-core';
import {
  CHROMIUM_ARGS,
  CHROMIUM_PATH,
  ensureCodeServer,
  installVsix,
  newLogFile,
  packageExtension,
  root,
  startCodeServer,
  tailFile,
  vsixPath,
} from '../../scripts/code-server.mjs';
import { writeTestHost } from './testHost.mjs';

const env = process.env;
const devMode = process.argv.includes('--dev') || env.TRIAL_RECORD_E2E_DEV === '1';
const extensionPath = path.resolve(env.TRIAL_RECORD_E2E_EXTENSION || root);
const testsPath = path.resolve(env.TRIAL_RECORD_E2E_TESTS || path.join(root, 'out', 'test', 'vscode', 'index.js'));
const samplesPath = path.resolve(env.TRIAL_RECORD_E2E_SAMPLES || path.join(root, 'samples'));
const timeoutMs = Number(env.TRIAL_RECORD_E2E_TIMEOUT_MS) || 8 * 60_000;
const keep = env.TRIAL_RECORD_E2E_KEEP === '1';

function log(message) {
  console.log(`[e2e] ${message}`);
}

function checkBuilt() {
  const problems = [];
  const main = path.join(extensionPath, 'dist', 'extension.js');
  if (devMode && !env.TRIAL_RECORD_E2E_EXTENSION && !fs.existsSync(main)) problems.push(`${path.relative(root, main)} is missing`);
  if (!fs.existsSync(testsPath)) problems.push(`${path.relative(root, testsPath) || testsPath} is missing`);
  if (!fs.existsSync(samplesPath)) problems.push(`${samplesPath} is missing`);
  if (problems.length > 0) {
    console.error(
      `[e2e] ${problems.join('; ')}.\n[e2e] Run \`npm run build\` first (it bundles the extension, the server and the in-editor tests).`,
    );
    process.exit(2);
  }
}

function mtime(file) {
  try {
    return fs.statSync(file).mtimeMs;
  } catch {
    return 0;
  }
}

/**
 * The .vsix to install: TRIAL_RECORD_E2E_VSIX as given, else dist-vsix/trial-record-studio.vsix, packaged again
 * (`npm run package`) when it is missing or older than the bundles in dist/ (a build since the last packaging).
 */
function vsixToInstall() {
  if (env.TRIAL_RECORD_E2E_VSIX) {
    const given = path.resolve(env.TRIAL_RECORD_E2E_VSIX);
    if (!fs.existsSync(given)) {
      console.error(`[e2e] TRIAL_RECORD_E2E_VSIX=${given} does not exist.`);
      process.exit(2);
    }
    return given;
  }
  const newestBundle = Math.max(mtime(path.join(root, 'dist', 'extension.js')), mtime(path.join(root, 'dist', 'server.js')));
  const packaged = mtime(vsixPath);
  if (packaged === 0 || packaged < newestBundle) {
    log(packaged === 0 ? 'no .vsix yet: packaging' : 'dist/ is newer than the .vsix: packaging again');
    packageExtension({ quiet: true });
  }
  return vsixPath;
}

/** Every file under `dir` whose path matches `test` (missing folders give nothing). */
function findFiles(dir, test) {
  const found = [];
  const walk = (folder) => {
    let entries = [];
    try {
      entries = fs.readdirSync(folder, { withFileTypes: true });
    } catch {
      return;
    }
    for (const entry of entries) {
      const full = path.join(folder, entry.name);
      if (entry.isDirectory()) walk(full);
      else if (test(full)) found.push(full);
    }
  };
  walk(dir);
  return found;
}

/** On failure: the tails of the extension host's log and of the extension's own output channel. */
function printEditorLogs(userDataDir) {
  const logs = findFiles(path.join(userDataDir, 'logs'), (file) =>
    /[\\/]exthost\d*[\\/](remoteexthost\.log|trial-record-studio\.trial-record-studio[\\/].*\.log)$/.test(file),
  );
  for (const file of logs) {
    const tail = tailFile(file, 25).trim();
    if (tail) console.error(`--- last lines of ${path.basename(path.dirname(file))}/${path.basename(file)} ---\n${tail}\n---`);
  }
}

/** vscode-remote://127.0.0.1:PORT/abs/path — the only form the remote extension host accepts for these. */
function remoteUri(port, absolutePath) {
  return `vscode-remote://127.0.0.1:${port}${absolutePath.split(path.sep).map(encodeURIComponent).join('/')}`;
}

/**
 * The editors the in-editor tests run in, one code-server each, one after the other. The test module reads
 * TRIAL_RECORD_E2E_SCENARIO and loads the suites of that scenario (test/vscode/index.ts).
 *   samples: a trusted folder holding a copy of samples/ (most suites).
 *   untrusted-multi-root: a workspace of two folders with different `trialRecord.rules`, opened with workspace
 *     trust ON and not granted (restricted mode), whose workspace settings point the ClinicalTrials.gov host elsewhere.
 */
const UNTRUSTED_WORKSPACE_HOST = 'http://127.0.0.1:9';

const SCENARIOS = {
  samples: {
    trust: false,
    prepare(workspaceRoot) {
      // Tests edit documents: they get a copy, never the repository's samples.
      fs.cpSync(samplesPath, workspaceRoot, { recursive: true });
      return { query: `folder=${encodeURIComponent(workspaceRoot)}`, opened: workspaceRoot };
    },
  },
  'untrusted-multi-root': {
    trust: true,
    prepare(workspaceRoot) {
      // A terminated study that does not say why: `status/why-stopped` fires (an error by default).
      const study = 'identificationModule:\n  briefTitle: A stopped study\nstatusModule:\n  overallStatus: TERMINATED\n';
      const folders = { 'team-a': { 'status/why-stopped': 'information' }, 'team-b': { 'status/why-stopped': 'off' } };
      for (const [name, rules] of Object.entries(folders)) {
        const folder = path.join(workspaceRoot, name);
        fs.mkdirSync(path.join(folder, '.vscode'), { recursive: true });
        fs.writeFileSync(path.join(folder, '.vscode', 'settings.json'), JSON.stringify({ 'trialRecord.rules': rules }, null, 2));
        fs.writeFileSync(path.join(folder, 'study.trial.yaml'), study);
      }
      const workspaceFile = path.join(workspaceRoot, 'registry.code-workspace');
      fs.writeFileSync(
        workspaceFile,
        JSON.stringify(
          {
            folders: Object.keys(folders).map((name) => ({ path: name })),
            // A host nothing listens on: if the import used the workspace's value, it would fail.
            settings: { 'trialRecord.import.clinicalTrialsGovUrl': UNTRUSTED_WORKSPACE_HOST },
          },
          null,
          2,
        ),
      );
      return { query: `workspace=${encodeURIComponent(workspaceFile)}`, opened: workspaceFile };
    },
  },
};

async function main() {
  checkBuilt();
  ensureCodeServer();
  const vsix = devMode ? undefined : vsixToInstall();
  const chosen = env.TRIAL_RECORD_E2E_SCENARIO;
  if (chosen && !SCENARIOS[chosen]) {
    console.error(`[e2e] TRIAL_RECORD_E2E_SCENARIO=${chosen} is not one of: ${Object.keys(SCENARIOS).join(', ')}`);
    process.exit(2);
  }
  let exitCode = 0;
  for (const name of chosen ? [chosen] : Object.keys(SCENARIOS)) {
    exitCode = (await runScenario(name, SCENARIOS[name], vsix)) || exitCode;
  }
  process.exit(exitCode);
}

async function runScenario(scenarioName, scenario, vsix) {
  const started = Date.now();
  log(`scenario ${scenarioName}`);
  process.env.TRIAL_RECORD_E2E_SCENARIO = scenarioName;
  const temp = fs.mkdtempSync(path.join(os.tmpdir(), 'trial-record-e2e-'));
  const workspace = path.join(temp, 'workspace');
  const userDataDir = path.join(temp, 'user-data');
  const extensionsDir = path.join(temp, 'extensions');
  fs.mkdirSync(workspace, { recursive: true });
  const { query, opened } = scenario.prepare(workspace);
  let developmentPath = extensionPath;
  if (vsix) {
    installVsix(vsix, extensionsDir, { userDataDir });
    developmentPath = writeTestHost(path.join(temp, 'test-host'));
    // Read by the activation test: the extension must run from here, not from a development folder.
    process.env.TRIAL_RECORD_E2E_INSTALLED_IN = extensionsDir;
    log(`installed ${path.relative(root, vsix)} into a fresh extensions folder`);
  } else {
    delete process.env.TRIAL_RECORD_E2E_INSTALLED_IN;
    log(`dev mode: loading the extension from ${extensionPath}`);
  }
  const testLog = newLogFile('vscode-tests');
  const browserLog = newLogFile('browser');
  fs.writeFileSync(testLog, '');

  // Read by test/vscode/index.ts in the extension host (which inherits code-server's environment).
  process.env.TRIAL_RECORD_E2E_LOG = testLog;

  let server;
  let browser;
  let exitCode = 1;
  let timer;
  let cleaningUp = false;
  const cleanup = async () => {
    if (cleaningUp) return;
    cleaningUp = true;
    clearTimeout(timer);
    await browser?.close().catch(() => {});
    await server?.stop().catch(() => {});
    if (exitCode !== 0) printEditorLogs(userDataDir);
    if (keep) log(`kept ${temp}`);
    else fs.rmSync(temp, { recursive: true, force: true });
  };
  const onSignal = (signal) => {
    console.error(`[e2e] ${signal}: stopping`);
    cleanup().finally(() => process.exit(130));
  };
  process.once('SIGINT', onSignal);
  process.once('SIGTERM', onSignal);

  const failWith = (message) => {
    console.error(`[e2e] ${message}`);
    if (server) {
      const serverTail = tailFile(server.logFile, 40);
      if (serverTail) console.error(`--- last lines of code-server log ${server.logFile} ---\n${serverTail}\n---`);
    }
    const browserTail = tailFile(browserLog, 40);
    if (browserTail) console.error(`--- last lines of browser log ${browserLog} ---\n${browserTail}\n---`);
  };

  try {
    const outcome = await new Promise((resolve) => {
      timer = setTimeout(
        () => resolve({ code: 1, reason: `global time-out: the in-editor tests did not finish within ${timeoutMs / 1000} s` }),
        timeoutMs,
      );

      (async () => {
        server = await startCodeServer({ userDataDir, extensionsDir, trust: scenario.trust, logName: 'code-server-e2e' });
        log(`code-server ${server.url} (log ${path.relative(root, server.logFile)}), workspace ${opened}`);
        server.exited.then((info) =>
          resolve({ code: 1, reason: `code-server exited during the run (code ${info.code}, signal ${info.signal})` }),
        );

        browser = await chromium.launch({ executablePath: CHROMIUM_PATH, headless: true, args: CHROMIUM_ARGS });
        browser.on('disconnected', () => resolve({ code: 1, reason: 'the browser went away during the run' }));
        const context = await browser.newContext({ viewport: { width: 1400, height: 900 } });

        // The workbench reports the test module's outcome and its logs through these.
        await context.exposeFunction('codeAutomationExit', (code) => resolve({ code: Number(code) || 0, reason: 'codeAutomationExit' }));
        await context.exposeFunction('codeAutomationLog', (level, message) => {
          const text = String(message ?? '');
          fs.appendFileSync(browserLog, `[automation ${level}] ${text}\n`);
        });
        const page = await context.newPage();
        page.on('console', (msg) => fs.appendFileSync(browserLog, `[console ${msg.type()}] ${msg.text()}\n`));
        page.on('pageerror', (error) => fs.appendFileSync(browserLog, `[pageerror] ${error.stack ?? error.message}\n`));
        page.on('crash', () => resolve({ code: 1, reason: 'the workbench page crashed' }));

        const payload = [
          ['extensionDevelopmentPath', remoteUri(server.port, developmentPath)],
          ['extensionTestsPath', remoteUri(server.port, testsPath)],
        ];
        const url = `${server.url}?${query}&payload=${encodeURIComponent(JSON.stringify(payload))}`;
        log('opening the workbench in headless Chromium; test output follows');
        await page.goto(url, { waitUntil: 'domcontentloaded' });
      })().catch((error) => resolve({ code: 1, reason: error instanceof Error ? error.message : String(error) }));

      // Forward the reporter's lines (appended to testLog by the test module) as they come.
      let offset = 0;
      const pump = () => {
        try {
          const size = fs.statSync(testLog).size;
          if (size > offset) {
            const fd = fs.openSync(testLog, 'r');
            const buffer = Buffer.alloc(size - offset);
            fs.readSync(fd, buffer, 0, buffer.length, offset);
            fs.closeSync(fd);
            offset = size;
            process.stdout.write(buffer);
          }
        } catch {
          // not written yet
        }
      };
      const pumpTimer = setInterval(pump, 200);
      pumpTimer.unref();
      // Flush whatever is left when the outcome is known.
      flushTestLog = () => {
        clearInterval(pumpTimer);
        pump();
      };
    });

    flushTestLog();
    exitCode = outcome.code;
    const seconds = Math.round((Date.now() - started) / 1000);
    if (outcome.reason !== 'codeAutomationExit') {
      exitCode = exitCode || 1;
      failWith(`${outcome.reason} (after ${seconds} s)`);
    } else if (exitCode === 0) {
      log(`in-editor tests of ${scenarioName} passed (${seconds} s)`);
    } else {
      if (fs.statSync(testLog).size === 0)
        failWith('the test module failed before reporting anything (did it load? is the extension built?)');
      log(
        `in-editor tests of ${scenarioName} failed with code ${exitCode} (${seconds} s); test log ${path.relative(root, testLog)}, browser log ${path.relative(root, browserLog)}`,
      );
    }
  } catch (error) {
    exitCode = 1;
    failWith(error instanceof Error ? error.message : String(error));
  } finally {
    await cleanup();
    process.removeListener('SIGINT', onSignal);
    process.removeListener('SIGTERM', onSignal);
  }
  return exitCode;
}

let flushTestLog = () => {};

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
