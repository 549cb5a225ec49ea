/** Chunked parsing must give exactly the tree of a whole-text parse. */
import { strict as assert } from 'node:assert';
import type { Nodes } from 'mdast';
import {
  ChunkCache,
  chunkBoundaries,
  mayHoldTable,
  parseChunks,
  parseMarkdown,
  parseText,
} from '../server/core/markdown';
import { rng } from './helpers/random';
import { PieceText } from '../server/core/pieces';
import { setExecWindow } from '../server/core/text';

/** The tree with absolute offsets, as comparable JSON. */
function shape(node: Nodes, base: number): unknown {
  const { position, ...rest } = node as Nodes & { children?: Nodes[] };
  const out: Record<string, unknown> = {
    ...rest,
    at: position ? [base + (position.start.offset ?? 0), base + (position.end.offset ?? 0)] : null,
  };
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
  '# Creative brief\n',
  '## Button\n',
  '## 按钮 Button\n',
  '### Sub\n',
  '#not a heading\n',
  'Plain paragraph with *emphasis* and `code`.\n',
  '\n',
  '\n\n',
  '- [ ] task @alice due 2026-11-30\n',
  '- plain item\n  continued\n',
  '1. ordered\n',
  '> quote\n',
  '> ## quoted heading\n',
  '```\n',
  '```js\n',
  '~~~\n',
  '    indented code\n',
  '  ```\n',
  '<!-- comment\n',
  '-->\n',
  '<!-- one-line comment -->\n',
  '<div>\n',
  '</div>\n',
  '| Action | Owner |\n|---|---|\n| x | @bob |\n',
  'Setext heading\n===\n',
  '***\n',
  '中文段落，包含标点。\n',
  '😀 emoji line\n',
  '\r\n',
  'line\r\n',
];

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

  it('parses with the guarded table extension, or without it where no delimiter row can be, to the same tree, on 4,000 random texts', () => {
    // Fragments around what makes or breaks a table: pipes, colons, dashes, containers, line endings.
    const bits = [
      '|',
      '-',
      ':',
      ' ',
      '\t',
      '\n',
      '\r\n',
      '\r',
      '>',
      '> ',
      'a',
      'b c',
      '*',
      '1. ',
      '- ',
      '  ',
      '    ',
      '---',
      '|-|',
      ':-',
      '-:',
      '| a | b |',
      'a|b\n',
      '\n| --- | :-: |\n',
      '\n-|-\n',
      '\\|',
      '`',
      '#',
      '=',
      '[ ] ',
      '中',
    ];
    const random = rng(7);
    const seen = { tables: 0, skipped: 0 };
    for (let n = 0; n < 4000; n++) {
      let text = '';
      const len = 1 + Math.floor(random() * 40);
      for (let i = 0; i < len; i++) text += bits[Math.floor(random() * bits.length)];
      const full = parseMarkdown(text);
      if (JSON.stringify(full).includes('"table"')) seen.tables++;
      if (!mayHoldTable(text)) seen.skipped++;
      assert.deepEqual(parseText(text), full, `text ${n}: ${JSON.stringify(text)}`);
    }
    // Both paths were taken, and tables were made.
    assert.ok(seen.tables > 300 && seen.skipped > 1000, JSON.stringify(seen));
  });

  it('reads front matter without micromark, to the same tree, on 3,000 random texts', () => {
    // Fences with and without trailing blanks, every line ending, a BOM, content that looks like a fence.
    const bits = [
      '---',
      '--- ',
      '---\t',
      '----',
      '-- -',
      '\n',
      '\n',
      '\r\n',
      '\r',
      'a: 1',
      'title: x',
      '',
      ' ',
      '# H',
      '- item',
      '```',
      '|a|\n|-|',
      '中文',
    ];
    const random = rng(11);
    let matters = 0;
    for (let n = 0; n < 3000; n++) {
      let text = n % 7 === 0 ? '\ufeff---\n' : n % 2 ? '---\n' : '---\r\n';
      const len = Math.floor(random() * 14);
      for (let i = 0; i < len; i++) text += bits[Math.floor(random() * bits.length)];
      const tree = parseMarkdown(text);
      if (tree.children[0]?.type === 'yaml') matters++;
      // With a byte-order mark, micromark's offsets leave it out; ours count it (the chunks start after it).
      const body = text.replace(/^\ufeff/, '');
      const bom = text.length - body.length;
      assert.deepEqual(
        chunked(text),
        parseMarkdown(body).children.map((c) => shape(c, bom)),
        `text ${n}: ${JSON.stringify(text)}`,
      );
      // A text that is only a front matter block gets the same tree, positions included.
      const yaml = parseMarkdown(body).children[0];
      if (yaml?.type === 'yaml') {
        const only = body.slice(0, yaml.position!.end.offset);
        assert.deepEqual(parseText(only), parseMarkdown(only), `front matter ${n}: ${JSON.stringify(only)}`);
      }
    }
    assert.ok(matters > 300, `only ${matters} texts had front matter`);
  });

  it('cuts where a plain line-by-line scan cuts, on 3,000 random documents', () => {
    const random = rng(7);
    const extra = [
      '<script>\n',
      '</script>\n',
      '<?php\n',
      '?>\n',
      '<!DOCTYPE x\n',
      '>\n',
      '<![CDATA[\n',
      ']]>\n',
      '````\n',
      '~~~~ x\n',
      '``` `x`\n',
      '#\n',
      '###### six\n',
      '\uFEFF---\n',
      '---\n',
      'a\r# b\n',
      '   <span>\n',
      '    # indented\n',
    ];
    for (let n = 0; n < 3000; n++) {
      const parts: string[] = [];
      const len = 1 + Math.floor(random() * 30);
      for (let i = 0; i < len; i++)
        parts.push(
          random() < 0.3 ? extra[Math.floor(random() * extra.length)] : PIECES[Math.floor(random() * PIECES.length)],
        );
      const text = parts.join('');
      assert.deepEqual(chunkBoundaries(text, 0), lineByLineBoundaries(text), `document ${n}:\n${JSON.stringify(text)}`);
    }
  });

  it('joins chunks smaller than the minimum', () => {
    const text = '# T\n\n## A\n\n' + 'a'.repeat(2000) + '\n\n## B\n\nb\n\n## C\n\nc\n';
    assert.deepEqual(
      chunkBoundaries(text, 1500).map((o) => text.slice(o, o + 4)),
      ['## B'],
    );
  });

  it('reuses cached chunks after an edit elsewhere', () => {
    const cache = new ChunkCache(4000, 0);
    const text = '# T\n\n## A\n\naaa\n\n## B\n\nbbb\n';
    const before = parseChunks(text, cache);
    const after = parseChunks(text.replace('bbb', 'bbbb'), cache);
    assert.equal(after[1].tree, before[1].tree, 'section A was not parsed again');
    assert.notEqual(after[2].tree, before[2].tree);
  });

  it('finds the unchanged chunks in the previous version, before and after the edit, without the cache', () => {
    const text = '# T\n\n## A\n\naaa\n\n## B\n\nbbb\n\n## C\n\nccc\n';
    const before = parseChunks(text, new ChunkCache(4000, 0));
    // An empty cache: only the previous version can give back the same trees.
    const after = parseChunks(text.replace('bbb', 'bbbbb'), new ChunkCache(4000, 0), before);
    assert.deepEqual(
      after.map((c) => c.offset),
      [0, 5, 16, 29],
    );
    assert.equal(after[1].tree, before[1].tree, 'section A, at the same offset');
    assert.notEqual(after[2].tree, before[2].tree, 'section B was edited');
    assert.equal(after[3].tree, before[3].tree, 'section C, two characters further on');
    // Same length and offset but other text: parsed, not taken from the previous version.
    const swapped = parseChunks(text.replace('aaa', 'aab'), new ChunkCache(4000, 0), before);
    assert.notEqual(swapped[1].tree, before[1].tree);
    assert.equal(swapped[1].text, '## A\n\naab\n\n');
  });

  it('after an edit, cuts as a whole scan does, and parses whole a document that now holds a reference definition (the text around the edit read only), on 2,000 random edits', () => {
    const random = rng(2112);
    // Brackets, colons, spaces and line breaks typed one by one make and unmake definitions, some with labels over two lines.
    const bits = [
      '[',
      ']',
      ':',
      ' ',
      '   ',
      '\n',
      '\r\n',
      '\r',
      'x',
      '## H\n',
      '[a]: /u\n',
      '[a\nb]',
      '- [ ] t\n',
      '```\n',
    ];
    let made = 0;
    for (let doc = 0; doc < 20; doc++) {
      let text =
        '# T\n\n' + Array.from({ length: 12 }, (_, k) => `## S${k}\n\nsome [text] and - [ ] task ${k}\n\n`).join('');
      let previous = parseChunks(text, new ChunkCache(4000, 0));
      for (let step = 0; step < 100; step++) {
        const at = Math.floor(random() * (text.length + 1));
        const removed = random() < 0.25 ? Math.floor(random() * 4) : 0;
        const inserted = random() < 0.15 ? '' : bits[Math.floor(random() * bits.length)];
        const end = Math.min(text.length, at + removed);
        text = text.slice(0, at) + inserted + text.slice(end);
        const change = { start: at, oldEnd: end, newEnd: at + inserted.length };
        const after = parseChunks(text, new ChunkCache(4000, 0), previous, change);
        const fresh = parseChunks(text, new ChunkCache(4000, 0));
        assert.deepEqual(
          after.map((c) => c.offset),
          fresh.map((c) => c.offset),
          `document ${doc}, edit ${step}: ${JSON.stringify(text)}`,
        );
        if (/^ {0,3}\[[^\]]+\]:/m.test(text)) made++;
        previous = after;
      }
    }
    assert.ok(made > 200, `${made} versions held a definition`);
  });

  it('after an edit, reads the text through its pieces (the editor’s, text.ts TextSource) and cuts and parses as a whole scan does, on 2,000 random edits', () => {
    // Pieces of 16 characters and search windows of 8: every read runs across pieces, and matches are cut by windows.
    setExecWindow(8);
    try {
      const random = rng(2113);
      const bits = [
        '[',
        ']',
        ':',
        ' ',
        '\n',
        '\r\n',
        '\r',
        'x',
        '#',
        '## H\n',
        '---\n',
        '---  \n',
        '\uFEFF',
        '```\n',
        '~~~\n',
        '<!--',
        '-->',
        '<div>\n',
        '   ```',
        '😀',
        '中文',
        '[a]: /u\n',
      ];
      let checked = 0;
      for (let doc = 0; doc < 20; doc++) {
        let text =
          (doc % 4 === 0
            ? '---\ntitle: x\nattendees: a, b\n---\n'
            : doc % 4 === 1
              ? '\uFEFF---\r\nk: v\r\n---   \r\n'
              : // The opening fence's CR LF across the end of the first window read (256 characters).
                doc % 4 === 2
                ? `---${' '.repeat(252)}\r\nk: v\r\n---\r\n`
                : '') +
          '# T\n\n' +
          Array.from(
            { length: 12 },
            (_, k) => `## S${k}\n\nsome text and - [ ] task ${k}\n\n${k % 4 === 0 ? '```\ncode\n```\n' : ''}`,
          ).join('');
        const pieces = new PieceText(text, 16);
        let previous = parseChunks(text, new ChunkCache(4000, 0));
        for (let step = 0; step < 100; step++) {
          const at = Math.floor(random() * (text.length + 1));
          const removed = random() < 0.25 ? Math.floor(random() * 6) : 0;
          const inserted = random() < 0.15 ? '' : bits[Math.floor(random() * bits.length)];
          const end = Math.min(text.length, at + removed);
          text = text.slice(0, at) + inserted + text.slice(end);
          pieces.edit(at, end, inserted);
          const change = { start: at, oldEnd: end, newEnd: at + inserted.length };
          const after = parseChunks(text, new ChunkCache(4000, 0), previous, change, pieces.snapshot());
          const fresh = parseChunks(text, new ChunkCache(4000, 0));
          assert.deepEqual(
            after.map((c) => [c.offset, c.text]),
            fresh.map((c) => [c.offset, c.text]),
            `document ${doc}, edit ${step}: ${JSON.stringify(text)}`,
          );
          previous = after;
          checked++;
        }
      }
      assert.equal(checked, 2000);
    } finally {
      setExecWindow(4096);
    }
  });
});

/** The boundary scan written the plain way, one line at a time: the reference for the fast scan. */
function lineByLineBoundaries(text: string): number[] {
  const FENCE = /^ {0,3}(`{3,}|~{3,})/;
  const HTML_OPEN = /^ {0,3}<(?:!--|\?|![A-Za-z]|!\[CDATA\[|(?:script|pre|style|textarea)(?:[\s>]|$))/i;
  const CLOSERS: [RegExp, RegExp][] = [
    [/^ {0,3}<!--/, /-->/],
    [/^ {0,3}<\?/, /\?>/],
    [/^ {0,3}<![A-Za-z]/, />/],
    [/^ {0,3}<!\[CDATA\[/, /\]\]>/],
    [/^ {0,3}<(?:script|pre|style|textarea)(?:[\s>]|$)/i, /<\/(?:script|pre|style|textarea)>/i],
  ];
  const cuts: number[] = [];
  if (/^ {0,3}\[[^\]]+\]:/m.test(text)) return cuts;
  let pos = 0;
  let lineNo = 0;
  let fence: string | undefined;
  let htmlEnd: RegExp | undefined;
  let untilBlank = false;
  let frontMatter = false;
  while (pos < text.length) {
    let nl = text.indexOf('\n', pos);
    if (nl < 0) nl = text.length;
    let line = text.slice(pos, nl);
    if (line.endsWith('\r')) line = line.slice(0, -1);
    if (lineNo === 0 && /^\uFEFF?---[ \t]*$/.test(line)) frontMatter = true;
    else if (frontMatter) {
      if (/^---[ \t]*$/.test(line)) frontMatter = false;
    } else if (fence) {
      const m = FENCE.exec(line);
      if (m && m[1][0] === fence[0] && m[1].length >= fence.length && /^\s*$/.test(line.slice(m[0].length)))
        fence = undefined;
    } else if (htmlEnd) {
      if (htmlEnd.test(line)) htmlEnd = undefined;
    } else if (untilBlank) {
      if (/^\s*$/.test(line)) untilBlank = false;
    } else if (/^#{1,6}(?:[ \t]|$)/.test(line)) {
      if (pos > 0) cuts.push(pos);
    } else {
      const f = FENCE.exec(line);
      if (f && !(f[1][0] === '`' && line.slice(f[0].length).includes('`'))) fence = f[1];
      else if (HTML_OPEN.test(line)) {
        const closer = CLOSERS.find(([open]) => open.test(line));
        if (closer && !closer[1].test(line.replace(closer[0], ''))) htmlEnd = closer[1];
      } else if (/^ {0,3}<\/?[A-Za-z][A-Za-z0-9-]*(?:[\s/>]|$)/.test(line)) untilBlank = true;
    }
    pos = nl + 1;
    lineNo++;
  }
  return cuts;
}
