/**
 * The editor's text of an open document, kept in pieces of a few thousand
 * characters (docs/architecture.md, "The editor's text"). A keystroke
 * replaces the piece it falls in; the pieces' offsets and line counts are
 * summed again (one number per piece), and no copy of the whole text is made.
 *
 * Why: a JavaScript string cannot be changed in place. Kept as one string (as
 * `vscode-languageserver-textdocument` does), every edit of a 100,000-line
 * document made a new string of 4 million characters and V8 copied it flat
 * (8 MB) the next time it was read: about 5 ms an edit, and the garbage of a
 * large object for the collector. The whole text, when asked for, is the
 * pieces concatenated pairwise: V8 keeps that as a tree of references to the
 * pieces (a cons string), and the analysis reads it around the edit without
 * flattening it.
 *
 * Offsets are UTF-16 code units, as in the core. A piece never ends between
 * a CR and the LF after it (each piece's line starts are its own), nor inside
 * a surrogate pair.
 */
import type { Position as LspPosition, Range as LspRange, TextDocumentContentChangeEvent } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';

/** Pieces are cut to this length when text is re-pieced. */
const PIECE = 4096;
/** A piece grown past this (typing in it) is cut again. */
const MAX_PIECE = 2 * PIECE;
/** A piece shrunk under this (deleting in it) is joined with a neighbour. */
const MIN_PIECE = PIECE / 8;

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

/** `s` cut into pieces of about PIECE characters. */
function cut(s: string): string[] {
  if (s.length <= MAX_PIECE) return s ? [s] : [];
  const out: string[] = [];
  let from = 0;
  while (s.length - from > MAX_PIECE) {
    let to = from + PIECE;
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

/** A text in pieces; `edit` changes it in place. */
export class PieceText {
  private pieces: string[];
  /** Each piece's line starts after its line breaks, relative to the piece. */
  private breaks: number[][];
  /** Offset of each piece's first character; one more entry: the length. */
  private starts: number[] = [];
  /** How many line breaks come before each piece; one more entry: all of them. */
  private linesBefore: number[] = [];
  /** The whole text, once asked for (until the next edit). */
  private whole: string | undefined;

  constructor(text: string) {
    this.pieces = cut(text);
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

  /** The text in [start, end), clamped to the text. */
  slice(start: number, end: number): string {
    start = Math.max(0, Math.min(start, this.length));
    end = Math.max(start, Math.min(end, this.length));
    if (start === end) return '';
    const i = this.pieceAt(start);
    const j = this.pieceAt(end - 1);
    if (i === j) return this.pieces[i].slice(start - this.starts[i], end - this.starts[i]);
    let out = this.pieces[i].slice(start - this.starts[i]);
    for (let k = i + 1; k < j; k++) out += this.pieces[k];
    return out + this.pieces[j].slice(0, end - this.starts[j]);
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
      this.pieces = cut(text);
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
      (merged.length < MIN_PIECE ||
        (merged.charCodeAt(merged.length - 1) === 13 && this.pieces[j + 1].charCodeAt(0) === 10))
    )
      merged += this.pieces[++j];
    while (
      i > 0 &&
      (merged.length < MIN_PIECE ||
        (merged.charCodeAt(0) === 10 && this.pieces[i - 1].charCodeAt(this.pieces[i - 1].length - 1) === 13))
    )
      merged = this.pieces[--i] + merged;
    const made = cut(merged);
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

function isEol(c: number): boolean {
  return c === 10 || c === 13;
}

/**
 * An open document as the language server library wants it (`TextDocument`), its text a PieceText.
 * Positions are read and clamped as `vscode-languageserver-textdocument` reads them (UTF-16; see
 * ./convert.ts for other encodings). Changed in place by `update`, as that library's documents are.
 */
export class PieceDocument implements TextDocument {
  private readonly content: PieceText;

  constructor(
    readonly uri: string,
    readonly languageId: string,
    private _version: number,
    text: string,
  ) {
    this.content = new PieceText(text);
  }

  get version(): number {
    return this._version;
  }

  get lineCount(): number {
    return this.content.lineCount;
  }

  getText(range?: LspRange): string {
    if (!range) return this.content.text();
    const a = this.offsetAt(range.start);
    const b = this.offsetAt(range.end);
    // A range given backwards reads as the library reads it (`substring` orders its ends).
    return this.content.slice(Math.min(a, b), Math.max(a, b));
  }

  positionAt(offset: number): LspPosition {
    offset = Math.max(Math.min(offset, this.content.length), 0);
    const line = this.content.lineAt(offset);
    const start = this.content.lineStart(line);
    return { line, character: this.beforeEol(offset, start) - start };
  }

  offsetAt(position: LspPosition): number {
    if (position.line >= this.content.lineCount) return this.content.length;
    if (position.line < 0) return 0;
    const start = this.content.lineStart(position.line);
    if (position.character <= 0) return start;
    const next =
      position.line + 1 < this.content.lineCount ? this.content.lineStart(position.line + 1) : this.content.length;
    return this.beforeEol(Math.min(start + position.character, next), start);
  }

  /** The range of a line without its line break (clamped to the text). */
  getLineRange(line: number): LspRange {
    const count = this.content.lineCount;
    if (line >= count) {
      const last = count - 1;
      return {
        start: { line: last, character: 0 },
        end: { line: last, character: this.content.length - this.content.lineStart(last) },
      };
    }
    if (line < 0) return { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } };
    const start = this.content.lineStart(line);
    const next = line + 1 < count ? this.content.lineStart(line + 1) : this.content.length;
    return { start: { line, character: 0 }, end: { line, character: this.beforeEol(next, start) - start } };
  }

  /** The line break that ends a line ('' for the last line, or out of the text). */
  getEOLCharacters(line: number): string {
    const count = this.content.lineCount;
    if (line < 0 || line >= count) return '';
    const start = this.content.lineStart(line);
    const next = line + 1 < count ? this.content.lineStart(line + 1) : this.content.length;
    return this.content.slice(this.beforeEol(next, start), next);
  }

  /** Applies changes in order (UTF-16 ranges, as the library does); a change without a range replaces the text. */
  update(changes: readonly TextDocumentContentChangeEvent[], version: number): void {
    for (const c of changes) {
      if ('range' in c && c.range) {
        const { start, end } = c.range;
        const ordered = start.line > end.line || (start.line === end.line && start.character > end.character);
        const from = this.offsetAt(ordered ? end : start);
        const to = this.offsetAt(ordered ? start : end);
        this.content.edit(from, to, c.text);
      } else this.content.edit(0, this.content.length, c.text);
    }
    this._version = version;
  }

  /** An offset moved back before the line break it is inside or after (not before the line's start). */
  private beforeEol(offset: number, lineStart: number): number {
    while (offset > lineStart && isEol(this.content.charCodeAt(offset - 1))) offset--;
    return offset;
  }
}
