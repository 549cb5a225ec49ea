/**
 * Diagnostics over stdio (server/lsp/diagnostics.ts): what is published on open and change, in which
 * language, at which columns.
 */
import { strict as assert } from 'node:assert';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { CodeAction } from 'vscode-languageserver-protocol';
import { DocumentStatusRequest } from '../../server/lsp/protocol';
import {
  BRIEF_EN,
  BRIEF_TITLE_LINE,
  Client,
  ES_NO_DUE_LINE,
  ES_NO_OWNER_LINE,
  MINUTES_ES,
  MINUTES_ZH,
  ZH_EMOJI_LINE,
  ZH_NO_OWNER_LINE,
  codes,
  diag,
  lineOf,
  msg,
  summary,
  uriIn,
  useWorkspaceServer,
  type WorkspaceServer,
} from '../helpers/lspWorkspace';

describe('language server: diagnostics', function () {
  this.timeout(30000);
  const server = useWorkspaceServer();
  let client: Client;
  let root: string;
  let uris: WorkspaceServer['uris'];
  before(() => ({ client, root, uris } = server));

  it('an English brief: missing-section with source, code, codeDescription, data and version', async () => {
    const p = await client.open(uris.brief, BRIEF_EN, 1);
    assert.equal(p.version, 1);
    assert.deepEqual(codes(p), ['missing-section', 'missing-section'], summary(p));
    const sections = p.diagnostics.map((d) => (d.data as { section?: string }).section).sort();
    assert.deepEqual(sections, ['mandatories', 'tone']);
    for (const d of p.diagnostics) {
      assert.equal(d.source, 'agency-docs');
      assert.equal(d.severity, 1, 'missing-section is an error');
      assert.equal(d.range.start.line, BRIEF_TITLE_LINE, 'a missing section is reported on the title');
      assert.equal((d.data as { rule?: string }).rule, 'missing-section');
      assert.ok(d.codeDescription?.href, 'codeDescription.href should link to the rule documentation');
      assert.match(d.codeDescription.href, /#missing-section$/);
      assert.doesNotThrow(() => new URL(d.codeDescription!.href));
      assert.match(msg(d), /Tone|Mandatories/);
      assert.equal((d.data as { version?: number }).version, 1, 'data.version is the checked version');
    }
  });

  it('ordinary Markdown (no type): no diagnostic, no lens, no status', async () => {
    const uri = uriIn(root, 'notes.md');
    const p = await client.open(uri, '# Notes\n\n## Ideas\n\nJust a plain note, due 2026-02-30 maybe.\n');
    assert.deepEqual(p.diagnostics, []);
    assert.deepEqual(await client.request('textDocument/codeLens', { textDocument: { uri } }), []);
    assert.equal(await client.request(DocumentStatusRequest.type, { uri }), null);
    client.close(uri);
  });

  it('Chinese minutes: ambiguous date after CJK and emoji at exact UTF-16 columns, action without owner', async () => {
    const p = await client.open(uris.zh, MINUTES_ZH, 1);
    assert.deepEqual(codes(p), ['action-missing-owner', 'ambiguous-date'], summary(p));
    const amb = diag(p, 'ambiguous-date', ZH_EMOJI_LINE);
    const line = lineOf(MINUTES_ZH, ZH_EMOJI_LINE);
    const col = line.indexOf('03/12/2026'); // UTF-16 code units, like LSP's default encoding
    assert.ok(col > 0 && [...line.slice(0, col)].length < col, 'the line has astral emoji before the date');
    assert.deepEqual(amb.range, {
      start: { line: ZH_EMOJI_LINE, character: col },
      end: { line: ZH_EMOJI_LINE, character: col + 10 },
    });
    assert.equal(amb.severity, 2);
    const owner = diag(p, 'action-missing-owner', ZH_NO_OWNER_LINE);
    assert.equal(owner.severity, 1);
    assert.equal(owner.range.start.character, 0, JSON.stringify(owner.range));
  });

  it('Spanish minutes: action without owner and action without due date', async () => {
    const p = await client.open(uris.es, MINUTES_ES, 1);
    assert.deepEqual(codes(p), ['action-missing-due', 'action-missing-owner'], summary(p));
    diag(p, 'action-missing-owner', ES_NO_OWNER_LINE);
    diag(p, 'action-missing-due', ES_NO_DUE_LINE);
    for (const d of p.diagnostics) assert.equal(d.source, 'agency-docs');
  });

  it('didChange: an incremental edit that fixes a problem removes it from that version’s publish', async () => {
    const line = lineOf(client.texts.get(uris.es)!, ES_NO_OWNER_LINE);
    const at = line.indexOf(' fecha límite');
    const v = client.change(uris.es, [
      {
        range: { start: { line: ES_NO_OWNER_LINE, character: at }, end: { line: ES_NO_OWNER_LINE, character: at } },
        text: ' @mateo',
      },
    ]);
    const p = await client.waitVersion(uris.es, v);
    assert.deepEqual(codes(p), ['action-missing-due'], summary(p));
  });

  it('didChange: an edit that adds a problem makes it appear', async () => {
    const text = client.texts.get(uris.es)!;
    const lastLine = text.split('\n').length - 1; // the empty line after the final newline
    const v = client.change(uris.es, [
      {
        range: { start: { line: lastLine, character: 0 }, end: { line: lastLine, character: 0 } },
        text: '- [ ] Reservar el camión de la barra @lucia\n',
      },
    ]);
    const p = await client.waitVersion(uris.es, v);
    assert.deepEqual(codes(p), ['action-missing-due', 'action-missing-due'], summary(p));
    diag(p, 'action-missing-due', lastLine);
  });

  it("didClose: the closed document's problems as on disk (Problems for the workspace); with `openFiles`, none", async () => {
    const from = client.publishes.length;
    client.close(uris.es);
    const p = await client.waitPublish(uris.es, 'after didClose', () => true, from);
    assert.equal(p.version, undefined);
    assert.ok(
      p.diagnostics.length > 0 && p.diagnostics.every((d) => (d.data as { version: number }).version === -1),
      summary(p),
    );
    const only = await Client.start(root, { settings: { problems: 'openFiles' } });
    try {
      await only.client.open(uris.es, readFileSync(fileURLToPath(uris.es), 'utf8'));
      const at = only.client.publishes.length;
      only.client.close(uris.es);
      const q = await only.client.waitPublish(uris.es, 'after didClose', () => true, at);
      assert.deepEqual(q.diagnostics, []);
    } finally {
      await only.client.stop();
    }
  });

  it('messages follow the client’s locale: zh-cn gives Chinese, es gives Spanish', async () => {
    const zh = await Client.start(root, { locale: 'zh-cn' });
    const es = await Client.start(root, { locale: 'es' });
    try {
      const [pz, pe] = await Promise.all([zh.client.open(uris.brief, BRIEF_EN), es.client.open(uris.brief, BRIEF_EN)]);
      assert.deepEqual(codes(pz), ['missing-section', 'missing-section'], summary(pz));
      assert.deepEqual(codes(pe), ['missing-section', 'missing-section'], summary(pe));
      // Named as the fix writes it (the document's English), the user's Chinese name beside it.
      for (const d of pz.diagnostics) assert.match(msg(d), /^缺少「.+」（.+）部分/);
      for (const d of pe.diagnostics) assert.match(msg(d), /^Falta la sección «.+»/);
      // The same English document in the English client says it in English.
      const pen = client.lastPublish(uris.brief)!;
      for (const d of pen.diagnostics) assert.match(msg(d), /^Add a “.+” section/);
      // The rule's code links the rule reference in the client's language.
      for (const d of pz.diagnostics)
        assert.match(d.codeDescription?.href ?? '', /\/docs\/rules\.zh-cn\.md#missing-section$/);
      for (const d of pe.diagnostics)
        assert.match(d.codeDescription?.href ?? '', /\/docs\/rules\.es\.md#missing-section$/);
      for (const d of pen.diagnostics)
        assert.match(d.codeDescription?.href ?? '', /\/docs\/rules\.md#missing-section$/);
      // Fix titles follow the locale too.
      const d = pz.diagnostics[0];
      const actions = await zh.client.request<CodeAction[]>('textDocument/codeAction', {
        textDocument: { uri: uris.brief },
        range: d.range,
        context: { diagnostics: [d] },
      });
      assert.ok(
        actions.some((a) => /^添加.+部分$/.test(a.title)),
        JSON.stringify(actions.map((a) => a.title)),
      );
    } finally {
      await Promise.all([zh.client.stop(), es.client.stop()]);
    }
  });
});
