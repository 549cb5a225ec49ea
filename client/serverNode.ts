/**
 * The server on the desktop: vscode-languageclient runs the bundled server
 * (dist/server.js) in a Node process over IPC. The browser build uses
 * ./serverWeb.ts instead (esbuild.mjs puts it in this file's place).
 */
import * as vscode from 'vscode';
import { LanguageClient, TransportKind, type ServerOptions } from 'vscode-languageclient/node';
import { clientOptions, withoutOutline, type RestartPolicy } from './languageClient';

/** False here; true in ./serverWeb.ts. */
export const inBrowser = false;

export function createLanguageClient(
  context: vscode.ExtensionContext,
  output: vscode.LogOutputChannel,
  policy: RestartPolicy,
): LanguageClient {
  const run = {
    module: context.asAbsolutePath('dist/server.js'),
    transport: TransportKind.ipc,
    options: {
      env: {
        ...process.env,
        // In desktop VS Code the extension host's executable is Electron: this makes the server plain Node.
        ELECTRON_RUN_AS_NODE: '1',
        // Where the server keeps V8's compiled code of its bundle between starts (server/lsp/start.ts); the
        // environment may name another folder (the benchmark's real VS Code run keeps one across runs).
        ...(process.env.AGENCY_DOCS_CODE_CACHE === undefined && context.globalStorageUri.scheme === 'file'
          ? { AGENCY_DOCS_CODE_CACHE: vscode.Uri.joinPath(context.globalStorageUri, 'code-cache').fsPath }
          : {}),
      },
    },
  };
  const serverOptions: ServerOptions = {
    run,
    debug: { ...run, options: { ...run.options, execArgv: ['--nolazy', '--inspect=6011'] } },
  };
  // The id `agencyDocs` makes the library follow `agencyDocs.trace.server`.
  return new (withoutOutline(LanguageClient))(
    'agencyDocs',
    'Agency Docs',
    serverOptions,
    clientOptions(context, output, policy),
  );
}

/** Where the server runs (for the output channel and the tests). */
export function serverPlace(): string {
  return 'node process';
}
