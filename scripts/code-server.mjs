// A real VS Code, offline: code-server 4.100.3 (bundles VS Code 1.100.3, runs the extension host on this
// machine's Node) installed from the npm registry into the ignored `.vscode-test/` folder. Recipe and reasons:
// shared/design/e2e-code-server.md. Used by `npm run test:vscode`, `npm start` and the screenshot script.
//
//   ensureCodeServer()                      install once (idempotent, instant when cached)
//   startCodeServer({ port, userDataDir, extensionsDir, workspace })  -> { port, url, logFile, stop() }
//   installVsix(vsixPath, extensionsDir)
//
// `node scripts/code-server.mjs` on its own just runs ensureCodeServer() (e.g. to warm a CI cache).
import { spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const CODE_SERVER_VERSION = '4.100.3';
export const root = path.dirname(path.dirname(fileURLToPath(import.meta.url)));
export const cacheDir = path.join(root, '.vscode-test');
export const installDir = path.join(cacheDir, 'code-server');
export const logsDir = path.join(cacheDir, 'logs');
const packageDir = path.join(installDir, 'node_modules', 'code-server');
const vscodeDir = path.join(packageDir, 'lib', 'vscode');
export const entryJs = path.join(packageDir, 'out', 'node', 'entry.js');
const readyMarker = path.join(installDir, `.ready-${CODE_SERVER_VERSION}`);

/** With workspace trust on: never ask at start-up, so a folder opens untrusted (restricted mode) as a user declining would see it. */
const untrustedSettings = {
  'security.workspace.trust.enabled': true,
  'security.workspace.trust.startupPrompt': 'never',
  'security.workspace.trust.emptyWindow': false,
  'security.workspace.trust.untrustedFiles': 'open',
  'security.workspace.trust.banner': 'never',
};

/** Settings that keep first-run dialogs, tips and network look-ups out of the way. */
export const quietSettings = {
  'security.workspace.trust.enabled': false,
  'workbench.startupEditor': 'none',
  'workbench.tips.enabled': false,
  'workbench.enableExperiments': false,
  'workbench.welcomePage.walkthroughs.openOnInstall': false,
  'workbench.secondarySideBar.defaultVisibility': 'hidden',
  'extensions.ignoreRecommendations': true,
  'extensions.autoCheckUpdates': false,
  'extensions.autoUpdate': false,
  'update.mode': 'none',
  'telemetry.telemetryLevel': 'off',
  'chat.disableAIFeatures': true,
  'chat.commandCenter.enabled': false,
  'git.enabled': false,
  'git.openRepositoryInParentFolders': 'never',
  'github.gitAuthentication': false,
  'window.restoreWindows': 'none',
  'files.hotExit': 'off',
  'editor.accessibilitySupport': 'off',
};

function timestamp() {
  return new Date().toISOString().replace(/[:.]/g, '-');
}

/** A new log file under .vscode-test/logs/ (the oldest are pruned so the folder stays small). */
export function newLogFile(name) {
  fs.mkdirSync(logsDir, { recursive: true });
  try {
    const old = fs
      .readdirSync(logsDir)
      .map((file) => ({ file, mtime: fs.statSync(path.join(logsDir, file)).mtimeMs }))
      .sort((a, b) => b.mtime - a.mtime)
      .slice(60);
    for (const { file } of old) fs.rmSync(path.join(logsDir, file), { force: true });
  } catch {
    // pruning is a nicety
  }
  return path.join(logsDir, `${name}-${timestamp()}.log`);
}

/** The last `lines` lines of a file ('' if it does not exist). */
export function tailFile(file, lines = 60) {
  try {
    const text = fs.readFileSync(file, 'utf8');
    return text.split('\n').slice(-lines).join('\n');
  } catch {
    return '';
  }
}

function printTail(file, label = 'log') {
  const tail = tailFile(file);
  if (tail) console.error(`--- last lines of ${label} ${file} ---\n${tail}\n--- end of ${label} ---`);
}

/** Runs a command synchronously with its output appended to `logFile`; throws (with the log's tail) on failure. */
function run(cmd, args, { cwd, logFile, env } = {}) {
  fs.appendFileSync(logFile, `\n$ (cd ${cwd}) ${cmd} ${args.join(' ')}\n`);
  const fd = fs.openSync(logFile, 'a');
  try {
    const result = spawnSync(cmd, args, { cwd, stdio: ['ignore', fd, fd], env: { ...process.env, ...env } });
    if (result.error) throw result.error;
    if (result.status !== 0) {
      printTail(logFile, 'install log');
      throw new Error(`\`${cmd} ${args.join(' ')}\` failed (exit ${result.status}) in ${cwd}; full log: ${logFile}`);
    }
  } finally {
    fs.closeSync(fd);
  }
}

function hasCommand(name) {
  return spawnSync('sh', ['-c', `command -v ${name}`], { stdio: 'ignore' }).status === 0;
}

/** Debian packages the recipe needs: chromium (the browser), ripgrep (VS Code search), libkrb5-dev and a
 *  compiler (native modules are rebuilt for this Node). */
function missingDebianPackages() {
  const missing = [];
  if (!fs.existsSync('/usr/bin/chromium')) missing.push('chromium');
  if (!hasCommand('rg')) missing.push('ripgrep');
  if (!fs.existsSync('/usr/include/gssapi/gssapi.h') && !hasCommand('krb5-config')) missing.push('libkrb5-dev');
  if (!hasCommand('g++')) missing.push('g++');
  if (!hasCommand('make')) missing.push('make');
  if (!hasCommand('python3')) missing.push('python3');
  return missing;
}

export function ensureDebianPackages(logFile = newLogFile('apt')) {
  const missing = missingDebianPackages();
  if (missing.length === 0) return;
  const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
  if (!isRoot) {
    throw new Error(
      `Missing Debian packages for the real-VS-Code tests: ${missing.join(', ')}.\n` +
        `Install them (as root) with:  apt-get update && apt-get install -y ${missing.join(' ')}`,
    );
  }
  console.log(`[code-server] installing Debian packages: ${missing.join(' ')} (log: ${logFile})`);
  const env = { DEBIAN_FRONTEND: 'noninteractive' };
  run('apt-get', ['update'], { cwd: '/', logFile, env });
  run('apt-get', ['install', '-y', '--no-install-recommends', ...missing], { cwd: '/', logFile, env });
}

/**
 * Installs code-server into `.vscode-test/code-server/` per the recipe, unless it is already there.
 * Returns the path of its `entry.js`.
 */
export function ensureCodeServer() {
  ensureDebianPackages();
  if (fs.existsSync(readyMarker) && fs.existsSync(entryJs)) return entryJs;

  const logFile = newLogFile('install-code-server');
  const started = Date.now();
  console.log(`[code-server] installing code-server ${CODE_SERVER_VERSION} into ${installDir} (a few minutes, once; log: ${logFile})`);
  fs.mkdirSync(installDir, { recursive: true });
  // Its own package.json, so npm does not climb up to the repository's.
  fs.writeFileSync(
    path.join(installDir, 'package.json'),
    JSON.stringify({ name: 'vscode-test-code-server', private: true }, null, 2) + '\n',
  );
  const npmEnv = { npm_config_yes: 'true', npm_config_fund: 'false', npm_config_audit: 'false', npm_config_update_notifier: 'false' };

  // 1. The package itself; its postinstall would download ripgrep from GitHub, so no scripts.
  console.log('[code-server] 1/4 npm install code-server');
  run('npm', ['install', '--ignore-scripts', '--no-save', `code-server@${CODE_SERVER_VERSION}`], { cwd: installDir, logFile, env: npmEnv });

  // 2. VS Code's own production dependencies, native ones built with the local compiler.
  console.log('[code-server] 2/4 npm install VS Code dependencies');
  run('npm', ['install', '--omit=dev', '--ignore-scripts'], { cwd: vscodeDir, logFile, env: npmEnv });
  console.log('[code-server] 3/4 rebuild native modules');
  run('npm', ['rebuild', 'node-pty', '@vscode/spdlog', 'native-watchdog', 'kerberos', '@vscode/deviceid'], {
    cwd: vscodeDir,
    logFile,
    env: npmEnv,
  });
  const rgTarget = path.join(vscodeDir, 'node_modules', '@vscode', 'ripgrep', 'bin', 'rg');
  fs.mkdirSync(path.dirname(rgTarget), { recursive: true });
  const rgSource = spawnSync('sh', ['-c', 'command -v rg'], { encoding: 'utf8' }).stdout.trim() || '/usr/bin/rg';
  fs.copyFileSync(rgSource, rgTarget);
  fs.chmodSync(rgTarget, 0o755);
  const asar = path.join(vscodeDir, 'node_modules.asar');
  fs.rmSync(asar, { force: true, recursive: true });
  fs.symlinkSync('node_modules', asar);

  // 3. code-server's password hashing (unused with --auth none, but loaded).
  console.log('[code-server] 4/4 rebuild argon2');
  run('npm', ['rebuild', 'argon2'], { cwd: installDir, logFile, env: npmEnv });

  if (!fs.existsSync(entryJs)) throw new Error(`code-server installed but ${entryJs} is missing; see ${logFile}`);
  fs.writeFileSync(readyMarker, new Date().toISOString() + '\n');
  console.log(`[code-server] ready in ${Math.round((Date.now() - started) / 1000)} s`);
  return entryJs;
}

/** A TCP port nobody listens on right now (the OS picks it). */
export function freePort() {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.unref();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      server.close(() => resolve(port));
    });
  });
}

function isPortFree(port, host = '127.0.0.1') {
  return new Promise((resolve) => {
    const server = net.createServer();
    server.unref();
    server.once('error', () => resolve(false));
    server.listen(port, host, () => server.close(() => resolve(true)));
  });
}

/** Writes `settings` merged over any existing `UD/User/settings.json`. */
export function writeUserSettings(userDataDir, settings = {}) {
  const userDir = path.join(userDataDir, 'User');
  fs.mkdirSync(userDir, { recursive: true });
  const file = path.join(userDir, 'settings.json');
  let existing = {};
  try {
    existing = JSON.parse(fs.readFileSync(file, 'utf8'));
  } catch {
    // absent or not plain JSON: start over
  }
  fs.writeFileSync(file, JSON.stringify({ ...existing, ...quietSettings, ...settings }, null, 2) + '\n');
}

/** The environment for code-server: this process's, without anything that would tie it to an outer VS Code. */
function cleanEnv() {
  const env = { ...process.env };
  for (const key of Object.keys(env)) {
    if (key.startsWith('VSCODE_') || key === 'ELECTRON_RUN_AS_NODE' || key.startsWith('CODE_SERVER')) delete env[key];
  }
  return env;
}

const stoppers = new Set();
let exitHooked = false;
function hookExit() {
  if (exitHooked) return;
  exitHooked = true;
  process.on('exit', () => {
    for (const stop of stoppers) stop(true);
  });
}

function killGroup(child, signal) {
  if (child.exitCode !== null || child.signalCode !== null) return;
  try {
    process.kill(-child.pid, signal); // the whole group: code-server, its VS Code server and extension hosts
  } catch {
    try {
      child.kill(signal);
    } catch {
      // already gone
    }
  }
}

/**
 * Starts code-server and resolves once it answers HTTP. Options:
 *   port (default: a free one), host (default 127.0.0.1), userDataDir, extensionsDir, workspace (folder to open),
 *   settings (extra user settings), trust (true: workspace trust on, folders open untrusted in restricted mode
 *   without asking; default off), timeoutMs (default 120 s), logName.
 * Resolves to { port, url, workspaceUrl, logFile, child, stop() }.
 */
export async function startCodeServer({
  port,
  host = '127.0.0.1',
  userDataDir,
  extensionsDir,
  workspace,
  settings,
  trust = false,
  timeoutMs = 120_000,
  logName = 'code-server',
} = {}) {
  const entry = ensureCodeServer();
  if (!userDataDir || !extensionsDir) throw new Error('startCodeServer: userDataDir and extensionsDir are required');
  if (port === undefined || port === null || port === 0) {
    port = await freePort();
  } else if (!(await isPortFree(port, host))) {
    throw new Error(`Port ${port} is already in use on ${host}; choose another one (e.g. PORT=${port + 1}).`);
  }
  fs.mkdirSync(extensionsDir, { recursive: true });
  writeUserSettings(userDataDir, trust ? { ...untrustedSettings, ...settings } : settings);

  // Its own config file, so code-server does not write one into ~/.config/code-server (flags override it anyway).
  const configFile = path.join(cacheDir, 'code-server-config.yaml');
  if (!fs.existsSync(configFile)) fs.writeFileSync(configFile, 'auth: none\ncert: false\n');

  const logFile = newLogFile(`${logName}-${port}`);
  const out = fs.openSync(logFile, 'a');
  const args = [
    entry,
    '--config',
    configFile,
    '--auth',
    'none',
    '--bind-addr',
    `${host}:${port}`,
    '--disable-telemetry',
    '--disable-update-check',
    ...(trust ? [] : ['--disable-workspace-trust']),
    '--disable-getting-started-override',
    '--user-data-dir',
    userDataDir,
    '--extensions-dir',
    extensionsDir,
  ];
  if (workspace) args.push(workspace);
  fs.appendFileSync(logFile, `$ ${process.execPath} ${args.join(' ')}\n`);
  const child = spawn(process.execPath, args, { cwd: root, detached: true, stdio: ['ignore', out, out], env: cleanEnv() });
  fs.closeSync(out);

  let exited = null;
  const exitPromise = new Promise((resolve) => {
    child.once('exit', (code, signal) => {
      exited = { code, signal };
      resolve(exited);
    });
  });

  const stop = (sync = false) => {
    stoppers.delete(stop);
    if (exited) return sync ? undefined : Promise.resolve();
    killGroup(child, 'SIGTERM');
    if (sync) return undefined;
    return Promise.race([exitPromise, new Promise((r) => setTimeout(r, 5000).unref())]).then(() => {
      if (!exited) killGroup(child, 'SIGKILL');
    });
  };
  stoppers.add(stop);
  hookExit();

  const url = `http://${host === '0.0.0.0' ? '127.0.0.1' : host}:${port}/`;
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    if (exited) {
      printTail(logFile, 'code-server log');
      throw new Error(`code-server exited before answering (code ${exited.code}, signal ${exited.signal}); log: ${logFile}`);
    }
    try {
      const res = await fetch(`${url}healthz`, { signal: AbortSignal.timeout(2000) });
      if (res.ok) break;
    } catch {
      // not listening yet
    }
    if (Date.now() > deadline) {
      await stop();
      printTail(logFile, 'code-server log');
      throw new Error(`code-server did not answer on ${url} within ${timeoutMs / 1000} s; log: ${logFile}`);
    }
    await new Promise((r) => setTimeout(r, 200));
  }

  const workspaceUrl = workspace ? `${url}?folder=${encodeURIComponent(workspace)}` : url;
  return { port, url, workspaceUrl, logFile, child, stop: () => stop(false), exited: exitPromise };
}

/** Installs a packaged extension into `extensionsDir` the way a user would (a copied folder is marked removed). */
export function installVsix(vsixPath, extensionsDir, { userDataDir } = {}) {
  const entry = ensureCodeServer();
  if (!fs.existsSync(vsixPath)) throw new Error(`No .vsix at ${vsixPath}; package it first (npm run package).`);
  fs.mkdirSync(extensionsDir, { recursive: true });
  const logFile = newLogFile('install-vsix');
  const args = [entry, '--extensions-dir', extensionsDir, '--install-extension', path.resolve(vsixPath), '--force'];
  if (userDataDir) args.push('--user-data-dir', userDataDir);
  run(process.execPath, args, { cwd: root, logFile, env: {} });
  return logFile;
}

export const vsixPath = path.join(root, 'dist-vsix', 'trial-record-studio.vsix');

/** Runs `npm run package` (production build + vsce, the one definition in package.json); returns the .vsix path. */
export function packageExtension({ quiet = false } = {}) {
  if (!quiet) console.log('$ npm run package');
  const result = spawnSync('npm', ['run', '--silent', 'package'], {
    cwd: root,
    stdio: quiet ? ['ignore', 'pipe', 'pipe'] : ['ignore', 'inherit', 'inherit'],
    encoding: 'utf8',
  });
  if (result.error) throw result.error;
  if (result.status !== 0) {
    if (quiet) console.error(`${result.stdout ?? ''}${result.stderr ?? ''}`);
    throw new Error(`\`npm run package\` failed (exit ${result.status})`);
  }
  if (!fs.existsSync(vsixPath)) throw new Error(`\`npm run package\` did not write ${vsixPath}`);
  return vsixPath;
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  try {
    console.log(`code-server ready: ${ensureCodeServer()}`);
  } catch (error) {
    console.error(String(error instanceof Error ? error.message : error));
    process.exit(1);
  }
}

/** The headless Chromium that drives code-server (the e2e runner and the screenshots): the system's, without
 * the background traffic and first-run screens that would slow or disturb an offline run. */
export const CHROMIUM_PATH = '/usr/bin/chromium';
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
];
