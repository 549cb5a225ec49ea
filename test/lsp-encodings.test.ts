/**
 * Position encodings over real stdio (issue 17, item 1): the client offers
 * utf-8, utf-16 or utf-32 first, the server takes it, and every position it
 * reads (didChange, requests) or writes (diagnostics, edits, completion,
 * hover, symbols, lenses, references) counts in it. The test keeps its own
 * copy of the text, edited by its own position arithmetic
 * (test/helpers/encodedClient.ts), applies the server's fixes to that copy, and
 * checks that the server's view of the text is the copy: a twin document
 * opened with the copy's full text gets the very same diagnostics, symbols
 * and folding.
 *
 * Build first: `node esbuild.mjs`.
 */
import { strict as assert } from 'node:assert';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type {
  CodeAction,
  CodeLens,
  CompletionItem,
  Diagnostic,
  DocumentSymbol,
  Hover,
  Location,
  PublishDiagnosticsParams,
  TextEdit,
} from 'vscode-languageserver-protocol';
import { tempDir } from './helpers/temp';
import { LspClient, offsetAt, positionAt, textIn, applyEdits, type Encoding } from './helpers/encodedClient';

// Year last: two readings for Chinese readers (they write 2026-12-03 or 12/3), so an ambiguous-date.
const REPRO_LINE = '中文中文中文 03/12/2026 tail';

/** Chinese minutes with the line, emoji (surrogate pairs and a ZWJ sequence) and accented names. */
const MINUTES = `---
type: 会议纪要
客户: 青山茶饮
会议时间: 2026-11-20 14:00
发出日期: 2026-11-20 19:00
参会人员: 刘明、张伟、Lucía Fernández
抄送: 刘明、张伟、李娜
---

# 会议纪要：达人种草方案 🎉

## 结论

${REPRO_LINE}

- 内容方向选定“办公室下午三点”场景 👩‍💻 añadir Lucía.
- 🍵 对接 QS-2026-031 的排期

## 后续行动

- [ ] 🎉 确认第二波上线时间 🚀 @李娜 截止：2026-11-27
- [ ] Enviar el guion a Lucía Fernández 😀 @张伟 截止：2026-11-26
`;

/** A job card on disk whose job number follows Chinese text (references read its columns from the file). */
const JOB_CARD = `---
type: job
job: QS-2026-031
client: 青山茶饮
opened: 2026-11-01 09:00
owner: 张伟
due: 2026-12-11
status: in-progress
---

# 工作单 QS-2026-031

## Request

中文说明：夏季 🍵 QS-2026-031 达人方案。
`;

const CONFIG = {
  team: [{ name: '张伟', aliases: ['Zhang Wei'] }, { name: '李娜', aliases: ['Li Na'] }, { name: 'Lucía Fernández' }],
};

function lineIndex(text: string, needle: string): number {
  const i = text.split('\n').findIndex((l) => l.includes(needle));
  assert.ok(i >= 0, `no line with ${needle}`);
  return i;
}

/** The LSP position, in `enc`, just after the first `needle` on its line (or at its start). */
function at(text: string, needle: string, enc: Encoding, after = false): { line: number; character: number } {
  const i = text.indexOf(needle);
  assert.ok(i >= 0, `no ${needle}`);
  return positionAt(text, after ? i + needle.length : i, enc);
}

function editsOf(action: CodeAction, uri: string): TextEdit[] {
  const out: TextEdit[] = [...(action.edit?.changes?.[uri] ?? [])];
  for (const dc of action.edit?.documentChanges ?? [])
    if ('textDocument' in dc && dc.textDocument.uri === uri) out.push(...(dc.edits as TextEdit[]));
  return out;
}

/** Whether `small` is `big` with only insertions (no character lost). */
function isSubsequence(small: string, big: string): boolean {
  let i = 0;
  for (let j = 0; j < big.length && i < small.length; j++) if (big[j] === small[i]) i++;
  return i === small.length;
}

const shape = (ds: readonly Diagnostic[]) => ds.map((d) => `${d.code} ${JSON.stringify(d.range)} ${d.message}`).sort();

for (const enc of ['utf-8', 'utf-16', 'utf-32'] as const) {
  describe(`position encoding ${enc} over stdio`, function () {
    this.timeout(60000);
    let root: string;
    let client: LspClient;
    let twins = 0;
    const uri = () => pathToFileURL(join(root, 'kol-minutes.md')).toString();

    /** The server's text is the client's copy: a twin opened with the copy's text gets the same answers. */
    async function agrees(u: string): Promise<PublishDiagnosticsParams> {
      const mine = await client.published(u);
      const twin = pathToFileURL(join(root, `twin-${++twins}.md`)).toString();
      const theirs = await client.open(twin, client.texts.get(u)!);
      assert.deepEqual(
        shape(client.last(u)!.diagnostics),
        shape(theirs.diagnostics),
        'diagnostics of the edited document = those of its text opened afresh',
      );
      for (const method of ['textDocument/documentSymbol', 'textDocument/foldingRange']) {
        assert.deepEqual(
          await client.request(method, { textDocument: { uri: u } }),
          await client.request(method, { textDocument: { uri: twin } }),
          method,
        );
      }
      void client.conn.sendNotification('textDocument/didClose', { textDocument: { uri: twin } });
      return mine;
    }

    before(async () => {
      root = tempDir(`agency-enc-${enc}-`);
      writeFileSync(join(root, '.agency-docs.json'), JSON.stringify(CONFIG));
      mkdirSync(join(root, 'jobs'));
      writeFileSync(join(root, 'jobs', 'QS-2026-031.md'), JOB_CARD);
      // The client prefers this encoding, UTF-16 as a fallback (as Neovim and Helix offer).
      client = await LspClient.start(root, enc === 'utf-16' ? ['utf-16'] : [enc, 'utf-16']);
      assert.equal(client.init.capabilities.positionEncoding, enc);
    });
    after(async () => {
      await client?.stop();
    });

    it('the issue 17 repro: XYZ typed after the Chinese lands there, and the date fix replaces only the date', async () => {
      await client.open(uri(), MINUTES);
      const line = lineIndex(MINUTES, REPRO_LINE);
      const afterChinese = at(MINUTES, '中文中文中文', enc, true);
      assert.equal(afterChinese.character, { 'utf-8': 18, 'utf-16': 6, 'utf-32': 6 }[enc]);
      const p = await client.change(uri(), [{ range: { start: afterChinese, end: afterChinese }, text: 'XYZ' }]);
      const text = client.texts.get(uri())!;
      assert.equal(text.split('\n')[line], '中文中文中文XYZ 03/12/2026 tail');
      const d = p.diagnostics.find((x) => x.code === 'ambiguous-date' && x.range.start.line === line);
      assert.ok(
        d,
        `an ambiguous-date on line ${line}: ${JSON.stringify(p.diagnostics.map((x) => [x.code, x.range.start]))}`,
      );
      assert.equal(textIn(text, d.range, enc), '03/12/2026', 'the diagnostic covers exactly the date');
      const actions = await client.request<CodeAction[]>('textDocument/codeAction', {
        textDocument: { uri: uri() },
        range: d.range,
        context: { diagnostics: [d] },
      });
      const iso = actions.find((a) => /2026-12-03/.test(a.title));
      assert.ok(iso, `a fix to 2026-12-03 among ${JSON.stringify(actions.map((a) => a.title))}`);
      const after = await client.applyWorkspaceEdits(uri(), editsOf(iso, uri()));
      assert.equal(client.texts.get(uri())!.split('\n')[line], '中文中文中文XYZ 2026-12-03 tail');
      assert.ok(
        !after.diagnostics.some((x) => x.code === 'ambiguous-date' && x.range.start.line === line),
        'the finding is gone',
      );
      await agrees(uri());
    });

    it('a date with one reading after Chinese and emoji: its ISO rewrite at the cursor replaces exactly the date', async () => {
      // 25/12/2026 can only be 25 December: no diagnostic, but the rewrite is offered where the cursor is.
      const u = pathToFileURL(join(root, 'kol-rewrite.md')).toString();
      const text = MINUTES.replace(REPRO_LINE, '中文🎉中文 25/12/2026 tail');
      const p = await client.open(u, text);
      const line = lineIndex(text, '25/12/2026');
      assert.ok(!p.diagnostics.some((d) => d.range.start.line === line), JSON.stringify(p.diagnostics));
      const cursor = at(text, '12/2026', enc);
      const actions = await client.request<CodeAction[]>('textDocument/codeAction', {
        textDocument: { uri: u },
        range: { start: cursor, end: cursor },
        context: { diagnostics: [] },
      });
      const rewrite = actions.find((a) => a.title === 'Change to 2026-12-25');
      assert.ok(rewrite, JSON.stringify(actions.map((a) => a.title)));
      assert.equal(rewrite.kind, 'refactor.rewrite');
      const edits = editsOf(rewrite, u);
      assert.equal(edits.length, 1);
      assert.equal(textIn(text, edits[0].range, enc), '25/12/2026');
      await client.applyWorkspaceEdits(u, edits);
      assert.equal(client.texts.get(u)!.split('\n')[line], '中文🎉中文 2026-12-25 tail');
      await agrees(u);
      void client.conn.sendNotification('textDocument/didClose', { textDocument: { uri: u } });
    });

    it('edits after CJK, accented letters and emoji (several changes in one didChange) keep the server and the copy equal', async () => {
      let text = client.texts.get(uri())!;
      // Delete the rocket emoji (a surrogate pair), insert after an accented name, replace across the emoji ZWJ sequence.
      const rocket = text.indexOf('🚀');
      await client.change(uri(), [
        { range: { start: positionAt(text, rocket, enc), end: positionAt(text, rocket + 2, enc) }, text: '' },
      ]);
      await agrees(uri());
      text = client.texts.get(uri())!;
      const lucia = at(text, 'añadir Lucía', enc, true);
      const zwj = text.indexOf('👩‍💻');
      const changes = [{ range: { start: lucia, end: lucia }, text: ' y Mateo 🙂' }];
      // The second change is made against the text the first left (LSP applies them in order).
      const mid = applyEdits(text, [{ range: changes[0].range, newText: changes[0].text }], enc);
      const zwjMid = mid.indexOf('👩‍💻');
      assert.equal(zwjMid, zwj);
      changes.push({
        range: { start: positionAt(mid, zwjMid, enc), end: positionAt(mid, zwjMid + '👩‍💻 añ'.length, enc) },
        text: 'ñ😀é\n新行 ',
      });
      const endOfTitle = at(
        applyEdits(mid, [{ range: changes[1].range, newText: changes[1].text }], enc),
        '达人种草方案 🎉',
        enc,
        true,
      );
      changes.push({ range: { start: endOfTitle, end: endOfTitle }, text: '（第二版）' });
      await client.change(uri(), changes);
      assert.match(client.texts.get(uri())!, /ñ😀é\n新行 adir Lucía y Mateo 🙂/);
      assert.match(client.texts.get(uri())!, /达人种草方案 🎉（第二版）/);
      await agrees(uri());
    });

    it('fix-all, applied to the copy, keeps every character and leaves nothing missing', async () => {
      // Drop the follow-up section so the fix-all has sections to add after emoji-bearing text.
      const text = client.texts.get(uri())!;
      const from = text.indexOf('## 后续行动');
      await client.change(uri(), [
        {
          range: { start: positionAt(text, from, enc), end: positionAt(text, text.length, enc) },
          text: '- 最后一行 🎉 sin acción',
        },
      ]);
      const before = client.texts.get(uri())!;
      const p = await client.published(uri());
      assert.ok(
        p.diagnostics.some((d) => d.code === 'missing-section'),
        'a section is missing',
      );
      const actions = await client.request<CodeAction[]>('textDocument/codeAction', {
        textDocument: { uri: uri() },
        range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } },
        context: { diagnostics: [], only: ['source.fixAll.agencyDocs'] },
      });
      assert.equal(actions.length, 1);
      const after = await client.applyWorkspaceEdits(uri(), editsOf(actions[0], uri()));
      assert.ok(isSubsequence(before, client.texts.get(uri())!), 'no character of the original is lost');
      assert.ok(
        !after.diagnostics.some((d) => d.code === 'missing-section' || d.code === 'missing-field'),
        JSON.stringify(after.diagnostics.map((d) => d.code)),
      );
      await agrees(uri());
    });

    it('completion after CJK and emoji: the @owner edit replaces exactly what was typed', async () => {
      const text = client.texts.get(uri())!;
      const end = positionAt(text, text.length, enc);
      await client.change(uri(), [{ range: { start: end, end }, text: '\n- [ ] 🎉 准备物料 @张' }]);
      const copy = client.texts.get(uri())!;
      const cursor = positionAt(copy, copy.length, enc);
      const items = await client.request<CompletionItem[]>('textDocument/completion', {
        textDocument: { uri: uri() },
        position: cursor,
      });
      const item = items.find((i) => i.label === '@张伟');
      assert.ok(item?.textEdit && 'range' in item.textEdit, `@张伟 among ${JSON.stringify(items.map((i) => i.label))}`);
      assert.equal(textIn(copy, item.textEdit.range, enc), '@张');
      await client.applyWorkspaceEdits(uri(), [{ range: item.textEdit.range, newText: item.textEdit.newText }]);
      assert.ok(client.texts.get(uri())!.endsWith('- [ ] 🎉 准备物料 @张伟'));
      await agrees(uri());
    });

    it('hover, document symbols, the lens and references point at the right characters', async () => {
      const text = client.texts.get(uri())!;
      // Hover on the job number after an emoji: the range is the job number.
      const job = at(text, 'QS-2026-031', enc);
      const hover = await client.request<Hover>('textDocument/hover', {
        textDocument: { uri: uri() },
        position: { line: job.line, character: job.character + 1 },
      });
      assert.ok(hover?.range, 'a hover with a range');
      assert.equal(textIn(text, hover.range, enc), 'QS-2026-031');
      // Symbols: every range and selection range is a real span of the copy; the title's is the heading.
      const symbols = await client.request<DocumentSymbol[]>('textDocument/documentSymbol', {
        textDocument: { uri: uri() },
      });
      const walk = (s: DocumentSymbol): void => {
        textIn(text, s.range, enc);
        textIn(text, s.selectionRange, enc);
        s.children?.forEach(walk);
      };
      symbols.forEach(walk);
      assert.match(textIn(text, symbols[0].selectionRange, enc), /^# 会议纪要：达人种草方案 🎉（第二版）$/);
      const lenses = await client.request<CodeLens[]>('textDocument/codeLens', { textDocument: { uri: uri() } });
      assert.equal(textIn(text, lenses[0].range, enc), '# 会议纪要：达人种草方案 🎉（第二版）');
      // References: in this document (after emoji) and in the job card on disk (after Chinese and an emoji).
      const refs = await client.request<Location[]>('textDocument/references', {
        textDocument: { uri: uri() },
        position: job,
        context: { includeDeclaration: true },
      });
      const card = pathToFileURL(join(root, 'jobs', 'QS-2026-031.md')).toString();
      const cardText = readFileSync(join(root, 'jobs', 'QS-2026-031.md'), 'utf8');
      assert.ok(
        refs.some((r) => r.uri === uri()) &&
          refs.some((r) => r.uri === card && r.range.start.line === lineIndex(cardText, '中文说明')),
        JSON.stringify(refs),
      );
      for (const r of refs)
        assert.equal(
          textIn(r.uri === uri() ? text : cardText, r.range, enc),
          'QS-2026-031',
          `${r.uri} ${JSON.stringify(r.range)}`,
        );
    });

    it('a change past the end of a line lands at its end (as LSP says), on both sides', async () => {
      const text = client.texts.get(uri())!;
      const line = lineIndex(text, REPRO_LINE.slice(0, 6));
      // Past the end: the end of the line, as LSP says.
      await client.conn.sendNotification('textDocument/didChange', {
        textDocument: { uri: uri(), version: client.versions.get(uri())! + 1 },
        contentChanges: [{ range: { start: { line, character: 500 }, end: { line, character: 500 } }, text: '!' }],
      });
      client.versions.set(uri(), client.versions.get(uri())! + 1);
      const lineEnd = text.indexOf('\n', offsetAt(text, { line, character: 0 }, enc));
      client.texts.set(uri(), text.slice(0, lineEnd) + '!' + text.slice(lineEnd));
      await agrees(uri());
    });
  });
}
