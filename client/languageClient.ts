/**
 * The language client: vscode-languageclient runs the bundled server
 * (dist/server.js) in a Node process over IPC, and carries documents,
 * settings, file watching, progress and every language feature between it and
 * VS Code. What is ours: the restart policy and its plain-language messages
 * (RestartPolicy), the settings the server pulls, the rule links and the
 * outline (middleware).
 */
import * as vscode from 'vscode';
import {
  CloseAction, ErrorAction, LanguageClient, TransportKind,
  type CloseHandlerResult, type ErrorHandler, type ErrorHandlerResult, type LanguageClientOptions, type ServerOptions,
  type DynamicFeature, type StaticFeature,
} from 'vscode-languageclient/node';
import { DocumentSymbolRequest } from 'vscode-languageclient/node';
import { serverSettings } from './settings';
import { ruleLink } from './ruleDocs';

/** After a crash the server starts again, unless it has crashed more than this often within the window. */
const MAX_RESTARTS = 4;
const RESTART_WINDOW_MS = 3 * 60_000;
/** Connection errors (a message that could not be written or read) tolerated before the server is stopped. */
const MAX_CONNECTION_ERRORS = 3;

/** Tells the user in a sentence, with a button to the checker's log. */
async function tellUser(output: vscode.OutputChannel, message: string): Promise<void> {
  const show = vscode.l10n.t("Show the checker's log");
  if ((await vscode.window.showErrorMessage(message, show)) === show) output.show(true);
}

/**
 * When the server stops unexpectedly it starts again, up to MAX_RESTARTS times
 * in RESTART_WINDOW_MS; then it stays stopped and the user is told, in plain
 * words, how to bring it back. The library's own messages (in English, naming
 * the protocol) are logged, not shown.
 */
export class RestartPolicy implements ErrorHandler {
  private crashes: number[] = [];

  constructor(private readonly output: vscode.LogOutputChannel) {}

  /** The user restarted the checker: the crash count starts over. */
  reset(): void { this.crashes = []; }

  error(error: Error, _message: unknown, count: number | undefined): ErrorHandlerResult {
    this.output.error(`Talking to the server: ${error.message}`);
    if (count !== undefined && count <= MAX_CONNECTION_ERRORS) return { action: ErrorAction.Continue, handled: true };
    void tellUser(this.output, vscode.l10n.t('Agency Docs lost contact with its checker, so documents are not checked. Run “Agency Docs: Restart the checker” to try again.'));
    return { action: ErrorAction.Shutdown, handled: true };
  }

  closed(): CloseHandlerResult {
    const now = Date.now();
    this.crashes = [...this.crashes.filter((t) => now - t < RESTART_WINDOW_MS), now];
    if (this.crashes.length <= MAX_RESTARTS) {
      return { action: CloseAction.Restart, message: 'The server stopped unexpectedly; starting it again.', handled: true };
    }
    void tellUser(this.output, vscode.l10n.t('The Agency Docs checker stopped {0} times in a few minutes, so it was not started again and documents are not checked. Run “Agency Docs: Restart the checker” to try again.', this.crashes.length));
    return { action: CloseAction.DoNotRestart, message: `The server stopped ${this.crashes.length} times in a few minutes: not started again.`, handled: true };
  }
}

/**
 * The language client without the document-symbol feature: VS Code's Markdown extension already gives the
 * Outline and breadcrumbs their headings, and a second tree would double every one of them ("Decisions
 * Decisions"). Not registering the feature means the client neither announces nor asks for symbols; other
 * editors keep the server's.
 */
class AgencyDocsLanguageClient extends LanguageClient {
  override registerFeature(feature: StaticFeature | DynamicFeature<unknown>): void {
    if ('registrationType' in feature && feature.registrationType.method === DocumentSymbolRequest.method) return;
    super.registerFeature(feature);
  }
}

export function createLanguageClient(serverModule: string, output: vscode.LogOutputChannel, policy: RestartPolicy): LanguageClient {
  const run = {
    module: serverModule,
    transport: TransportKind.ipc,
    // In desktop VS Code the extension host's executable is Electron: this makes the server plain Node.
    options: { env: { ...process.env, ELECTRON_RUN_AS_NODE: '1' } },
  };
  const serverOptions: ServerOptions = { run, debug: { ...run, options: { ...run.options, execArgv: ['--nolazy', '--inspect=6011'] } } };
  const clientOptions: LanguageClientOptions = {
    documentSelector: ['file', 'untitled', 'vscode-vfs'].map((scheme) => ({ language: 'markdown', scheme })),
    diagnosticCollectionName: 'agencyDocs',
    outputChannel: output,
    errorHandler: policy,
    initializationOptions: () => ({ locale: vscode.env.language, settings: serverSettings() }),
    middleware: {
      // A rule code links the rule reference file; in VS Code it opens that reference rendered, at the rule (./ruleDocs.ts).
      handleDiagnostics: (uri, diagnostics, next) => {
        for (const d of diagnostics) {
          if (typeof d.code === 'object' && d.code.target.scheme === 'file') d.code = { value: d.code.value, target: ruleLink(d.code.target) };
        }
        next(uri, diagnostics);
      },
      workspace: {
        // The server pulls the `agencyDocs` section: it gets only what the user set (see ./settings.ts), not VS Code's defaults.
        configuration: async (params, token, next) => {
          const answers = await next(params, token);
          if (!Array.isArray(answers)) return answers;
          return params.items.map((item, i) => (item.section === 'agencyDocs' ? serverSettings(item.scopeUri ? vscode.Uri.parse(item.scopeUri) : undefined) : answers[i]));
        },
      },
    },
  };
  // The id `agencyDocs` makes the library follow `agencyDocs.trace.server`.
  return new AgencyDocsLanguageClient('agencyDocs', 'Agency Docs', serverOptions, clientOptions);
}
