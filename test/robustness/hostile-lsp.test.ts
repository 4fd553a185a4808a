// Hostile documents sent to the built language server (dist/server.js, a child process over
// stdio, as VS Code runs it): after each one the server still answers, and the process is alive
// at the end. Skips, saying why, when dist/ has not been built (`npm test` builds first).
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import path from 'node:path';
import type { Hover } from 'vscode-languageserver';
import { startStdioServer, type TestLspClient } from '../lsp/lspClient';
import { REPO_ROOT } from './support/corpus';
import { HOSTILE_DOCUMENTS, punctuationLine, type HostileDocument } from './support/hostileDocuments';

const SERVER = path.join(REPO_ROOT, 'dist', 'server.js');
const PROBE_URI = 'file:///hostile/probe.trial.yaml';
const PROBE = 'statusModule:\n  overallStatus: RECRUITING\n';

/** Resolves with the server's exit code if it exits; never resolves while it lives. */
function exited(child: ChildProcess): Promise<string> {
  return new Promise((resolve) => child.once('exit', (code, signal) => resolve(`the server exited (code ${code}, signal ${signal})`)));
}

/** Sends the document, waits for its diagnostics, then asks for a hover elsewhere: both must come back. */
async function survives(client: TestLspClient, death: Promise<string>, document: HostileDocument, index: number): Promise<void> {
  const uri = `file:///hostile/doc-${index}.trial.${document.format}`;
  await client.open(uri, document.text(), document.format === 'json' ? 'trial-record-json' : 'trial-record-yaml');
  const diagnostics = await Promise.race([client.diagnostics(uri, () => true, 1), death]);
  assert.ok(Array.isArray(diagnostics), `${document.name}: ${typeof diagnostics === 'string' ? diagnostics : JSON.stringify(diagnostics)}`);
  const hover = await Promise.race([
    client.request<Hover | null>('textDocument/hover', { textDocument: { uri: PROBE_URI }, position: { line: 1, character: 4 } }),
    death,
  ]);
  assert.ok(
    hover && typeof hover === 'object' && 'contents' in hover,
    `${document.name}: no hover after it (${typeof hover === 'string' ? hover : JSON.stringify(hover)})`,
  );
  await client.close(uri);
}

describe(
  'hostile documents do not take the language server down',
  { skip: existsSync(SERVER) ? false : 'dist/server.js is absent: build first (`node scripts/build.mjs`; `npm test` does)' },
  () => {
    async function withServer(run: (client: TestLspClient, child: ChildProcess) => Promise<void>): Promise<void> {
      const { client, process: child } = startStdioServer(SERVER);
      try {
        await client.initialize();
        await client.open(PROBE_URI, PROBE);
        await run(client, child);
        assert.equal(child.exitCode, null, 'the server is still running');
      } finally {
        if (child.exitCode === null) await client.shutdown();
        else client.connection.dispose();
      }
    }

    it('answers after every hostile document', async () => {
      await withServer(async (client, child) => {
        let index = 0;
        const death = exited(child); // one listener for the whole run
        for (const document of HOSTILE_DOCUMENTS) await survives(client, death, document, index++);
      });
    });

    it('refuses a 10 MB line of punctuation within 128 MB of heap, with one problem saying why', () => {
      // In a child with a small heap, so running out of memory fails this test and nothing else.
      // Parsed, such a line would cost the yaml package about 1 kB per flow item: gigabytes.
      const script = `const { parseRecord } = require(${JSON.stringify(path.join(REPO_ROOT, 'server', 'src', 'service', 'parse', 'parseRecord.ts'))});
      const problems = parseRecord(${JSON.stringify(punctuationLine(100).slice(0, 80))}.padEnd(10_000_000, ':-,') + '\\n', 'yaml').syntaxProblems;
      process.stdout.write(JSON.stringify(problems.map((problem) => problem.code)));`;
      const result = spawnSync(process.execPath, ['--max-old-space-size=128', '--import', 'tsx', '-e', script], {
        cwd: REPO_ROOT,
        encoding: 'utf8',
      });
      assert.equal(result.status, 0, `the parse ran out of memory or failed: ${result.stderr.slice(-500)}`);
      assert.deepEqual(JSON.parse(result.stdout), ['syntax/too-large']);
    });
  },
);
