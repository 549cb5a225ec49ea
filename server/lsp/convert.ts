/** Positions, URIs and findings in LSP terms. */
import { URI } from 'vscode-uri';
import type { Diagnostic, Position as LspPosition, Range as LspRange } from 'vscode-languageserver';
import { DiagnosticSeverity } from 'vscode-languageserver';
import type { Finding } from '../core/analyze';
import type { LineIndex, Position, Range } from '../core/text';
import type { Severity } from '../core/rules/ids';

/** The position encoding agreed with the client (LSP 3.17). */
export type PositionEncoding = 'utf-16' | 'utf-8' | 'utf-32';

/** Picks the client's preferred encoding among those we speak; UTF-16 otherwise. */
export function chooseEncoding(offered: readonly string[] | undefined): PositionEncoding {
  const first = offered?.find((e) => e === 'utf-16' || e === 'utf-8' || e === 'utf-32');
  return (first as PositionEncoding | undefined) ?? 'utf-16';
}

/** Converts core (UTF-16) positions to and from the client's encoding. */
export class Positions {
  constructor(private readonly lines: LineIndex, private readonly encoding: PositionEncoding) {}

  toLsp(p: Position): LspPosition {
    if (this.encoding === 'utf-16') return p;
    const text = this.lines.lineText(p.line).slice(0, p.character);
    return { line: p.line, character: this.encoding === 'utf-8' ? utf8Length(text) : [...text].length };
  }

  fromLsp(p: LspPosition): Position {
    if (this.encoding === 'utf-16') return p;
    const line = p.line < this.lines.lineCount ? this.lines.lineText(p.line) : '';
    let units = 0;
    let count = 0;
    for (const ch of line) {
      if (count >= p.character) break;
      count += this.encoding === 'utf-8' ? utf8Length(ch) : 1;
      units += ch.length;
    }
    return { line: p.line, character: units };
  }

  range(r: Range): LspRange { return { start: this.toLsp(r.start), end: this.toLsp(r.end) }; }
  offsets(start: number, end: number): LspRange { return this.range(this.lines.range(start, end)); }
  offsetAt(p: LspPosition): number { return this.lines.offsetAt(this.fromLsp(p)); }
}

export const SEVERITY: Record<Severity, DiagnosticSeverity> = {
  error: DiagnosticSeverity.Error,
  warning: DiagnosticSeverity.Warning,
  information: DiagnosticSeverity.Information,
  hint: DiagnosticSeverity.Hint,
};

/** Bytes of a string in UTF-8, as Buffer.byteLength counts them (a lone surrogate is 3), without Node. */
function utf8Length(s: string): number {
  let n = 0;
  for (const ch of s) {
    const c = ch.codePointAt(0)!;
    n += c < 0x80 ? 1 : c < 0x800 ? 2 : c < 0x10000 ? 3 : 4;
  }
  return n;
}

/** The rule reference shipped with the package (docs/rules.md): a file URI on the desktop, the extension's URI in the browser. */
let RULE_DOCS_URL: string | undefined;
export function setRuleDocsUrl(url: string | undefined): void {
  if (url === RULE_DOCS_URL) return;
  RULE_DOCS_URL = url;
  DESCRIPTIONS.clear();
}

const DESCRIPTIONS = new Map<string, { href: string }>();
/** One shared `codeDescription` per rule: a long document's publish repeats them thousands of times. */
function codeDescription(rule: string): { href: string } | undefined {
  if (!RULE_DOCS_URL) return undefined;
  let d = DESCRIPTIONS.get(rule);
  if (!d) DESCRIPTIONS.set(rule, (d = { href: `${RULE_DOCS_URL}#${rule}` }));
  return d;
}

/** What a diagnostic carries in `data`: the finding's data plus the rule, so fixes need nothing else. */
export interface DiagnosticData { rule: string; version: number; start: number; end: number; [key: string]: unknown }

export function toDiagnostic(f: Finding, positions: Positions, version: number): Diagnostic {
  const d: Diagnostic = {
    range: positions.range(f.range),
    severity: SEVERITY[f.severity],
    source: 'agency-docs',
    code: f.rule,
    message: f.message,
    data: { ...f.data, rule: f.rule, version, start: f.start, end: f.end } satisfies DiagnosticData,
  };
  const description = codeDescription(f.rule);
  if (description) d.codeDescription = description;
  return d;
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
