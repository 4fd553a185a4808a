// Entry point of the language server: `node dist/server.js --stdio` (or --node-ipc, as the
// VS Code client starts it). The transport is chosen from the command line by
// vscode-languageserver.
import { createConnection, ProposedFeatures } from 'vscode-languageserver/node';
import { IncomingMessages } from './lsp/incomingMessages';
import { CONNECTION_STRATEGY, startTrialRecordServer } from './lsp/trialRecordServer';

const connection = createConnection(ProposedFeatures.all, CONNECTION_STRATEGY);
// Over stdio a large message arrives in pieces; idle-time work waits until it is whole. (The listener
// starts stdin flowing; the connection listens in the same tick, so it misses nothing.)
const incoming = process.argv.includes('--stdio') ? new IncomingMessages(process.stdin) : undefined;
startTrialRecordServer(connection, undefined, incoming);
