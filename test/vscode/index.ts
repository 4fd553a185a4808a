// The extension-test-protocol module: VS Code loads it (`extensionTestsPath`) in the extension host and calls
// `run()`; its promise settles the whole run (resolve = exit 0, reject = failure). The same bundle
// (`out/test/vscode/index.js`, built by scripts/build.mjs with mocha inside and `vscode` external) is used by
// test/e2e/run-code-server.mjs (code-server + headless Chromium, works offline) and by
// test/vscode/run-electron.mjs (@vscode/test-electron, needs a downloadable desktop VS Code).
//
// Suites are `require`d statically below (esbuild bundles them; there is no file system glob at run time).
// They are required only after mocha has installed its `suite`/`test` globals.
import * as fs from 'node:fs';
import * as util from 'node:util';
import Mocha from 'mocha';

/** Where, besides the extension host's console, the report is appended (set by the runner, optional). */
const LOG_FILE_ENV = 'TRIAL_RECORD_E2E_LOG';

function loadSuites(): void {
  // Keep this list in sync with test/vscode/suite/*.test.ts.
  require('./suite/activation.test');
  require('./suite/diagnostics.test');
  require('./suite/completionHover.test');
  require('./suite/preview.test');
  require('./suite/virtualDocuments.test');
  require('./suite/settings.test');
  require('./suite/serverRestart.test');
  require('./suite/quickFixesNavigation.test');
  require('./suite/import.test');
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
  loadSuites();

  try {
    const failures = await new Promise<number>((resolve, reject) => {
      try {
        mocha.run((count) => resolve(count));
      } catch (error) {
        reject(error);
      }
    });
    if (failures > 0) throw new Error(`${failures} in-editor test(s) failed.`);
  } finally {
    Mocha.reporters.Base.consoleLog = originalConsoleLog;
  }
}
