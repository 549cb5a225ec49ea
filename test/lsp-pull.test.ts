/**
 * Pulled diagnostics (LSP 3.17 `textDocument/diagnostic`; issue 21, item 4): a client that pulls and can be
 * asked to pull again gets open documents' diagnostics by pull, with `unchanged` when they are those of the
 * report it holds, and a refresh request when a workspace fact changes them; a client that cannot be
 * refreshed gets them pushed as before. Pinned here: over random edit sequences, with pulls cancelled as
 * vscode-languageclient cancels them, what the pulling client holds equals what a pushing client is sent for
 * the same version; `unchanged` comes only when nothing changed; a refresh follows a change of another
 * document's job; a quick fix still finds its finding through what a pulled diagnostic carries, and not once
 * the document has changed.
 *
 * Build first: `node esbuild.mjs`.
 */
import { strict as assert } from 'node:assert';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { CodeAction, Diagnostic } from 'vscode-languageserver-protocol';
import { LspTestClient, editorCapabilities, type Publish, type Pulled } from './helpers/lspClient';
import { tempDir } from './helpers/temp';
import { benchDocument, CONFIG } from '../bench/generate';
import { rng } from './helpers/random';

const PIECES = ['x', ' ', '\n', '## ', '- [ ] ', '@alice ', 'due 2026-12-01', '2026-02-30', '中文', 'TBD', 'e'];

const shape = (ds: readonly Diagnostic[]) =>
  ds.map((d) => `${String(d.code)} ${d.severity} ${JSON.stringify(d.range)} ${d.message}`).sort();

async function server(root: string, pull: boolean, positionEncodings = ['utf-16']): Promise<LspTestClient> {
  const { client, init } = await LspTestClient.start({
    cwd: root,
    today: '2026-11-22',
    rootUri: pathToFileURL(root).toString(),
    capabilities: editorCapabilities({ pullDiagnostics: pull, positionEncodings }),
  });
  if (Boolean(init.capabilities.diagnosticProvider) !== pull) {
    await client.stop();
    assert.fail(
      `diagnosticProvider ${pull ? 'missing for a pulling client' : 'offered to a client that only takes pushes'}`,
    );
  }
  await client.logLine('agency-docs: indexed', 30000);
  return client;
}

/** Where the client's copy of the text ends, as an LSP position. */
function positionAt(text: string, offset: number): { line: number; character: number } {
  const before = text.slice(0, offset);
  const line = before.split('\n').length - 1;
  return { line, character: offset - (before.lastIndexOf('\n') + 1) };
}

describe('pulled diagnostics (over stdio)', function () {
  this.timeout(180000);
  let root: string;
  let pulling: LspTestClient;
  let pushing: LspTestClient;

  before(async () => {
    root = tempDir('agency-pull-');
    writeFileSync(join(root, '.agency-docs.json'), JSON.stringify(CONFIG));
    [pulling, pushing] = await Promise.all([server(root, true), server(root, false)]);
  });
  after(async () => {
    await pulling?.stop();
    await pushing?.stop();
  });

  it('a client that keeps pushed and pulled diagnostics in one collection is pushed to until it first pulls', async () => {
    const { client } = await LspTestClient.start({
      cwd: root,
      today: '2026-11-22',
      rootUri: pathToFileURL(root).toString(),
      capabilities: editorCapabilities({ pullDiagnostics: true }),
      initializationOptions: { diagnosticsShared: true },
    });
    try {
      await client.logLine('agency-docs: indexed', 30000);
      const uri = pathToFileURL(join(root, 'shared.md')).toString();
      const text = benchDocument(1000);
      // Opened, not yet shown: pushed, as before.
      const opened = await client.open(uri, text, 1, 30000);
      assert.ok(opened.diagnostics.length > 0);
      client.changeTo(uri, 2, [
        { range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, text: '\n' },
      ]);
      const pushed = await client.waitVersion(uri, 2, 30000);
      // Shown: pulled from then on, and no longer pushed.
      const pulled = await client.pullSettled(uri, 30000);
      assert.deepEqual(shape(pulled.items), shape(pushed.diagnostics));
      const before = client.publishes.length;
      client.changeTo(uri, 3, [
        { range: { start: { line: 0, character: 0 }, end: { line: 1, character: 0 } }, text: '' },
      ]);
      const again = await client.pullSettled(uri, 30000);
      assert.equal(again.kind, 'full');
      assert.deepEqual(shape(again.items), shape(opened.diagnostics));
      await new Promise((r) => setTimeout(r, 200));
      assert.equal(client.publishes.length, before, 'no push once pulled');
    } finally {
      await client.stop();
    }
  });

  it('a client that pulls but cannot be refreshed gets diagnostics pushed', async () => {
    const caps = editorCapabilities();
    caps.textDocument!.diagnostic = { dynamicRegistration: false };
    const { client, init } = await LspTestClient.start({ cwd: root, rootUri: null, capabilities: caps });
    try {
      assert.equal(init.capabilities.diagnosticProvider, undefined);
      const uri = pathToFileURL(join(root, 'push-only.md')).toString();
      const p = await client.open(uri, benchDocument(100));
      assert.ok(p.diagnostics.length > 0);
      assert.equal(typeof (p.diagnostics[0].data as { version?: number }).version, 'number');
    } finally {
      await client.stop();
    }
  });

  it('random edits, pulls cancelled as the library cancels them: the pulling client holds what is pushed for the same version; unchanged only when nothing changed', async () => {
    const random = rng(4242);
    let unchanged = 0;
    let full = 0;
    for (let round = 0; round < 3; round++) {
      const uri = pathToFileURL(join(root, `log-${round}.md`)).toString();
      const text = benchDocument(300);
      const opened = pushing.open(uri, text, 1, 30000);
      pulling.notify('textDocument/didOpen', { textDocument: { uri, languageId: 'markdown', version: 1, text } });
      pulling.texts.set(uri, text);
      await opened;
      let held = await pulling.pullSettled(uri, 30000);
      assert.equal(held.kind, 'full');
      assert.deepEqual(shape(held.items), shape(pushing.lastPublish(uri)!.diagnostics));
      let version = 1;
      for (let step = 0; step < 30; step++) {
        // A burst of 1-4 edits; after each the library pulls, cancelling the pull before it.
        const burst = 1 + Math.floor(random() * 4);
        const pulls: Promise<unknown>[] = [];
        for (let e = 0; e < burst; e++) {
          const current = pushing.texts.get(uri)!;
          const at = Math.floor(random() * current.length);
          const start = positionAt(current, at);
          const deleting = random() < 0.3;
          const end = deleting
            ? positionAt(current, Math.min(current.length, at + 1 + Math.floor(random() * 6)))
            : start;
          const piece = deleting ? '' : PIECES[Math.floor(random() * PIECES.length)];
          version++;
          const change = [{ range: { start, end }, text: piece }];
          pushing.changeTo(uri, version, change);
          pulling.changeTo(uri, version, change);
          pulls.push(pulling.pull(uri, 30000));
        }
        for (const p of (await Promise.all(pulls)) as Pulled[]) {
          if (p.kind === 'unchanged') unchanged++;
          else if (p.kind === 'full') full++;
        }
        const before = pulling.pulled.get(uri)!;
        held = await pulling.pullSettled(uri, 30000);
        const pushed = await pushing.waitLatest(uri, version, 30000);
        assert.equal(pushed.version, version);
        assert.deepEqual(
          shape(held.items),
          shape(pushed.diagnostics),
          `round ${round}, step ${step}: version ${version}`,
        );
        if (held.kind === 'unchanged')
          assert.deepEqual(shape(before.items), shape(pushed.diagnostics), 'unchanged: what was held stands');
        // Pulled again with nothing changed: unchanged, the same report.
        const again = await pulling.pullSettled(uri, 30000);
        assert.equal(again.kind, 'unchanged');
        assert.equal(again.resultId, held.resultId);
      }
      pushing.close(uri);
      pulling.close(uri);
    }
    assert.ok(unchanged > 0 && full > 0, `both kinds of answers seen (${unchanged} unchanged, ${full} full)`);
    assert.deepEqual(
      pulling.publishes.filter((p: Publish) => /log-\d\.md$/.test(p.uri) && p.diagnostics.length > 0),
      [],
      'nothing pushed for an open document (once closed, what was not on disk is withdrawn)',
    );
  });

  it('typing on a line without findings: unchanged; a pulled diagnostic carries no version and no offsets', async () => {
    const uri = pathToFileURL(join(root, 'typing.md')).toString();
    const text = benchDocument(1000);
    pulling.notify('textDocument/didOpen', { textDocument: { uri, languageId: 'markdown', version: 1, text } });
    pulling.texts.set(uri, text);
    const first = await pulling.pullSettled(uri, 30000);
    assert.ok(first.items.length > 5, `${first.items.length} diagnostics`);
    for (const d of first.items) {
      const data = d.data as Record<string, unknown>;
      assert.equal(data.version, undefined);
      assert.equal(data.start, undefined);
      assert.equal(data.insertAt, undefined);
      assert.equal(data.result, first.resultId);
    }
    // A letter at the end of the last line (after every finding).
    const lines = text.split('\n');
    const last = lines.length - 1;
    pulling.changeTo(uri, 2, [
      {
        range: {
          start: { line: last, character: lines[last].length },
          end: { line: last, character: lines[last].length },
        },
        text: ' ok',
      },
    ]);
    const after = await pulling.pullSettled(uri, 30000);
    assert.equal(after.kind, 'unchanged');
    // A line inserted at the top moves every finding a line down: in full.
    pulling.changeTo(uri, 3, [
      { range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, text: '\n' },
    ]);
    const moved = await pulling.pullSettled(uri, 30000);
    assert.equal(moved.kind, 'full');
    assert.notEqual(moved.resultId, first.resultId);
    pulling.close(uri);
  });

  it('another document changes a fact this one read: the client is asked to pull again, and the report changes', async () => {
    const status = pathToFileURL(join(root, 'status', 'status-pull.md')).toString();
    const card = pathToFileURL(join(root, 'jobs', 'NW-2026-321.md')).toString();
    pulling.notify('textDocument/didOpen', {
      textDocument: {
        uri: status,
        languageId: 'markdown',
        version: 1,
        text: '---\ntype: status\nclient: Northwind Coffee\nweek: 2026-W47\nissued: 2026-11-20\n---\n\n# Weekly status\n\n## Jobs in progress\n\n- NW-2026-321: layouts sent.\n\n## Completed\n\n- Nothing this week.\n\n## Decisions needed\n\n- None.\n\n## Next week\n\n- Review call.\n',
      },
    });
    const before = await pulling.pullSettled(status, 30000);
    const refreshes = pulling.refreshRequests;
    // Unchanged again: no refresh for nothing.
    pulling.notify('textDocument/didOpen', {
      textDocument: {
        uri: card,
        languageId: 'markdown',
        version: 1,
        text: '---\ntype: job\njob: NW-2026-321\nclient: Northwind Coffee\nopened: 2026-11-01 09:00\nowner: ben\ndue: 2026-12-11\nstatus: in-progress\n---\n\n# Job card NW-2026-321\n\n## Request\n\nFilm.\n\n## Deliverables\n\n- One film\n\n## Schedule\n\n- Shoot 2026-12-01\n',
      },
    });
    await pulling.pullSettled(card, 30000);
    await pulling.waitFor('a refresh request', () => (pulling.refreshRequests > refreshes ? true : undefined), 10000);
    const after = await pulling.pullSettled(status, 30000);
    assert.equal(after.kind, 'full');
    assert.notDeepEqual(shape(after.items), shape(before.items), 'the job is known now');
    assert.ok(
      before.items.some((d) => d.code === 'unknown-job') && !after.items.some((d) => d.code === 'unknown-job'),
      `${shape(before.items).join('\n')}\n--\n${shape(after.items).join('\n')}`,
    );
    pulling.close(status);
    pulling.close(card);
  });

  it('a quick fix finds its finding by the report a diagnostic came in, and refuses it once the document changed', async () => {
    const uri = pathToFileURL(join(root, 'fix.brief.md')).toString();
    const text = '# Creative brief\n\n## Objective\n\nSell coffee.\n';
    pulling.notify('textDocument/didOpen', { textDocument: { uri, languageId: 'markdown', version: 1, text } });
    pulling.texts.set(uri, text);
    const held = await pulling.pullSettled(uri, 30000);
    const missing = held.items.find((d) => d.code === 'missing-section');
    assert.ok(missing, shape(held.items).join('\n'));
    // The range as a client in other units would send it back: only `data` can place it.
    const elsewhere = { ...missing, range: { start: { line: 0, character: 40 }, end: { line: 0, character: 41 } } };
    const ask = () =>
      pulling.request<CodeAction[]>('textDocument/codeAction', {
        textDocument: { uri },
        range: elsewhere.range,
        context: { diagnostics: [elsewhere], only: ['quickfix'] },
      });
    const fixes = (await ask()).filter((a) => a.kind === 'quickfix' && a.edit);
    assert.ok(fixes.length > 0, 'found through data.result and data.index');
    const edit = fixes[0].edit!.documentChanges![0] as { textDocument: { version: number } };
    assert.equal(edit.textDocument.version, 1, 'the fix is for the version checked');
    // Typed in, not pulled yet: the diagnostic's report no longer describes the document.
    pulling.changeTo(uri, 2, [
      { range: { start: { line: 4, character: 0 }, end: { line: 4, character: 0 } }, text: 'Now. ' },
    ]);
    assert.deepEqual(
      (await ask()).filter((a) => a.kind === 'quickfix'),
      [],
    );
    pulling.close(uri);
  });

  it('the size note and turning checks off answer the pulls', async () => {
    const uri = pathToFileURL(join(root, 'big.md')).toString();
    const asked = pulling.configurationRequests;
    pulling.settings = { maxFileSize: 2000 };
    pulling.notify('workspace/didChangeConfiguration', { settings: {} });
    await pulling.waitFor('the settings pulled', () => (pulling.configurationRequests > asked ? true : undefined));
    await new Promise((r) => setTimeout(r, 100));
    pulling.notify('textDocument/didOpen', {
      textDocument: { uri, languageId: 'markdown', version: 1, text: benchDocument(100) },
    });
    const note = await pulling.pullSettled(uri, 30000);
    assert.equal(note.items.length, 1);
    assert.match(String(note.items[0].message), /over the .* limit/);
    // Each change of the settings waits for the server to have pulled them, and a turn for it to apply them.
    const configure = async (settings: object) => {
      const asked = pulling.configurationRequests;
      pulling.settings = settings;
      pulling.notify('workspace/didChangeConfiguration', { settings: {} });
      await pulling.waitFor('the settings pulled', () => (pulling.configurationRequests > asked ? true : undefined));
      await new Promise((r) => setTimeout(r, 100));
    };
    await configure({ enable: false });
    pulling.close(uri);
    const small = pathToFileURL(join(root, 'small.md')).toString();
    pulling.notify('textDocument/didOpen', {
      textDocument: { uri: small, languageId: 'markdown', version: 1, text: benchDocument(1000) },
    });
    const off = await pulling.pullSettled(small, 30000);
    assert.deepEqual(off.items, []);
    const refreshes = pulling.refreshRequests;
    await configure({});
    await pulling.waitFor('a refresh after the configuration', () =>
      pulling.refreshRequests > refreshes ? true : undefined,
    );
    const on = await pulling.pullSettled(small, 30000);
    assert.equal(on.kind, 'full');
    assert.ok(on.items.length > 0);
    pulling.close(small);
  });

  it('under UTF-8 and UTF-32, a pulled report has the ranges a pushed one has, and Chinese typed before a finding is no `unchanged`', async () => {
    for (const enc of ['utf-8', 'utf-32']) {
      const [pull, push] = await Promise.all([server(root, true, [enc]), server(root, false, [enc])]);
      try {
        const uri = pathToFileURL(join(root, `zh-${enc}.md`)).toString();
        const text =
          '---\ntype: minutes\nclient: 青禾乳业\nmeeting: 2026-11-20\nissued: 2026-11-20\nattendees: [张伟]\ndistribution: [张伟]\n---\n\n# 会议纪要\n\n## 结论\n\n- 采用蓝色包装。\n\n## 后续行动\n\n- 会议纪要发给客户，日期 03/04/2026\n';
        const opened = push.open(uri, text, 1, 30000);
        pull.notify('textDocument/didOpen', { textDocument: { uri, languageId: 'markdown', version: 1, text } });
        pull.texts.set(uri, text);
        const pushed = await opened;
        const first = await pull.pullSettled(uri, 30000);
        assert.ok(pushed.diagnostics.length > 0);
        assert.deepEqual(shape(first.items), shape(pushed.diagnostics), enc);
        // Chinese typed at the start of the action's line: the findings on that line move by other units.
        const change = [
          { range: { start: { line: 18, character: 2 }, end: { line: 18, character: 2 } }, text: '尽快' },
        ];
        push.changeTo(uri, 2, change);
        pull.changeTo(uri, 2, change);
        const moved = await push.waitVersion(uri, 2, 30000);
        const after = await pull.pullSettled(uri, 30000);
        assert.equal(after.kind, 'full', enc);
        assert.deepEqual(shape(after.items), shape(moved.diagnostics), enc);
      } finally {
        await Promise.all([pull.stop(), push.stop()]);
      }
    }
  });
});
