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

/**
 * What the analysis reads of a document's text on an edit (issue 21, item 4): a string is one, and so is the
 * editor's text in pieces (./pieces.ts), whose whole string is the pieces concatenated, a cons string V8 copies
 * flat (8 MB at 100,000 lines) the first time anything reads it. An edit's reads go through this instead; the
 * methods are String's (same results, offsets in UTF-16 code units).
 */
export interface TextSource {
  readonly length: number;
  slice(start: number, end?: number): string;
  charCodeAt(offset: number): number;
  indexOf(search: string, from?: number): number;
  lastIndexOf(search: string, from?: number): number;
}

/** The text of `source` from `from` on, as a source (a string's `slice`; for pieces, a view, nothing copied). */
export function sourceFrom(source: TextSource, from: number): TextSource {
  if (typeof source === 'string') return from <= 0 ? source : source.slice(from);
  return from <= 0 ? source : new OffsetSource(source, Math.min(from, source.length));
}

/** The first `n` characters of `source` as a string (all of it when shorter). */
export function sourceHead(source: TextSource, n: number): string {
  if (typeof source === 'string') return source.length > n ? source.slice(0, n) : source;
  return source.slice(0, Math.min(n, source.length));
}

/** The first `n` lines of `source` from `from` on, as `source.slice(from).split('\n', n)` gives them (only they are read). */
export function linesFrom(source: TextSource, from: number, n: number): string[] {
  if (typeof source === 'string') return source.slice(from).split('\n', n);
  const out: string[] = [];
  let at = Math.max(0, Math.min(from, source.length));
  while (out.length < n) {
    const nl = source.indexOf('\n', at);
    if (nl < 0) {
      out.push(source.slice(at));
      break;
    }
    out.push(source.slice(at, nl));
    at = nl + 1;
  }
  return out;
}

/**
 * Where `source.slice(from).trimEnd()` ends (an offset in `source`): read back from the end a window at a time
 * (the characters trimEnd takes away are all in the Basic Multilingual Plane: no window cuts one).
 */
export function trimmedEnd(source: TextSource, from: number): number {
  if (typeof source === 'string') return from + source.slice(from).trimEnd().length;
  for (let end = source.length, n = 256; end > from; n *= 2) {
    const start = Math.max(from, end - n);
    const kept = source.slice(start, end).trimEnd().length;
    if (kept > 0) return start + kept;
    end = start;
  }
  return from;
}

/** A source read from an offset on (sourceFrom). */
class OffsetSource implements TextSource {
  constructor(
    private readonly base: TextSource,
    private readonly from: number,
  ) {}
  get length(): number {
    return this.base.length - this.from;
  }
  slice(start: number, end = this.length): string {
    const n = this.length;
    const s = start < 0 ? Math.max(0, n + start) : Math.min(start, n);
    const e = end < 0 ? Math.max(0, n + end) : Math.min(end, n);
    return s >= e ? '' : this.base.slice(this.from + s, this.from + e);
  }
  charCodeAt(offset: number): number {
    return offset < 0 || offset >= this.length ? NaN : this.base.charCodeAt(this.from + offset);
  }
  indexOf(search: string, from = 0): number {
    const i = this.base.indexOf(search, this.from + Math.max(0, Math.min(from, this.length)));
    return i < 0 ? -1 : i - this.from;
  }
  lastIndexOf(search: string, from = Infinity): number {
    const i = this.base.lastIndexOf(search, this.from + Math.max(0, Math.min(from, this.length)));
    return i < this.from ? -1 : i - this.from;
  }
}

/** The first window execFrom reads (doubled each time it reads again). */
let execWindow = 4096;
/** For tests: a small first window, so that matches cut by its end are found again. */
export function setExecWindow(width: number): void {
  execWindow = width;
}

/**
 * The first match of the global regex `re` at or after `from` in `source` (as `re.exec` from `lastIndex =
 * from`), reading a window at a time when `source` is not a string: `margin` is how far past a match's end it
 * may look (its lookahead, and its longest length when that is bounded) and `behind` how far before its start
 * (lookbehind). A match too near the window's end is found again in a longer one. `re.lastIndex` is left 0.
 * Only the index and the matched text are given.
 */
export function execFrom(
  source: TextSource,
  re: RegExp,
  from: number,
  margin: number,
  behind = 0,
): { index: number; text: string } | undefined {
  if (typeof source === 'string') {
    re.lastIndex = from;
    const m = re.exec(source);
    re.lastIndex = 0;
    return m ? { index: m.index, text: m[0] } : undefined;
  }
  let width = execWindow;
  for (;;) {
    const start = Math.max(0, from - behind);
    const end = Math.min(source.length, from + width);
    const window = source.slice(start, end);
    re.lastIndex = from - start;
    const m = from <= end ? re.exec(window) : null;
    re.lastIndex = 0;
    if (m && (end === source.length || start + m.index + m[0].length + margin < end))
      return { index: start + m.index, text: m[0] };
    if (!m && end === source.length) return undefined;
    // Cut by the window's end: read further from the same place; none in it: go on from just before its end.
    if (!m) from = Math.max(from, end - margin);
    width *= 2;
  }
}

/** Line starts per block once a long document is edited: an edit copies the block it falls in, not all of them. */
const LINE_BLOCK = 1024;

/**
 * Converts between UTF-16 offsets and line/character positions of one text.
 * The line starts are kept in blocks, each with a shift added to its values
 * (docs/architecture.md, "Model"): the index of an edited version
 * (LineIndex.after) shares the blocks before the edit, shares those after it
 * with their shift moved by the change in length, and makes new blocks only
 * where the edit is. A keystroke in a 100,000-line document then copies one
 * block of starts and a hundred shifts, not 100,000 starts.
 */
export class LineIndex {
  /** The line starts, a block after another; a line start is its block's value plus the block's shift. */
  private blocks: readonly (readonly number[])[];
  private shifts: readonly number[];
  /** How many lines come before each block; one more entry: the line count. */
  private firsts: readonly number[];
  /** All line starts in one array, once asked for (lineStarts). */
  private flat: readonly number[] | undefined;

  /** What is read of the text: `text` itself, or its pieces (TextSource), which do not copy it whole. */
  readonly source: TextSource;

  /** `same`: the index of the same text (another version with no change), whose line starts are shared. */
  constructor(
    readonly text: string,
    same?: LineIndex,
    source: TextSource = text,
  ) {
    this.source = source;
    if (same) {
      this.blocks = same.blocks;
      this.shifts = same.shifts;
      this.firsts = same.firsts;
      this.flat = same.flat;
      return;
    }
    const starts = [0];
    // Built whole for a new text: without a CR, indexOf (vectorised) finds the line ends much faster than a loop.
    if (text.indexOf('\r') < 0) {
      for (let nl = text.indexOf('\n'); nl >= 0; nl = text.indexOf('\n', nl + 1)) starts.push(nl + 1);
    } else {
      for (let i = 0; i < text.length; i++) {
        const c = text.charCodeAt(i);
        if (c === 10) starts.push(i + 1);
        else if (c === 13) {
          if (text.charCodeAt(i + 1) === 10) i++;
          starts.push(i + 1);
        }
      }
    }
    // One block until the text is edited (LineIndex.after cuts it then).
    this.blocks = [starts];
    this.shifts = [0];
    this.firsts = [0, starts.length];
    this.flat = starts;
  }

  /**
   * The index of `text`, an edit of `before`'s text that left `[0, from)` and
   * everything from `to` (in `text`) to its end as they were: their line
   * starts are taken from `before` (moved by the change in length), and only
   * `[from, to)` is read. A line start depends on the character before it
   * (and, for CR LF, on the one after), so the starts up to `from` and after
   * `to` are the old ones.
   */
  static after(before: LineIndex, text: string, from: number, to: number, source: TextSource = text): LineIndex {
    const delta = text.length - before.text.length;
    // The old starts kept before the change: those ≤ from (lines 0..i-1); after it, those > to - delta (lines j..).
    const i = before.lineOfOffset(from) + 1;
    const j = to - delta >= before.text.length ? before.lineCount : before.lineOfOffset(to - delta) + 1;
    const read: number[] = [];
    // Read through the source, a window of the text (one more character: a CR's LF).
    const window = source.slice(from, to + 1);
    for (let p = from; p < to; p++) {
      const c = window.charCodeAt(p - from);
      if (c === 10 || (c === 13 && window.charCodeAt(p - from + 1) !== 10)) read.push(p + 1);
    }
    const { blocks, shifts, firsts } = before;
    const bi = before.blockOfLine(i - 1); // the block of the last kept start before the change
    const bj = j < before.lineCount ? before.blockOfLine(j) : blocks.length - 1;
    const newBlocks: (readonly number[])[] = blocks.slice(0, bi);
    const newShifts: number[] = shifts.slice(0, bi);
    // The blocks where the change is: the kept starts of block bi, the starts read, the kept starts of block bj.
    const middle: number[] = [];
    const head = blocks[bi];
    for (let k = 0; k < i - firsts[bi]; k++) middle.push(head[k] + shifts[bi]);
    for (const r of read) middle.push(r);
    if (j < before.lineCount) {
      const tail = blocks[bj];
      for (let k = j - firsts[bj]; k < tail.length; k++) middle.push(tail[k] + shifts[bj] + delta);
    }
    for (let k = 0; k < middle.length; k += LINE_BLOCK) {
      // The last block takes the rest if it is short: no block of a few starts after every edit.
      const end = middle.length - k < 2 * LINE_BLOCK ? middle.length : k + LINE_BLOCK;
      newBlocks.push(middle.slice(k, end));
      newShifts.push(0);
      if (end === middle.length) break;
    }
    for (let b = bj + 1; b < blocks.length; b++) {
      newBlocks.push(blocks[b]);
      newShifts.push(shifts[b] + delta);
    }
    const newFirsts = [0];
    for (const b of newBlocks) newFirsts.push(newFirsts[newFirsts.length - 1] + b.length);
    const index = Object.create(LineIndex.prototype) as LineIndex;
    const fields = index as unknown as {
      text: string;
      source: TextSource;
      blocks: readonly (readonly number[])[];
      shifts: readonly number[];
      firsts: readonly number[];
      flat: readonly number[] | undefined;
    };
    fields.text = text;
    fields.source = source;
    fields.blocks = newBlocks;
    fields.shifts = newShifts;
    fields.firsts = newFirsts;
    fields.flat = undefined;
    return index;
  }

  /** The offset where `line` starts (0 ≤ line < lineCount). */
  lineStart(line: number): number {
    const b = this.blockOfLine(line);
    return this.blocks[b][line - this.firsts[b]] + this.shifts[b];
  }

  /** Every line start in one array (made when first asked for, after an edit: prefer lineStart). */
  get lineStarts(): readonly number[] {
    if (this.flat) return this.flat;
    const all: number[] = [];
    for (let b = 0; b < this.blocks.length; b++) for (const s of this.blocks[b]) all.push(s + this.shifts[b]);
    this.flat = all;
    return all;
  }

  /** The block holding `line`. */
  private blockOfLine(line: number): number {
    const firsts = this.firsts;
    let lo = 0;
    let hi = this.blocks.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (firsts[mid] <= line) lo = mid;
      else hi = mid - 1;
    }
    return lo;
  }

  /** The line `offset` is on (the last line starting at or before it; offset clamped to the text). */
  private lineOfOffset(offset: number): number {
    // The last block whose first start is at or before the offset, then the last start in it.
    let lo = 0;
    let hi = this.blocks.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (this.blocks[mid][0] + this.shifts[mid] <= offset) lo = mid;
      else hi = mid - 1;
    }
    const block = this.blocks[lo];
    const x = offset - this.shifts[lo];
    let a = 0;
    let z = block.length - 1;
    while (a < z) {
      const mid = (a + z + 1) >> 1;
      if (block[mid] <= x) a = mid;
      else z = mid - 1;
    }
    return this.firsts[lo] + a;
  }

  get lineCount(): number {
    return this.firsts[this.blocks.length];
  }
  positionAt(offset: number): Position {
    offset = Math.max(0, Math.min(offset, this.text.length));
    const line = this.lineOfOffset(offset);
    return { line, character: offset - this.lineStart(line) };
  }
  offsetAt(pos: Position): number {
    if (pos.line >= this.lineCount) return this.text.length;
    const start = this.lineStart(Math.max(0, pos.line));
    return Math.min(start + Math.max(0, pos.character), this.lineEnd(pos.line));
  }
  range(start: number, end: number): Range {
    return { start: this.positionAt(start), end: this.positionAt(end) };
  }
  /** Offset just before the line break of `line`. */
  lineEnd(line: number): number {
    if (line + 1 < this.lineCount) {
      let end = this.lineStart(line + 1) - 1;
      if (end > 0 && this.source.charCodeAt(end) === 10 && this.source.charCodeAt(end - 1) === 13) end--;
      return end;
    }
    return this.text.length;
  }
  lineText(line: number): string {
    return this.source.slice(this.lineStart(line), this.lineEnd(line));
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

/**
 * Traditional Chinese characters of the section, label and field vocabulary, and their simplified forms
 * (`會議紀錄`, `決議`, `負責人` read as `会议纪录`, `决议`, `负责人`): one for one, so lengths and offsets hold.
 */
const TRADITIONAL =
  '會議紀錄記決項動辦負責結論討題報時間準備預執發週計劃進務類創標對競爭價單費總參與員後續態狀開現場聯絡體傳廣營銷簡話說確認審簽應問風險變換導擇舉協調節環設實質業戶點門區專產優勢頭觀眾數據條講幣額稱識證讀處東見視覺規範圍齊歸檔圖畫樣書達選義屆錢經濟長階團隊組織職內補註雙邊層級親顧訊稅們這個為麼從還將讓來過嗎機構歷買賣貨資訂購驗測試線網頁碼評際關係權戰術綱細則請謝給紅綠藍黃錯誤盡屬於並儘復覆複製佈藝廳號禮擔蹤貼';
const SIMPLIFIED =
  '会议纪录记决项动办负责结论讨题报时间准备预执发周计划进务类创标对竞争价单费总参与员后续态状开现场联络体传广营销简话说确认审签应问风险变换导择举协调节环设实质业户点门区专产优势头观众数据条讲币额称识证读处东见视觉规范围齐归档图画样书达选义届钱经济长阶团队组织职内补注双边层级亲顾讯税们这个为么从还将让来过吗机构历买卖货资订购验测试线网页码评际关系权战术纲细则请谢给红绿蓝黄错误尽属于并尽复复复制布艺厅号礼担踪贴';
const TO_SIMPLIFIED = new Map<string, string>([...TRADITIONAL].map((c, i) => [c, SIMPLIFIED[i]]));
const TRADITIONAL_CHAR = new RegExp(`[${TRADITIONAL}]`, 'gu');

/** `s` with the vocabulary's Traditional characters written simplified (same length). */
export function simplifiedHan(s: string): string {
  TRADITIONAL_CHAR.lastIndex = 0;
  return TRADITIONAL_CHAR.test(s) ? s.replace(TRADITIONAL_CHAR, (c) => TO_SIMPLIFIED.get(c) ?? c) : s;
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
/** What says there is no action: `Action: none`, `Acción: ninguna`, `行动项：无`. */
export const NO_ACTION =
  /^[ \t*_]*(?:none|n\/?a|nothing|no (?:pending |open |new )?actions?(?: items?)?|no (?:notes|updates|items)|(?:see|as)[ \t]+(?:above|below)|intentionally (?:left )?blank|ningun[oa]?|nada|no hay(?: (?:acciones|tareas))?(?: pendientes)?|sin (?:acciones|tareas)(?: pendientes)?|sin (?:notas|novedades)|ver[ \t]+(?:arriba|abajo)|(?:intencionadamente )?en blanco|无|暂无|没有|见上|同上|见下)(?:[ \t.。:*_]*|[ \t]*[,;，—–-][ \t]*(?:all|everything)[ \t]+(?:was[ \t]+|were[ \t]+)?(?:covered|done|closed|handled)\b[^\n]{0,60})$/iu;

/** One pictogram or what joins them (`👩‍💻`, `⚙️`), as a pattern's source: decoration before a name or label. */
export const PICTOGRAM = String.raw`(?:\p{Extended_Pictographic}|\u{FE0F}|\u{200D})`;

/** A template's variable left in: `{{DATE}}`, `{{ client }}`, `{Descripción del proyecto}`. */
export const TEMPLATE_VARIABLE = /^(?:\{\{[^{}\n]{1,60}\}\}|\{[^{}\n:;]{1,80}\})$/u;
/** True for empty text and the placeholders of docs/rules.md#unfilled-placeholder (`TBD`, `待定`, `por definir`…). */
export function isPlaceholder(s: string): boolean {
  // The same short cells and values recur (`@ben`, `done`, `2026-08-13`, in every table of a workspace): each
  // is read once. Long texts are no placeholder after two pattern tests, and are not kept.
  if (s.length > 40) return isPlaceholderUncached(s);
  let known = PLACEHOLDER_MEMO.get(s);
  if (known === undefined) {
    known = isPlaceholderUncached(s);
    if (PLACEHOLDER_MEMO.size >= MEMO_ENTRIES) PLACEHOLDER_MEMO.clear();
    PLACEHOLDER_MEMO.set(detached(s), known);
  }
  return known;
}
const PLACEHOLDER_MEMO = new Map<string, boolean>();

function isPlaceholderUncached(s: string): boolean {
  // `[Por definir]`, `(TBD)`, `【待定】`: a blank of another template keeps its brackets.
  let trimmed = s.trim();
  // `{{DATE}}`, `{{fecha}}`, `{Nombre del cliente}`: another template's variable; `$` alone: an amount not given.
  // `__/__/____`, `________`: a form's line to write on.
  if (TEMPLATE_VARIABLE.test(trimmed) || /^[$€£¥]$/u.test(trimmed) || /^(?=.*__)[_ /.-]{3,}$/u.test(trimmed))
    return true;
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
 * What `JSON.parse(JSON.stringify(value))` gives for data (objects, arrays, strings, numbers, booleans, null),
 * every string `detached`: what is kept for as long as a file exists (the index's summary of it) then refers to
 * no slice of the file's text. The JSON round trip made a string of it all and parsed it again: 6% of the
 * workspace index's time (test/text.test.ts checks both give the same).
 */
export function jsonCopy<T>(value: T): T {
  return copied(value) as T;
}

function copied(v: unknown): unknown {
  switch (typeof v) {
    case 'string':
      return detached(v);
    case 'number':
      // `-0` is written `0`; NaN and the infinities `null`.
      return Number.isFinite(v) ? (v === 0 ? 0 : v) : null;
    case 'boolean':
      return v;
    case 'object': {
      if (v === null) return null;
      // A Date and the like say themselves how they are written.
      if (typeof (v as { toJSON?: unknown }).toJSON === 'function') return JSON.parse(JSON.stringify(v)) as unknown;
      if (Array.isArray(v)) {
        const out: unknown[] = new Array<unknown>(v.length);
        for (let i = 0; i < v.length; i++) out[i] = copied(v[i]) ?? null;
        return out;
      }
      const out: Record<string, unknown> = {};
      for (const k of Object.keys(v)) {
        const c = copied((v as Record<string, unknown>)[k]);
        if (c === undefined) continue;
        if (k === '__proto__')
          Object.defineProperty(out, k, { value: c, enumerable: true, writable: true, configurable: true });
        else out[k] = c;
      }
      return out;
    }
    case 'bigint':
      // As JSON.stringify does.
      throw new TypeError('Do not know how to serialize a BigInt');
    default:
      // undefined, a function, a symbol: left out of an object, null in an array.
      return undefined;
  }
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
