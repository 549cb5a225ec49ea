/**
 * Protocol abuse: malformed parameters, versions out of order, a burst of
 * 1,000 edits, cancelled requests. The server answers, logs, and keeps serving.
 */
import { strict as assert } from 'node:assert';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { MessageConnection } from 'vscode-jsonrpc/node';
import type { PublishDiagnosticsParams } from 'vscode-languageserver-protocol';
import { DocumentStatusRequest } from '../server/lsp/protocol';
import { LspTestClient } from './helpers/lspClient';
import { tempDir } from './helpers/temp';

const DOC = (owner: string) =>
  `---\ntype: minutes\nclient: Acme\nmeeting: 2026-11-20\nissued: 2026-11-20\nattendees: [a]\ndistribution: [b]\n---\n# Minutes\n\n## Decisions\n\nGo.\n\n## Next actions\n\n- [ ] Send the deck ${owner} due 2026-12-01\n`;

describe('language server under protocol abuse', function () {
  this.timeout(60000);
  let client: LspTestClient;
  /** The raw connection: these tests send what no well-behaved client would. */
  let conn: MessageConnection;
  const dir = tempDir('agency-abuse-');
  const uri = pathToFileURL(join(dir, 'm.md')).toString();
  const published = (): readonly PublishDiagnosticsParams[] => client.publishes;

  /** The last publish of this version of the document. */
  function lastPublish(version: number): Promise<PublishDiagnosticsParams> {
    return client.waitFor(
      `diagnostics for version ${version}`,
      () =>
        published()
          .filter((x) => x.uri === uri && x.version === version)
          .pop(),
      15000,
    );
  }

  before(async () => {
    client = new LspTestClient({ cwd: dir, today: '2026-11-22', settings: { debounce: 0, maxFileSize: 50000 } });
    conn = client.conn;
    await client.initialize({
      rootUri: pathToFileURL(dir).toString(),
      capabilities: { workspace: { configuration: true } },
    });
    client.notify('initialized', {});
    client.notify('textDocument/didOpen', { textDocument: { uri, languageId: 'markdown', version: 1, text: DOC('') } });
    await lastPublish(1);
  });

  after(async () => {
    await client?.stop();
  });

  it('malformed parameters get an answer (result or error), and the server keeps serving', async () => {
    const bad: [string, unknown][] = [
      ['textDocument/hover', {}],
      ['textDocument/hover', { textDocument: 5, position: 'x' }],
      ['textDocument/codeAction', { textDocument: { uri } }],
      ['textDocument/completion', { textDocument: { uri }, position: { line: -3, character: 1e9 } }],
      ['textDocument/documentSymbol', null],
      ['workspace/symbol', { query: 42 }],
      ['agencyDocs/documentStatus', { uri: 7 }],
      ['textDocument/definition', { textDocument: { uri }, position: null }],
    ];
    for (const [method, params] of bad) {
      await conn.sendRequest(method, params).then(
        () => undefined,
        () => undefined,
      );
    }
    const hover = await conn.sendRequest('textDocument/hover', {
      textDocument: { uri },
      position: { line: 14, character: 4 },
    });
    assert.ok(hover, 'still answers a good request');
    assert.equal(client.exitCode, undefined, 'still running');
  });

  it('a version older than the current one does not replace it', async () => {
    conn.sendNotification('textDocument/didChange', {
      textDocument: { uri, version: 5 },
      contentChanges: [{ text: DOC('@alice') }],
    });
    const v5 = await lastPublish(5);
    assert.ok(!v5.diagnostics.some((d) => d.code === 'action-missing-owner'));
    conn.sendNotification('textDocument/didChange', {
      textDocument: { uri, version: 3 },
      contentChanges: [{ text: DOC('') }],
    });
    await new Promise((r) => setTimeout(r, 400));
    const after = client.lastPublish(uri)!;
    assert.equal(after.version, 5, 'diagnostics stay those of version 5');
    assert.ok(!after.diagnostics.some((d) => d.code === 'action-missing-owner'));
  });

  it('1,000 edits in a burst: responsive, and the final diagnostics match the final text', async () => {
    let text = DOC('@alice');
    for (let v = 6; v < 1006; v++) {
      // Alternate the owner in and out; the last version has none.
      text = DOC(v === 1005 ? '' : v % 2 ? '@bob' : '');
      conn.sendNotification('textDocument/didChange', {
        textDocument: { uri, version: v },
        contentChanges: [{ text }],
      });
    }
    const started = Date.now();
    const status = await client.request(DocumentStatusRequest.type, { uri }, 10000);
    assert.ok(status, 'answers while the burst is processed');
    assert.ok(Date.now() - started < 10000);
    const final = await lastPublish(1005);
    assert.ok(
      final.diagnostics.some((d) => d.code === 'action-missing-owner'),
      'the final text has no owner',
    );
  });

  it('a cancelled request is answered or cancelled, and the server goes on', async () => {
    const source = new (await import('vscode-jsonrpc/node')).CancellationTokenSource();
    const p = conn.sendRequest(
      'textDocument/completion',
      { textDocument: { uri }, position: { line: 16, character: 22 } },
      source.token,
    );
    source.cancel();
    await p.then(
      () => undefined,
      () => undefined,
    );
    const symbols = await conn.sendRequest('textDocument/documentSymbol', { textDocument: { uri } });
    assert.ok(Array.isArray(symbols) && symbols.length > 0);
  });

  it('a document over maxFileSize gets one plain explanation instead of checks', async () => {
    const big = pathToFileURL(join(dir, 'big.md')).toString();
    conn.sendNotification('textDocument/didOpen', {
      textDocument: { uri: big, languageId: 'markdown', version: 1, text: DOC('') + 'x'.repeat(60000) },
    });
    const p = await client.waitFor('diagnostics for the big document', () => client.lastPublish(big), 10000);
    assert.equal(p.diagnostics.length, 1);
    assert.match(String(p.diagnostics[0].message), /over the .* limit .* not checked/);
  });

  it('errors were logged, not thrown: shutdown and exit are clean', async () => {
    await conn.sendRequest('shutdown');
    conn.sendNotification('exit');
    assert.equal(await client.exited, 0);
  });
});
