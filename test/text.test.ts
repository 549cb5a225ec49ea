/** Text helpers: line index, folding, placeholders. */
import { strict as assert } from 'node:assert';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { rng } from './helpers/random';
import { LineIndex, allMatches, detached, fold, isPlaceholder, jsonCopy, regExpFor } from '../server/core/text';

describe('text helpers', () => {
  it('fold’s fast path agrees with the full NFKD fold for every BMP character', () => {
    for (let c = 0; c < 0x10000; c++) {
      if (c >= 0xd800 && c <= 0xdfff) continue;
      const ch = String.fromCharCode(c);
      assert.equal(
        fold(ch),
        ch
          .normalize('NFKD')
          .replace(/\p{M}+/gu, '')
          .toLowerCase(),
        `U+${c.toString(16)}`,
      );
    }
    assert.equal(fold('Próximos PASOS'), 'proximos pasos');
    assert.equal(fold('按钮 Button'), '按钮 button');
    // Mixed texts, with marks in and out of the plain-class ranges.
    for (const t of [
      'Reunión · 第 2 次会议：Crème brûlée “x”',
      'か\u3099き\u302a done',
      'Åström 𝒜\u0301 𝐀\u{1d167}',
      'ﬁ ＡＢ \u20d7 e\u0327',
    ]) {
      assert.equal(
        fold(t),
        t
          .normalize('NFKD')
          .replace(/\p{M}+/gu, '')
          .toLowerCase(),
        t,
      );
    }
  });
  it('maps offsets and positions with CRLF, CJK and emoji', () => {
    const text = 'a\r\n中文😀x\nlast';
    const lines = new LineIndex(text);
    assert.equal(lines.lineCount, 3);
    assert.deepEqual(lines.positionAt(text.indexOf('x')), { line: 1, character: 4 });
    assert.equal(lines.offsetAt({ line: 1, character: 4 }), text.indexOf('x'));
    assert.equal(lines.lineText(1), '中文😀x');
    assert.equal(lines.eol, '\r\n');
  });
  it('the line index of an edited version (in blocks, issue 21 item 4) equals a fresh one, over random edit sequences', () => {
    const random = rng(404);
    const bits = ['a', 'b c', '\n', '\r\n', '\r', '😀', '中文', '\n\n\n', ''];
    const some = (n: number) => Array.from({ length: n }, () => bits[Math.floor(random() * bits.length)]).join('');
    for (let doc = 0; doc < 6; doc++) {
      // Several blocks of 1,024 line starts, and documents that start empty.
      let text = doc === 0 ? '' : some(2000 + Math.floor(random() * 12000));
      let lines = new LineIndex(text);
      for (let step = 0; step < 150; step++) {
        const start = Math.floor(random() * (text.length + 1));
        const kind = random();
        // Keystrokes, deletions (some over many lines), pastes of many lines.
        const oldEnd = Math.min(
          text.length,
          start + (kind < 0.6 ? 0 : kind < 0.9 ? Math.floor(random() * 5) : Math.floor(random() * 6000)),
        );
        const inserted = kind < 0.95 ? some(1) : some(Math.floor(random() * 3000));
        text = text.slice(0, start) + inserted + text.slice(oldEnd);
        // As the model does (server/core/document.ts linesAfterEdit): one character more on each side.
        lines = LineIndex.after(
          lines,
          text,
          Math.max(0, start - 1),
          Math.min(text.length, start + inserted.length + 1),
        );
        const fresh = new LineIndex(text);
        const what = `document ${doc}, edit ${step}`;
        assert.equal(lines.lineCount, fresh.lineCount, what);
        assert.deepEqual(lines.lineStarts, fresh.lineStarts, what);
        for (let k = 0; k < 30; k++) {
          const offset = Math.floor(random() * (text.length + 3)) - 1;
          assert.deepEqual(lines.positionAt(offset), fresh.positionAt(offset), `${what}: positionAt(${offset})`);
          const line = Math.floor(random() * fresh.lineCount);
          assert.equal(lines.lineStart(line), fresh.lineStarts[line], `${what}: lineStart(${line})`);
          assert.equal(lines.lineEnd(line), fresh.lineEnd(line), `${what}: lineEnd(${line})`);
          assert.equal(lines.lineText(line), fresh.lineText(line), `${what}: lineText(${line})`);
          const p = { line: Math.floor(random() * (fresh.lineCount + 1)), character: Math.floor(random() * 8) };
          assert.equal(lines.offsetAt(p), fresh.offsetAt(p), `${what}: offsetAt(${JSON.stringify(p)})`);
        }
      }
    }
  });
  it('knows the placeholders of the spec', () => {
    for (const p of ['', ' ', 'TBD', 'todo', 'N/A', '...', '待定', '待补充', '暂无', 'pendiente', 'Por definir'])
      assert.ok(isPlaceholder(p), p);
    for (const p of ['Alice', '2026-11-30', 'TBD later', '定']) assert.ok(!isPlaceholder(p), p);
  });

  it('allMatches finds what matchAll finds, empty matches and astral characters included, and leaves lastIndex at 0', () => {
    const cases: [RegExp, string][] = [
      [/(?<![\p{L}\p{N}_.+-])@([\p{L}\p{N}_]+)/gu, 'ask @ben and @王芳, not a@b.c; @😀 @li'],
      [/x*/gu, 'a😀xxb😀'],
      [/x*/g, 'a😀xxb😀'],
      [/(?=\p{Script=Han})/gu, '开会 meeting 会议'],
      [/due\s*/giu, 'Due 3 Dec, DUE 4 Dec, overdue'],
      [/z/g, ''],
    ];
    for (const [re, text] of cases) {
      const want = [...text.matchAll(re)].map((m) => [m.index, ...m]);
      assert.deepEqual(
        allMatches(re, text).map((m) => [m.index, ...m]),
        want,
        `${re} on ${text}`,
      );
      assert.equal(re.lastIndex, 0);
    }
    assert.throws(() => allMatches(/a/, 'a'));
    assert.deepEqual(
      allMatches(/a/g, 'aaaa', 2).map((m) => m.index),
      [0, 1],
    );
  });

  it('regExpFor compiles a pattern once per flags', () => {
    assert.equal(regExpFor('a+b', 'gu'), regExpFor('a+b', 'gu'));
    assert.notEqual(regExpFor('a+b', 'gu'), regExpFor('a+b', 'u'));
  });
  it('detached copies a piece of a text without keeping the text alive', () => {
    setFlagsFromString('--expose-gc');
    const gc = runInNewContext('gc') as () => void;
    gc();
    const before = process.memoryUsage().heapUsed;
    const kept: string[] = [];
    for (let i = 0; i < 40; i++) {
      // A text of 2 MB each time (two bytes a character), made here and dropped after the loop.
      const text = `会议 ${i} `.repeat(200_000);
      for (const [from, to] of [
        [3, 5],
        [1001, 1101],
        [5000, 7000],
      ]) {
        const piece = detached(text.slice(from, to));
        assert.equal(piece, text.slice(from, to));
        kept.push(piece);
      }
    }
    gc();
    const heldMb = (process.memoryUsage().heapUsed - before) / 2 ** 20;
    // The pieces themselves are about 0.2 MB; slices would hold all 80 MB of text.
    assert.ok(heldMb < 8, `${heldMb.toFixed(1)} MB held for ${kept.length} pieces`);
    assert.equal(detached(''), '');
  });

  it('jsonCopy gives what a JSON round trip gives, its strings detached', () => {
    const text = `Reunión 第 2 次会议 `.repeat(100_000);
    const values: unknown[] = [
      'x',
      3,
      Number.NaN,
      Infinity,
      null,
      true,
      [1, undefined, () => 1, Symbol('s'), new Array(2), 'b'],
      { a: undefined, b: 1, c: { d: [{ e: 'f', g: undefined }] }, h: -0, i: new Date(Date.UTC(2026, 10, 22)) },
      JSON.parse('{"__proto__": {"x": 1}, "y": [null]}'),
      { path: '/a.md', owners: [text.slice(10, 40)], actions: [{ text: text.slice(100, 160), due: undefined }] },
    ];
    // A hole in an array, as `[1, , 2]` makes it.
    const holed = [1, 2, 3];
    delete holed[1];
    values.push(holed);
    for (const v of values) {
      const copy = jsonCopy(v);
      assert.deepEqual(copy, JSON.parse(JSON.stringify(v)), JSON.stringify(v));
      assert.equal(JSON.stringify(copy), JSON.stringify(v));
    }
    assert.throws(() => jsonCopy({ n: 1n }), TypeError);
    // The copy refers to no slice of the text: the text can go (as detached, above).
    setFlagsFromString('--expose-gc');
    const gc = runInNewContext('gc') as () => void;
    gc();
    const before = process.memoryUsage().heapUsed;
    const kept: unknown[] = [];
    for (let i = 0; i < 30; i++) {
      const big = `会议 ${i} `.repeat(200_000);
      kept.push(jsonCopy({ title: big.slice(3, 30), owners: [big.slice(1001, 1101)] }));
    }
    gc();
    const heldMb = (process.memoryUsage().heapUsed - before) / 2 ** 20;
    assert.ok(heldMb < 8, `${heldMb.toFixed(1)} MB held for ${kept.length} copies`);
  });
});
