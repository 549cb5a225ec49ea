/** Entry point of the bundled server (dist/server.js): stdio, node-ipc or socket, as the client asks. */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { URI } from 'vscode-uri';
import { createConnection, ProposedFeatures, type Connection } from 'vscode-languageserver/node';
import { startServer, type ServerOptions } from './server';
import { guardedStdin } from './framing';
import { setFileReader } from './convert';
import { ClientFiles } from './files';
import { NodeFiles } from './nodeFiles';

/** The package's rule reference (dist/../docs/), as a file URI. */
function ruleDocsFolder(): string | undefined {
  for (const candidate of [join(__dirname, '..', 'docs'), join(__dirname, '..', '..', 'docs')]) {
    if (existsSync(join(candidate, 'rules.md'))) return URI.file(candidate).toString();
  }
  return undefined;
}

setFileReader((path) => {
  try {
    return readFileSync(path, 'utf8');
  } catch {
    return undefined;
  }
});
const options: ServerOptions = {
  today: process.env.AGENCY_DOCS_TODAY,
  files: (connection: Connection) => new NodeFiles(new ClientFiles(connection)),
  ruleDocsFolder: ruleDocsFolder(),
};

if (process.argv.includes('--stdio')) {
  // Standard input goes through the framing guard (docs/robustness.md); what would
  // print to standard output goes to stderr, so it cannot break the protocol.
  for (const name of ['log', 'info', 'debug'] as const) console[name] = console.error;
  startServer(createConnection(ProposedFeatures.all, guardedStdin(), process.stdout), options);
} else {
  startServer(createConnection(ProposedFeatures.all), options);
}
