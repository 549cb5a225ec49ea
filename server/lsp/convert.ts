/** Positions, URIs and findings in LSP terms. */
import { URI } from 'vscode-uri';
import type { Diagnostic, Position as LspPosition, Range as LspRange } from 'vscode-languageserver';
import { DiagnosticSeverity, type TextDocumentsConfiguration } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { PieceDocument } from './pieceText';
import type { Finding } from '../core/analyze';
import { LineIndex, composeChanges, type Position, type Range, type TextChange, type TextSource } from '../core/text';
import type { Severity } from '../core/rules/rule';
import type { Lang } from '../core/catalog/schema';

/** The position encoding agreed with the client (LSP 3.17). */
export type PositionEncoding = 'utf-16' | 'utf-8' | 'utf-32';

/** Picks the client's preferred encoding among those we speak; UTF-16 otherwise. */
export function chooseEncoding(offered: readonly string[] | undefined): PositionEncoding {
  const first = offered?.find((e) => e === 'utf-16' || e === 'utf-8' || e === 'utf-32');
  return (first as PositionEncoding | undefined) ?? 'utf-16';
}

/**
 * The column of `character` (counted in `encoding`) as UTF-16 code units into `line`.
 * Past the end it is the end of the line (as LSP asks); a column inside a
 * character (a UTF-8 byte or half a surrogate pair) is that character's start.
 */
export function utf16Column(line: string, character: number, encoding: PositionEncoding): number {
  if (character <= 0) return 0;
  if (encoding === 'utf-16') return Math.min(character, line.length);
  let units = 0;
  let count = 0;
  for (const ch of line) {
    const width = encoding === 'utf-8' ? utf8Width(ch) : 1;
    if (count + width > character) break;
    count += width;
    units += ch.length;
  }
  return units;
}

/** The column, counted in `encoding`, of the first `units` UTF-16 code units of `line`. */
export function encodedColumn(line: string, units: number, encoding: PositionEncoding): number {
  if (encoding === 'utf-16') return units;
  const text = line.slice(0, units);
  if (encoding !== 'utf-8') return [...text].length;
  let bytes = 0;
  for (const ch of text) bytes += utf8Width(ch);
  return bytes;
}

/** Bytes of one code point in UTF-8 (a lone surrogate is written as U+FFFD, three bytes). */
function utf8Width(ch: string): number {
  const c = ch.codePointAt(0)!;
  return c < 0x80 ? 1 : c < 0x800 ? 2 : c < 0x10000 ? 3 : 4;
}

/** Converts core (UTF-16) positions to and from the client's encoding. */
export class Positions {
  constructor(
    private readonly lines: LineIndex,
    private readonly encoding: PositionEncoding,
  ) {}

  toLsp(p: Position): LspPosition {
    if (this.encoding === 'utf-16' || p.line < 0 || p.line >= this.lines.lineCount) return p;
    return { line: p.line, character: encodedColumn(this.lines.lineText(p.line), p.character, this.encoding) };
  }

  fromLsp(p: LspPosition): Position {
    if (this.encoding === 'utf-16') return p;
    const line = p.line >= 0 && p.line < this.lines.lineCount ? this.lines.lineText(p.line) : '';
    return { line: p.line, character: utf16Column(line, p.character, this.encoding) };
  }

  range(r: Range): LspRange {
    // In UTF-16 the core's range is the client's: shared, not copied (thousands per publish on a long document).
    if (this.encoding === 'utf-16') return r;
    return { start: this.toLsp(r.start), end: this.toLsp(r.end) };
  }
  offsets(start: number, end: number): LspRange {
    return this.range(this.lines.range(start, end));
  }
  offsetAt(p: LspPosition): number {
    return this.lines.offsetAt(this.fromLsp(p));
  }
}

/** Reads a file not open in the editor, at once: the disk in Node (./main.ts); none in the browser, where such columns stay in UTF-16. */
let readFileNow: (path: string) => string | undefined = () => undefined;
export function setFileReader(read: (path: string) => string | undefined): void {
  readFileNow = read;
}

/**
 * Columns in other documents' lines, for the client: the index keeps UTF-16
 * columns; the line's text comes from the open document or, once per
 * request, from the file. A line that no longer holds the text it indexed
 * keeps its column (the index is being updated).
 */
export function otherColumns(
  encoding: PositionEncoding,
  openText: (path: string) => string | undefined,
): (path: string, line: number, units: number) => number {
  if (encoding === 'utf-16') return (_path, _line, units) => units;
  const read = new Map<string, LineIndex | undefined>();
  return (path, line, units) => {
    if (!read.has(path)) {
      let text = openText(path);
      if (text === undefined) text = readFileNow(path);
      read.set(path, text === undefined ? undefined : new LineIndex(text));
    }
    const lines = read.get(path);
    if (!lines || line < 0 || line >= lines.lineCount) return units;
    const text = lines.lineText(line);
    return units <= text.length ? encodedColumn(text, units, encoding) : units;
  };
}

/** Where each document's last update changed its text (for its version), see editedRange. */
const LAST_CHANGE = new WeakMap<TextDocument, { version: number; change: TextChange | undefined }>();

/**
 * Where the last incremental update of `doc` changed its text (offsets into
 * the text before and after it), when `doc` is at that update's version and
 * every change had a range; undefined otherwise. The session then reads only
 * the text around it (server/core/markdown.ts, parseChunks).
 */
export function lastChange(doc: TextDocument): TextChange | undefined {
  const last = LAST_CHANGE.get(doc);
  return last && last.version === doc.version ? last.change : undefined;
}

/** The text of an open document to read it by (its pieces, see ../core/text.ts TextSource); undefined for another kind of document. */
export function sourceOf(doc: TextDocument): TextSource | undefined {
  return doc instanceof PieceDocument ? doc.source() : undefined;
}

/** The range as the library applies it: start before end. */
function wellFormed(r: LspRange): LspRange {
  const { start, end } = r;
  return start.line > end.line || (start.line === end.line && start.character > end.character)
    ? { start: end, end: start }
    : r;
}

/**
 * How the server keeps the editor's text: like `TextDocument`, but in pieces
 * (./pieceText.ts: an edit copies only the piece it falls in), and the
 * ranges of incremental changes are read in the negotiated encoding (the
 * library counts UTF-16 only). Each change is converted against the
 * text as the changes before it left it, as LSP applies them in order.
 * Where the changes altered the text is noted for lastChange.
 */
export function encodedDocuments(encoding: () => PositionEncoding): TextDocumentsConfiguration<TextDocument> {
  return {
    create: (uri, languageId, version, content) => new PieceDocument(uri, languageId, version, content),
    update(document, changes, version) {
      const enc = encoding();
      // Made by `create` above (the library passes back what it made).
      const doc = document as unknown as PieceDocument;
      let change: TextChange | undefined;
      let known = true;
      for (const c of changes) {
        if (!('range' in c) || !c.range) {
          doc.update([c], version);
          known = false;
          continue;
        }
        const at = (p: LspPosition): LspPosition => {
          if (enc === 'utf-16' || p.line < 0 || p.line >= doc.lineCount) return p; // out of the text: the library clamps it
          const text = doc
            .getText({ start: { line: p.line, character: 0 }, end: { line: p.line + 1, character: 0 } })
            .replace(/\r?\n$|\r$/, '');
          return { line: p.line, character: utf16Column(text, p.character, enc) };
        };
        const range = wellFormed({ start: at(c.range.start), end: at(c.range.end) });
        const start = doc.offsetAt(range.start);
        const one: TextChange = { start, oldEnd: doc.offsetAt(range.end), newEnd: start + c.text.length };
        if (known) change = change ? composeChanges(change, one) : one;
        doc.update([{ range, text: c.text }], version);
      }
      doc.update([], version);
      LAST_CHANGE.set(doc, { version, change: known ? change : undefined });
      return doc;
    },
  };
}

export const SEVERITY: Record<Severity, DiagnosticSeverity> = {
  error: DiagnosticSeverity.Error,
  warning: DiagnosticSeverity.Warning,
  information: DiagnosticSeverity.Information,
  hint: DiagnosticSeverity.Hint,
};

/** The rule reference in each language (generated by `npm run generate`). */
const RULE_DOCS_FILE: Readonly<Record<Lang, string>> = { en: 'rules.md', zh: 'rules.zh-cn.md', es: 'rules.es.md' };

/** The folder of the rule reference (the package's docs/): a file URI on the desktop, the extension's own address in the browser. */
let RULE_DOCS_FOLDER: string | undefined;
export function setRuleDocsFolder(folder: string | undefined): void {
  const f = folder?.replace(/\/+$/, '');
  if (f === RULE_DOCS_FOLDER) return;
  RULE_DOCS_FOLDER = f;
  DESCRIPTIONS.clear();
}

const DESCRIPTIONS = new Map<Lang, Map<string, { href: string }>>();
/**
 * One shared `codeDescription` per rule and language: a long document's publish repeats them thousands
 * of times (looked up by the rule's own string: no key is built per diagnostic).
 */
function codeDescription(rule: string, lang: Lang): { href: string } | undefined {
  if (!RULE_DOCS_FOLDER) return undefined;
  let byRule = DESCRIPTIONS.get(lang);
  if (!byRule) DESCRIPTIONS.set(lang, (byRule = new Map()));
  let d = byRule.get(rule);
  if (!d) byRule.set(rule, (d = { href: `${RULE_DOCS_FOLDER}/${RULE_DOCS_FILE[lang]}#${rule}` }));
  return d;
}

/**
 * What a diagnostic carries in `data`: the finding's data plus the rule, so fixes need nothing else. Pushed, it
 * also names the version checked and the finding's offsets in it; pulled, the report it came in (`result`) and
 * its place in it (`index`) instead, which stay the same while the document's diagnostics do (./diagnostics.ts).
 * Either lets a quick fix find the finding when a client sends the range back in other units; neither is read
 * once the document has changed.
 */
export interface DiagnosticData {
  rule: string;
  version?: number;
  start?: number;
  end?: number;
  result?: string;
  index?: number;
  [key: string]: unknown;
}

/** A finding as a diagnostic; its code links the rule reference in the user's language. */
export function toDiagnostic(f: Finding, positions: Positions, version: number, lang: Lang = 'en'): Diagnostic {
  // Object.assign, not a spread: V8 spreads these varied shapes on its slow path, 20 times slower (a
  // long document's publish converts thousands). The keys come in the same order.
  const data = Object.assign({} as Record<string, unknown>, f.data, {
    rule: f.rule,
    version,
    start: f.start,
    end: f.end,
  });
  return diagnosticOf(f, positions, data, lang);
}

/** The diagnostic of a finding, with what its fixes need in `data`. */
function diagnosticOf(f: Finding, positions: Positions, data: DiagnosticData, lang: Lang): Diagnostic {
  const d: Diagnostic = {
    range: positions.range(f.range),
    severity: SEVERITY[f.severity],
    source: 'agency-docs',
    code: f.rule,
    message: f.message,
    data,
  };
  const description = codeDescription(f.rule, lang);
  if (description) d.codeDescription = description;
  return d;
}

/**
 * A finding as a pulled diagnostic: the same as toDiagnostic, but nothing in it moves when text is typed before it
 * on another line (no version, no offsets: `insertAt` is the server's own), so that an unchanged report can say so.
 */
export function toPulledDiagnostic(
  f: Finding,
  positions: Positions,
  result: string,
  index: number,
  lang: Lang = 'en',
): Diagnostic {
  const data = Object.assign({} as Record<string, unknown>, f.data, { rule: f.rule, result, index });
  if (f.data.insertAt !== undefined) delete data.insertAt;
  return diagnosticOf(f, positions, data, lang);
}

/** A file-system path for a document URI (other schemes keep their URI text as the key). */
export function pathOf(uri: string): string {
  try {
    const u = URI.parse(uri);
    return u.scheme === 'file' ? u.fsPath : uri;
  } catch {
    return uri;
  }
}

export function uriOf(path: string): string {
  return /^[a-z][a-z0-9+.-]*:/i.test(path) && !/^[a-z]:[\\/]/i.test(path) ? path : URI.file(path).toString();
}
