/**
 * Odd requests over stdio: documents never opened, positions past the end, changes to closed documents,
 * untitled documents, full-text sync, UTF-8 positions, a burst of edits. (More in ../lsp-abuse.test.ts.)
 */
import { strict as assert } from 'node:assert';
import type { CompletionList, DocumentSymbol, Hover } from 'vscode-languageserver-protocol';
import {
  BRIEF_EN,
  Client,
  ES_NO_DUE_LINE,
  ES_NO_OWNER_LINE,
  MINUTES_EN,
  MINUTES_ES,
  MINUTES_ZH,
  ZH_EMOJI_LINE,
  codes,
  diag,
  hoverText,
  items,
  lineNo,
  lineOf,
  summary,
  uriIn,
  useWorkspaceServer,
  type WorkspaceServer,
} from '../helpers/lspWorkspace';

describe('language server: robustness', function () {
  this.timeout(30000);
  const server = useWorkspaceServer(['brief']);
  let client: Client;
  let root: string;
  let uris: WorkspaceServer['uris'];
  before(() => ({ client, root, uris } = server));

  it('requests for a document never opened give empty results, not errors', async () => {
    const uri = uriIn(root, 'never-opened.md');
    const doc = { textDocument: { uri } };
    const pos = { ...doc, position: { line: 0, character: 0 } };
    const empty = (v: unknown) =>
      v === null ||
      (Array.isArray(v) && v.length === 0) ||
      (typeof v === 'object' &&
        v !== null &&
        Array.isArray((v as CompletionList).items) &&
        (v as CompletionList).items.length === 0);
    const results: Record<string, unknown> = {
      hover: await client.request('textDocument/hover', pos),
      completion: await client.request('textDocument/completion', pos),
      documentSymbol: await client.request('textDocument/documentSymbol', doc),
      foldingRange: await client.request('textDocument/foldingRange', doc),
      codeLens: await client.request('textDocument/codeLens', doc),
      definition: await client.request('textDocument/definition', pos),
      references: await client.request('textDocument/references', { ...pos, context: { includeDeclaration: true } }),
      codeAction: await client.request('textDocument/codeAction', {
        ...doc,
        range: { start: pos.position, end: pos.position },
        context: { diagnostics: [] },
      }),
      fixAll: await client.request('textDocument/codeAction', {
        ...doc,
        range: { start: pos.position, end: pos.position },
        context: { diagnostics: [], only: ['source.fixAll.agencyDocs'] },
      }),
    };
    for (const [k, v] of Object.entries(results)) assert.ok(empty(v), `${k}: ${JSON.stringify(v)}`);
  });

  it('positions past the end of a document do not fail', async () => {
    const pos = { textDocument: { uri: uris.brief }, position: { line: 999, character: 999 } };
    const h = await client.request('textDocument/hover', pos);
    assert.equal(h, null);
    const c = items(await client.request('textDocument/completion', pos));
    assert.ok(Array.isArray(c));
  });

  it('didChange for a closed document does not crash the server', async () => {
    const uri = uriIn(root, 'closed-doc.md');
    await client.open(uri, BRIEF_EN);
    client.close(uri);
    client.notify('textDocument/didChange', {
      textDocument: { uri, version: 7 },
      contentChanges: [{ range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, text: 'x' }],
    });
    client.notify('textDocument/didChange', {
      textDocument: { uri: uriIn(root, 'nobody.md'), version: 2 },
      contentChanges: [{ text: '# x' }],
    });
    const s = await client.request<DocumentSymbol[]>('textDocument/documentSymbol', {
      textDocument: { uri: uris.brief },
    });
    assert.equal(s.length, 1, 'the server still answers');
    assert.equal(client.exitCode, undefined, 'the server is still running');
    await new Promise((r) => setTimeout(r, 300));
    assert.ok(
      !client.publishes.some((p) => p.uri === uri && p.version === 7),
      'nothing published for the closed document',
    );
  });

  it('an untitled (non-file) document is checked too', async () => {
    const uri = 'untitled:Untitled-1';
    const p = await client.open(uri, BRIEF_EN);
    assert.deepEqual(codes(p), ['missing-section', 'missing-section'], summary(p));
    const from = client.publishes.length;
    client.close(uri);
    const closed = await client.waitPublish(uri, 'after didClose', () => true, from);
    assert.deepEqual(closed.diagnostics, []);
  });

  it('a full-text didChange (no range) is applied', async () => {
    const uri = uriIn(root, 'full-sync.md');
    await client.open(uri, BRIEF_EN);
    const v = client.change(uri, [{ text: MINUTES_EN }]);
    const p = await client.waitVersion(uri, v);
    assert.deepEqual(codes(p), ['action-overdue'], summary(p));
    assert.equal(diag(p, 'action-overdue').range.start.line, lineNo(MINUTES_EN, 'voice-over'));
    client.close(uri);
  });

  it('UTF-8 position encoding when the client prefers it: columns in bytes', async () => {
    const c = await Client.start(root, { positionEncodings: ['utf-8', 'utf-16'] });
    try {
      assert.equal(c.init.capabilities.positionEncoding, 'utf-8');
      const p = await c.client.open(uris.zh, MINUTES_ZH);
      const amb = diag(p, 'ambiguous-date', ZH_EMOJI_LINE);
      const line = lineOf(MINUTES_ZH, ZH_EMOJI_LINE);
      const bytes = Buffer.byteLength(line.slice(0, line.indexOf('03/12/2026')), 'utf8');
      assert.deepEqual(amb.range, {
        start: { line: ZH_EMOJI_LINE, character: bytes },
        end: { line: ZH_EMOJI_LINE, character: bytes + 10 },
      });
      // Hover on a date after Chinese text (the line above: the one on the emoji line has two readings, so no weekday).
      const above = lineOf(MINUTES_ZH, ZH_EMOJI_LINE - 1);
      const aboveBytes = Buffer.byteLength(above.slice(0, above.indexOf('2026-11-27')), 'utf8');
      const h = await c.client.request<Hover | null>('textDocument/hover', {
        textDocument: { uri: uris.zh },
        position: { line: ZH_EMOJI_LINE - 1, character: aboveBytes + 2 },
      });
      assert.match(hoverText(h), /2026-11-27/);
      assert.equal(
        await c.client.request<Hover | null>('textDocument/hover', {
          textDocument: { uri: uris.zh },
          position: { line: ZH_EMOJI_LINE, character: bytes + 2 },
        }),
        null,
      );
    } finally {
      await c.client.stop();
    }
  });

  it('200 edits in a burst: the last publish matches the final text', async () => {
    const uri = uriIn(root, 'burst.md');
    await client.open(uri, MINUTES_ES, 1);
    const typed =
      '- [ ] Revisar el contrato del recinto y las condiciones de la acometida eléctrica con el proveedor antes de la próxima reunión; confirmar también los horarios de montaje, el seguro y los pases de acceso';
    assert.ok(typed.length >= 200);
    const lastLine = MINUTES_ES.split('\n').length - 1;
    let v = 1;
    for (let i = 0; i < 200; i++) {
      v = client.change(uri, [
        { range: { start: { line: lastLine, character: i }, end: { line: lastLine, character: i } }, text: typed[i] },
      ]);
    }
    assert.equal(v, 201);
    assert.equal(lineOf(client.texts.get(uri)!, lastLine), typed.slice(0, 200));
    const p = await client.waitVersion(uri, 201);
    // Final text: the two original problems plus the typed action, which has neither owner nor due date.
    const got = p.diagnostics.map((d) => `${d.code}@${d.range.start.line}`).sort();
    assert.deepEqual(
      got,
      [
        `action-missing-due@${ES_NO_DUE_LINE}`,
        `action-missing-due@${lastLine}`,
        `action-missing-owner@${ES_NO_OWNER_LINE}`,
        `action-missing-owner@${lastLine}`,
      ].sort(),
    );
    // Nothing older arrives after it.
    await new Promise((r) => setTimeout(r, 400));
    assert.equal(client.lastPublish(uri)!.version, 201, 'the last publish is for the final version');
    const versions = client.publishes.filter((x) => x.uri === uri).map((x) => x.version!);
    assert.ok(versions.length < 50, `edits are debounced, not checked one by one (${versions.length} publishes)`);
    for (let i = 1; i < versions.length; i++)
      assert.ok(versions[i] >= versions[i - 1], `versions in order: ${versions}`);
    client.close(uri);
  });
});
