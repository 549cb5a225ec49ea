/** Entry point of the bundled server (dist/server.js): stdio, node-ipc or socket, as the client asks. */
import { createConnection, ProposedFeatures } from 'vscode-languageserver/node';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { URI } from 'vscode-uri';
import { startServer } from './server';
import { ClientFiles } from './files';
import { NodeFiles } from './nodeFiles';

/** The rule reference shipped with the package (dist/../docs/rules.md), as a file URI. */
function ruleDocsUrl(): string | undefined {
  for (const candidate of [join(__dirname, '..', 'docs', 'rules.md'), join(__dirname, '..', '..', 'docs', 'rules.md')]) {
    if (existsSync(candidate)) return URI.file(candidate).toString();
  }
  return undefined;
}

startServer(createConnection(ProposedFeatures.all), {
  today: process.env.AGENCY_DOCS_TODAY,
  files: (connection) => new NodeFiles(new ClientFiles(connection)),
  ruleDocsUrl: ruleDocsUrl(),
});
