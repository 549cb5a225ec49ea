/**
 * The server on the desktop: vscode-languageclient talks to the bundled server
 * (dist/server.js) in a Node process over IPC. The browser build uses
 * ./serverWeb.ts instead (esbuild.mjs puts it in this file's place).
 */
import { fork, type ChildProcess } from 'node:child_process';
import * as vscode from 'vscode';
import {
  IPCMessageReader,
  IPCMessageWriter,
  LanguageClient,
  State,
  type MessageTransports,
} from 'vscode-languageclient/node';
import { clientOptions, withoutOutline, type RestartPolicy } from './languageClient';

/** False here; true in ./serverWeb.ts. */
export const inBrowser = false;

/** When the extension's first server process was started (performance.now()), for the activation figures. */
export const processTiming: { startedAt?: number } = {};

/** How long a stopped server has to exit before it is killed (what the library allows the processes it starts). */
const EXIT_GRACE_MS = 2000;

/** The extension host runs under a debugger: the server is started to be debugged too (as the library decides). */
function debugged(): boolean {
  return process.execArgv.some((a) => /^--(debug|inspect)(-brk)?(=|$)/.test(a));
}

/**
 * Starts the server's process. The library would start it itself, but only once the extension host's event loop
 * came back to it (it checks the working folder first), and at a window's start that host goes on with other work
 * right after activate(): in the real VS Code run, loading the tests, 1.0-1.9 s at load 15-22 before the process
 * was started. Started within activate() (in the library's call of serverOptions, from start()), the server loads
 * its bundle meanwhile (docs/architecture.md, "Start-up").
 */
function forkServer(context: vscode.ExtensionContext, output: vscode.OutputChannel): ChildProcess {
  // NODE_EXTRA_CA_CERTS makes Node read and parse a certificate file as it starts (60-70 ms of CPU here); the
  // server opens no connection.
  const { NODE_EXTRA_CA_CERTS: _certificates, ...env } = process.env;
  const child = fork(context.asAbsolutePath('dist/server.js'), ['--node-ipc', `--clientProcessId=${process.pid}`], {
    env: {
      ...env,
      // In desktop VS Code the extension host's executable is Electron: this makes the server plain Node.
      ELECTRON_RUN_AS_NODE: '1',
      ELECTRON_NO_ASAR: '1',
      // Where the server keeps V8's compiled code of its bundle between starts (server/lsp/start.ts); the
      // environment may name another folder.
      ...(process.env.AGENCY_DOCS_CODE_CACHE === undefined && context.globalStorageUri.scheme === 'file'
        ? { AGENCY_DOCS_CODE_CACHE: vscode.Uri.joinPath(context.globalStorageUri, 'code-cache').fsPath }
        : {}),
    },
    execArgv: debugged() ? ['--nolazy', '--inspect=6011'] : [],
    silent: true,
  });
  // What the server prints goes to its log, as the library does (and its pipes never fill up).
  child.stdout?.on('data', (d: Buffer) => output.append(d.toString()));
  child.stderr?.on('data', (d: Buffer) => output.append(d.toString()));
  // A process that could not start: the transport's close follows, and the restart policy decides.
  child.on('error', (e) => output.appendLine(`The server's process: ${e.message}`));
  return child;
}

const running = (child: ChildProcess) => child.exitCode === null && child.signalCode === null;

export function createLanguageClient(
  context: vscode.ExtensionContext,
  output: vscode.LogOutputChannel,
  policy: RestartPolicy,
): LanguageClient {
  let current: ChildProcess | undefined;
  // The library calls this from start(), which activate() calls last: the process is started then, within
  // activate(), and the library is given its transports on the next turn (it then sets up its connection and sends
  // `initialize`, which is not activate()'s work).
  const serverOptions = () =>
    new Promise<MessageTransports>((resolve) => {
      const child = forkServer(context, output);
      processTiming.startedAt ??= performance.now();
      current = child;
      setImmediate(() => resolve({ reader: new IPCMessageReader(child), writer: new IPCMessageWriter(child) }));
    });
  // The id `agencyDocs` makes the library follow `agencyDocs.trace.server`.
  const client = new (withoutOutline(LanguageClient))(
    'agencyDocs',
    'Agency Docs',
    serverOptions,
    clientOptions(context, output, policy),
  );
  // The library ends a process it did not start only by asking (`shutdown`, `exit`): one that does not exit is killed.
  const endStopped = () => {
    const child = current;
    current = undefined;
    if (child && running(child))
      setTimeout(() => {
        if (running(child)) child.kill();
      }, EXIT_GRACE_MS).unref();
  };
  context.subscriptions.push(
    client.onDidChangeState((e) => {
      if (e.newState === State.Stopped) endStopped();
    }),
  );
  return client;
}

/** Where the server runs (for the output channel and the tests). */
export function serverPlace(): string {
  return 'node process';
}
