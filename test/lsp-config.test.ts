/**
 * Bad configuration through the language server (bundled dist/server.js over stdio):
 * a `.agency-docs.json` of the wrong shape gets diagnostics at each bad value, bad
 * settings pushed or pulled through didChangeConfiguration are reported once each,
 * and the server stays alive and keeps checking documents (docs/robustness.md).
 *
 * Build first: `node esbuild.mjs`.
 */
import { strict as assert } from 'node:assert';
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import {
  createMessageConnection,
  StreamMessageReader,
  StreamMessageWriter,
  type MessageConnection,
} from 'vscode-jsonrpc/node';
import type { PublishDiagnosticsParams } from 'vscode-languageserver-protocol';
import { tempDir } from './helpers/temp';

const SERVER = process.env.AGENCY_DOCS_SERVER ?? join(__dirname, '..', 'dist', 'server.js');

const MINUTES = `---
type: minutes
client: Acme
meeting: 2026-11-10
issued: 2026-11-10
attendees: [alice]
distribution: [bob]
---
# Minutes

## Decisions

Go.

## Next actions

- [ ] ${'a'.repeat(29)} @alice due 2026-12-01
- [ ] ${'1'.repeat(100)} due 2026-12-01
- [ ] Send the deck

[out](../../../../etc/passwd.md)
`;

/** One bad value per kind; jobPattern is the 120-second one of issue 17 (now linear). */
const BAD_FILE = {
  team: [
    { name: 'alice', aliases: 5 },
    { name: 'bob', aliases: [null] },
  ],
  clients: [{ name: 'Acme', aliases: [7] }],
  rules: { x: { y: 1 }, 'action-missing-due': 'off' },
  jobPattern: '(a?){30}a{30}',
  maxFileSize: '1',
};

class Client {
  readonly publishes: PublishDiagnosticsParams[] = [];
  readonly shown: string[] = [];
  settings: unknown = {};
  exitCode: number | null | undefined;
  stderr = '';

  constructor(
    readonly proc: ChildProcess,
    readonly conn: MessageConnection,
  ) {
    proc.on('exit', (code) => {
      this.exitCode = code;
    });
    proc.stderr!.on('data', (b: Buffer) => {
      this.stderr += b.toString();
    });
    conn.onNotification('textDocument/publishDiagnostics', (p: PublishDiagnosticsParams) => {
      this.publishes.push(p);
    });
    conn.onNotification('window/showMessage', (p: { message: string }) => {
      this.shown.push(p.message);
    });
    conn.onNotification('window/logMessage', () => undefined);
    conn.onNotification('$/progress', () => undefined);
    conn.onRequest('workspace/configuration', () => [this.settings]);
    conn.onRequest('client/registerCapability', () => null);
    conn.onRequest('window/workDoneProgress/create', () => null);
    conn.listen();
  }

  static async start(root: string, pull: boolean, locale = 'en'): Promise<Client> {
    const proc = spawn(process.execPath, [SERVER, '--stdio'], {
      cwd: root,
      env: { ...process.env, AGENCY_DOCS_TODAY: '2026-11-22' },
      stdio: ['pipe', 'pipe', 'pipe'],
    });
    const conn = createMessageConnection(new StreamMessageReader(proc.stdout!), new StreamMessageWriter(proc.stdin!));
    conn.onError(() => undefined);
    const c = new Client(proc, conn);
    const rootUri = pathToFileURL(root).toString();
    await conn.sendRequest('initialize', {
      processId: process.pid,
      rootUri,
      locale,
      workspaceFolders: [{ uri: rootUri, name: 'ws' }],
      capabilities: { workspace: { configuration: pull, didChangeConfiguration: { dynamicRegistration: pull } } },
    });
    void conn.sendNotification('initialized', {});
    return c;
  }

  async waitFor<T>(what: string, check: () => T | undefined, timeoutMs = 10000): Promise<T> {
    const start = Date.now();
    for (;;) {
      const v = check();
      if (v !== undefined) return v;
      if (this.exitCode !== undefined)
        throw new Error(`server exited (${this.exitCode}) waiting for ${what}: ${this.stderr.slice(-1500)}`);
      if (Date.now() - start > timeoutMs) throw new Error(`timed out waiting for ${what}`);
      await new Promise((r) => setTimeout(r, 20));
    }
  }

  /**
   * The server still answers and its diagnostics for `uri` are current: a round trip (symbols) after the
   * change, then the last publish. (An unchanged result is not published again, so none may follow.)
   */
  async answersWith(uri: string): Promise<PublishDiagnosticsParams> {
    await this.conn.sendRequest('textDocument/documentSymbol', { textDocument: { uri } });
    const last = [...this.publishes].reverse().find((p) => p.uri === uri);
    assert.ok(last, `no diagnostics for ${uri}`);
    return last;
  }

  publishFor(
    uri: string,
    from: number,
    pred: (p: PublishDiagnosticsParams) => boolean = () => true,
  ): Promise<PublishDiagnosticsParams> {
    return this.waitFor(`diagnostics for ${uri.split('/').pop()}`, () =>
      this.publishes.slice(from).find((p) => p.uri === uri && pred(p)),
    );
  }

  stop(): void {
    this.conn.dispose();
    this.proc.kill();
  }
}

function workspace(config?: unknown): { dir: string; doc: string; config: string } {
  const dir = tempDir('agency-lsp-config-');
  mkdirSync(join(dir, 'docs'));
  writeFileSync(join(dir, 'docs', 'm.md'), MINUTES);
  if (config !== undefined) writeFileSync(join(dir, '.agency-docs.json'), JSON.stringify(config, null, 2));
  return {
    dir,
    doc: pathToFileURL(join(dir, 'docs', 'm.md')).toString(),
    config: pathToFileURL(join(dir, '.agency-docs.json')).toString(),
  };
}

describe('language server: bad configuration (issue 17 items 7, 8, 14; item 16 settings)', function () {
  this.timeout(60000);
  const clients: Client[] = [];
  after(() => {
    for (const c of clients) c.stop();
  });

  it('.agency-docs.json of the wrong shape: one diagnostic at each bad value, the rest applies, documents are checked', async () => {
    const ws = workspace(BAD_FILE);
    const c = await Client.start(ws.dir, true);
    clients.push(c);
    const onFile = await c.publishFor(ws.config, 0, (p) => p.diagnostics.length > 0);
    const text = JSON.stringify(BAD_FILE, null, 2).split('\n');
    const lineOf = (needle: string) => text.findIndex((l) => l.includes(needle));
    assert.deepEqual(
      onFile.diagnostics.map((d) => d.range.start.line).sort((a, b) => a - b),
      [lineOf('"aliases": 5'), lineOf('null'), lineOf('7'), lineOf('"x"'), lineOf('"maxFileSize"')].sort(
        (a, b) => a - b,
      ),
      JSON.stringify(onFile.diagnostics.map((d) => String(d.message))),
    );
    assert.ok(onFile.diagnostics.every((d) => d.severity === 2 && d.source === 'agency-docs'));
    assert.ok(onFile.diagnostics.some((d) => /“x” is not a rule of agency-docs/.test(String(d.message))));
    // The document: checked at once despite the pattern, action-missing-due off still applies, the link is outside.
    void c.conn.sendNotification('textDocument/didOpen', {
      textDocument: { uri: ws.doc, languageId: 'markdown', version: 1, text: MINUTES },
    });
    const p = await c.publishFor(ws.doc, 0, (x) => x.version === 1);
    const codes = p.diagnostics.map((d) => String(d.code));
    assert.ok(codes.includes('action-missing-owner'), JSON.stringify(codes));
    assert.ok(!codes.includes('action-missing-due'), JSON.stringify(codes));
    const link = p.diagnostics.find((d) => d.code === 'broken-link');
    assert.match(String(link?.message ?? ''), /is outside this workspace, so it is not checked/);
  });

  it('bad settings through didChangeConfiguration (pulled): each reported once, the server stays alive and reporting', async () => {
    const ws = workspace({ team: [{ name: 'alice' }] });
    const c = await Client.start(ws.dir, true, 'es');
    clients.push(c);
    void c.conn.sendNotification('textDocument/didOpen', {
      textDocument: { uri: ws.doc, languageId: 'markdown', version: 1, text: MINUTES },
    });
    await c.publishFor(ws.doc, 0);
    for (const bad of [
      { team: [{ name: 'alice', aliases: 5 }], clients: [{ name: 'Acme', aliases: [7] }], rules: { x: { y: 1 } } },
      { rules: 'off', maxFileSize: '1', jobPattern: 5, team: [{ name: 'alice', aliases: 'xyz' }] },
      { team: 5, clients: [null], enable: 'yes', debounce: -1 },
    ]) {
      const shownBefore = c.shown.length;
      c.settings = bad;
      void c.conn.sendNotification('workspace/didChangeConfiguration', { settings: null });
      await c.answersWith(ws.doc);
      await c.waitFor('warnings', () => (c.shown.length > shownBefore ? true : undefined));
      await new Promise((r) => setTimeout(r, 200));
      const fresh = c.shown.slice(shownBefore);
      assert.equal(fresh.length, new Set(fresh).size, 'each once');
      assert.ok(
        fresh.every((m) => /se ignora/.test(m)),
        fresh.join('\n'),
      );
    }
    assert.equal(c.shown.length, 3 + 4 + 4, c.shown.join('\n'));
    // The same bad settings again: nothing new is shown.
    const shownBefore = c.shown.length;
    void c.conn.sendNotification('workspace/didChangeConfiguration', { settings: null });
    await c.answersWith(ws.doc);
    assert.equal(c.shown.length, shownBefore);
    assert.equal(c.exitCode, undefined, 'still running');
  });

  it('bad settings pushed to a client without workspace/configuration: alive and reporting', async () => {
    const ws = workspace();
    const c = await Client.start(ws.dir, false);
    clients.push(c);
    void c.conn.sendNotification('textDocument/didOpen', {
      textDocument: { uri: ws.doc, languageId: 'markdown', version: 1, text: MINUTES },
    });
    await c.publishFor(ws.doc, 0);
    for (const agencyDocs of [
      { team: [{ name: 'x', aliases: 5 }] },
      { team: [5] },
      { team: [null] },
      { rules: { x: {} } },
      5,
      'off',
      [1],
    ]) {
      void c.conn.sendNotification('workspace/didChangeConfiguration', { settings: { agencyDocs } });
      const p = await c.answersWith(ws.doc);
      assert.ok(
        p.diagnostics.some((d) => d.code === 'action-missing-owner'),
        JSON.stringify(agencyDocs),
      );
    }
    assert.equal(c.exitCode, undefined, 'still running');
    assert.ok(c.shown.length >= 7, c.shown.join('\n'));
  });
});
