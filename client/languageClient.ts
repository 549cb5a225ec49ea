/**
 * The language client, the part shared by both hosts: vscode-languageclient
 * carries documents, settings, file watching, progress and every language
 * feature between VS Code and the server, which runs in a Node process on the
 * desktop (./serverNode.ts) and in a web worker in the browser
 * (./serverWeb.ts). What is ours: the restart policy and its plain-language
 * messages (RestartPolicy), the settings the server pulls and the rule links
 * (middleware), no second outline (withoutOutline), and the workspace's files
 * for a server without a disk (./workspaceFiles.ts).
 */
import * as vscode from 'vscode';
import {
  CloseAction,
  DidOpenTextDocumentNotification,
  DocumentSymbolRequest,
  ErrorAction,
  vsdiag,
  type BaseLanguageClient,
  type DidOpenTextDocumentFeatureShape,
  type CloseHandlerResult,
  type DiagnosticCollectionProvider,
  type DiagnosticCollectionSource,
  type DynamicFeature,
  type ErrorHandler,
  type ErrorHandlerResult,
  type LanguageClientOptions,
  type StaticFeature,
} from 'vscode-languageclient';
import { serverSettings } from './settings';
import { ruleLink } from './ruleDocs';

/** After a crash the server starts again, unless it has crashed more than this often within the window. */
const MAX_RESTARTS = 4;
const RESTART_WINDOW_MS = 3 * 60_000;
/** Connection errors (a message that could not be written or read) tolerated before the server is stopped. */
const MAX_CONNECTION_ERRORS = 3;
/** The errors of writing to a server process that is gone: its close follows (RestartPolicy.closed). */
const SERVER_GONE: ReadonlySet<string> = new Set([
  'EPIPE',
  'ECONNRESET',
  'ERR_STREAM_DESTROYED',
  'ERR_STREAM_WRITE_AFTER_END',
]);

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
  reset(): void {
    this.crashes = [];
  }

  error(error: Error, _message: unknown, count: number | undefined): ErrorHandlerResult {
    this.output.error(`Talking to the server: ${error.message}`);
    // The pipe to a server that has just gone (killed, crashed): messages in flight fail to be written, and the
    // stream says so without a count. Its close follows, and closed() decides whether it starts again; shutting
    // down here left it stopped after a single crash.
    if (SERVER_GONE.has((error as NodeJS.ErrnoException).code ?? ''))
      return { action: ErrorAction.Continue, handled: true };
    if (count !== undefined && count <= MAX_CONNECTION_ERRORS) return { action: ErrorAction.Continue, handled: true };
    void tellUser(
      this.output,
      vscode.l10n.t(
        'Agency Docs lost contact with its checker, so documents are not checked. Run “Agency Docs: Restart the checker” to try again.',
      ),
    );
    return { action: ErrorAction.Shutdown, handled: true };
  }

  closed(): CloseHandlerResult {
    const now = Date.now();
    this.crashes = [...this.crashes.filter((t) => now - t < RESTART_WINDOW_MS), now];
    if (this.crashes.length <= MAX_RESTARTS) {
      return {
        action: CloseAction.Restart,
        message: 'The server stopped unexpectedly; starting it again.',
        handled: true,
      };
    }
    void tellUser(
      this.output,
      vscode.l10n.t(
        'The Agency Docs checker stopped {0} times in a few minutes, so it was not started again and documents are not checked. Run “Agency Docs: Restart the checker” to try again.',
        this.crashes.length,
      ),
    );
    return {
      action: CloseAction.DoNotRestart,
      message: `The server stopped ${this.crashes.length} times in a few minutes: not started again.`,
      handled: true,
    };
  }
}

/**
 * When each document was sent to the server (didOpen) and when its first diagnostics came back,
 * in performance.now() of the extension host: how long a user waits for the checks of a document
 * just opened (the benchmark reports it from the real VS Code run).
 */
export class OpenTiming {
  /** The first didOpen of each document and the first diagnostics after it (a document reopened keeps its first figures). */
  readonly documents = new Map<string, { openedAt: number; diagnosedAt?: number; opens: number }>();
  opened(uri: vscode.Uri): void {
    const d = this.documents.get(uri.toString());
    if (d) d.opens++;
    else this.documents.set(uri.toString(), { openedAt: performance.now(), opens: 1 });
  }
  diagnosed(uri: vscode.Uri): void {
    const d = this.documents.get(uri.toString());
    if (d && d.diagnosedAt === undefined) d.diagnosedAt = performance.now();
  }
}

/** The extension's one record of open latency (both hosts' clients write to it). */
export const openTiming = new OpenTiming();

/**
 * Where documents come from: the disk, new files, github.dev and Remote Repositories (`vscode-vfs`),
 * code-server and other VS Code servers seen from a browser (`vscode-remote`), @vscode/test-web. Not `git:`
 * and other read-only views of old versions, which would fill the Problems panel twice.
 */
export const DOCUMENT_SCHEMES = ['file', 'untitled', 'vscode-vfs', 'vscode-remote', 'vscode-test-web'];

/**
 * Sends the `didOpen` of the Markdown documents open when the server comes up, at once, and then of a document
 * as soon as it is shown. vscode-languageclient sends, when the server is up, the `didOpen` of the documents
 * already open that have a visible tab, and holds back the others until its next message to the server. In a
 * window just started the document the user opened is often loaded before its tab is drawn: its `didOpen`
 * then waited for the status bar's first request (150 ms after the editor became active, more on a busy
 * machine), or for its editor to appear (200-600 ms after the server was up, in the real VS Code run at load
 * 5-12). The held-back documents are those the library would send with its next message anyway: sent now,
 * the one the user opened is checked while its tab is drawn. Only for the window's start (the first 10
 * seconds after the server is up): later documents are sent as they open.
 */
export function sendOpensWhenShown(client: BaseLanguageClient): vscode.Disposable {
  let listening: vscode.Disposable | undefined;
  const stop = () => {
    listening?.dispose();
    listening = undefined;
  };
  const timer = setTimeout(stop, 10_000);
  /** `open`: the documents open in the window; else those shown in an editor. */
  const send = (among: 'open' | 'shown') => {
    if (!client.isRunning()) return;
    // The library's feature has the method (public in its class); the shape it is typed by does not.
    const feature = client.getFeature(DidOpenTextDocumentNotification.method) as DidOpenTextDocumentFeatureShape & {
      sendPendingOpenNotifications?: () => Promise<boolean>;
    };
    const sent = new Set([...feature.openDocuments].map((d) => d.uri.toString()));
    const documents =
      among === 'open' ? vscode.workspace.textDocuments : vscode.window.visibleTextEditors.map((e) => e.document);
    const waiting = documents.some(
      (d) => d.languageId === 'markdown' && DOCUMENT_SCHEMES.includes(d.uri.scheme) && !sent.has(d.uri.toString()),
    );
    if (waiting) {
      void feature.sendPendingOpenNotifications?.().catch(() => undefined);
      stop();
    }
  };
  listening = vscode.window.onDidChangeVisibleTextEditors(() => send('shown'));
  send('open');
  return new vscode.Disposable(() => {
    clearTimeout(timer);
    stop();
  });
}

/** A rule code links the rule reference file; in VS Code it opens that reference rendered, at the rule (./ruleDocs.ts). */
function linkRules(diagnostics: readonly vscode.Diagnostic[]): void {
  for (const d of diagnostics)
    if (typeof d.code === 'object') d.code = { value: d.code.value, target: ruleLink(d.code.target) };
}

/**
 * One collection for the diagnostics the server pushes and those the library pulls (it asks for two by default):
 * the server pushes a document's until it is first pulled (the library pulls once its tab is shown), then answers
 * pulls, and pushes closed documents' problems; in one collection each set replaces the one before
 * (server/lsp/diagnostics.ts, pushUntilPulled). The server is told so at `initialize` (`diagnosticsShared`).
 */
export function sharedDiagnostics(): DiagnosticCollectionProvider {
  let shared: { collection: vscode.DiagnosticCollection; users: Set<DiagnosticCollectionSource> } | undefined;
  return {
    create(name, source) {
      shared ??= { collection: vscode.languages.createDiagnosticCollection(name), users: new Set() };
      shared.users.add(source);
      return shared.collection;
    },
    dispose(collection, source) {
      if (shared?.collection !== collection) {
        collection.dispose();
        return;
      }
      shared.users.delete(source);
      if (shared.users.size > 0) return;
      collection.dispose();
      shared = undefined;
    },
  };
}

/** The client's options in both hosts. */
export function clientOptions(
  context: vscode.ExtensionContext,
  output: vscode.LogOutputChannel,
  policy: RestartPolicy,
): LanguageClientOptions {
  return {
    documentSelector: DOCUMENT_SCHEMES.map((scheme) => ({ language: 'markdown', scheme })),
    diagnosticCollectionName: 'agencyDocs',
    diagnosticCollectionProvider: sharedDiagnostics(),
    outputChannel: output,
    errorHandler: policy,
    initializationOptions: () => ({
      locale: vscode.env.language,
      settings: serverSettings(),
      // The rule reference's folder inside the installed extension: a file on the desktop, a web address in the browser.
      rulesDocs: vscode.Uri.joinPath(context.extensionUri, 'docs').toString(),
      // Pushed and pulled diagnostics share one collection (sharedDiagnostics).
      diagnosticsShared: true,
    }),
    middleware: {
      didOpen: (document, next) => {
        openTiming.opened(document.uri);
        return next(document);
      },
      // Diagnostics come pushed (closed documents, the configuration file) or, for open documents, pulled: the
      // server offers the pull (LSP 3.17) and the library asks after each change (docs/architecture.md, "Publishing").
      handleDiagnostics: (uri, diagnostics, next) => {
        openTiming.diagnosed(uri);
        linkRules(diagnostics);
        next(uri, diagnostics);
      },
      provideDiagnostics: async (document, previousResultId, token, next) => {
        const report = await next(document, previousResultId, token);
        if (report) openTiming.diagnosed(document instanceof vscode.Uri ? document : document.uri);
        if (report?.kind === vsdiag.DocumentDiagnosticReportKind.full) linkRules(report.items);
        return report;
      },
      workspace: {
        // The server pulls the `agencyDocs` section: it gets only what the user set (see ./settings.ts), not VS Code's defaults.
        configuration: async (params, token, next) => {
          const answers = await next(params, token);
          if (!Array.isArray(answers)) return answers;
          return params.items.map((item, i) =>
            item.section === 'agencyDocs'
              ? serverSettings(item.scopeUri ? vscode.Uri.parse(item.scopeUri) : undefined)
              : answers[i],
          );
        },
      },
    },
  };
}

/**
 * A language client class without the document-symbol feature: VS Code's Markdown extension already gives the
 * Outline and breadcrumbs their headings, and a second tree would double every one of them ("Decisions
 * Decisions"). Not registering the feature means the client neither announces nor asks for symbols; other
 * editors keep the server's. Features are registered in the constructor, hence a class, for both hosts.
 */
export function withoutOutline<
  C extends new (
    // biome-ignore lint/suspicious/noExplicitAny: a mixin's constructor takes any arguments (TypeScript requires any[] here)
    ...args: any[]
    // biome-ignore lint/suspicious/noExplicitAny: features of every kind are registered through this one method
  ) => { registerFeature(feature: StaticFeature | DynamicFeature<any>): void },
>(Client: C): C {
  return class extends Client {
    override registerFeature(feature: StaticFeature | DynamicFeature<unknown>): void {
      if ('registrationType' in feature && feature.registrationType.method === DocumentSymbolRequest.method) return;
      super.registerFeature(feature);
    }
  };
}
