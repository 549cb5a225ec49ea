/** Entry point of the bundled server (dist/server.js): stdio, node-ipc or socket, as the client asks. */
import { createConnection, ProposedFeatures } from 'vscode-languageserver/node';
import { startServer } from './server';

startServer(createConnection(ProposedFeatures.all));
