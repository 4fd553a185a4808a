#!/usr/bin/env node
// `npm start`: Trial Record Studio, working, in a real VS Code in your browser, on samples/.
//
// Builds and packages the extension (production build + vsce), makes sure code-server is installed
// (.vscode-test/code-server, see scripts/code-server.mjs), installs the .vsix into a persistent profile
// (.vscode-test/start/), and serves VS Code on http://127.0.0.1:8080/ with a working copy of samples/ open
// (.vscode-test/start/samples/, made fresh when missing: edits, auto-save and Fix All change the copy, never the
// tracked samples; delete the folder to start over). Runs until Ctrl+C.
//
//   PORT=9000 npm start     another port       (or: npm start -- --port 9000)
//   HOST=0.0.0.0 npm start  listen on every interface (or: npm start -- --host 0.0.0.0); there is no
//                           password, so only do that on a trusted network
import fs from 'node:fs';
import path from 'node:path';
import { ensureCodeServer, installVsix, packageExtension, root, startCodeServer, tailFile } from './code-server.mjs';

/** `--port 9000` / `--port=9000` style flags (after `npm start --`), else the environment. */
function flag(name) {
  const args = process.argv.slice(2);
  for (let i = 0; i < args.length; i++) {
    if (args[i] === `--${name}`) return args[i + 1];
    if (args[i].startsWith(`--${name}=`)) return args[i].slice(name.length + 3);
  }
  return undefined;
}

const port = Number(flag('port') ?? process.env.PORT) || 8080;
const host = flag('host') ?? process.env.HOST ?? '127.0.0.1';
const profileDir = path.join(root, '.vscode-test', 'start');
const userDataDir = path.join(profileDir, 'user-data');
const extensionsDir = path.join(profileDir, 'extensions');
const samples = path.join(root, 'samples');
const workspace = path.join(profileDir, 'samples');

/** The folder VS Code opens: a copy of samples/, kept between runs so the user's edits stay until they delete it. */
function prepareWorkspace() {
  if (!fs.existsSync(samples)) throw new Error(`${samples} does not exist`);
  if (fs.existsSync(workspace)) return;
  fs.cpSync(samples, workspace, { recursive: true });
  console.log(`Copied samples/ to ${path.relative(root, workspace)} (your edits go there; delete it for a fresh copy)`);
}

async function main() {
  const vsix = packageExtension();
  ensureCodeServer();
  console.log(`Installing ${path.relative(root, vsix)} into ${path.relative(root, extensionsDir)}`);
  installVsix(vsix, extensionsDir, { userDataDir });
  prepareWorkspace();

  const server = await startCodeServer({ port, host, userDataDir, extensionsDir, workspace, logName: 'start' });
  const shown = host === '0.0.0.0' ? `http://<this machine>:${server.port}/` : server.url;
  console.log(`
Trial Record Studio is running in VS Code (code-server) on a copy of samples/ (${path.relative(root, workspace)}):

    ${server.workspaceUrl}
${host === '0.0.0.0' ? `    (listening on every interface: ${shown})\n` : ''}
Open a *.trial.yaml file from the Explorer. Log: ${path.relative(root, server.logFile)}
Press Ctrl+C to stop.`);

  let stopping = false;
  const stop = async (signal) => {
    if (stopping) return;
    stopping = true;
    console.log(`\n${signal}: stopping code-server…`);
    await server.stop();
    process.exit(0);
  };
  process.on('SIGINT', () => void stop('SIGINT'));
  process.on('SIGTERM', () => void stop('SIGTERM'));

  const info = await server.exited;
  if (!stopping) {
    console.error(`code-server stopped by itself (code ${info.code}, signal ${info.signal}). Last lines of ${server.logFile}:`);
    console.error(tailFile(server.logFile, 40));
    process.exit(1);
  }
}

main().catch((error) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
