/**
 * Quick fixes and fix-all over stdio (server/lsp/codeActions.ts): each fix inserts, lands at the right
 * place, in the document's language and line ends, and clears its finding.
 */
import { strict as assert } from 'node:assert';
import type { CodeAction } from 'vscode-languageserver-protocol';
import { applyTextEdits } from '../helpers/lspClient';
import {
  BRIEF_EN,
  BRIEF_TITLE_LINE,
  MINUTES_EN,
  MINUTES_ES,
  MINUTES_ZH,
  ZH_EMOJI_LINE,
  codes,
  diag,
  editsFor,
  lineNo,
  lineOf,
  summary,
  uriIn,
  useWorkspaceServer,
  type Client,
  type WorkspaceServer,
} from '../helpers/lspWorkspace';

describe('language server: code actions', function () {
  this.timeout(30000);
  const server = useWorkspaceServer(['brief', 'zh']);
  let client: Client;
  let root: string;
  let uris: WorkspaceServer['uris'];
  before(() => ({ client, root, uris } = server));

  const uri = () => uriIn(root, 'fix-me.brief.md');

  it('missing-section: a quick fix inserts the heading; after applying it the finding is gone', async () => {
    const p = await client.open(uri(), BRIEF_EN, 1);
    const tone = p.diagnostics.find(
      (d) => d.code === 'missing-section' && (d.data as { section?: string }).section === 'tone',
    );
    assert.ok(tone, summary(p));
    const actions = await client.request<CodeAction[]>('textDocument/codeAction', {
      textDocument: { uri: uri() },
      range: tone.range,
      context: { diagnostics: [tone], triggerKind: 1 },
    });
    const fix = actions.find((a) => a.kind === 'quickfix' && /Tone/.test(a.title));
    assert.ok(fix, `a quick fix for Tone; got ${JSON.stringify(actions.map((a) => a.title))}`);
    assert.equal(fix.isPreferred, true);
    assert.ok(
      fix.diagnostics?.some((d) => d.code === 'missing-section'),
      'the fix names the diagnostic it fixes',
    );
    assert.ok(
      actions.some((a) => a.kind === 'quickfix' && /^Add all 2 missing sections$/.test(a.title)),
      `“Add all missing sections” offered; got ${JSON.stringify(actions.map((a) => a.title))}`,
    );
    assert.ok(
      actions.some((a) => /Disable missing-section for this (line|file)/.test(a.title)),
      `disable actions offered; got ${JSON.stringify(actions.map((a) => a.title))}`,
    );
    const edits = editsFor(fix.edit, uri());
    assert.ok(edits.length > 0, 'the fix carries edits for this document');
    const fixed = applyTextEdits(BRIEF_EN, edits);
    assert.match(fixed, /\n## Tone\n/);
    // At its canonical place: after Support points, before Deliverables.
    assert.ok(
      fixed.indexOf('## Support points') < fixed.indexOf('## Tone') &&
        fixed.indexOf('## Tone') < fixed.indexOf('## Deliverables'),
      fixed,
    );
    // Nothing the user wrote was removed.
    for (const e of edits) assert.deepEqual(e.range.start, e.range.end, 'a fix inserts, it does not replace');
    assert.equal(edits.length, 1);
    assert.equal(fixed.replace(edits[0].newText, ''), BRIEF_EN, 'only an insertion');
    const v = client.changeByEdits(uri(), edits);
    assert.equal(client.texts.get(uri()), fixed);
    const after = await client.waitVersion(uri(), v);
    assert.ok(
      !after.diagnostics.some(
        (d) => d.code === 'missing-section' && (d.data as { section?: string }).section === 'tone',
      ),
      summary(after),
    );
    assert.ok(
      after.diagnostics.some(
        (d) => d.code === 'missing-section' && (d.data as { section?: string }).section === 'mandatories',
      ),
      summary(after),
    );
  });

  it('context.only source.fixAll.agencyDocs: one fix-all action that leaves no missing section or field', async () => {
    const actions = await client.request<CodeAction[]>('textDocument/codeAction', {
      textDocument: { uri: uri() },
      range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } },
      context: { diagnostics: [], only: ['source.fixAll.agencyDocs'], triggerKind: 2 },
    });
    assert.equal(actions.length, 1, JSON.stringify(actions.map((a) => `${a.kind}: ${a.title}`)));
    const [all] = actions;
    // Editors ask for the parent kinds too (VS Code's "source.fixAll" on save).
    for (const only of [['source.fixAll'], ['source']]) {
      const parent = await client.request<CodeAction[]>('textDocument/codeAction', {
        textDocument: { uri: uri() },
        range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } },
        context: { diagnostics: [], only },
      });
      assert.deepEqual(
        parent.map((a) => a.kind),
        ['source.fixAll.agencyDocs'],
        `only ${only}`,
      );
    }
    assert.equal(all.kind, 'source.fixAll.agencyDocs');
    const edits = editsFor(all.edit, uri());
    assert.ok(edits.length > 0);
    const text = applyTextEdits(client.texts.get(uri())!, edits);
    assert.match(text, /\n## Mandatories\n/);
    const v = client.changeByEdits(uri(), edits);
    const p = await client.waitVersion(uri(), v);
    assert.ok(!p.diagnostics.some((d) => d.code === 'missing-section' || d.code === 'missing-field'), summary(p));
    // Nothing left to fix: no fix-all action, and no quick fixes are returned for only=source.fixAll.
    const again = await client.request<CodeAction[]>('textDocument/codeAction', {
      textDocument: { uri: uri() },
      range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } },
      context: { diagnostics: [], only: ['source.fixAll.agencyDocs'] },
    });
    assert.deepEqual(again, []);
    client.close(uri());
  });

  it('ambiguous-date after CJK and emoji: the ISO fix edits exactly the date (UTF-16) and clears the finding', async () => {
    const p = client.lastPublish(uris.zh)!;
    const amb = diag(p, 'ambiguous-date', ZH_EMOJI_LINE);
    const actions = await client.request<CodeAction[]>('textDocument/codeAction', {
      textDocument: { uri: uris.zh },
      range: amb.range,
      context: { diagnostics: [amb] },
    });
    const iso = actions.find((a) => a.kind === 'quickfix' && a.title === 'Change to 2026-12-03 (read day first)');
    assert.ok(iso, `an ISO fix; got ${JSON.stringify(actions.map((a) => a.title))}`);
    const edits = editsFor(iso.edit, uris.zh);
    assert.deepEqual(edits, [{ range: amb.range, newText: '2026-12-03' }]);
    const v = client.changeByEdits(uris.zh, edits);
    assert.match(lineOf(client.texts.get(uris.zh)!, ZH_EMOJI_LINE), /🚀 @李娜 截止：2026-12-03$/);
    const after = await client.waitVersion(uris.zh, v);
    assert.deepEqual(codes(after), ['action-missing-owner'], summary(after));
  });

  it('a Spanish 12/11/2026 (one reading, no diagnostic): “Change to 2026-11-12” at the cursor, not a quick fix, never in fix-all', async () => {
    const uri = uriIn(root, 'sol-de-mayo', 'acta-fecha.md');
    const text = MINUTES_ES.replace('@lucia', '@lucia fecha límite: 12/11/2026');
    const p = await client.open(uri, text);
    const line = lineNo(text, '12/11/2026');
    // One reading for Spanish readers, 12 November: no ambiguous-date; due before the meeting of the 16th says so.
    assert.ok(!p.diagnostics.some((d) => d.code === 'ambiguous-date'), summary(p));
    assert.ok(
      p.diagnostics.some((d) => d.code === 'action-due-before-meeting' && d.range.start.line === line),
      summary(p),
    );
    const col = lineOf(text, line).indexOf('12/11/2026');
    const at = (character: number, only?: string[]) =>
      client.request<CodeAction[]>('textDocument/codeAction', {
        textDocument: { uri },
        range: { start: { line, character }, end: { line, character } },
        context: { diagnostics: [], ...(only ? { only } : {}) },
      });
    const actions = await at(col + 4);
    const rewrite = actions.find((a) => a.title === 'Change to 2026-11-12');
    assert.ok(rewrite, JSON.stringify(actions.map((a) => a.title)));
    assert.equal(rewrite.kind, 'refactor.rewrite');
    assert.equal(rewrite.diagnostics, undefined);
    assert.deepEqual(editsFor(rewrite.edit, uri), [
      { range: { start: { line, character: col }, end: { line, character: col + 10 } }, newText: '2026-11-12' },
    ]);
    // Asked for quick fixes only, or for the fix-all: not there.
    assert.ok(!(await at(col + 4, ['quickfix'])).some((a) => /2026-11-12/.test(a.title)));
    const all = await at(0, ['source.fixAll.agencyDocs']);
    assert.ok(!JSON.stringify(all).includes('2026-11-12'), JSON.stringify(all));
    // Away from the date: no rewrite.
    assert.ok(!(await at(0)).some((a) => a.kind === 'refactor.rewrite'));
    client.close(uri);
  });

  it('no ISO rewrite for a date with two readings (the diagnostic offers both) or in ordinary Markdown', async () => {
    const uri = uriIn(root, 'two-readings.md');
    // English readers take 03/04/2026 two ways.
    const text = MINUTES_EN.replace(
      '- Rough cut approved',
      '- The client sends the floor plan on 03/04/2026.\n- Rough cut approved',
    );
    const p = await client.open(uri, text);
    const line = lineNo(text, '03/04/2026');
    const amb = diag(p, 'ambiguous-date', line);
    const col = lineOf(text, line).indexOf('03/04/2026');
    const actions = await client.request<CodeAction[]>('textDocument/codeAction', {
      textDocument: { uri },
      range: { start: { line, character: col + 1 }, end: { line, character: col + 1 } },
      context: { diagnostics: [amb] },
    });
    assert.ok(!actions.some((a) => a.kind === 'refactor.rewrite'), JSON.stringify(actions.map((a) => a.title)));
    assert.deepEqual(
      actions.filter((a) => a.kind === 'quickfix' && /^Change to/.test(a.title)).map((a) => a.title),
      ['Change to 2026-04-03 (read day first)', 'Change to 2026-03-04 (read month first)'],
    );
    client.close(uri);
    const plain = uriIn(root, 'plain-notes.md');
    await client.open(plain, '# Notes\n\nThe launch moved to 25/12/2026.\n');
    const none = await client.request<CodeAction[]>('textDocument/codeAction', {
      textDocument: { uri: plain },
      range: { start: { line: 2, character: 26 }, end: { line: 2, character: 26 } },
      context: { diagnostics: [] },
    });
    assert.deepEqual(none, []);
    client.close(plain);
  });

  it('missing-section in a Chinese document: the inserted heading is Chinese', async () => {
    const uri = uriIn(root, 'qingshan', 'no-decisions.md');
    const text = MINUTES_ZH.replace(/## 结论\n\n- .*\n\n/, '');
    const p = await client.open(uri, text);
    const miss = diag(p, 'missing-section', lineNo(text, '# 会议纪要'));
    assert.equal((miss.data as { section?: string }).section, 'decisions');
    const actions = await client.request<CodeAction[]>('textDocument/codeAction', {
      textDocument: { uri },
      range: miss.range,
      context: { diagnostics: [miss] },
    });
    const fix = actions.find((a) => a.kind === 'quickfix' && a.isPreferred);
    assert.ok(fix, JSON.stringify(actions.map((a) => a.title)));
    const fixed = applyTextEdits(text, editsFor(fix.edit, uri));
    assert.match(fixed, /\n## 结论\n/);
    assert.ok(fixed.indexOf('## 结论') < fixed.indexOf('## 后续行动'), 'Decisions goes before Next actions');
    const v = client.changeByEdits(uri, editsFor(fix.edit, uri));
    const after = await client.waitVersion(uri, v);
    assert.ok(!after.diagnostics.some((d) => d.code === 'missing-section'), summary(after));
    client.close(uri);
  });

  it('a CRLF document: right lines, and the fix inserts CRLF lines that clear the finding', async () => {
    const uri = uriIn(root, 'crlf.brief.md');
    const text = BRIEF_EN.replace(/\n/g, '\r\n');
    const p = await client.open(uri, text);
    assert.deepEqual(codes(p), ['missing-section', 'missing-section'], summary(p));
    for (const d of p.diagnostics) assert.equal(d.range.start.line, BRIEF_TITLE_LINE);
    const d = p.diagnostics[0];
    const actions = await client.request<CodeAction[]>('textDocument/codeAction', {
      textDocument: { uri },
      range: d.range,
      context: { diagnostics: [d] },
    });
    const all = actions.find((a) => /^Add all 2 missing sections$/.test(a.title));
    assert.ok(all, JSON.stringify(actions.map((a) => a.title)));
    const edits = editsFor(all.edit, uri);
    for (const e of edits)
      assert.ok(!/(^|[^\r])\n/.test(e.newText), `only CRLF line ends: ${JSON.stringify(e.newText)}`);
    const v = client.changeByEdits(uri, edits);
    const after = await client.waitVersion(uri, v);
    assert.ok(!after.diagnostics.some((x) => x.code === 'missing-section'), summary(after));
    client.close(uri);
  });

  it('only quickfix does not return the fix-all source action', async () => {
    const p = client.lastPublish(uris.brief)!;
    const d = p.diagnostics[0];
    const actions = await client.request<CodeAction[]>('textDocument/codeAction', {
      textDocument: { uri: uris.brief },
      range: d.range,
      context: { diagnostics: [d], only: ['quickfix'] },
    });
    assert.ok(actions.length > 0);
    for (const a of actions) assert.equal(a.kind, 'quickfix', a.title);
  });
});
