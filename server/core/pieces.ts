/**
 * The editor's text of an open document, kept in pieces of a few thousand
 * characters (docs/architecture.md, "The editor's text"). A keystroke
 * replaces the piece it falls in; the pieces' offsets and line counts are
 * summed again (one number per piece), and no copy of the whole text is made.
 *
 * Why: a JavaScript string cannot be changed in place. Kept as one string (as
 * `vscode-languageserver-textdocument` does), every edit of a 100,000-line
 * document made a new string of 4 million characters and V8 copied it flat
 * (8 MB) the next time it was read: about 5 to 13 ms an edit, and the garbage
 * of a large object for the collector. The whole text, when asked for, is the
 * pieces concatenated pairwise: V8 keeps that as a tree of references to the
 * pieces (a cons string), which the analysis hands on but does not read: it
 * reads a version through its snapshot (a TextSource, ./text.ts), around the
 * edit.
 *
 * Offsets are UTF-16 code units, as in the core. A piece never ends between
 * a CR and the LF after it (each piece's line starts are its own), nor inside
 * a surrogate pair.
 */
import type { TextSource } from './text';

/** Pieces are cut to this length when text is re-pieced. */
const PIECE = 4096;
// A piece grown past twice its length (typing in it) is cut again; one shrunk under an eighth of it
// (deleting in it) is joined with a neighbour.

/** Offsets just after each line break in `s` (CR LF, LF or CR alone), relative to `s`. */
function breaksIn(s: string): number[] {
  const out: number[] = [];
  // Without a CR, indexOf (vectorised) finds the line ends faster than a loop.
  if (s.indexOf('\r') < 0) {
    for (let nl = s.indexOf('\n'); nl >= 0; nl = s.indexOf('\n', nl + 1)) out.push(nl + 1);
    return out;
  }
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c === 10) out.push(i + 1);
    else if (c === 13) {
      if (s.charCodeAt(i + 1) === 10) i++;
      out.push(i + 1);
    }
  }
  return out;
}

/** Whether a cut before `at` would split a CR LF or a surrogate pair. */
function splits(s: string, at: number): boolean {
  if (at <= 0 || at >= s.length) return false;
  const before = s.charCodeAt(at - 1);
  const after = s.charCodeAt(at);
  return (
    (before === 13 && after === 10) || (before >= 0xd800 && before <= 0xdbff && after >= 0xdc00 && after <= 0xdfff)
  );
}

/** `s` cut into pieces of about `piece` characters (PIECE; smaller in tests). */
function cut(s: string, piece: number): string[] {
  if (s.length <= 2 * piece) return s ? [s] : [];
  const out: string[] = [];
  let from = 0;
  while (s.length - from > 2 * piece) {
    let to = from + piece;
    if (splits(s, to)) to++;
    out.push(s.slice(from, to));
    from = to;
  }
  out.push(s.slice(from));
  return out;
}

/** The pieces concatenated as a balanced tree (V8 keeps it as references: nothing is copied). */
function joined(pieces: readonly string[], from: number, to: number): string {
  if (to - from === 1) return pieces[from];
  if (to === from) return '';
  const mid = (from + to) >> 1;
  return joined(pieces, from, mid) + joined(pieces, mid, to);
}

/** The last index of a sorted list whose value is ≤ x (0 if none). */
function lastAtMost(xs: readonly number[], x: number, count: number): number {
  let lo = 0;
  let hi = count - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (xs[mid] <= x) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

/** A text in pieces; `edit` changes it in place (`snapshot` keeps a version as it is). */
export class PieceText implements TextSource {
  private pieces: string[];
  /** Each piece's line starts after its line breaks, relative to the piece. */
  private breaks: number[][];
  /** Offset of each piece's first character; one more entry: the length. */
  private starts: number[] = [];
  /** How many line breaks come before each piece; one more entry: all of them. */
  private linesBefore: number[] = [];
  /** The whole text, once asked for (until the next edit). */
  private whole: string | undefined;

  /** `piece`: the length pieces are cut to (PIECE; tests cut smaller ones, to read across more of them). */
  constructor(
    text: string,
    private piece = PIECE,
  ) {
    this.pieces = cut(text, this.piece);
    this.breaks = this.pieces.map(breaksIn);
    this.sum(0);
    this.whole = text;
  }

  get length(): number {
    return this.starts[this.pieces.length];
  }

  /** How many lines (one more than the line breaks). */
  get lineCount(): number {
    return this.linesBefore[this.pieces.length] + 1;
  }

  /** How many pieces (for tests: an edit touches one or two). */
  get pieceCount(): number {
    return this.pieces.length;
  }

  /** The whole text: the pieces concatenated, not copied. */
  text(): string {
    this.whole ??= joined(this.pieces, 0, this.pieces.length);
    return this.whole;
  }

  /** The text in [start, end), as String's `slice` reads it (a negative offset counts from the end). */
  slice(start: number, end: number = this.length): string {
    const n = this.length;
    start = start < 0 ? Math.max(0, n + start) : Math.min(start, n);
    end = end < 0 ? Math.max(0, n + end) : Math.min(end, n);
    if (start >= end) return '';
    const i = this.pieceAt(start);
    const j = this.pieceAt(end - 1);
    if (i === j) return this.pieces[i].slice(start - this.starts[i], end - this.starts[i]);
    let out = this.pieces[i].slice(start - this.starts[i]);
    for (let k = i + 1; k < j; k++) out += this.pieces[k];
    return out + this.pieces[j].slice(0, end - this.starts[j]);
  }

  /** The first `search` at or after `from`, as String's `indexOf` (a match may run across pieces). */
  indexOf(search: string, from = 0): number {
    const n = this.length;
    from = Math.max(0, Math.min(Math.trunc(from) || 0, n));
    if (search === '') return from;
    if (n === 0) return -1;
    const extra = search.length - 1;
    for (let k = this.pieceAt(Math.min(from, n - 1)); k < this.pieces.length; k++) {
      const base = this.starts[k];
      const piece = this.pieces[k];
      const i = piece.indexOf(search, Math.max(0, from - base));
      if (i >= 0) return base + i;
      if (extra && k + 1 < this.pieces.length) {
        // A match that starts in the piece's last characters and runs into the next ones (after any inside it).
        const tail = Math.max(0, from - base, piece.length - extra);
        const j = (piece.slice(tail) + this.slice(this.starts[k + 1], this.starts[k + 1] + extra)).indexOf(search);
        if (j >= 0 && tail + j < piece.length) return base + tail + j;
      }
    }
    return -1;
  }

  /** The last `search` starting at or before `from`, as String's `lastIndexOf`. */
  lastIndexOf(search: string, from = Infinity): number {
    const n = this.length;
    from = Number.isNaN(from) ? n : Math.max(0, Math.min(Math.trunc(from), n));
    if (search === '') return from;
    if (n === 0) return -1;
    const extra = search.length - 1;
    for (let k = this.pieceAt(Math.min(from, n - 1)); k >= 0; k--) {
      const base = this.starts[k];
      const piece = this.pieces[k];
      if (extra && k + 1 < this.pieces.length) {
        // A match running into the next piece starts after any inside this one.
        const tail = Math.max(0, piece.length - extra);
        const joint = piece.slice(tail) + this.slice(this.starts[k + 1], this.starts[k + 1] + extra);
        const j = from - base - tail >= 0 ? joint.lastIndexOf(search, from - base - tail) : -1;
        if (j >= 0 && tail + j < piece.length) return base + tail + j;
      }
      const i = piece.lastIndexOf(search, from - base);
      if (i >= 0) return base + i;
    }
    return -1;
  }

  /**
   * This version as it is, not changed by later edits (the pieces themselves are shared: strings do not
   * change; the lists of them are copied, a thousand entries at 100,000 lines).
   */
  snapshot(): PieceText {
    const copy = Object.create(PieceText.prototype) as PieceText;
    copy.pieces = this.pieces.slice();
    copy.breaks = this.breaks.slice();
    copy.starts = this.starts.slice();
    copy.linesBefore = this.linesBefore.slice();
    copy.whole = this.whole;
    copy.piece = this.piece;
    return copy;
  }

  /** The UTF-16 code unit at `offset` (NaN outside the text, like String's). */
  charCodeAt(offset: number): number {
    if (offset < 0 || offset >= this.length) return NaN;
    const k = this.pieceAt(offset);
    return this.pieces[k].charCodeAt(offset - this.starts[k]);
  }

  /** The offset where line `line` starts (0 ≤ line < lineCount). */
  lineStart(line: number): number {
    if (line <= 0) return 0;
    // The piece holding the line's break: the last whose breaks before it are fewer than `line`.
    let lo = 0;
    let hi = this.pieces.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (this.linesBefore[mid] < line) lo = mid;
      else hi = mid - 1;
    }
    return this.starts[lo] + this.breaks[lo][line - this.linesBefore[lo] - 1];
  }

  /** The line `offset` is on (0 ≤ offset ≤ length). */
  lineAt(offset: number): number {
    if (this.pieces.length === 0) return 0;
    const k = this.pieceAt(Math.min(offset, this.length - 1));
    const local = offset - this.starts[k];
    const b = this.breaks[k];
    // Breaks at or before the offset, in this piece.
    let lo = 0;
    let hi = b.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (b[mid] <= local) lo = mid + 1;
      else hi = mid;
    }
    return this.linesBefore[k] + lo;
  }

  /** Replaces [start, end) with `text` (offsets clamped and ordered as given). */
  edit(start: number, end: number, text: string): void {
    const length = this.length;
    start = Math.max(0, Math.min(start, length));
    end = Math.max(start, Math.min(end, length));
    this.whole = undefined;
    const n = this.pieces.length;
    if (n === 0) {
      this.pieces = cut(text, this.piece);
      this.breaks = this.pieces.map(breaksIn);
      this.sum(0);
      return;
    }
    // The pieces the change falls in: from the one holding `start` to the one holding the character before `end`.
    let i = this.pieceAt(start);
    let j = end > start ? this.pieceAt(end - 1) : i;
    if (start === this.starts[i] && i > 0 && end === start) i--; // typing at a piece's start: the piece before grows
    j = Math.max(i, j);
    let merged = this.pieces[i].slice(0, start - this.starts[i]) + text + this.pieces[j].slice(end - this.starts[j]);
    // No piece may end between a CR and its LF, and a tiny piece is joined with its neighbour.
    while (
      j + 1 < n &&
      (merged.length < this.piece / 8 ||
        (merged.charCodeAt(merged.length - 1) === 13 && this.pieces[j + 1].charCodeAt(0) === 10))
    )
      merged += this.pieces[++j];
    while (
      i > 0 &&
      (merged.length < this.piece / 8 ||
        (merged.charCodeAt(0) === 10 && this.pieces[i - 1].charCodeAt(this.pieces[i - 1].length - 1) === 13))
    )
      merged = this.pieces[--i] + merged;
    const made = cut(merged, this.piece);
    this.pieces.splice(i, j - i + 1, ...made);
    this.breaks.splice(i, j - i + 1, ...made.map(breaksIn));
    this.sum(i);
  }

  /** Sums the offsets and line counts again from piece `from` on. */
  private sum(from: number): void {
    const n = this.pieces.length;
    this.starts.length = n + 1;
    this.linesBefore.length = n + 1;
    if (from === 0) {
      this.starts[0] = 0;
      this.linesBefore[0] = 0;
    }
    for (let k = from; k < n; k++) {
      this.starts[k + 1] = this.starts[k] + this.pieces[k].length;
      this.linesBefore[k + 1] = this.linesBefore[k] + this.breaks[k].length;
    }
  }

  /** The piece holding `offset` (0 ≤ offset < length; the last piece past the end). */
  private pieceAt(offset: number): number {
    return lastAtMost(this.starts, offset, this.pieces.length);
  }
}
