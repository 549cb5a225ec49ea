/**
 * A small LSP client for our own server, on vscode-jsonrpc: it starts
 * dist/server.js in a Node child process talking over the IPC channel,
 * initializes it, wires the parts in this folder for as long as that process
 * lives, restarts it after a crash, and stops it cleanly.
 *
 * Why not vscode-languageclient: it is written for every server and made the
 * client bundle 445 KB, all of it loaded on activation; this client does what
 * our server uses and keeps the bundle under 100 KB.
 */
import { fork, type ChildProcess } from 'node:child_process';
import * as vscode from 'vscode';
import type * as lsp from 'vscode-languageserver';
import { createMessageConnection, IPCMessageReader, IPCMessageWriter, Trace, type CancellationToken, type MessageConnection } from 'vscode-jsonrpc/node';
import { CLIENT_CAPABILITIES } from './capabilities';
import { syncDocuments } from './documents';
import { registerFeatures } from './features';
import { notify } from './notify';
import { serveWindow } from './window';
import { syncWorkspace, workspaceFolders } from './workspace';

export interface ClientOptions {
  /** The bundled server, run with the extension host's Node. */
  serverModule: string;
  /** The documents the server checks. */
  selector: vscode.DocumentFilter[];
  /** The settings section (`agencyDocs`): pulled by the server, pushed on change, `trace.server` read here. */
  section: string;
  settings: (scope?: vscode.Uri) => unknown;
  initializationOptions: () => unknown;
  output: vscode.LogOutputChannel;
}

interface Running {
  child: ChildProcess;
  connection: MessageConnection;
  disposables: vscode.Disposable[];
}

/** After a crash the server starts again, unless it has crashed more than this often within the window. */
const MAX_RESTARTS = 4;
const RESTART_WINDOW_MS = 3 * 60_000;
/** How long a stopping server gets to answer `shutdown`, then to exit, before it is killed. */
const STOP_TIMEOUT_MS = 2000;

function within<T>(promise: Promise<T>, ms: number): Promise<T | 'timeout'> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<'timeout'>((resolve) => { timer = setTimeout(() => resolve('timeout'), ms); });
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}

export class LspClient implements vscode.Disposable {
  private run: Running | undefined;
  /** Start, stop and restart run one after the other, never interleaved. */
  private queue: Promise<void> = Promise.resolve();
  private crashes: number[] = [];
  private readonly diagnostics = vscode.languages.createDiagnosticCollection('agencyDocs');
  private readonly traceSetting: vscode.Disposable;

  constructor(private readonly options: ClientOptions) {
    this.traceSetting = vscode.workspace.onDidChangeConfiguration((e) => {
      if (e.affectsConfiguration(`${options.section}.trace.server`)) this.applyTrace();
    });
  }

  get isRunning(): boolean { return this.run !== undefined; }

  /** A request to the server; rejected while it is not running. VS Code's token cancels it ($/cancelRequest). */
  sendRequest<R>(method: string, params: object, token?: CancellationToken): Promise<R> {
    if (!this.run) return Promise.reject(new Error('The Agency Docs server is not running.'));
    return this.run.connection.sendRequest<R>(method, params, token);
  }

  start(): Promise<void> { return this.serially(() => this.doStart()); }
  stop(): Promise<void> { return this.serially(() => this.doStop()); }
  /** Asked for by the user: the crash count starts over. */
  restart(): Promise<void> {
    this.crashes = [];
    return this.serially(async () => { await this.doStop(); await this.doStart(); });
  }

  private serially(step: () => Promise<void>): Promise<void> {
    this.queue = this.queue.then(step, step);
    return this.queue;
  }

  private async doStart(): Promise<void> {
    if (this.run) return;
    const { output } = this.options;
    // When the extension host is being debugged, so is the server.
    const inspect = process.execArgv.some((a) => /^--inspect(-brk)?(=|$)/.test(a));
    const child = fork(this.options.serverModule, ['--node-ipc', `--clientProcessId=${process.pid}`], {
      execArgv: inspect ? ['--nolazy', '--inspect=6011'] : [],
      // In desktop VS Code the extension host's executable is Electron: this makes it plain Node.
      env: { ...process.env, ELECTRON_RUN_AS_NODE: '1' },
      silent: true,
    });
    child.stdout?.on('data', (b: Buffer) => output.info(b.toString().trimEnd()));
    child.stderr?.on('data', (b: Buffer) => output.warn(b.toString().trimEnd()));
    const connection = createMessageConnection(new IPCMessageReader(child), new IPCMessageWriter(child));
    const run: Running = { child, connection, disposables: [] };
    this.run = run;
    child.on('exit', (code, signal) => this.crashed(run, signal ?? `exit code ${code}`));
    child.on('error', (e) => {
      output.error(`The server process: ${e.message}`);
      // A process that could not be spawned never exits: count it as a crash here.
      if (child.pid === undefined) this.crashed(run, e.message);
    });
    connection.onError(([e]) => output.error(`Talking to the server: ${e.message}`));
    run.disposables.push(serveWindow(connection, output));
    connection.listen();

    try {
      const folders = workspaceFolders();
      const result = await connection.sendRequest<lsp.InitializeResult>('initialize', {
        processId: process.pid,
        clientInfo: { name: vscode.env.appName, version: vscode.version },
        locale: vscode.env.language,
        rootUri: folders?.[0]?.uri ?? null,
        workspaceFolders: folders,
        capabilities: CLIENT_CAPABILITIES,
        initializationOptions: this.options.initializationOptions(),
      } satisfies lsp.InitializeParams);
      if (this.run !== run) return;
      const caps = result.capabilities;
      const matches = (doc: vscode.TextDocument) => vscode.languages.match(this.options.selector, doc) > 0;
      // In this order, all in one go: answers ready for what the server asks once initialized; `initialized`;
      // the open documents; then the providers, so that their first requests find the documents there.
      run.disposables.push(...syncWorkspace(connection, caps, this.options));
      notify(connection, 'initialized', {});
      run.disposables.push(
        ...syncDocuments(connection, caps, matches),
        ...registerFeatures({ connection, capabilities: caps, selector: this.options.selector, diagnostics: this.diagnostics, output }),
      );
      this.applyTrace();
      output.info(`Server started (${result.serverInfo?.name ?? 'agency-docs'} ${result.serverInfo?.version ?? ''}).`);
    } catch (e) {
      if (this.run !== run) return; // it crashed meanwhile: crashed() handles it
      output.error(`The server did not start: ${(e as Error).message ?? e}`);
      void this.tellUser(vscode.l10n.t('Agency Docs could not start its checker, so documents are not checked.'));
      await this.doStop();
    }
  }

  private async doStop(): Promise<void> {
    const run = this.run;
    if (!run) return;
    this.run = undefined; // from here on, its exit is expected
    this.release(run);
    const exited = new Promise<void>((resolve) => {
      if (run.child.exitCode !== null || run.child.signalCode !== null) resolve();
      else run.child.once('exit', () => resolve());
    });
    try {
      if ((await within(run.connection.sendRequest('shutdown'), STOP_TIMEOUT_MS)) === 'timeout') throw new Error('no answer to shutdown');
      await run.connection.sendNotification('exit');
    } catch (e) {
      this.options.output.warn(`The server did not shut down cleanly (${(e as Error).message ?? e}): stopping it.`);
    }
    if ((await within(exited, STOP_TIMEOUT_MS)) === 'timeout') run.child.kill();
    run.connection.dispose();
  }

  /** Providers, listeners and diagnostics of one server process go with it. */
  private release(run: Running): void {
    for (const d of run.disposables) d.dispose();
    run.disposables = [];
    this.diagnostics.clear();
  }

  private crashed(run: Running, how: string): void {
    if (this.run !== run) return;
    this.run = undefined;
    this.release(run);
    run.connection.dispose();
    const { output } = this.options;
    output.error(`The server stopped unexpectedly (${how}).`);
    const now = Date.now();
    this.crashes = [...this.crashes.filter((t) => now - t < RESTART_WINDOW_MS), now];
    if (this.crashes.length <= MAX_RESTARTS) {
      output.info('Starting the server again.');
      void this.start();
      return;
    }
    void this.tellUser(vscode.l10n.t('The Agency Docs checker stopped {0} times in a few minutes, so it was not started again and documents are not checked. Run “Agency Docs: Restart the checker” to try again.', this.crashes.length));
  }

  private async tellUser(message: string): Promise<void> {
    const show = vscode.l10n.t("Show the checker's log");
    if ((await vscode.window.showErrorMessage(message, show)) === show) this.options.output.show(true);
  }

  /** `agencyDocs.trace.server`: the messages exchanged with the server, in the output. */
  private applyTrace(): void {
    const value = vscode.workspace.getConfiguration(this.options.section).get<string>('trace.server', 'off');
    const { output } = this.options;
    void this.run?.connection.trace(Trace.fromString(value), {
      log: (message: unknown, data?: string) => output.info(data ? `${String(message)}\n${data}` : String(message)),
    });
  }

  dispose(): void {
    void this.stop();
    this.traceSetting.dispose();
    this.diagnostics.dispose();
  }
}
