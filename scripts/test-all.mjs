// `npm test`: every test, from a clean clone: type-check, build, unit tests, LSP tests over
// in-memory streams, package the .vsix (`npm run package`), then the suite inside a real VS Code (code-server)
// with that .vsix installed. `--no-vscode` (npm run test:fast) stops before packaging.
// Ends with one "N passed, N failed" line over all layers.
import { spawn } from 'node:child_process';

const steps = [
  { name: 'type-check', command: 'npx', args: ['tsc', '--noEmit', '-p', '.'] },
  { name: 'build', command: 'node', args: ['scripts/build.mjs'] },
  { name: 'unit tests', command: 'node', args: ['scripts/run-node-tests.mjs', 'test/unit'] },
  { name: 'LSP tests', command: 'node', args: ['scripts/run-node-tests.mjs', 'test/lsp'] },
  { name: 'CLI tests', command: 'node', args: ['scripts/run-node-tests.mjs', 'test/cli'] },
  { name: 'package', command: 'npm', args: ['run', '--silent', 'package'] },
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
for (const step of steps) {
  if (onlyFast && (step.name === 'package' || step.name === 'tests in VS Code')) continue;
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
