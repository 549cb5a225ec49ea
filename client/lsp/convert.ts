/**
 * LSP ⇄ VS Code conversions for what the server sends. LSP positions are in
 * UTF-16 code units (we announce only that encoding), like VS Code's, so
 * lines and characters map one to one.
 *
 * The LSP types come from the package the server is written against; they
 * are types only (`import type`), so none of it ends up in the bundle. Enums
 * are written as numbers for the same reason.
 */
import * as vscode from 'vscode';
import type * as lsp from 'vscode-languageserver';

export const asPosition = (p: lsp.Position) => new vscode.Position(p.line, p.character);
export const asRange = (r: lsp.Range) => new vscode.Range(r.start.line, r.start.character, r.end.line, r.end.character);
export const toPosition = (p: vscode.Position): lsp.Position => ({ line: p.line, character: p.character });
export const toRange = (r: vscode.Range): lsp.Range => ({ start: toPosition(r.start), end: toPosition(r.end) });
export const asUri = (uri: string) => vscode.Uri.parse(uri);
export const asLocation = (l: lsp.Location) => new vscode.Location(asUri(l.uri), asRange(l.range));
export const toDocumentPosition = (doc: vscode.TextDocument, p: vscode.Position): lsp.TextDocumentPositionParams =>
  ({ textDocument: { uri: doc.uri.toString() }, position: toPosition(p) });

// LSP numbers its enums from 1, VS Code from 0 (DiagnosticSeverity, CompletionItemKind, SymbolKind).
const severity = (s: lsp.DiagnosticSeverity | undefined): vscode.DiagnosticSeverity => (s ? s - 1 : vscode.DiagnosticSeverity.Error);
const symbolKind = (k: lsp.SymbolKind): vscode.SymbolKind => k - 1;

/**
 * A diagnostic that keeps the LSP diagnostic it came from: code actions send
 * that one back untouched, with the `data` the server's quick fixes read.
 * (VS Code hands providers the very objects put in the collection.)
 */
export class LspDiagnostic extends vscode.Diagnostic {
  constructor(readonly lsp: lsp.Diagnostic) {
    // Markdown messages are not announced (markupMessageSupport), so this is plain text.
    super(asRange(lsp.range), typeof lsp.message === 'string' ? lsp.message : lsp.message.value, severity(lsp.severity));
    if (lsp.source) this.source = lsp.source;
    if (lsp.code !== undefined) this.code = lsp.codeDescription ? { value: lsp.code, target: asUri(lsp.codeDescription.href) } : lsp.code;
    if (lsp.tags) this.tags = lsp.tags.filter((t) => t === 1 || t === 2) as number[] as vscode.DiagnosticTag[];
    if (lsp.relatedInformation) {
      this.relatedInformation = lsp.relatedInformation.map((r) => new vscode.DiagnosticRelatedInformation(asLocation(r.location), r.message));
    }
  }
}

/** The LSP form of a diagnostic VS Code hands back: the original when it is one of ours. */
export function toDiagnostic(d: vscode.Diagnostic): lsp.Diagnostic {
  if (d instanceof LspDiagnostic) return d.lsp;
  const code = typeof d.code === 'object' ? d.code.value : d.code;
  return { range: toRange(d.range), message: d.message, severity: (d.severity + 1) as lsp.DiagnosticSeverity, source: d.source, code };
}

export function asMarkdown(value: string | lsp.MarkupContent | lsp.MarkedString): vscode.MarkdownString {
  if (typeof value === 'string') return new vscode.MarkdownString(value);
  if ('kind' in value) return value.kind === 'markdown' ? new vscode.MarkdownString(value.value) : new vscode.MarkdownString().appendText(value.value);
  return new vscode.MarkdownString().appendCodeblock(value.value, value.language);
}

export function asCommand(c: lsp.Command): vscode.Command {
  return { title: c.title, command: c.command, arguments: c.arguments };
}

/** Text edits only: we do not announce resource operations (create, rename, delete), and the server sends none. */
export function asWorkspaceEdit(e: lsp.WorkspaceEdit): vscode.WorkspaceEdit {
  const out = new vscode.WorkspaceEdit();
  const add = (uri: string, edits: readonly lsp.TextEdit[]) => {
    for (const t of edits) out.replace(asUri(uri), asRange(t.range), t.newText);
  };
  if (e.documentChanges) {
    for (const c of e.documentChanges) if ('textDocument' in c) add(c.textDocument.uri, c.edits as lsp.TextEdit[]);
  } else if (e.changes) {
    for (const [uri, edits] of Object.entries(e.changes)) add(uri, edits);
  }
  return out;
}

/** LSP kinds are dotted strings; VS Code builds them from the empty kind. */
export const asCodeActionKind = (kind: string) => vscode.CodeActionKind.Empty.append(kind);

/**
 * `sent` are the VS Code diagnostics of the request: an action's diagnostics
 * are matched back to them, so VS Code links the fix to the squiggle.
 */
export function asCodeAction(item: lsp.Command | lsp.CodeAction, sent: ReadonlyMap<string, vscode.Diagnostic>): vscode.CodeAction | vscode.Command {
  if (typeof item.command === 'string') return asCommand(item as lsp.Command);
  const a = item as lsp.CodeAction;
  const out = new vscode.CodeAction(a.title, a.kind === undefined ? undefined : asCodeActionKind(a.kind));
  if (a.edit) out.edit = asWorkspaceEdit(a.edit);
  if (a.command) out.command = asCommand(a.command);
  if (a.isPreferred !== undefined) out.isPreferred = a.isPreferred;
  if (a.disabled) out.disabled = { reason: a.disabled.reason };
  if (a.diagnostics) out.diagnostics = a.diagnostics.map((d) => sent.get(JSON.stringify(d)) ?? new LspDiagnostic(d));
  return out;
}

function asCompletionItem(i: lsp.CompletionItem): vscode.CompletionItem {
  const out = new vscode.CompletionItem(i.label, i.kind ? ((i.kind - 1) as vscode.CompletionItemKind) : undefined);
  const snippet = i.insertTextFormat === 2;
  const text = i.textEdit?.newText ?? i.insertText;
  if (text !== undefined) out.insertText = snippet ? new vscode.SnippetString(text) : text;
  if (i.textEdit) {
    out.range = 'range' in i.textEdit ? asRange(i.textEdit.range) : { inserting: asRange(i.textEdit.insert), replacing: asRange(i.textEdit.replace) };
  }
  if (i.detail !== undefined) out.detail = i.detail;
  if (i.documentation !== undefined) out.documentation = typeof i.documentation === 'string' ? i.documentation : asMarkdown(i.documentation);
  if (i.sortText !== undefined) out.sortText = i.sortText;
  if (i.filterText !== undefined) out.filterText = i.filterText;
  if (i.preselect) out.preselect = true;
  if (i.deprecated || i.tags?.includes(1)) out.tags = [vscode.CompletionItemTag.Deprecated];
  if (i.additionalTextEdits) out.additionalTextEdits = i.additionalTextEdits.map((t) => new vscode.TextEdit(asRange(t.range), t.newText));
  if (i.commitCharacters) out.commitCharacters = i.commitCharacters;
  if (i.command) out.command = asCommand(i.command);
  return out;
}

export function asCompletionList(r: lsp.CompletionItem[] | lsp.CompletionList | null): vscode.CompletionList | undefined {
  if (!r) return undefined;
  const list = Array.isArray(r) ? { isIncomplete: false, items: r } : r;
  return new vscode.CompletionList(list.items.map(asCompletionItem), list.isIncomplete);
}

export function asHover(h: lsp.Hover | null): vscode.Hover | undefined {
  if (!h) return undefined;
  const contents = Array.isArray(h.contents) ? h.contents.map(asMarkdown) : [asMarkdown(h.contents)];
  return new vscode.Hover(contents, h.range && asRange(h.range));
}

function asDocumentSymbol(s: lsp.DocumentSymbol): vscode.DocumentSymbol {
  const out = new vscode.DocumentSymbol(s.name, s.detail ?? '', symbolKind(s.kind), asRange(s.range), asRange(s.selectionRange));
  out.children = (s.children ?? []).map(asDocumentSymbol);
  return out;
}

/** A symbol whose location has no range (allowed for workspace symbols) points at the top of its file. */
export function asSymbolInformation(s: lsp.SymbolInformation | lsp.WorkspaceSymbol): vscode.SymbolInformation {
  const range = 'range' in s.location ? asRange(s.location.range) : new vscode.Range(0, 0, 0, 0);
  return new vscode.SymbolInformation(s.name, symbolKind(s.kind), s.containerName ?? '', new vscode.Location(asUri(s.location.uri), range));
}

export function asDocumentSymbols(r: lsp.DocumentSymbol[] | lsp.SymbolInformation[] | null): vscode.DocumentSymbol[] | vscode.SymbolInformation[] | undefined {
  if (!r || r.length === 0) return undefined;
  return 'location' in r[0] ? (r as lsp.SymbolInformation[]).map(asSymbolInformation) : (r as lsp.DocumentSymbol[]).map(asDocumentSymbol);
}

const FOLDING_KINDS: Record<string, vscode.FoldingRangeKind> = {
  comment: vscode.FoldingRangeKind.Comment, imports: vscode.FoldingRangeKind.Imports, region: vscode.FoldingRangeKind.Region,
};
export function asFoldingRange(f: lsp.FoldingRange): vscode.FoldingRange {
  return new vscode.FoldingRange(f.startLine, f.endLine, f.kind === undefined ? undefined : FOLDING_KINDS[f.kind]);
}

export function asLocations(r: lsp.Location | lsp.Location[] | lsp.LocationLink[] | null): vscode.Location[] | vscode.LocationLink[] | undefined {
  if (!r) return undefined;
  const all = Array.isArray(r) ? r : [r];
  if (all.length === 0) return [];
  if ('targetUri' in all[0]) {
    return (all as lsp.LocationLink[]).map((l) => ({
      targetUri: asUri(l.targetUri), targetRange: asRange(l.targetRange), targetSelectionRange: asRange(l.targetSelectionRange),
      originSelectionRange: l.originSelectionRange && asRange(l.originSelectionRange),
    }));
  }
  return (all as lsp.Location[]).map(asLocation);
}

export function asCodeLens(l: lsp.CodeLens): vscode.CodeLens {
  return new vscode.CodeLens(asRange(l.range), l.command && asCommand(l.command));
}
