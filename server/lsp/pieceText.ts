/**
 * The open documents as the language server library wants them (`TextDocument`), their text kept in pieces
 * (../core/pieces.ts): an edit copies the piece it falls in, not the whole text.
 */
import type { Position as LspPosition, Range as LspRange, TextDocumentContentChangeEvent } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { PieceText } from '../core/pieces';

export { PieceText };

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
  /** This version's snapshot (source), once asked for. */
  private snapshot: PieceText | undefined;

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

  /** This version's text as a source for the analysis (../core/text.ts TextSource), kept as it is by later edits. */
  source(): PieceText {
    this.snapshot ??= this.content.snapshot();
    return this.snapshot;
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
    this.snapshot = undefined;
  }

  /** An offset moved back before the line break it is inside or after (not before the line's start). */
  private beforeEol(offset: number, lineStart: number): number {
    while (offset > lineStart && isEol(this.content.charCodeAt(offset - 1))) offset--;
    return offset;
  }
}
