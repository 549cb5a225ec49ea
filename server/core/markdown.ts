/**
 * Markdown parsing, section by section.
 *
 * A remark parse costs about 0.2 s per 1,000 lines here, so a document is cut
 * into chunks at top-level ATX headings (outside front matter, fenced code
 * and HTML blocks) and each chunk is parsed on its own and cached by content.
 * An edit then re-parses only the chunks it touches. The cut is only made
 * where the full parse would also start a new block; when a chunk's parse
 * shows it ends inside an open fence or HTML block, it is merged with the
 * next one, so the result equals a parse of the whole text.
 */
import type { Root, RootContent, Nodes } from 'mdast';
import { unified, type Processor } from 'unified';
import remarkParse from 'remark-parse';
import remarkFrontmatter from 'remark-frontmatter';
import { gfmTable } from 'micromark-extension-gfm-table';
import { gfmTableFromMarkdown } from 'mdast-util-gfm-table';
import { gfmTaskListItem } from 'micromark-extension-gfm-task-list-item';
import { gfmTaskListItemFromMarkdown } from 'mdast-util-gfm-task-list-item';
import type { Construct, Extension, TokenizeContext } from 'micromark-util-types';
import { allMatches, detached, execFrom, sourceFrom, upperBound, type TextChange, type TextSource } from './text';

/** Of GFM only tables and task lists: the rest costs parse time and no rule needs it. */
function remarkGfmTablesAndTasks(this: Processor) {
  const data = this.data();
  (data.micromarkExtensions ??= []).push(gfmTable(), gfmTaskListItem());
  (data.fromMarkdownExtensions ??= []).push(gfmTableFromMarkdown(), gfmTaskListItemFromMarkdown());
}

/** unified + remark-parse + remark-frontmatter + GFM tables and task lists. */
export const markdownProcessor = unified()
  .use(remarkParse)
  .use(remarkFrontmatter, ['yaml'])
  .use(remarkGfmTablesAndTasks)
  .freeze();

/** The bare parse of a whole text (also the benchmark's floor). */
export function parseMarkdown(text: string): Root {
  return markdownProcessor.parse(text);
}

/**
 * A line that could be a GFM table's delimiter row: only `|`, `:`, `-`,
 * spaces, tabs (and `>` of block quotes), with a `-` and a `|` or `:`
 * (micromark-extension-gfm-table refuses a row without either: that is a
 * thematic break or a setext underline). No table without one.
 */
const DELIMITER_ROW = /^(?=[ \t>|:-]*-)(?=[ \t>|:-]*[|:])[ \t>|:-]+$/m;
/** The same test for the line starting at `lastIndex`. */
const DELIMITER_ROW_HERE = /(?=[ \t>|:-]*-)(?=[ \t>|:-]*[|:])[ \t>|:-]+(?:[\r\n]|$)/y;
const LINE_END = /[\r\n]/g;

/** False when no line of `text` can be a table's delimiter row. */
export function mayHoldTable(text: string): boolean {
  return DELIMITER_ROW.test(text);
}

/** The text being parsed, for the table guard (a parse is synchronous: one at a time). */
let parsing = '';

/** True when the line after the one holding `offset` of the text being parsed can be a delimiter row. */
function nextLineMayBeDelimiterRow(offset: number): boolean {
  LINE_END.lastIndex = offset;
  const end = LINE_END.exec(parsing);
  LINE_END.lastIndex = 0;
  if (!end) return false;
  let next = end.index + 1;
  if (parsing.charCodeAt(end.index) === 13 && parsing.charCodeAt(next) === 10) next++;
  DELIMITER_ROW_HERE.lastIndex = next;
  const yes = DELIMITER_ROW_HERE.test(parsing);
  DELIMITER_ROW_HERE.lastIndex = 0;
  return yes;
}

/** Whether the block before is a table's head or row (line endings and indents aside): then this line may be a body row. */
function afterTableRow(events: TokenizeContext['events']): boolean {
  for (let i = events.length - 1; i >= 0; i--) {
    const type = events[i][1].type as string;
    if (type !== 'lineEnding' && type !== 'linePrefix') return type === 'tableHead' || type === 'tableRow';
  }
  return false;
}

/**
 * GFM tables, with a guard in front. The table construct is tried at the
 * start of every block and reads the whole line as a head row before it
 * looks at the next one for the delimiter row (about a tenth of a parse).
 * The guard refuses at once where that would fail anyway: no table row just
 * before, and a next line that cannot be a delimiter row. Where it lets the
 * attempt through, the construct runs as it is, so the tree is the same
 * (test/markdown.test.ts compares them on random texts).
 */
function guardedGfmTable(): Extension {
  const table = (gfmTable().flow as Record<string, Construct>).null;
  return {
    flow: {
      null: {
        ...table,
        tokenize(this: TokenizeContext, effects, ok, nok) {
          if (!afterTableRow(this.events) && !nextLineMayBeDelimiterRow(this.now().offset)) return nok;
          return table.tokenize.call(this, effects, ok, nok);
        },
      },
    },
  };
}

function remarkGuardedTablesAndTasks(this: Processor) {
  const data = this.data();
  (data.micromarkExtensions ??= []).push(guardedGfmTable(), gfmTaskListItem());
  (data.fromMarkdownExtensions ??= []).push(gfmTableFromMarkdown(), gfmTaskListItemFromMarkdown());
}
/** For texts that cannot hold a table (see mayHoldTable). */
function remarkGfmTasks(this: Processor) {
  const data = this.data();
  (data.micromarkExtensions ??= []).push(gfmTaskListItem());
  (data.fromMarkdownExtensions ??= []).push(gfmTaskListItemFromMarkdown());
}
const processorWithGuardedTables = unified()
  .use(remarkParse)
  .use(remarkFrontmatter, ['yaml'])
  .use(remarkGuardedTablesAndTasks)
  .freeze();
const processorWithoutTables = unified().use(remarkParse).use(remarkFrontmatter, ['yaml']).use(remarkGfmTasks).freeze();

/**
 * The parse of a text: the same tree as parseMarkdown, faster. A text with
 * no line that can be a delimiter row is parsed without the table extension;
 * any other with the guarded one.
 */
export function parseText(text: string): Root {
  const matter = frontMatterBlock(text);
  if (matter && matter.end === text.length) return frontMatterTree(text, matter);
  if (!mayHoldTable(text)) return processorWithoutTables.parse(text);
  parsing = text;
  try {
    return processorWithGuardedTables.parse(text);
  } finally {
    parsing = '';
  }
}

/** A closed front matter block at the start of a text, as micromark-extension-frontmatter reads it. */
interface FrontMatterBlock {
  /** Where the value starts: after the opening fence's line ending. */
  readonly valueStart: number;
  /** Where the value ends: before the line ending that precedes the closing fence. */
  readonly valueEnd: number;
  /** After the closing fence and its trailing spaces (the yaml node's end). */
  readonly end: number;
  /** 1-based line and column of `end`. */
  readonly endLine: number;
  readonly endColumn: number;
}

const OPENING_FENCE = /---[ \t]*(?:\r\n|\r|\n)/y;
/** The first closing fence: a line of `---` and spaces or tabs (a search, not a loop over lines: a document may be long). */
const CLOSING_FENCE = /(?<=[\r\n])---[ \t]*(?=[\r\n]|$)/g;
const LINE_ENDING = /\r\n|\r|\n/g;

/**
 * The front matter block at the start of `text`: `---` and optional spaces
 * or tabs on the first line, then lines up to the first that is `---` and
 * optional spaces or tabs, with `\n`, `\r\n` or `\r` line endings (the
 * rules of micromark-extension-frontmatter, which parseMarkdown uses).
 * Undefined when there is none or it is not closed.
 */
function frontMatterBlock(text: TextSource): FrontMatterBlock | undefined {
  if (text.charCodeAt(0) !== 45 /* - */) return undefined;
  // The first line, read through the source (a window, longer while it is all `---` and blanks).
  for (let n = 256; ; n *= 4) {
    const head = text.slice(0, n);
    OPENING_FENCE.lastIndex = 0;
    const found = OPENING_FENCE.test(head);
    // (A line break at the window's end may be the CR of a CR LF: read further.)
    if (found && (OPENING_FENCE.lastIndex < head.length || n >= text.length)) break;
    OPENING_FENCE.lastIndex = 0;
    if (n >= text.length || !(found || /^---[ \t]*$/.test(head))) return undefined;
  }
  const valueStart = OPENING_FENCE.lastIndex;
  OPENING_FENCE.lastIndex = 0;
  const close = execFrom(text, CLOSING_FENCE, valueStart, 2, 1);
  if (!close) return undefined;
  const lineStart = close.index;
  const end = lineStart + close.text.length;
  const endingBefore =
    lineStart === valueStart
      ? 0
      : text.charCodeAt(lineStart - 1) === 10 && text.charCodeAt(lineStart - 2) === 13
        ? 2
        : 1;
  const endLine = 1 + allMatches(LINE_ENDING, text.slice(0, lineStart)).length;
  return {
    valueStart,
    valueEnd: Math.max(valueStart, lineStart - endingBefore),
    end,
    endLine,
    endColumn: end - lineStart + 1,
  };
}

/** The tree micromark makes of a text that is exactly a front matter block (checked against it in test/markdown.test.ts). */
function frontMatterTree(text: string, m: FrontMatterBlock): Root {
  // Two position objects, as micromark makes them (structuredClone costs more than the rest of this function).
  const position = () => ({
    start: { line: 1, column: 1, offset: 0 },
    end: { line: m.endLine, column: m.endColumn, offset: m.end },
  });
  return {
    type: 'root',
    children: [{ type: 'yaml', value: text.slice(m.valueStart, m.valueEnd), position: position() }],
    position: position(),
  };
}

/** A piece of the document parsed on its own. Node positions in `tree` are relative to `offset`. */
export interface Chunk {
  readonly offset: number;
  readonly text: string;
  readonly tree: Root;
}

/** A parsed chunk text: the text (a copy of its own, see detached) and its tree. */
export interface ParsedText {
  readonly text: string;
  readonly tree: Root;
}

/** Parses chunks and remembers them by content, so unchanged sections are not parsed again. */
export class ChunkCache {
  private entries = new Map<string, ParsedText>();
  /** `minChunk`: see MIN_CHUNK; tests use 0 to cut at every heading. */
  constructor(
    private readonly capacity = 4000,
    readonly minChunk = MIN_CHUNK,
  ) {}
  /**
   * The text and tree of a chunk. The text is the one the tree was parsed
   * from, held by the cache: use it, not the slice passed in, for anything
   * kept with the tree (a slice would keep the whole document version alive).
   */
  entry(text: string): ParsedText {
    // Only the first chunk can start with `---`, so the text alone is the key.
    let entry = this.entries.get(text);
    if (entry) {
      this.entries.delete(text);
      this.entries.set(entry.text, entry);
      return entry;
    }
    const own = detached(text);
    entry = { text: own, tree: parseText(defang(own)) };
    this.entries.set(own, entry);
    if (this.entries.size > this.capacity) {
      const oldest = this.entries.keys().next().value as string;
      this.entries.delete(oldest);
    }
    return entry;
  }
  clear(): void {
    this.entries.clear();
  }
}

/** Deeper nesting than any document needs; past it, structure only costs parse time (quadratic in micromark). */
const MAX_DEPTH = 32;
const MAX_INDENT = 64;
const CONTAINER = /^[ \t]*(?:>[ \t]?|(?:[-*+]|\d{1,9}[.)])[ \t]+)/;
const DEEP = new RegExp(
  `^(?:[ \\t]*(?:>[ \\t]?|(?:[-*+]|\\d{1,9}[.)])[ \\t]+)){${MAX_DEPTH}}|^[ \\t]{${MAX_INDENT}}`,
  'm',
);

const LONG_LINE = 10000;
/** Characters below which a chunk is not cut off (parse setup costs about as much as ~1,500 characters of text). */
export const MIN_CHUNK = 1500;

function hasLongLine(text: string): boolean {
  if (text.length <= LONG_LINE) return false;
  let start = 0;
  for (;;) {
    const nl = text.indexOf('\n', start);
    if ((nl < 0 ? text.length : nl) - start > LONG_LINE) return true;
    if (nl < 0) return false;
    start = nl + 1;
  }
}

/**
 * Hostile nesting (10,000 block quotes or list levels) is cut to MAX_DEPTH:
 * container markers past it become spaces, so the text keeps its length and
 * every offset, and the parse stays fast and within the stack. Lines longer
 * than LONG_LINE lose their link brackets the same way.
 */
export function defang(text: string): string {
  if (!DEEP.test(text) && !hasLongLine(text)) return text;
  return text.replace(/^.*$/gm, (line) => {
    // Brackets on a huge line make micromark's label matching superlinear; there they are text.
    if (line.length > LONG_LINE) line = line.replace(/\[/g, '\u27e6').replace(/\]/g, '\u27e7');
    let rest = line;
    let depth = 0;
    let out = '';
    for (let m = CONTAINER.exec(rest); m; m = CONTAINER.exec(rest)) {
      out += ++depth > MAX_DEPTH ? m[0].replace(/[^ \t]/g, ' ') : m[0];
      rest = rest.slice(m[0].length);
    }
    line = out + rest;
    // Indentation past MAX_INDENT becomes no-break spaces: text, not structure (micromark is slow on it).
    const indent = /^[ \t]*/.exec(line)![0].length;
    if (indent > MAX_INDENT)
      line = line.slice(0, MAX_INDENT) + '\u00a0'.repeat(indent - MAX_INDENT) + line.slice(indent);
    return line;
  });
}

const ATX = /^#{1,6}(?:[ \t]|$)/;
const FENCE = /^ {0,3}(`{3,}|~{3,})/;
const HTML_OPEN = /^ {0,3}<(?:!--|\?|![A-Za-z]|!\[CDATA\[|(?:script|pre|style|textarea)(?:[\s>]|$))/i;
const HTML_CLOSERS: [RegExp, RegExp][] = [
  [/^ {0,3}<!--/, /-->/],
  [/^ {0,3}<\?/, /\?>/],
  [/^ {0,3}<![A-Za-z]/, />/],
  [/^ {0,3}<!\[CDATA\[/, /\]\]>/],
  [/^ {0,3}<(?:script|pre|style|textarea)(?:[\s>]|$)/i, /<\/(?:script|pre|style|textarea)>/i],
];
const HTML_BLOCK_6_7 = /^ {0,3}<\/?[A-Za-z][A-Za-z0-9-]*(?:[\s/>]|$)/;
const DEFINITION = /^ {0,3}\[[^\]]+\]:/m;

/**
 * Lines that can change the scan's state outside HTML blocks: ATX headings,
 * fence markers, HTML openers. Every other line is skipped by the regex
 * engine instead of being sliced and tested (this runs on every edit).
 */
const CANDIDATE = '(?:#| {0,3}(?:`{3}|~{3}|<))';
const CANDIDATE_LINE = new RegExp('\\n' + CANDIDATE, 'g');
/** The same test for the text's first line. */
const CANDIDATE_AT_START = new RegExp('^' + CANDIDATE);

/** Offsets where a chunk may start: lines with a top-level ATX heading. */
export function chunkBoundaries(text: string, minChunk = MIN_CHUNK): number[] {
  return [...boundaries(text, minChunk).cuts];
}

/** The chunk boundaries of a text, and whether it is parsed whole because it holds a reference definition. */
interface Boundaries {
  readonly cuts: readonly number[];
  readonly whole: boolean;
  /** Found again after an edit (boundariesAfter): how many of the first cuts are the old ones, kept without a scan. */
  readonly kept?: number;
}

function boundaries(text: string, minChunk: number): Boundaries {
  // Reference definitions apply across the whole document: parse such a text in one piece.
  // (`]:` first: a plain search is much faster than the line-anchored regex, and rarely there.)
  if (text.includes(']:') && DEFINITION.test(text)) return { cuts: [], whole: true };
  return { cuts: scanBoundaries(text, minChunk, 0, []), whole: false };
}

/**
 * Whether `text`, an edit of a text without reference definitions, has one now. Only the text around the
 * change is read (a keystroke in a long document must not search all of it): a new `[label]:` must take
 * in the change or the character before it (a line break typed before it), its `]:` is the first `]` after
 * its `[`, so its `[` comes after the last `]` before the change, and its `]` is the first after the change
 * (or after the up to three spaces and `[` that follow it). The window starts at a line start, so each
 * match in it is one in the text.
 */
function definitionNear(text: TextSource, change: TextChange): boolean {
  const before = change.start >= 2 ? text.lastIndexOf(']', change.start - 2) : -1;
  const from = before < 0 ? 0 : text.lastIndexOf('\n', before) + 1;
  const after = text.indexOf(']', change.newEnd + 4);
  const end = after < 0 ? text.length : after + 2;
  // The window may be long (1.5 MB where no `]` is written) and the text in pieces: it is read only when it holds
  // a `]:`, whose `]` can only be on the line up to `before`, around the change, or `after` (no `]` is between them).
  const holds = (a: number, b: number) => a < b && text.slice(a, b).includes(']:');
  const colon =
    (before >= 0 && holds(from, before + 2)) ||
    holds(Math.max(from, change.start - 2), Math.min(end, change.newEnd + 5)) ||
    (after >= 0 && text.charCodeAt(after + 1) === 58); /* : */
  return colon && DEFINITION.test(text.slice(from, end));
}

/**
 * The boundaries of `text`, an edit of the text whose boundaries were
 * `before` (see TextChange): the scan starts again at the last boundary whose
 * heading line is before the change, and stops at the first boundary after
 * the change that was also one before it (moved by the change in length):
 * from a boundary on, the scan reads the same text in the same state (outside
 * any fence or HTML block, that boundary the last one), so it finds the same
 * boundaries after it as before. An edit then reads the text around it, not
 * the whole document (test/markdown.test.ts compares with a full scan).
 */
function boundariesAfter(
  whole: string,
  text: TextSource,
  minChunk: number,
  before: Boundaries,
  change: TextChange,
): Boundaries {
  if (before.whole || definitionNear(text, change)) return boundaries(whole, minChunk);
  const old = before.cuts;
  // The last boundary whose heading line ends (at its `\n`) before the change: everything up to it stands.
  let k = upperBound(old, change.start) - 1;
  while (k >= 0) {
    const nl = text.indexOf('\n', old[k]);
    if (nl >= 0 && nl < change.start) break;
    k--;
  }
  const kept = old.slice(0, k + 1);
  const from = k >= 0 ? text.indexOf('\n', old[k]) + 1 : 0;
  return { cuts: scanBoundaries(text, minChunk, from, kept, { old, change }), whole: false, kept: k + 1 };
}

/**
 * The boundary scan from `pos` (a line start outside any fence or HTML
 * block; 0 for the whole text), after the boundaries `cuts` found before it.
 * With `resume`, it stops at the first boundary after the change that was
 * one before it, and takes the old ones after that, moved.
 */
function scanBoundaries(
  text: TextSource,
  minChunk: number,
  pos: number,
  cuts: number[],
  resume?: { old: readonly number[]; change: TextChange },
): number[] {
  const lineAt = (pos: number): { line: string; next: number } => {
    let nl = text.indexOf('\n', pos);
    if (nl < 0) nl = text.length;
    const line = text.slice(pos, nl);
    return { line: line.endsWith('\r') ? line.slice(0, -1) : line, next: nl + 1 };
  };
  const delta = resume ? resume.change.newEnd - resume.change.oldEnd : 0;
  if (pos === 0) {
    // Front matter: nothing is cut before its closing `---` (never, if it is not closed).
    const first = lineAt(0);
    if (/^\uFEFF?---[ \t]*$/.test(first.line)) pos = skipLines(first.next, (l) => /^---[ \t]*$/.test(l));
  }
  let fence: string | undefined;
  while (pos < text.length) {
    // `pos` is always a line start; the regex finds the next candidate line by its preceding `\n`
    // (a literal first character lets the engine scan fast; lines here end at `\n` only).
    let start: number;
    if (pos === 0 && CANDIDATE_AT_START.test(text.slice(0, 8))) start = 0;
    else {
      // Read through the source: a candidate is 7 characters at most.
      const m = execFrom(text, CANDIDATE_LINE, Math.max(0, pos - 1), 8);
      if (!m) break;
      start = m.index + 1;
    }
    const { line, next } = lineAt(start);
    pos = next;
    if (fence) {
      const f = FENCE.exec(line);
      if (f && f[1][0] === fence[0] && f[1].length >= fence.length && /^\s*$/.test(line.slice(f[0].length)))
        fence = undefined;
    } else if (ATX.test(line)) {
      // Each parse has a fixed setup cost: chunks smaller than MIN_CHUNK join the next one.
      if (start > 0 && start - (cuts[cuts.length - 1] ?? 0) >= minChunk) {
        cuts.push(start);
        if (resume && start >= resume.change.newEnd) {
          // Past the change, at a boundary the text had before it: the rest is as it was.
          const i = upperBound(resume.old, start - delta - 1);
          if (resume.old[i] === start - delta) {
            for (let j = i + 1; j < resume.old.length; j++) cuts.push(resume.old[j] + delta);
            return cuts;
          }
        }
      }
    } else {
      const f = FENCE.exec(line);
      if (f && !(f[1][0] === '`' && line.slice(f[0].length).includes('`'))) fence = f[1];
      else if (HTML_OPEN.test(line)) {
        const closer = HTML_CLOSERS.find(([open]) => open.test(line));
        if (closer && !closer[1].test(line.replace(closer[0], ''))) pos = skipLines(pos, (l) => closer[1].test(l));
      } else if (HTML_BLOCK_6_7.test(line)) pos = skipLines(pos, (l) => /^\s*$/.test(l));
    }
  }
  return cuts;

  /** The offset after the first line from `pos` on that `ends` (the end of the text if none does). */
  function skipLines(pos: number, ends: (line: string) => boolean): number {
    while (pos < text.length) {
      const { line, next } = lineAt(pos);
      pos = next;
      if (ends(line)) break;
    }
    return pos;
  }
}

/** endsOpen per parsed chunk (a tree always comes with the text it was parsed from): asked of every chunk on every edit. */
const ENDS_OPEN = new WeakMap<Root, boolean>();

/** True when a chunk's parse ends inside a fenced code block or an HTML block that the next chunk could continue. */
function endsOpen(tree: Root, chunkText: string): boolean {
  let open = ENDS_OPEN.get(tree);
  if (open === undefined) ENDS_OPEN.set(tree, (open = endsOpenNow(tree, chunkText)));
  return open;
}

function endsOpenNow(tree: Root, chunkText: string): boolean {
  let node: Nodes | undefined = tree.children[tree.children.length - 1];
  while (node) {
    const end = node.position?.end.offset ?? 0;
    const trailing = chunkText.slice(end);
    if (!/^\s*$/.test(trailing)) return false;
    if (node.type === 'code') {
      const raw = chunkText.slice(node.position?.start.offset ?? 0, end);
      const open = /^[ \t>*+\-\d.)]*?(`{3,}|~{3,})/.exec(raw);
      if (!open) return false; // indented code ends at the next heading anyway
      const lines = raw.split(/\r?\n/);
      const last = lines[lines.length - 1].trim().replace(/^[>\s]+/, '');
      const closed = lines.length > 1 && last.startsWith(open[1]) && last.replace(/[`~]/g, '') === '';
      return !closed;
    }
    if (node.type === 'html') return true;
    if ('children' in node && node.children.length > 0) {
      node = node.children[node.children.length - 1] as Nodes;
    } else return false;
  }
  return false;
}

/** The boundaries each chunk list was cut at, and the cache's minimum chunk: the next edit's scan starts from them. */
const BOUNDARIES = new WeakMap<readonly Chunk[], Boundaries & { readonly minChunk: number; readonly length: number }>();

/**
 * Parses a document as chunks, using and filling `cache`. `previous`, the
 * chunks of the version before an edit, is looked up first. With `change`
 * (where that version and this one differ), the boundaries are found again
 * only around the change, and a chunk wholly before or after it is the
 * previous one (moved by the change in length) without reading its text.
 * Without it, previous chunks are looked up by offset (before the edit) or
 * offset minus the change in length (after it), then compared: that finds
 * the unchanged chunks without hashing each one's text for the cache.
 */
export function parseChunks(
  text: string,
  cache: ChunkCache,
  previous?: readonly Chunk[],
  change?: TextChange,
  source: TextSource = text,
): Chunk[] {
  const before = previous && BOUNDARIES.get(previous);
  const usable =
    change &&
    before &&
    before.minChunk === cache.minChunk &&
    before.length + change.newEnd - change.oldEnd === text.length
      ? before
      : undefined;
  // After an edit, the text is read through the source, around the change (text.ts TextSource).
  const src: TextSource = usable ? source : text;
  const found = usable ? boundariesAfter(text, src, cache.minChunk, usable, change!) : boundaries(text, cache.minChunk);
  const cuts = found.cuts;
  // micromark drops a leading byte-order mark from its offsets: parse from after it, so offsets stay exact.
  const first = src.charCodeAt(0) === 0xfeff ? 1 : 0;
  const starts = [first, ...cuts];
  // A closed front matter block is a chunk of its own, read without micromark (parseText), and the
  // text after it starts a new one: micromark's flow starts afresh after the closing fence.
  const matter = frontMatterBlock(first ? sourceFrom(src, first) : src);
  if (matter && first + matter.end < text.length && (cuts.length === 0 || cuts[0] > first + matter.end))
    starts.splice(1, 0, first + matter.end);
  const chunks: Chunk[] = [];
  let parsedAt: (start: number, end: number) => ParsedText;
  /** The index of the previous chunk previousAt found last. */
  let foundAt = -1;
  if (usable && previous) {
    const delta = change!.newEnd - change!.oldEnd;
    /** The previous chunk at `offset` if it was `length` long. */
    const previousAt = (offset: number, length: number): Chunk | undefined => {
      let lo = 0;
      let hi = previous.length - 1;
      while (lo <= hi) {
        const mid = (lo + hi) >> 1;
        const o = previous[mid].offset;
        if (o === offset) {
          if (previous[mid].text.length !== length) return undefined;
          foundAt = mid;
          return previous[mid];
        }
        if (o < offset) lo = mid + 1;
        else hi = mid - 1;
      }
      return undefined;
    };
    // Text before the change and after it is the previous version's: same place and length, same text.
    parsedAt = (start, end) =>
      (end <= change!.start
        ? previousAt(start, end - start)
        : start >= change!.newEnd
          ? previousAt(start - delta, end - start)
          : undefined) ?? cache.entry(src.slice(start, end));
  } else {
    const earlier = previous?.length ? new Map(previous.map((c) => [c.offset, c])) : undefined;
    const last = previous?.[previous.length - 1];
    const shift = last ? text.length - (last.offset + last.text.length) : 0;
    const sameAt = (at: number, start: number, end: number): ParsedText | undefined => {
      const c = earlier!.get(at);
      // Same length, then the same characters: === on a slice compares memory (measured here: 20 times
      // faster than hashing the slice for a Map, and than startsWith, which compares character by character).
      return c && c.text.length === end - start && text.slice(start, end) === c.text ? c : undefined;
    };
    parsedAt = (start, end) =>
      (earlier && (sameAt(start, start, end) ?? (shift !== 0 ? sameAt(start - shift, start, end) : undefined))) ||
      cache.entry(text.slice(start, end));
  }
  let i = 0;
  if (usable && previous && found.kept) {
    // The chunks that end by the last boundary kept (before the change) are the previous ones, the same objects:
    // cut at the same boundaries from the same text, so made alike (a keystroke in a long document does not
    // look up each of them again).
    const limit = usable.cuts[found.kept - 1];
    let h = 0;
    for (let hi = previous.length; h < hi; ) {
      const mid = (h + hi) >> 1;
      if (previous[mid].offset + previous[mid].text.length <= limit) h = mid + 1;
      else hi = mid;
    }
    if (h > 0) {
      const end = previous[h - 1].offset + previous[h - 1].text.length;
      let at = 0;
      for (let hi = starts.length; at < hi; ) {
        const mid = (at + hi) >> 1;
        if (starts[mid] < end) at = mid + 1;
        else hi = mid;
      }
      if (at < starts.length && starts[at] === end) {
        for (let n = 0; n < h; n++) chunks.push(previous[n]);
        i = at;
      }
    }
  }
  while (i < starts.length) {
    const start = starts[i];
    let j = i + 1;
    let end = j < starts.length ? starts[j] : text.length;
    let parsed = parsedAt(start, end);
    while (j < starts.length && endsOpen(parsed.tree, parsed.text)) {
      j++;
      end = j < starts.length ? starts[j] : text.length;
      parsed = parsedAt(start, end);
    }
    chunks.push({ offset: start, text: parsed.text, tree: parsed.tree });
    i = j;
    if (usable && previous && start > 0 && start >= change!.newEnd && foundAt >= 0 && parsed === previous[foundAt]) {
      // A chunk after the change that was one before it, at a boundary it had (the boundaries after it are the
      // old ones, moved: boundariesAfter): the chunks after it are cut and merged as they were, moved.
      const delta = change!.newEnd - change!.oldEnd;
      for (let n = foundAt + 1; n < previous.length; n++) {
        const c = previous[n];
        chunks.push({ offset: c.offset + delta, text: c.text, tree: c.tree });
      }
      break;
    }
  }
  BOUNDARIES.set(chunks, { ...found, minChunk: cache.minChunk, length: text.length });
  return chunks;
}

/**
 * For walks over a tree in source order: true when `text[start, end)` holds a
 * character of `chars` (a global regex). The next such character is searched
 * for only once the walk has passed it, so a whole walk reads the text once.
 */
export function occursIn(text: string, chars: RegExp): (start: number, end: number) => boolean {
  let next = -1;
  return (start, end) => {
    if (next < start) {
      chars.lastIndex = start;
      const m = chars.exec(text);
      chars.lastIndex = 0;
      next = m ? m.index : Infinity;
    }
    return next < end;
  };
}

/** A node together with the offset of the chunk it was parsed in. */
export interface Placed<N = RootContent> {
  node: N;
  base: number;
}

/** Absolute start/end offsets of a placed node. */
export function spanOf(p: { node: Nodes; base: number }): [number, number] {
  const pos = p.node.position;
  return pos ? [p.base + (pos.start.offset ?? 0), p.base + (pos.end.offset ?? 0)] : [p.base, p.base];
}

/**
 * Text content of a node without HTML (comments, inline tags). With `enough`,
 * it may stop early once the text, trimmed, is longer than that: the result
 * is then a prefix of the whole text (for checks that only ask "is there text").
 */
export function plainText(node: Nodes, enough = Infinity): string {
  if ('value' in node && node.type !== 'html' && node.type !== 'yaml') return node.value;
  if (node.type === 'html') return '';
  if (node.type === 'image') return node.alt ?? '';
  if (node.type === 'break') return '\n';
  if ('children' in node) {
    // Blocks are separated, so the last word of one item does not run into the next.
    const sep = BLOCK_PARENTS.has(node.type) ? '\n' : node.type === 'tableRow' ? '\t' : '';
    let s = '';
    for (const c of node.children as Nodes[]) {
      s += (s && sep ? sep : '') + plainText(c, enough);
      if (enough !== Infinity && s.trim().length > enough) break;
    }
    return s;
  }
  return '';
}

const BLOCK_PARENTS = new Set(['root', 'list', 'listItem', 'blockquote', 'table']);
