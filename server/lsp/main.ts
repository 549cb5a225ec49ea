/**
 * Entry point of the bundled server (dist/server.js): stdio, node-ipc or socket, as the client asks.
 * It answers `initialize` from ./capabilities.ts alone and loads the checker (./nodeServer.ts, ./server.ts
 * and the core: most of the bundle) right after, while the editor reads the answer; `initialized`, which
 * comes next, finds it loaded (docs/architecture.md, "Start-up").
 */
import { createConnection, ProposedFeatures, type InitializeParams } from 'vscode-languageserver/node';
import { guardedStdin } from './framing';
import { chooseEncoding } from './convert';
import { initializeResult, pullsDiagnostics } from './capabilities';
import type { StartedServer } from './server';

if (process.argv.includes('--stdio')) {
  // What would print to standard output goes to stderr, so it cannot break the protocol.
  for (const name of ['log', 'info', 'debug'] as const) console[name] = console.error;
}
// Standard input goes through the framing guard (docs/robustness.md).
const connection = process.argv.includes('--stdio')
  ? createConnection(ProposedFeatures.all, guardedStdin(), process.stdout)
  : createConnection(ProposedFeatures.all);

let answered: InitializeParams | undefined;
let server: StartedServer | undefined;
/** The checker, loaded on first need: `require`, not `import`, so that the bundle evaluates its modules only then. */
function checker(params: InitializeParams): StartedServer {
  if (!server) {
    const { startNodeServer } = require('./nodeServer') as typeof import('./nodeServer');
    server = startNodeServer(connection, params);
  }
  return server;
}

connection.onInitialize((params) => {
  answered = params;
  // The answer is written on a later turn of the event loop: the checker loads after it.
  setImmediate(() => setImmediate(() => checker(params)));
  return initializeResult(
    chooseEncoding(params.capabilities.general?.positionEncodings),
    pullsDiagnostics(params.capabilities),
  );
});
let settle: () => void = () => undefined;
/** Settles once `initialized` was handled (configuration read, workspace indexed): dist/server.js keeps its code cache then. */
export const warm = new Promise<void>((resolve) => {
  settle = resolve;
});
connection.onInitialized(() => {
  if (answered) void checker(answered).initialized().finally(settle);
});
connection.listen();
