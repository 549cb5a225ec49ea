/**
 * The server in the browser (vscode.dev, github.dev, code-server's web worker
 * extension host): the same checker, bundled without Node (dist/web/server.js),
 * in a worker of its own started from a blob: URL of that bundle. A VS Code
 * server refuses workers started from an extension's own URL, a blob: URL
 * works everywhere we know of. Where no nested worker can start, the bundle
 * runs inside the extension's worker and talks over a MessageChannel.
 * Setting `agencyDocs.web.server` forces one of the two.
 */
import * as vscode from 'vscode';
import {
  BrowserMessageReader,
  BrowserMessageWriter,
  LanguageClient,
  type MessageTransports,
} from 'vscode-languageclient/browser';
import { clientOptions, withoutOutline, type RestartPolicy } from './languageClient';
import { ServerScriptRequest } from '../server/lsp/protocol';

/** True here; false in ./serverNode.ts. */
export const inBrowser = true;

/** What this file needs of a Worker (the extension host's lib is not the DOM's). */
interface WorkerLike {
  terminate(): void;
  addEventListener(type: 'message' | 'error', listener: (e: { data?: unknown; message?: string }) => void): void;
  removeEventListener(type: 'message' | 'error', listener: (e: { data?: unknown; message?: string }) => void): void;
}
declare const Worker: new (url: string, options?: { name?: string }) => WorkerLike;
type Port = ConstructorParameters<typeof BrowserMessageReader>[0];

/** How long a new worker may take to load the checker before the extension's own worker is used instead. */
const WORKER_START_MS = 15_000;

let place = 'not started';
let worker: WorkerLike | undefined;

export function serverPlace(): string {
  return place;
}

/** One of the extension's scripts for the browser (dist/web/<name>.js). */
async function script(context: vscode.ExtensionContext, name: string): Promise<string> {
  const bytes = await vscode.workspace.fs.readFile(vscode.Uri.joinPath(context.extensionUri, 'dist', 'web', name));
  return new TextDecoder().decode(bytes);
}

async function serverSource(context: vscode.ExtensionContext): Promise<string> {
  return script(context, 'server.js');
}

/** The scripts the server loads on first use, by the name it asks for (server/lsp/htmlExport.ts). */
const SERVER_SCRIPTS: Record<ServerScriptRequest.Params['name'], string> = { html: 'html.js' };

/** Starts the checker in a worker of its own; resolves once it said it is ready. */
async function startWorker(source: string): Promise<WorkerLike> {
  const url = URL.createObjectURL(new Blob([source], { type: 'text/javascript' }));
  let w: WorkerLike | undefined;
  try {
    const started = new Worker(url, { name: 'Agency Docs checker' });
    w = started;
    await new Promise<void>((resolve, reject) => {
      const timer = setTimeout(
        () => finish(new Error(`it did not start within ${WORKER_START_MS / 1000} s`)),
        WORKER_START_MS,
      );
      const onMessage = (e: { data?: unknown }) => {
        if ((e.data as { agencyDocsServer?: string } | undefined)?.agencyDocsServer === 'ready') finish();
      };
      const onError = (e: { message?: string }) => finish(new Error(e.message || 'the worker failed to load'));
      function finish(error?: Error): void {
        clearTimeout(timer);
        started.removeEventListener('message', onMessage);
        started.removeEventListener('error', onError);
        if (error) reject(error);
        else resolve();
      }
      started.addEventListener('message', onMessage);
      started.addEventListener('error', onError);
    });
    return started;
  } catch (e) {
    w?.terminate();
    throw e;
  } finally {
    URL.revokeObjectURL(url);
  }
}

/** Runs the checker inside this worker; it gets one end of a channel as `agencyDocsServerPort` (server/lsp/browserMain.ts). */
function startInProcess(source: string): MessageTransports {
  const channel = new MessageChannel();
  // The extension host itself loads extensions this way; the bundle is ours, read from the extension's folder.
  new Function('agencyDocsServerPort', source)(channel.port1);
  return {
    reader: new BrowserMessageReader(channel.port2 as unknown as Port),
    writer: new BrowserMessageWriter(channel.port2 as unknown as Port),
  };
}

/** Desktop only (./serverNode.ts): no process here. */
export const processTiming: { startedAt?: number } = {};

export function createLanguageClient(
  context: vscode.ExtensionContext,
  output: vscode.LogOutputChannel,
  policy: RestartPolicy,
): LanguageClient {
  const serverOptions = async (): Promise<MessageTransports> => {
    worker?.terminate();
    worker = undefined;
    const mode = vscode.workspace.getConfiguration('agencyDocs').get<string>('web.server', 'auto');
    const source = await serverSource(context);
    if (mode !== 'inProcess') {
      try {
        worker = await startWorker(source);
        place = 'worker';
        output.info('The checker runs in a worker of its own.');
        // Transports, not the Worker: VS Code's worker host wraps the global Worker, and the library's `instanceof Worker` fails.
        return {
          reader: new BrowserMessageReader(worker as unknown as Port),
          writer: new BrowserMessageWriter(worker as unknown as Port),
        };
      } catch (e) {
        if (mode === 'worker') throw e;
        output.warn(
          `The checker could not start in a worker of its own (${(e as Error)?.message ?? e}); it runs in the extension's worker instead.`,
        );
      }
    }
    place = 'extension host worker';
    output.info("The checker runs in the extension's worker.");
    return startInProcess(source);
  };
  context.subscriptions.push({
    dispose: () => {
      worker?.terminate();
      worker = undefined;
    },
  });
  // The id `agencyDocs` makes the library follow `agencyDocs.trace.server`.
  const client = new (withoutOutline(LanguageClient))(
    'agencyDocs',
    'Agency Docs',
    serverOptions,
    clientOptions(context, output, policy),
  );
  // The server has no access to the extension's folder: it asks for the HTML export's code on the first export.
  client.onRequest(ServerScriptRequest.type, async (p) => {
    const file = Object.hasOwn(SERVER_SCRIPTS, p.name) ? SERVER_SCRIPTS[p.name] : undefined;
    return file ? script(context, file) : null;
  });
  return client;
}
