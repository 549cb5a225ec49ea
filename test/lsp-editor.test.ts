/**
 * The editor as an account executive meets it (issue 18, the server's side):
 * the completeness lens, its click and the status agree; an empty typed
 * document gets one hint with its template; a broken link offers the closest
 * documents; a second colon in front matter says to quote the value; dates
 * in completion say what they are; a Chinese document's missing section is
 * named as the fix writes it; the outline's details follow the user's language.
 *
 * Build first: `node esbuild.mjs`.
 */
import { strict as assert } from 'node:assert';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type {
  CodeAction,
  CodeLens,
  CompletionItem,
  Diagnostic,
  DocumentSymbol,
  TextEdit,
} from 'vscode-languageserver-protocol';
import { applyTextEdits, LspTestClient } from './helpers/lspClient';
import { tempDir } from './helpers/temp';
import { DocumentStatusRequest } from '../server/lsp/protocol';

const TODAY = '2026-11-22'; // a Sunday

const STRATEGY = `---
type: strategy
client: Northwind Coffee
---

# Communication strategy: cold brew
`;

/** A complete memo but for a link to a strategy that does not exist (one error, no missing section). */
const MEMO = `---
type: memo
to: Ana Ruiz
from: Tom Baker
date: 2026-11-20
subject: Shoot dates
---

# Memo

The shoot moves to 2026-12-03. See [the strategy](cold-brew-strategy-v2.md).
`;

/** Minutes with all their sections, one action without an owner. */
const MINUTES = `---
type: minutes
client: Northwind Coffee
meeting: 2026-11-18 10:00
issued: 2026-11-18 17:00
attendees: [Ana Ruiz, Tom Baker]
distribution: [Ana Ruiz, Tom Baker]
---

# Meeting minutes: launch review

## Decisions

- Script B approved.

## Next actions

- [ ] Send the revised storyboard due 2026-11-27
`;

/** Chinese minutes without their decisions section. */
const MINUTES_ZH = `---
type: 会议纪要
客户: 青山茶饮
会议时间: 2026-11-20 14:00
发出日期: 2026-11-20 19:00
参会人员: 刘明、李娜
抄送: 刘明、李娜
---

# 会议纪要：达人方案沟通

## 后续行动

- [ ] 整理参考笔记 @李娜 截止：2026-11-25
`;

const ACTA = `---
type: minutes
cliente: Cervecería Sol de Mayo
lugar: Recinto ferial: pabellón 3
---

# Acta: visita al recinto
`;

describe('the editor as an account executive meets it', function () {
  this.timeout(60000);
  let root: string;
  let client: LspTestClient;
  const uri = (...p: string[]) => pathToFileURL(join(root, ...p)).toString();

  before(async () => {
    root = tempDir('agency-docs-editor-');
    mkdirSync(join(root, 'nw'));
    writeFileSync(join(root, 'nw', 'cold-brew-strategy.md'), STRATEGY);
    const { client: c } = await LspTestClient.start({
      cwd: root,
      rootUri: pathToFileURL(root).toString(),
      today: TODAY,
      settings: { problems: 'openFiles' },
    });
    client = c;
    await client.logLine('agency-docs: indexed');
  });
  after(async () => {
    await client?.stop();
  });

  const lens = async (u: string) =>
    (await client.request<CodeLens[]>('textDocument/codeLens', { textDocument: { uri: u } }))[0];
  /** Runs the lens's command; the message the server shows. */
  const click = async (l: CodeLens) => {
    const from = client.shownMessages.length;
    await client.request('workspace/executeCommand', { command: l.command!.command, arguments: l.command!.arguments });
    return client.waitFor('the message of the lens', () => client.shownMessages[from]?.message);
  };
  const actions = (u: string, d: Diagnostic) =>
    client.request<CodeAction[]>('textDocument/codeAction', {
      textDocument: { uri: u },
      range: d.range,
      context: { diagnostics: [d] },
    });

  describe('the completeness lens, its click and the status are one computation', () => {
    it('an action without owner: the lens counts it, the click names it', async () => {
      const u = uri('nw', 'review-minutes.md');
      await client.open(u, MINUTES);
      const l = await lens(u);
      assert.equal(l.command?.title, 'Meeting minutes · 2/2 sections · 1 action without owner');
      const message = await click(l);
      assert.match(message, /^Without owner: Send the revised storyboard/);
      assert.doesNotMatch(message, /Nothing is missing/);
      const status = await client.request(DocumentStatusRequest.type, { uri: u });
      assert.equal(status?.text, l.command?.title);
      assert.deepEqual(status?.details, [message]);
    });

    it('a memo (no required sections) shows no “0/0 sections”; one with an error is not “complete”', async () => {
      const u = uri('nw', 'shoot.memo.md');
      await client.open(u, MEMO);
      const l = await lens(u);
      assert.equal(l.command?.title, 'Memo · 1 problem to fix');
      assert.match(await click(l), /^Line 11: .*cold-brew-strategy-v2\.md/);
      client.change(u, [{ text: MEMO.replace('cold-brew-strategy-v2.md', 'cold-brew-strategy.md') }]);
      await client.waitLatest(u, 2);
      const fixed = await lens(u);
      assert.equal(fixed.command?.title, 'Memo · complete');
      assert.equal(await click(fixed), 'Nothing is missing.');
    });
  });

  describe('an empty typed document', () => {
    for (const [name, text] of [
      ['test.brief.md', ''],
      ['blank.brief.md', ' \n\n  \n'],
    ] as const) {
      it(`${JSON.stringify(text)}: one hint, whose fix inserts the creative-brief template (the user's language first)`, async () => {
        const u = uri(name);
        const p = await client.open(u, text);
        assert.deepEqual(
          p.diagnostics.map((d) => [d.code, d.severity]),
          [['empty-document', 4]],
        );
        const fixes = await actions(u, p.diagnostics[0]);
        assert.equal(fixes[0].title, 'Insert the “Creative brief” template');
        assert.equal(fixes[0].isPreferred, true);
        assert.deepEqual(
          fixes.slice(1, 3).map((f) => f.title),
          ['Insert the “创意简报” template (中文)', 'Insert the “Brief creativo” template (Español)'],
        );
        const edits = (fixes[0].edit!.documentChanges![0] as { edits: TextEdit[] }).edits;
        const filled = applyTextEdits(text, edits);
        assert.ok(
          filled.startsWith('---\ntype: brief\n') && filled.endsWith(text) && /## Objective/.test(filled),
          filled,
        );
        client.change(u, [{ text: filled }]);
        const after = await client.waitLatest(u, 2);
        assert.ok(
          !after.diagnostics.some((d) => d.code === 'empty-document' || d.code === 'missing-section'),
          JSON.stringify(after.diagnostics.map((d) => d.code)),
        );
        client.close(u);
      });
    }
  });

  it('a broken link offers “Change to” the closest documents of the workspace, and fix-all never rewrites it', async () => {
    const u = uri('nw', 'link.memo.md');
    const p = await client.open(u, MEMO);
    const d = p.diagnostics.find((x) => x.code === 'broken-link')!;
    const fixes = await actions(u, d);
    assert.equal(fixes[0].title, 'Change to “cold-brew-strategy.md”');
    const edits = (fixes[0].edit!.documentChanges![0] as { edits: TextEdit[] }).edits;
    assert.match(applyTextEdits(MEMO, edits), /\[the strategy\]\(cold-brew-strategy\.md\)/);
    const all = await client.request<CodeAction[]>('textDocument/codeAction', {
      textDocument: { uri: u },
      range: d.range,
      context: { diagnostics: [], only: ['source.fixAll'] },
    });
    assert.ok(!all.some((a) => JSON.stringify(a.edit).includes('cold-brew-strategy.md')), JSON.stringify(all));
  });

  it('a second colon in a front-matter value: the whole line, what to do, and quotes inserted by the fix', async () => {
    const u = uri('acta-visita.md');
    const p = await client.open(u, ACTA);
    const d = p.diagnostics.find((x) => x.code === 'frontmatter-syntax')!;
    assert.deepEqual(d.range, {
      start: { line: 3, character: 0 },
      end: { line: 3, character: 'lugar: Recinto ferial: pabellón 3'.length },
    });
    assert.match(String(d.message), /put the whole value in quotes/);
    const fixes = await actions(u, d);
    assert.equal(fixes[0].title, 'Put the value in quotes');
    const fixed = applyTextEdits(ACTA, (fixes[0].edit!.documentChanges![0] as { edits: TextEdit[] }).edits);
    assert.match(fixed, /^lugar: "Recinto ferial: pabellón 3"$/m);
  });

  it('dates after `due` say what they are beside them, each date once', async () => {
    const u = uri('nw', 'dates-minutes.md');
    await client.open(u, MINUTES);
    const line = MINUTES.split('\n').findIndex((l) => l.includes('storyboard'));
    const character = '- [ ] Send the revised storyboard due '.length;
    const items = await client.request<CompletionItem[]>('textDocument/completion', {
      textDocument: { uri: u },
      position: { line, character },
    });
    const dates = items.filter((i) => /^\d{4}-\d{2}-\d{2}$/.test(i.label));
    assert.deepEqual(
      dates.slice(0, 3).map((i) => [i.label, i.labelDetails?.description]),
      [
        ['2026-11-22', 'today'],
        ['2026-11-23', 'tomorrow · next Monday'],
        ['2026-11-24', 'next Tuesday'],
      ],
    );
    assert.equal(new Set(dates.map((i) => i.label)).size, dates.length, 'each date once');
    assert.ok(dates.every((i) => i.labelDetails?.description));
  });

  it('a Chinese document in an English editor: the diagnostic names the section as the fix writes it, the English name beside it', async () => {
    const u = uri('kol-minutes.md');
    const p = await client.open(u, MINUTES_ZH);
    const d = p.diagnostics.find((x) => x.code === 'missing-section')!;
    assert.equal(d.message, 'Add the section “结论” (Decisions): “Meeting minutes” documents need one.');
    const fixes = await actions(u, d);
    assert.equal(fixes[0].title, 'Add the “结论” section');
  });

  it("the outline's details are in the user's language, and not repeated when the heading says it", async () => {
    const u = uri('kol-outline.md');
    await client.open(u, MINUTES_ZH);
    const symbols = await client.request<DocumentSymbol[]>('textDocument/documentSymbol', { textDocument: { uri: u } });
    assert.equal(symbols[0].detail, 'Meeting minutes');
    assert.equal(symbols[0].children?.[0].detail, 'Next actions');
    await client.open(uri('nw', 'outline-minutes.md'), MINUTES);
    const en = await client.request<DocumentSymbol[]>('textDocument/documentSymbol', {
      textDocument: { uri: uri('nw', 'outline-minutes.md') },
    });
    assert.deepEqual(
      en[0].children?.map((c) => c.detail),
      [undefined, undefined],
      'no “Decisions Decisions”',
    );
  });
});
