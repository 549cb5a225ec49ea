/**
 * The one test client of the language server, for test/ and bench/: it spawns
 * the bundled server (dist/server.js) over stdio, talks to it with
 * vscode-jsonrpc, answers what the server asks as an editor does
 * (workspace/configuration, client/registerCapability,
 * window/workDoneProgress/create…), and records what the server sends.
 * (vscode-languageclient runs only inside VS Code.)
 *
 * Build first: `node esbuild.mjs`.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  createMessageConnection,
  StreamMessageReader,
  StreamMessageWriter,
  type MessageConnection,
  type MessageSignature,
  type RequestType,
} from 'vscode-jsonrpc/node';
import {
  CancellationTokenSource,
  type ClientCapabilities,
  type Diagnostic,
  type DocumentDiagnosticReport,
  type InitializeParams,
  type InitializeResult,
  type PublishDiagnosticsParams,
  type TextDocumentContentChangeEvent,
  type TextEdit,
} from 'vscode-languageserver-protocol';

/** The bundled server; AGENCY_DOCS_SERVER may point at another build of it. */
export const SERVER = process.env.AGENCY_DOCS_SERVER ?? join(__dirname, '..', '..', 'dist', 'server.js');
/** Node options for the server, space-separated (`--cpu-prof --cpu-prof-dir=/tmp/prof` to profile it in the benchmark). */
const SERVER_NODE_ARGS = (process.env.AGENCY_DOCS_SERVER_NODE_ARGS ?? '').split(' ').filter(Boolean);
/** How long a step waits for the server by default. */
export const STEP_TIMEOUT = 8000;

export interface SpawnOptions {
  /** The server's working directory (usually the workspace). */
  cwd: string;
  /** Pins the server's "today" (AGENCY_DOCS_TODAY). */
  today?: string;
  /** What workspace/configuration answers for the `agencyDocs` section (changeable later through `settings`). */
  settings?: unknown;
  /** The arguments to node instead of the server bundle's (`[bin/agency-docs.js, 'lsp', '--stdio']`). */
  command?: readonly string[];
}

/** A publishDiagnostics and when it arrived (performance.now()). */
export type Publish = PublishDiagnosticsParams & { at: number };

/**
 * The capabilities of an editor like VS Code; `pull: false` offers neither workspace/configuration nor dynamic watchers;
 * `pullDiagnostics`: the client pulls diagnostics (LSP 3.17) and can be asked to pull them again, as vscode-languageclient.
 */
export function editorCapabilities(
  opts: { pull?: boolean; positionEncodings?: string[]; pullDiagnostics?: boolean } = {},
): ClientCapabilities {
  const pull = opts.pull !== false;
  const caps = editorCapabilitiesOf(pull, opts.positionEncodings);
  if (opts.pullDiagnostics) {
    caps.textDocument!.diagnostic = { dynamicRegistration: false, relatedDocumentSupport: false };
    caps.workspace!.diagnostics = { refreshSupport: true };
  }
  return caps;
}

function editorCapabilitiesOf(pull: boolean, positionEncodings: string[] | undefined): ClientCapabilities {
  return {
    general: { positionEncodings: positionEncodings ?? ['utf-16'] },
    window: { workDoneProgress: true },
    workspace: {
      configuration: pull,
      workspaceFolders: true,
      didChangeConfiguration: { dynamicRegistration: pull },
      didChangeWatchedFiles: { dynamicRegistration: pull },
      symbol: { dynamicRegistration: false },
    },
    textDocument: {
      synchronization: { dynamicRegistration: false, didSave: true },
      publishDiagnostics: {
        relatedInformation: true,
        versionSupport: true,
        codeDescriptionSupport: true,
        dataSupport: true,
      },
      codeAction: {
        dataSupport: true,
        codeActionLiteralSupport: { codeActionKind: { valueSet: ['quickfix', 'source', 'source.fixAll', 'refactor'] } },
      },
      completion: { completionItem: { snippetSupport: true, documentationFormat: ['markdown', 'plaintext'] } },
      hover: { contentFormat: ['markdown', 'plaintext'] },
      documentSymbol: { hierarchicalDocumentSymbolSupport: true },
      foldingRange: { lineFoldingOnly: true },
      definition: { linkSupport: false },
    },
  };
}

/** Applies LSP text edits (non-overlapping, positions in UTF-16 units) to a text. */
export function applyTextEdits(text: string, edits: readonly TextEdit[]): string {
  const starts = [0];
  for (let i = 0; i < text.length; i++) if (text[i] === '\n') starts.push(i + 1);
  const offset = (p: { line: number; character: number }) => {
    if (p.line >= starts.length) return text.length;
    const lineEnd = p.line + 1 < starts.length ? starts[p.line + 1] - 1 : text.length;
    return Math.min(starts[p.line] + p.character, lineEnd);
  };
  const sorted = edits
    .map((e, i) => ({ start: offset(e.range.start), end: offset(e.range.end), text: e.newText, i }))
    .sort((a, b) => b.start - a.start || b.i - a.i);
  let out = text;
  for (const e of sorted) out = out.slice(0, e.start) + e.text + out.slice(e.end);
  return out;
}

/** What a pulling client holds of one document: the last report's id and its diagnostics. */
export interface Pulled {
  resultId?: string;
  items: Diagnostic[];
  /** How the last answer came: in full, `unchanged`, or cancelled. */
  kind: 'full' | 'unchanged' | 'cancelled';
  at: number;
}

/** The spawned server, its connection, and everything it has sent. */
export class LspTestClient {
  readonly proc: ChildProcess;
  readonly conn: MessageConnection;
  readonly spawnedAt = performance.now();
  readonly publishes: Publish[] = [];
  readonly logs: { type: number; message: string }[] = [];
  readonly registrations: { method: string; registerOptions?: unknown }[] = [];
  readonly progressTokens: unknown[] = [];
  /** What the server asked the editor to show (window/showMessage, window/showMessageRequest). */
  readonly shownMessages: { type: number; message: string }[] = [];
  configurationRequests = 0;
  /** How many times the server asked to pull diagnostics again (workspace/diagnostic/refresh). */
  refreshRequests = 0;
  /** Called when the server asks to pull diagnostics again. */
  onRefresh?: () => void;
  /** Pulled diagnostics: what this client holds per document (see pull). */
  readonly pulled = new Map<string, Pulled>();
  private readonly pulling = new Map<string, CancellationTokenSource>();
  /** What workspace/configuration answers for `agencyDocs`. */
  settings: unknown;
  stderr = '';
  /** The exit code (null after a signal) once the server has exited. */
  exitCode: number | null | undefined;
  exitSignal: NodeJS.Signals | null = null;
  readonly exited: Promise<number | null>;
  /** Called on every message logged by the server (the benchmark counts the errors). */
  onLog?: (log: { type: number; message: string }) => void;
  /** Called when the server exits without having been stopped. */
  onUnexpectedExit?: (how: string) => void;
  private readonly waiters = new Set<() => void>();
  private readonly latest = new Map<string, Publish>();
  private readonly versions = new Map<string, number>();
  readonly texts = new Map<string, string>();
  private stopping = false;

  /** Spawns the server; `initialize` (or `start`) comes next. */
  constructor(opts: SpawnOptions) {
    if (!existsSync(SERVER)) throw new Error(`${SERVER} is missing: run \`node esbuild.mjs\` first`);
    this.settings = opts.settings ?? {};
    this.proc = spawn(process.execPath, opts.command ? [...opts.command] : [...SERVER_NODE_ARGS, SERVER, '--stdio'], {
      cwd: opts.cwd,
      stdio: ['pipe', 'pipe', 'pipe'],
      env: { ...process.env, ...(opts.today ? { AGENCY_DOCS_TODAY: opts.today } : {}) },
    });
    this.exited = new Promise((resolve) =>
      this.proc.on('exit', (code, signal) => {
        this.exitCode = code;
        this.exitSignal = signal;
        if (!this.stopping)
          this.onUnexpectedExit?.(
            `the server exited (code ${code}, signal ${signal})${this.stderr ? `: ${this.stderr.trim().split('\n').slice(-3).join(' | ')}` : ''}`,
          );
        this.poke();
        resolve(code);
      }),
    );
    this.proc.stderr!.on('data', (b: Buffer) => {
      this.stderr = (this.stderr + b.toString()).slice(-100_000);
    });
    const conn = createMessageConnection(
      new StreamMessageReader(this.proc.stdout!),
      new StreamMessageWriter(this.proc.stdin!),
    );
    this.conn = conn;
    conn.onError(() => undefined);
    conn.onNotification('textDocument/publishDiagnostics', (p: PublishDiagnosticsParams) => {
      const publish = { ...p, at: performance.now() };
      this.publishes.push(publish);
      this.latest.set(p.uri, publish);
      this.poke();
    });
    conn.onNotification('window/logMessage', (p: { type: number; message: string }) => {
      this.logs.push(p);
      this.onLog?.(p);
      this.poke();
    });
    conn.onNotification('window/showMessage', (p: { type: number; message: string }) => {
      this.shownMessages.push(p);
      this.poke();
    });
    conn.onNotification('$/progress', () => undefined);
    conn.onNotification('telemetry/event', () => undefined);
    conn.onRequest('workspace/configuration', (p: { items: { section?: string }[] }) => {
      this.configurationRequests++;
      setImmediate(() => this.poke());
      return p.items.map((i) =>
        i.section === 'agencyDocs' ? this.settings : i.section ? null : { agencyDocs: this.settings },
      );
    });
    conn.onRequest(
      'client/registerCapability',
      (p: { registrations: { method: string; registerOptions?: unknown }[] }) => {
        this.registrations.push(...p.registrations);
        setImmediate(() => this.poke());
        return null;
      },
    );
    conn.onRequest('client/unregisterCapability', () => null);
    conn.onRequest('window/workDoneProgress/create', (p: { token: unknown }) => {
      this.progressTokens.push(p.token);
      setImmediate(() => this.poke());
      return null;
    });
    conn.onRequest('window/showMessageRequest', (p: { type: number; message: string }) => {
      this.shownMessages.push({ type: p.type, message: p.message });
      setImmediate(() => this.poke());
      return null;
    });
    conn.onRequest('workspace/applyEdit', () => ({ applied: false }));
    conn.onRequest('workspace/codeLens/refresh', () => null);
    conn.onRequest('workspace/semanticTokens/refresh', () => null);
    conn.onRequest('workspace/inlayHint/refresh', () => null);
    conn.onRequest('workspace/diagnostic/refresh', () => {
      this.refreshRequests++;
      setImmediate(() => this.poke());
      this.onRefresh?.();
      return null;
    });
    conn.listen();
  }

  /** `initialize` with these parameters (process id added); the answer. `initialized` is not sent. */
  initialize(
    params: Omit<InitializeParams, 'processId'> & { processId?: number | null },
    timeoutMs = STEP_TIMEOUT,
  ): Promise<InitializeResult> {
    return this.request<InitializeResult>('initialize', { processId: process.pid, ...params }, timeoutMs);
  }

  /** Spawns, initializes with the workspace folder `rootUri` (if any) and sends `initialized`. */
  static async start(
    opts: SpawnOptions & {
      rootUri: string | null;
      locale?: string;
      capabilities?: ClientCapabilities;
      initializationOptions?: unknown;
    },
  ): Promise<{ client: LspTestClient; init: InitializeResult }> {
    const client = new LspTestClient(opts);
    try {
      const init = await client.initialize({
        clientInfo: { name: 'agency-docs-test', version: '1' },
        locale: opts.locale ?? 'en',
        rootUri: opts.rootUri,
        workspaceFolders: opts.rootUri ? [{ uri: opts.rootUri, name: 'ws' }] : null,
        capabilities: opts.capabilities ?? editorCapabilities(),
        initializationOptions: opts.initializationOptions,
      });
      client.notify('initialized', {});
      return { client, init };
    } catch (e) {
      await client.stop();
      throw e;
    }
  }

  private poke(): void {
    for (const w of [...this.waiters]) w();
  }

  /** Resolves with the first value `check` gives, re-checked on every message; fails with `what` after the timeout or once the server has exited. */
  waitFor<T>(what: string, check: () => T | undefined, timeoutMs = STEP_TIMEOUT): Promise<T> {
    return new Promise((resolve, reject) => {
      let timer: NodeJS.Timeout;
      const probe = () => {
        let v: T | undefined;
        try {
          v = check();
        } catch (e) {
          finish();
          reject(e);
          return;
        }
        if (v !== undefined) {
          finish();
          resolve(v);
          return;
        }
        if (this.exitCode !== undefined) {
          finish();
          reject(
            new Error(
              `server exited (code ${this.exitCode}) while waiting for ${what}; stderr: ${this.stderr.slice(-2000)}`,
            ),
          );
        }
      };
      const finish = () => {
        clearTimeout(timer);
        this.waiters.delete(probe);
      };
      timer = setTimeout(() => {
        finish();
        reject(new Error(`timed out after ${timeoutMs} ms waiting for ${what}`));
      }, timeoutMs);
      this.waiters.add(probe);
      probe();
    });
  }

  /** The first publish for `uri`, at or after index `from` of the log, that satisfies `pred`. */
  waitPublish(
    uri: string,
    what: string,
    pred: (p: Publish) => boolean = () => true,
    from = 0,
    timeoutMs = STEP_TIMEOUT,
  ): Promise<Publish> {
    return this.waitFor(
      `publishDiagnostics for ${uri.split('/').pop()} (${what})`,
      () => {
        for (let i = from; i < this.publishes.length; i++) {
          const p = this.publishes[i];
          if (p.uri === uri && pred(p)) return p;
        }
        return undefined;
      },
      timeoutMs,
    );
  }

  /** The publish for exactly this version of the document. */
  waitVersion(uri: string, version: number, timeoutMs = STEP_TIMEOUT): Promise<Publish> {
    return this.waitPublish(uri, `version ${version}`, (p) => p.version === version, 0, timeoutMs);
  }

  /** The latest publish for `uri` once its version is `version` or later (a server may skip versions under a burst of edits). */
  waitLatest(uri: string, version: number, timeoutMs = STEP_TIMEOUT): Promise<Publish> {
    return this.waitFor(
      `the diagnostics of version ${version} of ${uri.split('/').pop()}`,
      () => {
        const p = this.latest.get(uri);
        return p && (p.version ?? -1) >= version ? p : undefined;
      },
      timeoutMs,
    );
  }

  lastPublish(uri: string): Publish | undefined {
    return this.latest.get(uri);
  }

  /** The first message the server logged that starts with `prefix`. */
  logLine(prefix: string, timeoutMs = STEP_TIMEOUT): Promise<string> {
    return this.waitFor(
      `“${prefix}…” in the server's log`,
      () => this.logs.find((l) => l.message.startsWith(prefix))?.message,
      timeoutMs,
    );
  }

  /** A request (by method name or by the protocol's type, server/lsp/protocol.ts); fails after the timeout. */
  async request<R>(method: string, params: unknown, timeoutMs?: number): Promise<R>;
  async request<P, R>(type: RequestType<P, R, void>, params: P, timeoutMs?: number): Promise<R>;
  async request<R>(method: string | MessageSignature, params: unknown, timeoutMs = STEP_TIMEOUT): Promise<R> {
    let timer: NodeJS.Timeout | undefined;
    const name = typeof method === 'string' ? method : method.method;
    const timeout = new Promise<never>((_, reject) => {
      timer = setTimeout(() => reject(new Error(`no answer to ${name} within ${timeoutMs} ms`)), timeoutMs);
    });
    try {
      return await Promise.race([this.conn.sendRequest(name, params) as Promise<R>, timeout]);
    } finally {
      clearTimeout(timer);
    }
  }

  /**
   * Pulls a document's diagnostics as vscode-languageclient does: with the id of the report it holds, a pull still
   * running for that document cancelled first (a cancelled one answers `cancelled`, and the caller pulls again).
   */
  async pull(uri: string, timeoutMs = STEP_TIMEOUT): Promise<Pulled> {
    this.pulling.get(uri)?.cancel();
    const source = new CancellationTokenSource();
    this.pulling.set(uri, source);
    const held = this.pulled.get(uri);
    let timer: NodeJS.Timeout | undefined;
    const timeout = new Promise<never>((_, reject) => {
      timer = setTimeout(
        () => reject(new Error(`no answer to textDocument/diagnostic within ${timeoutMs} ms`)),
        timeoutMs,
      );
    });
    try {
      const report = await Promise.race([
        this.conn.sendRequest<DocumentDiagnosticReport>(
          'textDocument/diagnostic',
          { textDocument: { uri }, identifier: 'agency-docs', previousResultId: held?.resultId },
          source.token,
        ),
        timeout,
      ]);
      if (source.token.isCancellationRequested)
        return { ...(held ?? { items: [] }), kind: 'cancelled', at: performance.now() };
      const now: Pulled =
        report.kind === 'full'
          ? { resultId: report.resultId, items: report.items, kind: 'full', at: performance.now() }
          : { resultId: report.resultId, items: held?.items ?? [], kind: 'unchanged', at: performance.now() };
      if (report.kind === 'unchanged' && !held) throw new Error(`unchanged answered to a first pull of ${uri}`);
      this.pulled.set(uri, now);
      return now;
    } catch (e) {
      if ((e as { code?: number }).code === -32800)
        return { ...(held ?? { items: [] }), kind: 'cancelled', at: performance.now() };
      throw e;
    } finally {
      clearTimeout(timer);
      if (this.pulling.get(uri) === source) this.pulling.delete(uri);
    }
  }

  /** Pulls until an answer is not cancelled (what the library does after cancelling a pull). */
  async pullSettled(uri: string, timeoutMs = STEP_TIMEOUT): Promise<Pulled> {
    for (;;) {
      const p = await this.pull(uri, timeoutMs);
      if (p.kind !== 'cancelled') return p;
    }
  }

  notify(method: string, params: unknown): void {
    void this.conn.sendNotification(method, params);
  }

  /** didOpen; resolves with the first publish of that version. */
  open(uri: string, text: string, version = 1, timeoutMs = STEP_TIMEOUT): Promise<Publish> {
    this.versions.set(uri, version);
    this.texts.set(uri, text);
    const from = this.publishes.length;
    this.notify('textDocument/didOpen', { textDocument: { uri, languageId: 'markdown', version, text } });
    return this.waitPublish(uri, `version ${version} after didOpen`, (p) => p.version === version, from, timeoutMs);
  }

  /** didChange with incremental changes (applied to our copy too); returns the new version. */
  change(uri: string, changes: TextDocumentContentChangeEvent[]): number {
    const version = (this.versions.get(uri) ?? 0) + 1;
    return this.changeTo(uri, version, changes);
  }

  /** didChange to a given version (tests send versions out of order on purpose). */
  changeTo(uri: string, version: number, changes: TextDocumentContentChangeEvent[]): number {
    this.versions.set(uri, Math.max(version, this.versions.get(uri) ?? 0));
    let text = this.texts.get(uri) ?? '';
    for (const c of changes) text = 'range' in c ? applyTextEdits(text, [{ range: c.range, newText: c.text }]) : c.text;
    this.texts.set(uri, text);
    this.notify('textDocument/didChange', { textDocument: { uri, version }, contentChanges: changes });
    return version;
  }

  /** Sends the edits of a fix as one incremental didChange (last edit first, so positions stay valid). */
  changeByEdits(uri: string, edits: readonly TextEdit[]): number {
    const text = this.texts.get(uri)!;
    const starts = [0];
    for (let i = 0; i < text.length; i++) if (text[i] === '\n') starts.push(i + 1);
    const off = (p: { line: number; character: number }) => starts[p.line] + p.character;
    const sorted = [...edits].sort((a, b) => off(b.range.start) - off(a.range.start));
    return this.change(
      uri,
      sorted.map((e) => ({ range: e.range, text: e.newText })),
    );
  }

  close(uri: string): void {
    this.versions.delete(uri);
    this.texts.delete(uri);
    this.notify('textDocument/didClose', { textDocument: { uri } });
  }

  errorsLogged(): string[] {
    return this.logs.filter((l) => l.type === 1 || /error while/.test(l.message)).map((l) => l.message);
  }

  /** Peak resident memory of the server so far (VmHWM, Linux), in MB. */
  peakRssMb(): number {
    try {
      const m = /VmHWM:\s+(\d+) kB/.exec(readFileSync(`/proc/${this.proc.pid}/status`, 'utf8'));
      return m ? Number(m[1]) / 1024 : NaN;
    } catch {
      return NaN;
    }
  }

  /** shutdown and exit, as an editor closes; killed if it does not go within `timeoutMs` twice. */
  async stop(timeoutMs = 2000): Promise<void> {
    this.stopping = true;
    if (this.exitCode === undefined) {
      try {
        await this.request('shutdown', null, timeoutMs);
        this.notify('exit', null);
        await Promise.race([this.exited, new Promise((r) => setTimeout(r, timeoutMs))]);
      } catch {
        /* killed below */
      }
      if (this.exitCode === undefined) this.proc.kill('SIGKILL');
    }
    this.conn.dispose();
  }
}
