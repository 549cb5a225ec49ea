/**
 * Completion over stdio (server/lsp/completion.ts): front-matter keys and values, owners, dates, headings.
 */
import { strict as assert } from 'node:assert';
import type { TextEdit } from 'vscode-languageserver-protocol';
import {
  BRIEF_EN,
  MINUTES_EN,
  MINUTES_ZH,
  TODAY,
  items,
  lineOf,
  uriIn,
  useWorkspaceServer,
  type Client,
  type WorkspaceServer,
} from '../helpers/lspWorkspace';
import { DOCUMENT_TYPES } from '../../server/core/catalog';

describe('language server: completion', function () {
  this.timeout(30000);
  const server = useWorkspaceServer();
  let client: Client;
  let root: string;
  let uris: WorkspaceServer['uris'];
  before(() => ({ client, root, uris } = server));

  it('front-matter keys at an empty front-matter line: the missing required fields', async () => {
    const uri = uriIn(root, 'complete-keys.md');
    const text = '---\ntype: brief\n\nclient: Northwind Coffee\n---\n\n# Creative brief\n';
    await client.open(uri, text);
    const r = items(
      await client.request('textDocument/completion', { textDocument: { uri }, position: { line: 2, character: 0 } }),
    );
    const labels = r.map((i) => i.label);
    for (const k of ['brand', 'job', 'date', 'due', 'budget'])
      assert.ok(labels.includes(k), `${k} offered; got ${labels}`);
    assert.ok(!labels.includes('client'), `client is already there; got ${labels}`);
    assert.ok(!labels.includes('type'), `type is already there; got ${labels}`);
    const job = r.find((i) => i.label === 'job')!;
    const newText = job.textEdit ? job.textEdit.newText : job.insertText;
    assert.equal(newText, 'job: ');
    client.close(uri);
  });

  it('type values after `type: `', async () => {
    const uri = uriIn(root, 'complete-type.md');
    await client.open(uri, '---\ntype: \n---\n');
    const r = items(
      await client.request('textDocument/completion', { textDocument: { uri }, position: { line: 1, character: 6 } }),
    );
    const labels = r.map((i) => i.label);
    for (const t of DOCUMENT_TYPES.map((d) => d.id)) {
      assert.ok(labels.includes(t), `${t} offered; got ${labels}`);
    }
    const brief = r.find((i) => i.label === 'brief')!;
    assert.match(String(brief.detail), /Creative brief/);
    client.close(uri);
  });

  it('@ owners from the team roster, with their role', async () => {
    await client.open(uris.minutes, MINUTES_EN);
    const v = client.change(uris.minutes, [
      { range: { start: { line: 20, character: 0 }, end: { line: 20, character: 0 } }, text: '- [ ] Check the mix @' },
    ]);
    await client.waitVersion(uris.minutes, v);
    const r = items(
      await client.request('textDocument/completion', {
        textDocument: { uri: uris.minutes },
        position: { line: 20, character: 21 },
        context: { triggerKind: 2, triggerCharacter: '@' },
      }),
    );
    const labels = r.map((i) => i.label);
    for (const n of ['@alice', '@ben', '@carla', '@tom', '@张伟', '@lucia'])
      assert.ok(labels.includes(n), `${n} offered; got ${labels}`);
    assert.equal(r.find((i) => i.label === '@alice')!.detail, 'Account director');
    const edit = r.find((i) => i.label === '@alice')!.textEdit as TextEdit;
    assert.deepEqual(
      edit.range,
      { start: { line: 20, character: 20 }, end: { line: 20, character: 21 } },
      'replaces the typed @',
    );
    assert.equal(edit.newText, '@alice');
  });

  it('dates after `due `', async () => {
    const v = client.change(uris.minutes, [
      { range: { start: { line: 20, character: 21 }, end: { line: 20, character: 21 } }, text: 'tom due ' },
    ]);
    await client.waitVersion(uris.minutes, v);
    assert.equal(lineOf(client.texts.get(uris.minutes)!, 20), '- [ ] Check the mix @tom due ');
    const r = items(
      await client.request('textDocument/completion', {
        textDocument: { uri: uris.minutes },
        position: { line: 20, character: 29 },
      }),
    );
    const labels = r.map((i) => i.label);
    assert.ok(labels.includes(TODAY), `today offered; got ${labels}`);
    assert.ok(labels.includes('2026-11-23'), `tomorrow offered; got ${labels}`);
    for (const l of labels) assert.match(l, /^\d{4}-\d{2}-\d{2}$/);
    const today = r.find((i) => i.label === TODAY)!;
    assert.equal(today.detail, 'today');
    // Restore the minutes for the tests below.
    const v2 = client.change(uris.minutes, [
      { range: { start: { line: 20, character: 0 }, end: { line: 20, character: 29 } }, text: '' },
    ]);
    assert.equal(client.texts.get(uris.minutes), MINUTES_EN);
    await client.waitVersion(uris.minutes, v2);
  });

  it('@ with a CJK prefix: the edit replaces what was typed (UTF-16 range)', async () => {
    const uri = uriIn(root, 'qingshan', 'complete-owner.md');
    const text = MINUTES_ZH + '- [ ] 🎬 准备样片 @张';
    await client.open(uri, text);
    const line = text.split('\n').length - 1;
    const col = lineOf(text, line).length; // UTF-16 units
    const r = items(
      await client.request('textDocument/completion', { textDocument: { uri }, position: { line, character: col } }),
    );
    const zw = r.find((i) => i.label === '@张伟');
    assert.ok(zw, JSON.stringify(r.map((i) => i.label)));
    assert.equal(zw.detail, '客户总监');
    assert.deepEqual((zw.textEdit as TextEdit).range, {
      start: { line, character: col - 2 },
      end: { line, character: col },
    });
    client.close(uri);
  });

  it('missing section headings after `## `', async () => {
    const uri = uriIn(root, 'complete-heading.brief.md');
    const text = BRIEF_EN + '\n## ';
    await client.open(uri, text);
    const last = text.split('\n').length - 1;
    const r = items(
      await client.request('textDocument/completion', {
        textDocument: { uri },
        position: { line: last, character: 3 },
      }),
    );
    const labels = r.map((i) => i.label);
    assert.deepEqual([...labels].sort(), ['Mandatories', 'Tone'], `the two missing sections; got ${labels}`);
    const tone = r.find((i) => i.label === 'Tone')!;
    assert.match((tone.textEdit as TextEdit).newText, /^## Tone\n/);
    client.close(uri);
  });
});
