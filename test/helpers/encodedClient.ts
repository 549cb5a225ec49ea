/**
 * A small LSP client for tests: spawns the bundled server over stdio, keeps
 * every publish, and keeps its own copy of each document, edited the way an
 * editor does it — positions read in the negotiated encoding by code written
 * here, independent of the server's.
 */
import { strict as assert } from 'node:assert';
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import {
  createMessageConnection,
  StreamMessageReader,
  StreamMessageWriter,
  type MessageConnection,
} from 'vscode-jsonrpc/node';
import type { InitializeResult, PublishDiagnosticsParams, TextEdit } from 'vscode-languageserver-protocol';

export const SERVER = process.env.AGENCY_DOCS_SERVER ?? join(__dirname, '..', '..', 'dist', 'server.js');
export type Encoding = 'utf-8' | 'utf-16' | 'utf-32';
export interface Pos {
  line: number;
  character: number;
}
export interface Rng {
  start: Pos;
  end: Pos;
}

/** Code points of a line, each with its width in the encoding. */
function width(cp: string, encoding: Encoding): number {
  if (encoding === 'utf-32') return 1;
  const c = cp.codePointAt(0)!;
  if (encoding === 'utf-16') return c > 0xffff ? 2 : 1;
  return c < 0x80 ? 1 : c < 0x800 ? 2 : c < 0x10000 ? 3 : 4;
}

/** Line start offsets (UTF-16 string indexes), line breaks \n, \r\n, \r as LSP counts them. */
function lineStarts(text: string): number[] {
  const starts = [0];
  for (let i = 0; i < text.length; i++) {
    if (text[i] === '\r' && text[i + 1] === '\n') {
      starts.push(i + 2);
      i++;
    } else if (text[i] === '\n' || text[i] === '\r') starts.push(i + 1);
  }
  return starts;
}

function lineEnd(text: string, starts: number[], line: number): number {
  if (line + 1 >= starts.length) return text.length;
  let end = starts[line + 1];
  if (text[end - 1] === '\n') end--;
  if (text[end - 1] === '\r') end--;
  return end;
}

/** The string index of an LSP position counted in `encoding`; fails on a position inside a character. */
export function offsetAt(text: string, p: Pos, encoding: Encoding): number {
  const starts = lineStarts(text);
  assert.ok(p.line >= 0 && p.line < starts.length, `line ${p.line} outside the text (${starts.length} lines)`);
  const start = starts[p.line];
  const line = text.slice(start, lineEnd(text, starts, p.line));
  let count = 0;
  let units = 0;
  for (const cp of line) {
    if (count === p.character) break;
    count += width(cp, encoding);
    units += cp.length;
    assert.ok(
      count <= p.character,
      `character ${p.character} on line ${p.line} falls inside a character (${encoding})`,
    );
  }
  assert.ok(
    count === p.character || (count < p.character && units === line.length),
    `character ${p.character} past line ${p.line}`,
  );
  return start + units;
}

/** The LSP position (in `encoding`) of a string index. */
export function positionAt(text: string, offset: number, encoding: Encoding): Pos {
  const starts = lineStarts(text);
  let line = 0;
  while (line + 1 < starts.length && starts[line + 1] <= offset) line++;
  let character = 0;
  for (const cp of text.slice(starts[line], offset)) character += width(cp, encoding);
  return { line, character };
}

export function textIn(text: string, r: Rng, encoding: Encoding): string {
  return text.slice(offsetAt(text, r.start, encoding), offsetAt(text, r.end, encoding));
}

/** Applies edits given against one text (as a workspace edit's are), last first. */
export function applyEdits(text: string, edits: readonly TextEdit[], encoding: Encoding): string {
  const spans = edits.map((e) => ({
    start: offsetAt(text, e.range.start, encoding),
    end: offsetAt(text, e.range.end, encoding),
    newText: e.newText,
  }));
  spans.sort((a, b) => b.start - a.start || b.end - a.end);
  for (const s of spans) text = text.slice(0, s.start) + s.newText + text.slice(s.end);
  return text;
}

export class LspClient {
  readonly publishes: PublishDiagnosticsParams[] = [];
  readonly texts = new Map<string, string>();
  readonly versions = new Map<string, number>();
  stderr = '';
  exitCode: number | null | undefined;
  readonly exited: Promise<number | null>;
  init!: InitializeResult;
  private waiters = new Set<() => void>();

  /** The encoding the server chose (set by start). */
  encoding: Encoding = 'utf-16';

  private constructor(
    readonly proc: ChildProcess,
    readonly conn: MessageConnection,
  ) {
    this.exited = new Promise((resolve) =>
      proc.on('exit', (code) => {
        this.exitCode = code;
        this.poke();
        resolve(code);
      }),
    );
    proc.stderr!.on('data', (b: Buffer) => {
      this.stderr += b.toString();
    });
    conn.onNotification('textDocument/publishDiagnostics', (p: PublishDiagnosticsParams) => {
      this.publishes.push(p);
      this.poke();
    });
    conn.onNotification(() => undefined);
    conn.onRequest('workspace/configuration', (p: { items: unknown[] }) => p.items.map(() => ({ debounce: 0 })));
    conn.onRequest(() => null);
    conn.onError(() => undefined);
    conn.listen();
  }

  static async start(root: string, encodings: Encoding[], today = '2026-11-22'): Promise<LspClient> {
    assert.ok(existsSync(SERVER), `${SERVER} is missing: run \`node esbuild.mjs\` first`);
    const proc = spawn(process.execPath, [SERVER, '--stdio'], {
      cwd: root,
      stdio: ['pipe', 'pipe', 'pipe'],
      env: { ...process.env, AGENCY_DOCS_TODAY: today },
    });
    const conn = createMessageConnection(new StreamMessageReader(proc.stdout!), new StreamMessageWriter(proc.stdin!));
    const client = new LspClient(proc, conn);
    const rootUri = pathToFileURL(root).toString();
    const init = (await conn.sendRequest('initialize', {
      processId: process.pid,
      rootUri,
      workspaceFolders: [{ uri: rootUri, name: 'ws' }],
      capabilities: { general: { positionEncodings: encodings }, workspace: { configuration: true } },
    })) as InitializeResult;
    client.encoding = (init.capabilities.positionEncoding ?? 'utf-16') as Encoding;
    client.init = init;
    void conn.sendNotification('initialized', {});
    return client;
  }

  private poke(): void {
    for (const w of [...this.waiters]) w();
  }

  waitFor<T>(what: string, check: () => T | undefined, timeoutMs = 10000): Promise<T> {
    return new Promise((resolve, reject) => {
      const probe = () => {
        const v = check();
        if (v !== undefined) {
          done();
          resolve(v);
        } else if (this.exitCode !== undefined) {
          done();
          reject(new Error(`server exited while waiting for ${what}: ${this.stderr.slice(-1000)}`));
        }
      };
      const timer = setTimeout(() => {
        done();
        reject(new Error(`timed out waiting for ${what}`));
      }, timeoutMs);
      const done = () => {
        clearTimeout(timer);
        this.waiters.delete(probe);
      };
      this.waiters.add(probe);
      probe();
    });
  }

  /** The publish of exactly this version of the document. */
  published(uri: string, version = this.versions.get(uri)!): Promise<PublishDiagnosticsParams> {
    return this.waitFor(`diagnostics of ${uri.split('/').pop()} v${version}`, () => this.last(uri, version));
  }

  /** The last publish for a document (of one version, if given). */
  last(uri: string, version?: number): PublishDiagnosticsParams | undefined {
    for (let i = this.publishes.length - 1; i >= 0; i--) {
      const p = this.publishes[i];
      if (p.uri === uri && (version === undefined || p.version === version)) return p;
    }
    return undefined;
  }

  open(uri: string, text: string): Promise<PublishDiagnosticsParams> {
    this.texts.set(uri, text);
    this.versions.set(uri, 1);
    void this.conn.sendNotification('textDocument/didOpen', {
      textDocument: { uri, languageId: 'markdown', version: 1, text },
    });
    return this.published(uri, 1);
  }

  /** Sends incremental changes (each against the text the ones before it left) and applies them to our copy. */
  change(uri: string, changes: { range: Rng; text: string }[]): Promise<PublishDiagnosticsParams> {
    let text = this.texts.get(uri)!;
    for (const c of changes) text = applyEdits(text, [{ range: c.range, newText: c.text }], this.encoding);
    this.texts.set(uri, text);
    const version = this.versions.get(uri)! + 1;
    this.versions.set(uri, version);
    void this.conn.sendNotification('textDocument/didChange', {
      textDocument: { uri, version },
      contentChanges: changes,
    });
    return this.published(uri, version);
  }

  /** Applies a workspace edit's edits to our copy and tells the server, as an editor does after a code action. */
  applyWorkspaceEdits(uri: string, edits: readonly TextEdit[]): Promise<PublishDiagnosticsParams> {
    const text = this.texts.get(uri)!;
    // Sent as one change each, last in the text first, so each range is still valid when applied.
    const sorted = [...edits].sort(
      (a, b) => offsetAt(text, b.range.start, this.encoding) - offsetAt(text, a.range.start, this.encoding),
    );
    return this.change(
      uri,
      sorted.map((e) => ({ range: e.range, text: e.newText })),
    );
  }

  request<R>(method: string, params: unknown): Promise<R> {
    return this.conn.sendRequest(method, params) as Promise<R>;
  }

  async stop(): Promise<void> {
    if (this.exitCode === undefined) {
      try {
        await Promise.race([this.conn.sendRequest('shutdown'), new Promise((r) => setTimeout(r, 2000))]);
        void this.conn.sendNotification('exit');
        await Promise.race([this.exited, new Promise((r) => setTimeout(r, 2000))]);
      } catch {
        /* killed below */
      }
    }
    if (this.exitCode === undefined) this.proc.kill('SIGKILL');
    this.conn.dispose();
  }
}
