import { UNASSIGNED } from './catalog/blanks';

/** A position as LSP counts it: 0-based line, UTF-16 character. */
export interface Position {
  line: number;
  character: number;
}
/** A range between two positions, end exclusive. */
export interface Range {
  start: Position;
  end: Position;
}

/** The index of the first element of a sorted list greater than `x`. */
export function upperBound(xs: readonly number[], x: number): number {
  let lo = 0;
  let hi = xs.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (xs[mid] <= x) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Converts between UTF-16 offsets and line/character positions of one text. */
export class LineIndex {
  /** Offset of the first character of each line. */
  readonly lineStarts: number[];
  /** `same`: the index of the same text (another version with no change), whose line starts are shared. */
  constructor(
    readonly text: string,
    same?: LineIndex,
  ) {
    if (same) {
      this.lineStarts = same.lineStarts;
      return;
    }
    const starts = [0];
    // Built on every edit: without a CR, indexOf (vectorised) finds the line ends much faster than a loop.
    if (text.indexOf('\r') < 0) {
      for (let nl = text.indexOf('\n'); nl >= 0; nl = text.indexOf('\n', nl + 1)) starts.push(nl + 1);
      this.lineStarts = starts;
      return;
    }
    for (let i = 0; i < text.length; i++) {
      const c = text.charCodeAt(i);
      if (c === 10) starts.push(i + 1);
      else if (c === 13) {
        if (text.charCodeAt(i + 1) === 10) i++;
        starts.push(i + 1);
      }
    }
    this.lineStarts = starts;
  }
  /**
   * The index of `text`, an edit of `before`'s text that left `[0, from)` and
   * everything from `to` (in `text`) to its end as they were: their line
   * starts are taken from `before` (moved by the change in length), and only
   * `[from, to)` is read. A line start depends on the character before it
   * (and, for CR LF, on the one after), so the starts up to `from` and after
   * `to` are the old ones.
   */
  static after(before: LineIndex, text: string, from: number, to: number): LineIndex {
    const delta = text.length - before.text.length;
    const old = before.lineStarts;
    // The kept starts are found by binary search and copied in bulk: a long document has 100,000 lines.
    const i = upperBound(old, from);
    const read: number[] = [];
    for (let p = from; p < to; p++) {
      const c = text.charCodeAt(p);
      if (c === 10 || (c === 13 && text.charCodeAt(p + 1) !== 10)) read.push(p + 1);
    }
    const j = upperBound(old, to - delta);
    let starts: number[];
    if (read.length === j - i) {
      // As many lines as before (most keystrokes): one copy, changed in place.
      starts = old.slice();
      for (let k = 0; k < read.length; k++) starts[i + k] = read[k];
      if (delta !== 0) for (let k = j; k < starts.length; k++) starts[k] += delta;
    } else {
      const tail = old.slice(j);
      if (delta !== 0) for (let k = 0; k < tail.length; k++) tail[k] += delta;
      starts = old.slice(0, i).concat(read, tail);
    }
    const index = Object.create(LineIndex.prototype) as { text: string; lineStarts: number[] };
    index.text = text;
    index.lineStarts = starts;
    return index as LineIndex;
  }
  get lineCount(): number {
    return this.lineStarts.length;
  }
  positionAt(offset: number): Position {
    offset = Math.max(0, Math.min(offset, this.text.length));
    let lo = 0,
      hi = this.lineStarts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (this.lineStarts[mid] <= offset) lo = mid;
      else hi = mid - 1;
    }
    return { line: lo, character: offset - this.lineStarts[lo] };
  }
  offsetAt(pos: Position): number {
    if (pos.line >= this.lineStarts.length) return this.text.length;
    const start = this.lineStarts[Math.max(0, pos.line)];
    return Math.min(start + Math.max(0, pos.character), this.lineEnd(pos.line));
  }
  range(start: number, end: number): Range {
    return { start: this.positionAt(start), end: this.positionAt(end) };
  }
  /** Offset just before the line break of `line`. */
  lineEnd(line: number): number {
    if (line + 1 < this.lineStarts.length) {
      let end = this.lineStarts[line + 1] - 1;
      if (end > 0 && this.text.charCodeAt(end) === 10 && this.text.charCodeAt(end - 1) === 13) end--;
      return end;
    }
    return this.text.length;
  }
  lineText(line: number): string {
    return this.text.slice(this.lineStarts[line], this.lineEnd(line));
  }
  /** The line break the document uses (for inserted text). */
  get eol(): string {
    const i = this.text.indexOf('\n');
    if (i > 0 && this.text[i - 1] === '\r') return '\r\n';
    // A file with CR alone (old Mac style) gets CR: an LF in it would be a line break of another kind.
    const cr = this.text.indexOf('\r');
    return cr >= 0 && (i < 0 || cr < i) ? '\r' : '\n';
  }
}

const HAN = /\p{Script=Han}/u;
export function hasHan(s: string): boolean {
  return HAN.test(s);
}

/** Counts Han characters (for CJK length limits). */
export function countHan(s: string): number {
  let n = 0;
  for (const ch of s) if (HAN.test(ch)) n++;
  return n;
}

/** Counts words of non-CJK text. */
export function countLatinWords(s: string): number {
  const m = s.replace(/\p{Script=Han}+/gu, ' ').match(/[\p{L}\p{N}][\p{L}\p{N}'’-]*/gu);
  return m ? m.length : 0;
}

/** Lower case, accents removed, for tolerant comparisons. */
export function fold(s: string): string {
  // Fast path: ASCII, CJK ideographs and CJK punctuation do not decompose; NFKD is the slow part.
  if (PLAIN.test(s)) return s.toLowerCase();
  // Removing \p{M} under /u costs several times a plain class: the accents NFKD splits off Latin letters go
  // with a plain class, and the \p{M} pass runs only on text with characters outside ranges without marks.
  let d = s.normalize('NFKD').replace(LATIN_MARKS, '');
  if (!WITHOUT_MARKS.test(d)) d = d.replace(/\p{M}+/gu, '');
  return d.toLowerCase();
}
const LATIN_MARKS = /[\u0300-\u036f]+/g;
/** Only ranges with no combining mark (test/text.test.ts checks fold against \p{M} on every BMP character). */
const WITHOUT_MARKS = /^[\x00-\u02ff\u2000-\u206f\u3000-\u3029\u3030-\u3098\u309b-\u30ff\u4e00-\u9fff]*$/;
/** Text that NFKD leaves as it is (checked over every such character by test/text.test.ts). */
const PLAIN = /^[\x00-\x7f\u3001-\u3029\u3030-\u3035\u3037\u303b-\u303f\u4e00-\u9fff]*$/;

/**
 * Edit distance for "did you mean" suggestions: insertions, deletions,
 * substitutions and swaps of two neighbouring letters each cost one
 * (`breif` is one edit from `brief`, `minuets` one from `minutes`).
 */
export function editDistance(a: string, b: string): number {
  // Optimal string alignment: three rows of the Levenshtein table, the oldest for swaps.
  let older: number[] = [];
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const row = [i];
    for (let j = 1; j <= b.length; j++) {
      let d = Math.min(prev[j] + 1, row[j - 1] + 1, prev[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) d = Math.min(d, older[j - 2] + 1);
      row.push(d);
    }
    older = prev;
    prev = row;
  }
  return prev[b.length];
}

const PLACEHOLDERS = new Set([
  ...UNASSIGNED,
  // Another template's date blank (`[DD/MM/YYYY]`); ours, `YYYY-MM-DD`, is an unfilled placeholder instead.
  'dd/mm/yyyy',
  'dd/mm/aaaa',
  'mm/dd/yyyy',
  'tbd',
  'todo',
  'n/a',
  'na',
  '...',
  '…',
  '待定',
  '待补充',
  '暂无',
  'pendiente',
  'por definir',
  'tba',
  'tbc',
  'to be confirmed',
  'por confirmar',
  'a confirmar',
  '待确认',
  '-',
  '—',
  '?',
  '??',
]);
/** True for empty text and the placeholders of docs/rules.md#unfilled-placeholder (`TBD`, `待定`, `por definir`…). */
export function isPlaceholder(s: string): boolean {
  // `[Por definir]`, `(TBD)`, `【待定】`: a blank of another template keeps its brackets.
  let trimmed = s.trim();
  if (trimmed.length > 24) return false; // every placeholder is short; spare long texts the fold
  if (/^[[(（【]/u.test(trimmed))
    trimmed = trimmed.replace(/^\[([^[\]]*)\]$|^[(（]([^()（）]*)[)）]$|^【([^【】]*)】$/u, '$1$2$3').trim();
  if (trimmed.length > 22) return false;
  const t = fold(trimmed)
    .replace(/[.。:：]+$/u, (m) => (m === '...' ? m : ''))
    .trim();
  return t === '' || PLACEHOLDERS.has(t) || PLACEHOLDERS.has(fold(trimmed));
}

/**
 * Every match of a global regex (the first `limit` ones), like `text.matchAll(re)` but on `re` itself.
 * matchAll (and split) run on a fresh clone of the regex; once V8's garbage
 * collector has aged its compiled code out, every clone compiles again, about
 * a millisecond for a pattern with `\p{L}`. Hot paths therefore keep their
 * regexes in module constants (or `regExpFor`) and read matches with this.
 */
export function allMatches(re: RegExp, text: string, limit = Infinity): RegExpExecArray[] {
  if (!re.global) throw new Error('allMatches needs a global regex');
  const out: RegExpExecArray[] = [];
  re.lastIndex = 0;
  for (let m = re.exec(text); m && out.length < limit; m = re.exec(text)) {
    out.push(m);
    // An empty match would match again at the same place: step over one character (a whole one under /u).
    if (m[0] === '') re.lastIndex += re.unicode && (text.codePointAt(re.lastIndex) ?? 0) > 0xffff ? 2 : 1;
  }
  re.lastIndex = 0;
  return out;
}

const REGEXPS = new Map<string, RegExp>();
/** One compiled regex per pattern and flags, kept (see allMatches for why). Callers must not leave `lastIndex` set. */
export function regExpFor(source: string, flags: string): RegExp {
  const key = flags + '/' + source;
  let re = REGEXPS.get(key);
  if (!re) {
    // Patterns come from the configuration and the team's names: a bounded set, but cap it anyway.
    if (REGEXPS.size > 2000) REGEXPS.clear();
    REGEXPS.set(key, (re = new RegExp(source, flags)));
  }
  return re;
}

/**
 * How many texts each module-level memo (owners, due dates, task keys, headings read) keeps before it starts
 * again. A memo pays while the same texts come back: one document's edits, one workspace's recurring headings
 * and tasks. Over a large folder the texts hardly recur, and a memo that grew with the folder was what still
 * grew in a check's memory from 10,000 to 50,000 documents (bench/README.md, item 6).
 */
export const MEMO_ENTRIES = 5000;

/**
 * A copy of `s` that shares no memory with the text it was cut from. A slice
 * keeps its whole source string alive: a cache entry holding a slice of one
 * version of a document would keep that entire version (about 1 MB for a
 * 10,000-line log) for as long as the entry lives.
 */
export function detached(s: string): string {
  // Appending makes a rope of the slice and one character; cutting it again flattens the rope into a
  // fresh string first, so the result refers to that copy only. Measured here: 0.4 µs for 5,000
  // characters against 16 µs for a JSON round trip (text.test.ts checks that nothing stays alive).
  return (s + ' ').slice(0, -1);
}

/**
 * Where a new version of a text differs from the one before: `[0, start)` is
 * the same in both, and the old text from `oldEnd` on is the new one from
 * `newEnd` on. What an editor's incremental changes tell (an edit then costs
 * what it touches: server/core/markdown.ts, parseChunks).
 */
export interface TextChange {
  readonly start: number;
  readonly oldEnd: number;
  readonly newEnd: number;
}

/** `first` followed by `then` (an edit of the text `first` made) as one change from the text before `first`. */
export function composeChanges(first: TextChange, then: TextChange): TextChange {
  // The part after both is after `then`'s end and after `first`'s (new) end.
  const end = Math.max(first.newEnd, then.oldEnd);
  return {
    start: Math.min(first.start, then.start),
    oldEnd: first.oldEnd + (end - first.newEnd),
    newEnd: end + (then.newEnd - then.oldEnd),
  };
}
