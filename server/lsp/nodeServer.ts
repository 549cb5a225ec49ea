/** The checker in Node (./main.ts loads it once `initialize` is answered): the disk for the workspace's files, the package's rule reference. */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { URI } from 'vscode-uri';
import type { Connection, InitializeParams } from 'vscode-languageserver/node';
import { startServer, type StartedServer } from './server';
import { setFileReader } from './convert';
import { ClientFiles } from './files';
import { NodeFiles } from './nodeFiles';
import type { HtmlPageModule } from './htmlExport';

/** The package's rule reference (dist/../docs/), as a file URI. */
function ruleDocsFolder(): string | undefined {
  for (const candidate of [join(__dirname, '..', 'docs'), join(__dirname, '..', '..', 'docs')]) {
    if (existsSync(join(candidate, 'rules.md'))) return URI.file(candidate).toString();
  }
  return undefined;
}

/** Serves `connection`, whose `initialize` (with these parameters) the entry has answered. */
export function startNodeServer(connection: Connection, answered: InitializeParams): StartedServer {
  setFileReader((path) => {
    try {
      return readFileSync(path, 'utf8');
    } catch {
      return undefined;
    }
  });
  return startServer(
    connection,
    {
      today: process.env.AGENCY_DOCS_TODAY,
      files: (c: Connection) => new NodeFiles(new ClientFiles(c)),
      ruleDocsFolder: ruleDocsFolder(),
      // The HTML export's bundle beside this one (./htmlExport.ts): a path esbuild leaves to run time.
      htmlPage: async () => require(join(__dirname, 'html.js')) as HtmlPageModule,
    },
    { initialize: answered },
  );
}
