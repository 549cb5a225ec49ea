/**
 * Protocol abuse: malformed parameters, versions out of order, a burst of
 * 1,000 edits, cancelled requests. The server answers, logs, and keeps serving.
 */
import { strict as assert } from 'node:assert';
import { spawn, type ChildProcess } from 'node:child_process';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { createMessageConnection, StreamMessageReader, StreamMessageWriter, type MessageConnection } from 'vscode-jsonrpc/node';
import type { PublishDiagnosticsParams } from 'vscode-languageserver-protocol';
import { tempDir } from './helpers/temp';

const SERVER = join(__dirname, '..', 'dist', 'server.js');
const DOC = (owner: string) => `---\ntype: minutes\nclient: Acme\nmeeting: 2026-11-20\nissued: 2026-11-20\nattendees: [a]\ndistribution: [b]\n---\n# Minutes\n\n## Decisions\n\nGo.\n\n## Next actions\n\n- [ ] Send the deck ${owner} due 2026-12-01\n`;

describe('language server under protocol abuse', function () {
  this.timeout(60000);
  let proc: ChildProcess;
  let conn: MessageConnection;
  const published: PublishDiagnosticsParams[] = [];
  const errors: string[] = [];
  const dir = tempDir('agency-abuse-');
  const uri = pathToFileURL(join(dir, 'm.md')).toString();

  async function lastPublish(version: number): Promise<PublishDiagnosticsParams> {
    const start = Date.now();
    for (;;) {
      const p = published.filter((x) => x.uri === uri && x.version === version).pop();
      if (p) return p;
      if (Date.now() - start > 15000) throw new Error(`no diagnostics for version ${version}; last: ${JSON.stringify(published.map((x) => x.version).slice(-5))}`);
      await new Promise((r) => setTimeout(r, 20));
    }
  }

  before(async () => {
    proc = spawn(process.execPath, [SERVER, '--stdio'], { cwd: dir, env: { ...process.env, AGENCY_DOCS_TODAY: '2026-11-22' }, stdio: ['pipe', 'pipe', 'pipe'] });
    conn = createMessageConnection(new StreamMessageReader(proc.stdout!), new StreamMessageWriter(proc.stdin!));
    conn.onNotification('textDocument/publishDiagnostics', (p: PublishDiagnosticsParams) => { published.push(p); });
    conn.onNotification('window/logMessage', (p: { type: number; message: string }) => { if (p.type === 1) errors.push(p.message); });
    conn.onRequest('workspace/configuration', () => [{ debounce: 0, maxFileSize: 50000 }]);
    conn.onRequest('client/registerCapability', () => null);
    conn.onRequest('window/workDoneProgress/create', () => null);
    conn.listen();
    await conn.sendRequest('initialize', { processId: process.pid, rootUri: pathToFileURL(dir).toString(), capabilities: { workspace: { configuration: true } } });
    conn.sendNotification('initialized', {});
    conn.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'markdown', version: 1, text: DOC('') } });
    await lastPublish(1);
  });

  after(() => { conn?.dispose(); proc?.kill(); });

  it('malformed parameters get an answer (result or error), and the server keeps serving', async () => {
    const bad: [string, unknown][] = [
      ['textDocument/hover', {}], ['textDocument/hover', { textDocument: 5, position: 'x' }],
      ['textDocument/codeAction', { textDocument: { uri } }], ['textDocument/completion', { textDocument: { uri }, position: { line: -3, character: 1e9 } }],
      ['textDocument/documentSymbol', null], ['workspace/symbol', { query: 42 }], ['agencyDocs/documentStatus', { uri: 7 }],
      ['textDocument/definition', { textDocument: { uri }, position: null }],
    ];
    for (const [method, params] of bad) {
      await conn.sendRequest(method, params).then(() => undefined, () => undefined);
    }
    const hover = await conn.sendRequest('textDocument/hover', { textDocument: { uri }, position: { line: 14, character: 4 } });
    assert.ok(hover, 'still answers a good request');
    assert.equal(proc.exitCode, null, 'still running');
  });

  it('a version older than the current one does not replace it', async () => {
    conn.sendNotification('textDocument/didChange', { textDocument: { uri, version: 5 }, contentChanges: [{ text: DOC('@alice') }] });
    const v5 = await lastPublish(5);
    assert.ok(!v5.diagnostics.some((d) => d.code === 'action-missing-owner'));
    conn.sendNotification('textDocument/didChange', { textDocument: { uri, version: 3 }, contentChanges: [{ text: DOC('') }] });
    await new Promise((r) => setTimeout(r, 400));
    const after = published.filter((p) => p.uri === uri).pop()!;
    assert.equal(after.version, 5, 'diagnostics stay those of version 5');
    assert.ok(!after.diagnostics.some((d) => d.code === 'action-missing-owner'));
  });

  it('1,000 edits in a burst: responsive, and the final diagnostics match the final text', async () => {
    let text = DOC('@alice');
    for (let v = 6; v < 1006; v++) {
      // Alternate the owner in and out; the last version has none.
      text = DOC(v === 1005 ? '' : v % 2 ? '@bob' : '');
      conn.sendNotification('textDocument/didChange', { textDocument: { uri, version: v }, contentChanges: [{ text }] });
    }
    const started = Date.now();
    const status = await conn.sendRequest('agencyDocs/documentStatus', { uri });
    assert.ok(status, 'answers while the burst is processed');
    assert.ok(Date.now() - started < 10000);
    const final = await lastPublish(1005);
    assert.ok(final.diagnostics.some((d) => d.code === 'action-missing-owner'), 'the final text has no owner');
  });

  it('a cancelled request is answered or cancelled, and the server goes on', async () => {
    const source = new (await import('vscode-jsonrpc/node')).CancellationTokenSource();
    const p = conn.sendRequest('textDocument/completion', { textDocument: { uri }, position: { line: 16, character: 22 } }, source.token);
    source.cancel();
    await p.then(() => undefined, () => undefined);
    const symbols = await conn.sendRequest('textDocument/documentSymbol', { textDocument: { uri } });
    assert.ok(Array.isArray(symbols) && symbols.length > 0);
  });

  it('a document over maxFileSize gets one plain explanation instead of checks', async () => {
    const big = pathToFileURL(join(dir, 'big.md')).toString();
    conn.sendNotification('textDocument/didOpen', { textDocument: { uri: big, languageId: 'markdown', version: 1, text: DOC('') + 'x'.repeat(60000) } });
    const start = Date.now();
    let p: PublishDiagnosticsParams | undefined;
    while (!(p = published.filter((x) => x.uri === big).pop()) && Date.now() - start < 10000) await new Promise((r) => setTimeout(r, 20));
    assert.ok(p, 'diagnostics for the big document');
    assert.equal(p.diagnostics.length, 1);
    assert.match(String(p.diagnostics[0].message), /over the .* limit .* not checked/);
  });

  it('errors were logged, not thrown: shutdown and exit are clean', async () => {
    await conn.sendRequest('shutdown');
    const exited = new Promise<number | null>((r) => proc.on('exit', (code) => r(code)));
    conn.sendNotification('exit');
    assert.equal(await exited, 0);
  });
});
