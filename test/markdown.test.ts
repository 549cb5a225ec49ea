/** Chunked parsing must give exactly the tree of a whole-text parse. */
import { strict as assert } from 'node:assert';
import type { Nodes } from 'mdast';
import { ChunkCache, chunkBoundaries, parseChunks, parseMarkdown } from '../server/core/markdown';

/** The tree with absolute offsets, as comparable JSON. */
function shape(node: Nodes, base: number): unknown {
  const { position, ...rest } = node as Nodes & { children?: Nodes[] };
  const out: Record<string, unknown> = { ...rest, at: position ? [base + (position.start.offset ?? 0), base + (position.end.offset ?? 0)] : null };
  if ('children' in node) out.children = (node.children as Nodes[]).map((c) => shape(c, base));
  return out;
}

function chunked(text: string): unknown[] {
  return parseChunks(text, new ChunkCache(4000, 0)).flatMap((c) => c.tree.children.map((n) => shape(n, c.offset)));
}

function whole(text: string): unknown[] {
  return parseMarkdown(text).children.map((n) => shape(n, 0));
}

const PIECES = [
  '---\ntype: brief\nclient: Acme\n---\n',
  '# Creative brief\n', '## Button\n', '## 按钮 Button\n', '### Sub\n', '#not a heading\n',
  'Plain paragraph with *emphasis* and `code`.\n', '\n', '\n\n',
  '- [ ] task @alice due 2026-11-30\n', '- plain item\n  continued\n', '1. ordered\n',
  '> quote\n', '> ## quoted heading\n',
  '```\n', '```js\n', '~~~\n', '    indented code\n', '  ```\n',
  '<!-- comment\n', '-->\n', '<!-- one-line comment -->\n', '<div>\n', '</div>\n',
  '| Action | Owner |\n|---|---|\n| x | @bob |\n',
  'Setext heading\n===\n', '***\n', '中文段落，包含标点。\n', '😀 emoji line\n', '\r\n', 'line\r\n',
];

function rng(seed: number) {
  let s = seed >>> 0;
  return () => ((s = (s * 1664525 + 1013904223) >>> 0) / 2 ** 32);
}

describe('chunked parsing', () => {
  it('cuts at top-level ATX headings only', () => {
    const text = '# T\n\n```\n# not a cut\n```\n\n## A\n<!--\n## not a cut\n-->\n\n## B\n';
    const cuts = chunkBoundaries(text, 0).map((o) => text.slice(o, text.indexOf('\n', o)));
    assert.deepEqual(cuts, ['## A', '## B']);
  });

  it('keeps documents with reference definitions whole', () => {
    assert.deepEqual(chunkBoundaries('# A\n[x]: /url\n## B\n[x]\n', 0), []);
  });

  it('equals the whole-text parse on 600 random documents', () => {
    const random = rng(42);
    for (let n = 0; n < 600; n++) {
      const parts: string[] = [];
      const len = 1 + Math.floor(random() * 25);
      for (let i = 0; i < len; i++) parts.push(PIECES[Math.floor(random() * PIECES.length)]);
      const text = parts.join('');
      assert.deepEqual(chunked(text), whole(text), `document ${n}:\n${JSON.stringify(text)}`);
    }
  });

  it('joins chunks smaller than the minimum', () => {
    const text = '# T\n\n## A\n\n' + 'a'.repeat(2000) + '\n\n## B\n\nb\n\n## C\n\nc\n';
    assert.deepEqual(chunkBoundaries(text, 1500).map((o) => text.slice(o, o + 4)), ['## B']);
  });

  it('reuses cached chunks after an edit elsewhere', () => {
    const cache = new ChunkCache(4000, 0);
    const text = '# T\n\n## A\n\naaa\n\n## B\n\nbbb\n';
    const before = parseChunks(text, cache);
    const after = parseChunks(text.replace('bbb', 'bbbb'), cache);
    assert.equal(after[1].tree, before[1].tree, 'section A was not parsed again');
    assert.notEqual(after[2].tree, before[2].tree);
  });
});
