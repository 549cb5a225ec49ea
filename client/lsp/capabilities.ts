/**
 * What this client tells the server it can do: exactly what the files next
 * to this one implement, nothing more (a server may rely on any of it).
 */
import type * as lsp from 'vscode-languageserver';

const range = (from: number, to: number) => Array.from({ length: to - from + 1 }, (_, i) => from + i);

export const CLIENT_CAPABILITIES: lsp.ClientCapabilities = {
  // VS Code counts characters in UTF-16 code units, so no conversion is ever needed.
  general: { positionEncodings: ['utf-16'] },
  workspace: {
    configuration: true,
    workspaceFolders: true,
    didChangeConfiguration: { dynamicRegistration: true },
    didChangeWatchedFiles: { dynamicRegistration: true, relativePatternSupport: true },
    workspaceEdit: { documentChanges: true },
    symbol: { symbolKind: { valueSet: range(1, 26) as lsp.SymbolKind[] } },
    executeCommand: {},
  },
  // Buttons come back as the server sent them, extra properties included.
  window: { workDoneProgress: true, showMessage: { messageActionItem: { additionalPropertiesSupport: true } } },
  textDocument: {
    synchronization: { didSave: true },
    publishDiagnostics: { relatedInformation: true, tagSupport: { valueSet: [1, 2] }, codeDescriptionSupport: true, dataSupport: true },
    completion: {
      contextSupport: true,
      completionItem: {
        snippetSupport: true, commitCharactersSupport: true, documentationFormat: ['markdown', 'plaintext'],
        deprecatedSupport: true, preselectSupport: true, insertReplaceSupport: true, tagSupport: { valueSet: [1] },
      },
      completionItemKind: { valueSet: range(1, 25) as lsp.CompletionItemKind[] },
    },
    hover: { contentFormat: ['markdown', 'plaintext'] },
    documentSymbol: { hierarchicalDocumentSymbolSupport: true, symbolKind: { valueSet: range(1, 26) as lsp.SymbolKind[] } },
    codeAction: {
      codeActionLiteralSupport: { codeActionKind: { valueSet: ['', 'quickfix', 'refactor', 'refactor.extract', 'refactor.inline', 'refactor.rewrite', 'source', 'source.organizeImports', 'source.fixAll'] } },
      isPreferredSupport: true, disabledSupport: true,
    },
    foldingRange: { lineFoldingOnly: true, foldingRangeKind: { valueSet: ['comment', 'imports', 'region'] } },
    definition: { linkSupport: true },
    references: {},
    codeLens: {},
  },
};
