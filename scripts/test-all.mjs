// `npm test`: every test, from a clean clone: type-check (`tsc -b`: every project, tsconfig.json), lint (ESLint and
// Prettier), build, unit tests, LSP tests over
// in-memory streams, package the .vsix (`npm run package`) and check its contents (test/packaging), then the suite
// inside a real VS Code (code-server) with that .vsix installed. `--no-vscode` (npm run test:fast) stops before packaging.
// Ends with one "N passed, N failed" line over all layers.
// On a clean machine the one-time code-server install (scripts/code-server.mjs, ~2 minutes) runs in the
// background during the first steps and is awaited before the timing-sensitive ones (see `awaitCodeServer`).
import { spawn } from 'node:child_process';
import fs from 'node:fs';

const steps = [
  { name: 'type-check', command: 'npx', args: ['tsc', '-b'] },
  { name: 'lint', command: 'npm', args: ['run', '--silent', 'lint'] },
  { name: 'build', command: 'node', args: ['scripts/build.mjs'] },
  { name: 'unit tests', command: 'node', args: ['scripts/run-node-tests.mjs', '--parallel', 'test/unit'] },
  { name: 'LSP tests', command: 'node', args: ['scripts/run-node-tests.mjs', 'test/lsp'] },
  { name: 'CLI tests', command: 'node', args: ['scripts/run-node-tests.mjs', 'test/cli'] },
  // Fuzzing, hostile documents, load (test/robustness/README.md); skipped only while that folder does not exist.
  {
    name: 'robustness tests',
    command: 'node',
    args: ['scripts/run-node-tests.mjs', 'test/robustness'],
    optionalDir: 'test/robustness',
    awaitCodeServer: true,
  },
  { name: 'package', command: 'npm', args: ['run', '--silent', 'package'] },
  // What the .vsix holds (README images, icon, licence, changelog, notices): needs the step above.
  { name: 'package contents tests', command: 'node', args: ['scripts/run-node-tests.mjs', 'test/packaging'], needsPackage: true },
  { name: 'tests in VS Code', command: 'node', args: ['test/e2e/run-code-server.mjs'] },
];

let passed = 0;
let failed = 0;

function run(step) {
  return new Promise((resolve) => {
    console.log(`\n=== ${step.name}: ${step.command} ${step.args.join(' ')}`);
    const child = spawn(step.command, step.args, { stdio: ['ignore', 'pipe', 'inherit'] });
    child.stdout.on('data', (chunk) => {
      process.stdout.write(chunk);
      const text = chunk.toString();
      // node's spec reporter ("ℹ pass 12") and mocha ("12 passing").
      for (const match of text.matchAll(/^ℹ (pass|fail) (\d+)$/gm)) {
        if (match[1] === 'pass') passed += Number(match[2]);
        else failed += Number(match[2]);
      }
      for (const match of text.matchAll(/^\s*(\d+) (passing|failing)\b/gm)) {
        if (match[2] === 'passing') passed += Number(match[1]);
        else failed += Number(match[1]);
      }
    });
    child.on('close', (code) => resolve(code ?? 1));
  });
}

const onlyFast = process.argv.includes('--no-vscode');
let exitCode = 0;

/** Installs code-server (instant when cached) while the first steps run; resolves to its exit code. */
function startCodeServerInstall() {
  return new Promise((resolve) => {
    let output = '';
    const child = spawn('node', ['scripts/code-server.mjs'], { stdio: ['ignore', 'pipe', 'pipe'] });
    child.stdout.on('data', (chunk) => (output += chunk));
    child.stderr.on('data', (chunk) => (output += chunk));
    child.on('close', (code) => {
      if (code !== 0) console.error(`\n=== code-server install failed (exit ${code}):\n${output}`);
      resolve(code ?? 1);
    });
  });
}
let codeServerInstall = onlyFast ? undefined : startCodeServerInstall();

for (const step of steps) {
  if (onlyFast && (step.name === 'package' || step.needsPackage || step.name === 'tests in VS Code')) continue;
  if (codeServerInstall && (step.awaitCodeServer || step.name === 'tests in VS Code')) {
    console.log('\n=== waiting for the code-server install to finish');
    const installCode = await codeServerInstall;
    codeServerInstall = undefined;
    if (installCode !== 0) exitCode = 1; // the VS Code step then reports what is missing
  }
  if (step.optionalDir && !fs.existsSync(step.optionalDir)) continue;
  const code = await run(step);
  if (code !== 0) {
    console.error(`\n${step.name} failed (exit ${code})`);
    exitCode = 1;
    if (step.name === 'type-check' || step.name === 'build' || step.name === 'package') break;
  }
}
if (exitCode !== 0 && failed === 0) failed = 1; // a failed step counts even if it printed no test line
console.log(`\ntotal: ${passed} passed, ${failed} failed`);
process.exit(exitCode);
