/**
 * What the server answers to `initialize`: its capabilities. Kept apart from
 * the checker, which it does not need: the Node entry (./main.ts) answers
 * `initialize` from this file alone and loads the checker (./server.ts, most
 * of the bundle) right after, while the editor handles the answer
 * (docs/architecture.md, "Start-up").
 */
import {
  CodeActionKind,
  TextDocumentSyncKind,
  type ClientCapabilities,
  type InitializeResult,
} from 'vscode-languageserver';
import type { PositionEncoding } from './convert';
import { SHOW_MISSING_COMMAND } from './protocol';

/** The code action kind of fix-all (`source.fixAll.agencyDocs`, for `editor.codeActionsOnSave`). */
export const FIX_ALL_KIND = 'source.fixAll.agencyDocs';
/** The code action kind of "Start the minutes" on an agenda. */
export const START_MINUTES_KIND = `${CodeActionKind.Refactor}.agencyDocs.startMinutes`;
/** The commands the server runs (workspace/executeCommand). */
export const COMMANDS = [SHOW_MISSING_COMMAND];

/** The identifier of the server's pulled diagnostics (vscode-languageclient names their collection after it). */
export const DIAGNOSTIC_IDENTIFIER = 'agency-docs';

/**
 * Whether the client pulls open documents' diagnostics (LSP 3.17 `textDocument/diagnostic`): only if it can also
 * be asked to pull them again (`workspace/diagnostic/refresh`), which a change in another document calls for.
 * A client that cannot be refreshed gets them pushed, as every client did before: pushed and pulled diagnostics go
 * to separate collections in the editors (VS Code, Neovim), so one document's are never sent both ways
 * (docs/architecture.md, "Publishing").
 */
export function pullsDiagnostics(capabilities: ClientCapabilities | undefined): boolean {
  return Boolean(capabilities?.textDocument?.diagnostic && capabilities.workspace?.diagnostics?.refreshSupport);
}

export function initializeResult(encoding: PositionEncoding, pull = false): InitializeResult {
  return {
    capabilities: {
      positionEncoding: encoding,
      textDocumentSync: { openClose: true, change: TextDocumentSyncKind.Incremental, save: { includeText: false } },
      codeActionProvider: {
        codeActionKinds: [CodeActionKind.QuickFix, CodeActionKind.RefactorRewrite, FIX_ALL_KIND, START_MINUTES_KIND],
        resolveProvider: false,
      },
      completionProvider: { triggerCharacters: ['@', '#', ' ', ':', '：'], resolveProvider: false },
      hoverProvider: true,
      documentSymbolProvider: true,
      workspaceSymbolProvider: true,
      foldingRangeProvider: true,
      definitionProvider: true,
      referencesProvider: true,
      codeLensProvider: { resolveProvider: false },
      executeCommandProvider: { commands: COMMANDS },
      workspace: { workspaceFolders: { supported: true, changeNotifications: true } },
      // A document's diagnostics depend on others (job numbers, clients, links), but the server asks for a
      // refresh when such a fact changes: the client need not pull every open document after each edit.
      ...(pull
        ? {
            diagnosticProvider: {
              identifier: DIAGNOSTIC_IDENTIFIER,
              interFileDependencies: false,
              workspaceDiagnostics: false,
            },
          }
        : {}),
    },
    serverInfo: { name: 'agency-docs', version: '0.1.0' },
  };
}
