// The extension-test-protocol module: VS Code loads it (`extensionTestsPath`) in the extension host and calls
// `run()`; its promise settles the whole run (resolve = exit 0, reject = failure). The same bundle
// (`out/test/vscode/index.js`, built by scripts/build.mjs with mocha inside and `vscode` external) is used by
// test/e2e/run-code-server.mjs (code-server + headless Chromium, works offline) and by
// test/vscode/run-electron.mjs (@vscode/test-electron, needs a downloadable desktop VS Code).
//
// Suites are imported below, each by a literal path (esbuild bundles them; there is no file system glob at run
// time; `.js` names the .ts source, as TypeScript's node16 resolution wants). The imports are dynamic so that they
// run only after mocha has installed its `suite`/`test` globals.
import * as fs from 'node:fs';
import * as util from 'node:util';
import Mocha from 'mocha';

/** Where, besides the extension host's console, the report is appended (set by the runner, optional). */
const LOG_FILE_ENV = 'TRIAL_RECORD_E2E_LOG';

/** Which editor the runner opened (test/e2e/run-code-server.mjs SCENARIOS); each has its own suites. */
const SCENARIO_ENV = 'TRIAL_RECORD_E2E_SCENARIO';

async function loadSuites(): Promise<void> {
  // Keep these lists in sync with test/vscode/suite/*.test.ts.
  if (process.env[SCENARIO_ENV] === 'untrusted-multi-root') {
    await import('./suite/untrustedMultiRoot.test.js');
    return;
  }
  await import('./suite/activation.test.js');
  await import('./suite/diagnostics.test.js');
  await import('./suite/completionHover.test.js');
  await import('./suite/completionAccept.test.js');
  await import('./suite/languageStatus.test.js');
  await import('./suite/preview.test.js');
  await import('./suite/virtualDocuments.test.js');
  await import('./suite/settings.test.js');
  await import('./suite/serverRestart.test.js');
  await import('./suite/quickFixesNavigation.test.js');
  await import('./suite/import.test.js');
  await import('./suite/newRecord.test.js');
  await import('./suite/editing.test.js');
  await import('./suite/checkWorkspace.test.js');
  await import('./suite/results.test.js');
}

export async function run(): Promise<void> {
  const logFile = process.env[LOG_FILE_ENV];
  const originalConsoleLog = Mocha.reporters.Base.consoleLog;
  // Route the reporter's lines to console.log (forwarded by the workbench) and, when asked, to a file.
  Mocha.reporters.Base.consoleLog = (...args: unknown[]): void => {
    const line = args.length === 0 ? '' : util.format(...args);
    console.log(line);
    if (logFile) {
      try {
        fs.appendFileSync(logFile, line + '\n');
      } catch {
        // the console still has it
      }
    }
  };

  const mocha = new Mocha({
    ui: 'tdd',
    color: false,
    reporter: 'spec',
    // The editor, the extension and its language server start cold: be generous. Longer than any single
    // waitFor() in the suites, so a failure reports what was awaited rather than mocha's bare time-out.
    // Nothing here asserts speed.
    timeout: 120_000,
    slow: 20_000,
  });
  const grep = process.env.TRIAL_RECORD_E2E_GREP;
  if (grep) mocha.grep(grep);

  mocha.suite.emit(Mocha.Suite.constants.EVENT_FILE_PRE_REQUIRE, globalThis, 'test/vscode/suite', mocha);
  await loadSuites();

  try {
    // A synchronous throw from mocha.run rejects this promise (the executor's throw is its rejection).
    const failures = await new Promise<number>((resolve) => {
      mocha.run((count) => resolve(count));
    });
    if (failures > 0) throw new Error(`${failures} in-editor test(s) failed.`);
  } finally {
    Mocha.reporters.Base.consoleLog = originalConsoleLog;
  }
}
