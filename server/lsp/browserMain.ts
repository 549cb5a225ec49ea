/**
 * Entry point of the server in the browser (dist/web/server.js): no Node, the
 * workspace's files through the client (./files.ts). The client either starts
 * this bundle as a worker of its own (from a blob: URL), where it speaks over
 * the worker's messages, or, where nested workers are not available, runs it
 * inside the extension's worker and hands it one end of a MessageChannel as
 * `agencyDocsServerPort` (client/webServer.ts).
 */
import {
  BrowserMessageReader,
  BrowserMessageWriter,
  createConnection,
  ProposedFeatures,
} from 'vscode-languageserver/browser';
import { startServer } from './server';

/** What this file needs of a worker's global scope or of a MessagePort. */
interface Port {
  postMessage(message: unknown): void;
  close(): void;
}
declare const agencyDocsServerPort: Port | undefined;

const ownWorker = typeof agencyDocsServerPort === 'undefined';
const port: Port = ownWorker ? (globalThis as unknown as Port) : agencyDocsServerPort;
type ReaderPort = ConstructorParameters<typeof BrowserMessageReader>[0];
const connection = createConnection(
  ProposedFeatures.all,
  new BrowserMessageReader(port as ReaderPort),
  new BrowserMessageWriter(port as ReaderPort),
);
startServer(connection);
// Nothing else ends a worker's life: after `exit` it closes (its own worker) or lets go of its port.
connection.onExit(() => port.close());
// The client waits for this before it talks LSP: a worker that could not load its script never sends it.
if (ownWorker) port.postMessage({ agencyDocsServer: 'ready' });
