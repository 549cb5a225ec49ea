/**
 * The language features the server announces in its capabilities, as VS Code
 * providers; its commands, as VS Code commands; its diagnostics, in the
 * collection. Everything registered here lives as long as one server process.
 */
import * as vscode from 'vscode';
import type * as lsp from 'vscode-languageserver';
import type { MessageConnection } from 'vscode-jsonrpc/node';
import * as c from './convert';

export interface FeatureContext {
  connection: MessageConnection;
  capabilities: lsp.ServerCapabilities;
  selector: vscode.DocumentSelector;
  diagnostics: vscode.DiagnosticCollection;
  output: vscode.LogOutputChannel;
}

// The server gave up on a request because it was cancelled or the document moved on: not an error.
const CANCELLED = new Set([-32800, -32801, -32802]);

export function registerFeatures({ connection, capabilities: caps, selector, diagnostics, output }: FeatureContext): vscode.Disposable[] {
  /** A request for a provider: VS Code's token cancels it ($/cancelRequest); a failure is logged, and VS Code gets "nothing". */
  async function request<R>(method: string, params: object, token: vscode.CancellationToken): Promise<R | undefined> {
    try {
      return (await connection.sendRequest<R | null>(method, params, token)) ?? undefined;
    } catch (e) {
      if (!token.isCancellationRequested && !CANCELLED.has((e as { code?: number }).code ?? 0)) output.error(`${method} failed: ${(e as Error).message ?? e}`);
      return undefined;
    }
  }
  const doc = (d: vscode.TextDocument) => ({ textDocument: { uri: d.uri.toString() } });
  const out: vscode.Disposable[] = [];

  connection.onNotification('textDocument/publishDiagnostics', (p: lsp.PublishDiagnosticsParams) => {
    diagnostics.set(c.asUri(p.uri), p.diagnostics.map((d) => new c.LspDiagnostic(d)));
  });

  // The server's commands (the lens's "what is missing") run on the server.
  for (const command of caps.executeCommandProvider?.commands ?? []) {
    out.push(vscode.commands.registerCommand(command, (...args: unknown[]) =>
      connection.sendRequest('workspace/executeCommand', { command, arguments: args } satisfies lsp.ExecuteCommandParams)));
  }

  if (caps.codeActionProvider) {
    const kinds = typeof caps.codeActionProvider === 'object' ? caps.codeActionProvider.codeActionKinds : undefined;
    out.push(vscode.languages.registerCodeActionsProvider(selector, {
      async provideCodeActions(d, range, context, token) {
        const sent = context.diagnostics.map(c.toDiagnostic);
        const byJson = new Map(sent.map((s, i) => [JSON.stringify(s), context.diagnostics[i]]));
        const params: lsp.CodeActionParams = {
          ...doc(d), range: c.toRange(range),
          // VS Code's trigger kinds (Invoke 1, Automatic 2) are LSP's.
          context: { diagnostics: sent, only: context.only && [context.only.value], triggerKind: context.triggerKind },
        };
        return (await request<(lsp.Command | lsp.CodeAction)[]>('textDocument/codeAction', params, token))?.map((a) => c.asCodeAction(a, byJson));
      },
    }, { providedCodeActionKinds: kinds?.map(c.asCodeActionKind) }));
  }

  if (caps.completionProvider) {
    out.push(vscode.languages.registerCompletionItemProvider(selector, {
      async provideCompletionItems(d, position, token, context) {
        const params: lsp.CompletionParams = {
          ...c.toDocumentPosition(d, position),
          // VS Code counts trigger kinds from 0, LSP from 1.
          context: { triggerKind: (context.triggerKind + 1) as lsp.CompletionTriggerKind, triggerCharacter: context.triggerCharacter },
        };
        return c.asCompletionList((await request<lsp.CompletionItem[] | lsp.CompletionList>('textDocument/completion', params, token)) ?? null);
      },
    }, ...(caps.completionProvider.triggerCharacters ?? [])));
  }

  if (caps.hoverProvider) {
    out.push(vscode.languages.registerHoverProvider(selector, {
      async provideHover(d, position, token) {
        return c.asHover((await request<lsp.Hover>('textDocument/hover', c.toDocumentPosition(d, position), token)) ?? null);
      },
    }));
  }

  if (caps.documentSymbolProvider) {
    out.push(vscode.languages.registerDocumentSymbolProvider(selector, {
      async provideDocumentSymbols(d, token) {
        return c.asDocumentSymbols((await request<lsp.DocumentSymbol[] | lsp.SymbolInformation[]>('textDocument/documentSymbol', doc(d), token)) ?? null);
      },
    }));
  }

  if (caps.workspaceSymbolProvider) {
    out.push(vscode.languages.registerWorkspaceSymbolProvider({
      async provideWorkspaceSymbols(query, token) {
        return (await request<(lsp.SymbolInformation | lsp.WorkspaceSymbol)[]>('workspace/symbol', { query }, token))?.map(c.asSymbolInformation);
      },
    }));
  }

  if (caps.foldingRangeProvider) {
    out.push(vscode.languages.registerFoldingRangeProvider(selector, {
      async provideFoldingRanges(d, _context, token) {
        return (await request<lsp.FoldingRange[]>('textDocument/foldingRange', doc(d), token))?.map(c.asFoldingRange);
      },
    }));
  }

  if (caps.definitionProvider) {
    out.push(vscode.languages.registerDefinitionProvider(selector, {
      async provideDefinition(d, position, token) {
        return c.asLocations((await request<lsp.Location | lsp.Location[] | lsp.LocationLink[]>('textDocument/definition', c.toDocumentPosition(d, position), token)) ?? null);
      },
    }));
  }

  if (caps.referencesProvider) {
    out.push(vscode.languages.registerReferenceProvider(selector, {
      async provideReferences(d, position, context, token) {
        const params: lsp.ReferenceParams = { ...c.toDocumentPosition(d, position), context: { includeDeclaration: context.includeDeclaration } };
        return (await request<lsp.Location[]>('textDocument/references', params, token))?.map(c.asLocation);
      },
    }));
  }

  if (caps.codeLensProvider) {
    out.push(vscode.languages.registerCodeLensProvider(selector, {
      async provideCodeLenses(d, token) {
        return (await request<lsp.CodeLens[]>('textDocument/codeLens', doc(d), token))?.map(c.asCodeLens);
      },
    }));
  }

  return out;
}
