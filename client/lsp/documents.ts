/**
 * Text synchronization: the server sees every open document the selector
 * matches, opened, edited (incrementally when it asks for that), saved and
 * closed, in the order VS Code reports them.
 */
import * as vscode from 'vscode';
import type * as lsp from 'vscode-languageserver';
import type { MessageConnection } from 'vscode-jsonrpc/node';
import { toRange } from './convert';
import { notify } from './notify';

export function syncDocuments(
  connection: MessageConnection,
  capabilities: lsp.ServerCapabilities,
  matches: (doc: vscode.TextDocument) => boolean,
): vscode.Disposable[] {
  const sync = capabilities.textDocumentSync;
  // A bare number is the change kind (with open and close); an object says each part.
  const options: lsp.TextDocumentSyncOptions = typeof sync === 'number' ? { openClose: sync !== 0, change: sync } : sync ?? {};
  if (!options.openClose && !options.change) return [];
  const incremental = options.change === 2;
  const save = options.save;
  const open = new Set<string>();
  const id = (doc: vscode.TextDocument) => ({ uri: doc.uri.toString() });

  const didOpen = (doc: vscode.TextDocument) => {
    const uri = doc.uri.toString();
    if (!matches(doc) || open.has(uri)) return;
    open.add(uri);
    notify(connection, 'textDocument/didOpen', { textDocument: { uri, languageId: doc.languageId, version: doc.version, text: doc.getText() } } satisfies lsp.DidOpenTextDocumentParams);
  };
  for (const doc of vscode.workspace.textDocuments) didOpen(doc);

  return [
    vscode.workspace.onDidOpenTextDocument(didOpen),
    vscode.workspace.onDidChangeTextDocument((e) => {
      // An event without changes only says the dirty state moved.
      if (!options.change || e.contentChanges.length === 0 || !open.has(e.document.uri.toString())) return;
      // VS Code lists the changes so that applying them one after the other is right, as LSP wants.
      const contentChanges: lsp.TextDocumentContentChangeEvent[] = incremental
        ? e.contentChanges.map((ch) => ({ range: toRange(ch.range), rangeLength: ch.rangeLength, text: ch.text }))
        : [{ text: e.document.getText() }];
      notify(connection, 'textDocument/didChange', { textDocument: { ...id(e.document), version: e.document.version }, contentChanges } satisfies lsp.DidChangeTextDocumentParams);
    }),
    vscode.workspace.onDidSaveTextDocument((doc) => {
      if (!save || !open.has(doc.uri.toString())) return;
      const includeText = typeof save === 'object' && save.includeText;
      notify(connection, 'textDocument/didSave', { textDocument: id(doc), ...(includeText ? { text: doc.getText() } : {}) } satisfies lsp.DidSaveTextDocumentParams);
    }),
    vscode.workspace.onDidCloseTextDocument((doc) => {
      if (!open.delete(doc.uri.toString())) return;
      notify(connection, 'textDocument/didClose', { textDocument: id(doc) } satisfies lsp.DidCloseTextDocumentParams);
    }),
  ];
}
