/** Entry point of the bundled server (dist/server.js): stdio, node-ipc or socket, as the client asks. */
import { createConnection, ProposedFeatures } from 'vscode-languageserver/node';
import { startServer } from './server';
import { guardedStdin } from './framing';

if (process.argv.includes('--stdio')) {
  // Standard input goes through the framing guard (docs/robustness.md); what would
  // print to standard output goes to stderr, so it cannot break the protocol.
  for (const name of ['log', 'info', 'debug'] as const) console[name] = console.error;
  startServer(createConnection(ProposedFeatures.all, guardedStdin(), process.stdout));
} else {
  startServer(createConnection(ProposedFeatures.all));
}
