/**
 * The server's store of open documents' text (server/lsp/pieceText.ts; issue 21, item 4): the text in pieces,
 * an edit replacing only the piece it falls in. Pinned here: after random edit sequences (CR LF, CR alone,
 * surrogate pairs, CJK, edits across piece boundaries and whole pieces, pastes longer than a piece, deletions
 * down to nothing), it reads exactly as the library's one-string document does: the text, lines, positions,
 * offsets, ranges and line breaks.
 */
import { strict as assert } from 'node:assert';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { PieceDocument, PieceText } from '../server/lsp/pieceText';
import { rng } from './helpers/random';
import { execFrom, setExecWindow, sourceFrom } from '../server/core/text';

const BITS = ['a', 'word ', '\n', '\r\n', '\r', '😀', '中文', '\u{1F600}x', '- [ ] task @alice due 2026-12-01\n', ''];

function randomText(r: () => number, n: number): string {
  let s = '';
  while (s.length < n) s += BITS[Math.floor(r() * BITS.length)];
  return s;
}

/** Everything a caller can read of the two documents, compared. */
function sameAsLibrary(piece: PieceDocument, flat: TextDocument, r: () => number, what: string): void {
  const text = flat.getText();
  assert.equal(piece.getText(), text, `${what}: text`);
  assert.equal(piece.lineCount, flat.lineCount, `${what}: line count`);
  for (let k = 0; k < 40; k++) {
    const offset = Math.floor(r() * (text.length + 4)) - 2;
    assert.deepEqual(piece.positionAt(offset), flat.positionAt(offset), `${what}: positionAt(${offset})`);
    const position = { line: Math.floor(r() * (flat.lineCount + 2)) - 1, character: Math.floor(r() * 12) - 1 };
    assert.equal(piece.offsetAt(position), flat.offsetAt(position), `${what}: offsetAt(${JSON.stringify(position)})`);
    const line = Math.floor(r() * (flat.lineCount + 2)) - 1;
    assert.deepEqual(piece.getLineRange(line), flat.getLineRange(line), `${what}: getLineRange(${line})`);
    assert.equal(piece.getEOLCharacters(line), flat.getEOLCharacters(line), `${what}: getEOLCharacters(${line})`);
    const a = flat.positionAt(Math.floor(r() * (text.length + 1)));
    const b = flat.positionAt(Math.floor(r() * (text.length + 1)));
    assert.equal(piece.getText({ start: a, end: b }), flat.getText({ start: a, end: b }), `${what}: getText(range)`);
  }
}

describe('the open documents’ text in pieces (server/lsp/pieceText.ts)', () => {
  it('reads as the library’s one-string document after random edit sequences', () => {
    for (let seed = 1; seed <= 12; seed++) {
      const r = rng(seed);
      // Several pieces (a piece is about 4,096 characters), some documents empty to start with.
      const initial = seed % 4 === 0 ? '' : randomText(r, Math.floor(r() * 40000));
      let flat = TextDocument.create('file:///a.md', 'markdown', 1, initial);
      const piece = new PieceDocument('file:///a.md', 'markdown', 1, initial);
      sameAsLibrary(piece, flat, r, `seed ${seed}, opened`);
      for (let v = 2; v < 120; v++) {
        const length = flat.getText().length;
        const at = Math.floor(r() * (length + 1));
        const kind = r();
        // Mostly keystrokes; some deletions across pieces, pastes longer than a piece, and whole replacements.
        const span = kind < 0.6 ? 0 : kind < 0.8 ? Math.floor(r() * 4) : kind < 0.95 ? Math.floor(r() * 9000) : length;
        const inserted =
          kind < 0.6
            ? BITS[Math.floor(r() * BITS.length)]
            : kind < 0.9
              ? randomText(r, Math.floor(r() * 10))
              : randomText(r, Math.floor(r() * 12000));
        const start = flat.positionAt(at);
        const end = flat.positionAt(at + span);
        // Now and then the range backwards, or a change without a range (the whole text).
        const change =
          r() < 0.03
            ? { text: randomText(r, Math.floor(r() * 20000)) }
            : { range: r() < 0.1 ? { start: end, end: start } : { start, end }, text: inserted };
        flat = TextDocument.update(flat, [change], v);
        piece.update([change], v);
        assert.equal(piece.version, v);
        sameAsLibrary(piece, flat, r, `seed ${seed}, version ${v}`);
      }
    }
  });

  it('splits no CR LF and no surrogate pair between pieces, and keeps pieces near their size', () => {
    const r = rng(7);
    // Text whose every 4,096th character is a CR before an LF, or the first half of a surrogate pair.
    const text = `${'x'.repeat(4095)}\r\n${'y'.repeat(4094)}😀${'z'.repeat(20000)}`;
    const pieces = new PieceText(text);
    const flat = TextDocument.create('file:///b.md', 'markdown', 1, text);
    assert.equal(pieces.lineCount, flat.lineCount);
    for (let k = 0; k < 2000; k++) {
      const at = Math.floor(r() * (pieces.length + 1));
      const end = at + (r() < 0.3 ? Math.floor(r() * 3) : 0);
      const inserted = r() < 0.5 ? '\r' : r() < 0.5 ? '\n' : 'ab';
      const before = flat.getText();
      pieces.edit(at, end, inserted);
      const after = before.slice(0, at) + inserted + before.slice(Math.min(end, before.length));
      assert.equal(pieces.text(), after);
      assert.equal(pieces.lineCount, TextDocument.create('x', 'm', 1, after).lineCount);
      (flat as unknown as { _content: string })._content = after;
      (flat as unknown as { _lineOffsets: undefined })._lineOffsets = undefined;
    }
    assert.ok(pieces.pieceCount <= Math.ceil(pieces.length / 512) + 1, `${pieces.pieceCount} pieces`);
    assert.ok(pieces.pieceCount >= Math.floor(pieces.length / 8192), `${pieces.pieceCount} pieces`);
  });

  it('searches as String does, across pieces: indexOf, lastIndexOf, a regex by windows (execFrom), from an offset (sourceFrom)', () => {
    const r = rng(31);
    const bits = ['---', ' ', '\t', '\n', '\r', '\r\n', 'x', '#', '```', '~~~', '<', ']', ']:', '😀', '中'];
    // The front matter's closing fence and the boundary scan's candidate lines (server/core/markdown.ts).
    const closing = /(?<=[\r\n])---[ \t]*(?=[\r\n]|$)/g;
    const candidate = /\n(?:#| {0,3}(?:`{3}|~{3}|<))/g;
    setExecWindow(4);
    try {
      for (let t = 0; t < 60; t++) {
        let text = '';
        const n = Math.floor(r() * 400);
        while (text.length < n) text += bits[Math.floor(r() * bits.length)];
        const pieces = new PieceText(text, 1 + Math.floor(r() * 12));
        if (t % 2) {
          // Edited once: its pieces as an edit leaves them.
          const at = Math.floor(r() * text.length);
          pieces.edit(at, Math.max(at, Math.floor(r() * text.length)), 'x---\n');
          text = pieces.text();
        }
        const flat = text;
        const source = pieces.snapshot();
        for (let from = -2; from <= flat.length + 2; from++) {
          for (const search of ['\n', ']', ']:', '---', '\r\n', 'zz']) {
            const what = `${JSON.stringify(search)}, ${from}`;
            assert.equal(source.indexOf(search, from), flat.indexOf(search, from), `indexOf(${what})`);
            assert.equal(source.lastIndexOf(search, from), flat.lastIndexOf(search, from), `lastIndexOf(${what})`);
          }
          if (from < 0 || from > flat.length) continue;
          for (const [re, margin, behind] of [
            [closing, 2, 1],
            [candidate, 8, 0],
          ] as const) {
            re.lastIndex = from;
            const m = re.exec(flat);
            re.lastIndex = 0;
            assert.deepEqual(
              execFrom(source, re, from, margin, behind),
              m ? { index: m.index, text: m[0] } : undefined,
              `${re} from ${from} in ${JSON.stringify(flat)}`,
            );
          }
          const tail = sourceFrom(source, from);
          assert.equal(tail.length, flat.length - from);
          assert.equal(tail.slice(1, 9), flat.slice(from).slice(1, 9));
          assert.equal(tail.slice(-3), flat.slice(from).slice(-3));
          assert.equal(tail.indexOf('\n', 2), flat.slice(from).indexOf('\n', 2));
          assert.ok(Object.is(tail.charCodeAt(3), flat.slice(from).charCodeAt(3)));
        }
      }
    } finally {
      setExecWindow(4096);
    }
  });

  it('reads a slice and a character across piece boundaries', () => {
    const text = `${'a'.repeat(5000)}中${'b'.repeat(9000)}\r\n${'c'.repeat(3000)}`;
    const pieces = new PieceText(text);
    assert.ok(pieces.pieceCount > 2);
    for (const [s, e] of [
      [0, text.length],
      [4090, 4100],
      [4999, 5002],
      [8190, 12300],
      [-5, 3],
      [text.length - 3, text.length + 9],
      [7, 7],
    ])
      assert.equal(pieces.slice(s, e), text.slice(s, e), `slice(${s}, ${e})`);
    for (const o of [0, 4095, 4096, 5000, 14000, 14001, text.length - 1, text.length, -1])
      assert.ok(Object.is(pieces.charCodeAt(o), text.charCodeAt(o)), `charCodeAt(${o})`);
  });
});
