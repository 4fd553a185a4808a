// Entry point of the language server: `node dist/server.js --stdio` (or --node-ipc, as the
// VS Code client starts it). The transport is chosen from the command line by
// vscode-languageserver.
import { createConnection, ProposedFeatures } from 'vscode-languageserver/node';
import { CONNECTION_STRATEGY, startTrialRecordServer } from './lsp/trialRecordServer';

startTrialRecordServer(createConnection(ProposedFeatures.all, CONNECTION_STRATEGY));
