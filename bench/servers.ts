// Starts the two servers under test the way an editor would: ours with default settings,
// yaml-language-server with our record schema associated to the benchmark's files.
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { LspSession } from './lspSession';

export interface ServerUnderTest {
  readonly session: LspSession;
  /** The language id the editor would send for a record file. */
  readonly languageId: string;
  /** Whether the server takes ranged changes (VS Code then sends only the edit, not the whole text). */
  readonly incrementalSync: boolean;
  /** A floor server: only the full-text edits are timed through it (no opens, requests or ranged replay). */
  readonly editsOnly?: boolean;
}

/** File names the peer's schema association matches (and that our server treats as YAML records). */
export const BENCH_FILE_SUFFIX = '.trial.yaml';

export function benchUri(name: string): string {
  return `file:///bench-workspace/${name}${BENCH_FILE_SUFFIX}`;
}

const CLIENT_CAPABILITIES = {
  textDocument: {
    synchronization: { didSave: false },
    completion: { completionItem: { snippetSupport: true, documentationFormat: ['markdown', 'plaintext'] } },
    hover: { contentFormat: ['markdown', 'plaintext'] },
    publishDiagnostics: { versionSupport: true },
  },
};

export async function startOurServer(root: string): Promise<ServerUnderTest> {
  const session = new LspSession('ours', process.execPath, [path.join(root, 'dist', 'server.js'), '--stdio']);
  await session.request('initialize', { processId: process.pid, rootUri: null, capabilities: CLIENT_CAPABILITIES });
  session.notify('initialized', {});
  return { session, languageId: 'trial-record-yaml', incrementalSync: true };
}

export async function startPeerServer(root: string): Promise<ServerUnderTest> {
  const bin = path.join(root, 'node_modules', 'yaml-language-server', 'bin', 'yaml-language-server');
  const session = new LspSession('yaml-language-server', process.execPath, [bin, '--stdio']);
  await session.request('initialize', { processId: process.pid, rootUri: null, capabilities: CLIENT_CAPABILITIES });
  const schemaUri = pathToFileURL(path.join(root, 'schemas', 'trial-record.schema.json')).href;
  const yaml = {
    validate: true,
    hover: true,
    completion: true,
    format: { enable: false },
    schemaStore: { enable: false },
    // validationDelayMs is left at its default, as a user would have it.
    schemas: { [schemaUri]: [`*${BENCH_FILE_SUFFIX}`] },
  };
  // The peer pulls its settings (workspace/configuration) and also takes them pushed.
  session.settings = { yaml, http: {}, '[yaml]': {}, editor: { tabSize: 2 } };
  session.notify('initialized', {});
  session.notify('workspace/didChangeConfiguration', { settings: { yaml } });
  return { session, languageId: 'yaml', incrementalSync: false };
}

/** The do-nothing server (bench/floorServer.ts): an empty publishDiagnostics for every change, the transport's own cost. */
export async function startFloorServer(root: string): Promise<ServerUnderTest> {
  const session = new LspSession('floor', process.execPath, ['--import', 'tsx', path.join(root, 'bench', 'floorServer.ts'), '--stdio']);
  await session.request('initialize', { processId: process.pid, rootUri: null, capabilities: CLIENT_CAPABILITIES });
  session.notify('initialized', {});
  return { session, languageId: 'trial-record-yaml', incrementalSync: false, editsOnly: true };
}
