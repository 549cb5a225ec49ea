/**
 * What the server answers to `initialize`: its capabilities. Kept apart from
 * the checker, which it does not need: the Node entry (./main.ts) answers
 * `initialize` from this file alone and loads the checker (./server.ts, most
 * of the bundle) right after, while the editor handles the answer
 * (docs/architecture.md, "Start-up").
 */
import { CodeActionKind, TextDocumentSyncKind, type InitializeResult } from 'vscode-languageserver';
import type { PositionEncoding } from './convert';
import { SHOW_MISSING_COMMAND } from './protocol';

/** The code action kind of fix-all (`source.fixAll.agencyDocs`, for `editor.codeActionsOnSave`). */
export const FIX_ALL_KIND = 'source.fixAll.agencyDocs';
/** The code action kind of "Start the minutes" on an agenda. */
export const START_MINUTES_KIND = `${CodeActionKind.Refactor}.agencyDocs.startMinutes`;
/** The commands the server runs (workspace/executeCommand). */
export const COMMANDS = [SHOW_MISSING_COMMAND];

export function initializeResult(encoding: PositionEncoding): InitializeResult {
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
    },
    serverInfo: { name: 'agency-docs', version: '0.1.0' },
  };
}
