/**
 * The language server: wires the core session to LSP. Each feature lives in
 * its own file; this one keeps state, configuration, the workspace scan and
 * the document lifecycle.
 */
import {
  DidChangeConfigurationNotification,
  DidChangeWatchedFilesNotification,
  DocumentDiagnosticReportKind,
  FileChangeType,
  ResponseError,
  TextDocuments,
  type Connection,
  type InitializeParams,
  type InitializeResult,
  type WorkDoneProgressReporter,
} from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { Session } from '../core/session';
import { checkSettings, langOfLocale, resolveConfig, type AgencyConfig } from '../core/config';
import { ConfigProblemReporter } from './configProblems';
import { parseIsoDay } from '../core/dates';
import {
  chooseEncoding,
  encodedDocuments,
  lastChange,
  sourceOf,
  pathOf,
  setRuleDocsFolder,
  type PositionEncoding,
} from './convert';
import { dirOf } from '../core/paths';
import { DiagnosticsPublisher } from './diagnostics';
import { nextTurn } from './scheduler';
import { WorkspaceProblems } from './workspaceProblems';
import { codeActions } from './codeActions';
import { exportActions, exportHtml, newStatus, type ReadText } from './workflow';
import { completion } from './completion';
import { hover } from './hover';
import { documentSymbols, foldingRanges, workspaceSymbols } from './symbols';
import { definition, references } from './navigation';
import { codeLenses, statusOf } from './codeLens';
import { pullSettings, readFileConfig, type ClientSettings, type FileConfig } from './settings';
import { ClientFiles, MAX_INDEXED_FILES, type WorkspaceFiles } from './files';
import { htmlPageFromClient, loadOnce, type HtmlPageLoader } from './htmlExport';
import { workspaceActions } from './actions';
import { documentTypes, template } from './templates';
import { executeCommand } from './commands';
import { initializeResult, pullsDiagnostics } from './capabilities';
import {
  DocumentStatusRequest,
  DocumentTypesRequest,
  ExportActionsRequest,
  ExportHtmlRequest,
  NewStatusRequest,
  TemplateRequest,
  WorkspaceActionsRequest,
} from './protocol';

export interface ServerOptions {
  /** Pinned "today" (tests: AGENCY_DOCS_TODAY); else the clock. */
  today?: string;
  /** The workspace's files: the disk in Node (./nodeFiles.ts); by default (the browser) the client's vscode.workspace.fs. */
  files?: (connection: Connection) => WorkspaceFiles;
  /** The folder of the rule reference, unless the client says (initializationOptions.rulesDocs). */
  ruleDocsFolder?: string;
  /** How the HTML export's code is loaded on first use: `require` in Node; by default (the browser) its text from the client. */
  htmlPage?: HtmlPageLoader;
}

/** The server's part in the start of the protocol (the Node entry, ./main.ts, answers `initialize` before loading this file). */
export interface StartedServer {
  /** Takes the client's parameters; the answer is the same whether given here or by the entry (./capabilities.ts). */
  initialize(params: InitializeParams): InitializeResult;
  /** What `initialized` starts: registrations, the configuration, the workspace index. */
  initialized(): Promise<void>;
}

/**
 * Serves `connection`. By default it answers `initialize` and `initialized` itself and starts listening; with
 * `answered`, the entry has done that (and listens already): the parameters it answered are taken at once,
 * and the entry passes `initialized` on.
 */
export function startServer(
  connection: Connection,
  serverOptions: ServerOptions = {},
  answered?: { initialize: InitializeParams },
): StartedServer {
  // Ranges of edits arrive in the negotiated encoding (utf-8 / utf-16 / utf-32).
  const documents = new TextDocuments(encodedDocuments(() => encoding));
  const pinnedToday = serverOptions.today ? parseIsoDay(serverOptions.today) : undefined;
  const files = (serverOptions.files ?? ((c) => new ClientFiles(c)))(connection);
  const htmlPage = loadOnce(serverOptions.htmlPage ?? htmlPageFromClient, connection);
  const session = new Session({
    fileExists: (p) => files.exists(p),
    today: pinnedToday ? () => pinnedToday : undefined,
  });
  let encoding: PositionEncoding = 'utf-16';
  let folders: string[] = [];
  let canPullConfig = false;
  let canWatch = false;
  let canWatchFolders = false;
  let maxFileSize = 5 * 1024 * 1024;
  /** The settings as received (not trusted) and as checked. */
  let rawSettings: unknown;
  let settings: ClientSettings | undefined;
  let fileConfig: FileConfig = { problems: [] };
  /** Settles once the configuration (settings and `.agency-docs.json`) was first read: documents are checked after it. */
  let configured: () => void = () => undefined;
  let configRead = false;
  const configLoaded = new Promise<void>((resolve) => {
    configured = () => {
      configRead = true;
      resolve();
    };
  });
  const tooLarge = new Set<string>();

  const logError = (e: unknown, where: string) => {
    connection.console.error(`agency-docs: error while ${where}: ${(e as Error)?.stack ?? e}`);
  };
  const diagnostics = new DiagnosticsPublisher(connection, documents, session, () => encoding, logError);
  const workspaceProblems = new WorkspaceProblems(
    connection,
    documents,
    session,
    () => encoding,
    (p) => files.readText(p, maxFileSize),
    logError,
    () => diagnostics.whenIdle(),
  );
  const configProblems = new ConfigProblemReporter(connection, () => encoding);
  // Only the documents that read a changed workspace fact are checked again: open ones and, for the Problems panel, closed ones.
  session.onWorkspaceChange = (stale) => {
    diagnostics.recheck(stale);
    workspaceProblems.check(stale);
  };
  // Linked files found missing (or there) after all: the documents that link to them are checked again.
  files.onChange = (paths) => session.pathsChanged(paths);

  /** Runs a handler; an exception is logged and the server keeps serving. */
  function guard<P, R>(where: string, fallback: R, fn: (p: P) => R): (p: P) => R {
    return (p: P) => {
      try {
        return fn(p);
      } catch (e) {
        logError(e, where);
        return fallback;
      }
    };
  }
  const openAnalysis = (uri: string) => (tooLarge.has(uri) ? undefined : session.analysis(pathOf(uri)));

  function initialize(params: InitializeParams): InitializeResult {
    encoding = chooseEncoding(params.capabilities.general?.positionEncodings);
    folders = (params.workspaceFolders ?? []).map((f) => pathOf(f.uri));
    if (folders.length === 0 && params.rootUri) folders = [pathOf(params.rootUri)];
    // The start-up index is to come: until it is built, a job number is not called unknown (Session.beginIndexing).
    if (folders.length) session.beginIndexing();
    canPullConfig = Boolean(params.capabilities.workspace?.configuration);
    canWatch = Boolean(params.capabilities.workspace?.didChangeWatchedFiles?.dynamicRegistration);
    canWatchFolders = Boolean(params.capabilities.workspace?.workspaceFolders);
    const init = (params.initializationOptions ?? {}) as {
      locale?: unknown;
      settings?: unknown;
      rulesDocs?: unknown;
      diagnosticsShared?: unknown;
    };
    setRuleDocsFolder(typeof init.rulesDocs === 'string' ? init.rulesDocs : serverOptions.ruleDocsFolder);
    session.setClientLocale(langOfLocale(typeof init.locale === 'string' ? init.locale : params.locale) ?? 'en');
    if (init.settings !== undefined) rawSettings = init.settings;
    // Open documents' diagnostics are pulled by a client that can be asked to pull again (./diagnostics.ts).
    diagnostics.pull = pullsDiagnostics(params.capabilities);
    // Our VS Code client keeps pushed and pulled diagnostics in one collection: a document is pushed to until it is first pulled.
    diagnostics.pushUntilPulled = diagnostics.pull && init.diagnosticsShared === true;
    workspaceProblems.openPulled = diagnostics.pull && !diagnostics.pushUntilPulled;
    applyConfiguration(false);
    return initializeResult(encoding, diagnostics.pull);
  }

  /** Takes `.agency-docs.json` as last read and the settings: values of the wrong shape are reported once and left out, the rest applies. */
  function applyConfiguration(report = true): void {
    const file = fileConfig;
    const checked = checkSettings<ClientSettings>(rawSettings);
    settings = checked.settings;
    const fromSettings: AgencyConfig | undefined = settings ? { ...settings } : undefined;
    session.setConfiguration(file.config, fromSettings);
    // Links resolve inside the workspace: the configuration's folder and the workspace folders.
    session.roots = [...new Set([...(file.path ? [dirOf(file.path)] : []), ...folders])];
    // A refused jobPattern is reported where it was written.
    const fileProblems = [...file.problems, ...resolveConfig(file.config).problems];
    const settingsProblems = [...checked.problems, ...resolveConfig(fromSettings).problems];
    // Not before the answer to `initialize`: the protocol allows no notifications then.
    if (report) {
      configProblems.publishFile(file.path, file.text, fileProblems, session.locale);
      configProblems.showSettings(settingsProblems, session.locale);
    }
    maxFileSize = session.config.maxFileSize;
    diagnostics.enabled = settings?.enable !== false;
    workspaceProblems.configure(settings?.problems ?? 'workspace', diagnostics.enabled);
    if (typeof settings?.debounce === 'number' && settings.debounce >= 0)
      diagnostics.debounceMs = Math.min(settings.debounce, 5000);
  }

  async function reloadConfiguration(): Promise<void> {
    const [pulled, file] = await Promise.all([pullSettings(connection, canPullConfig), readFileConfig(folders, files)]);
    if (pulled !== undefined) rawSettings = pulled;
    fileConfig = file;
    applyConfiguration();
    diagnostics.scheduleAll(0);
    workspaceProblems.checkAll();
  }

  async function initialized(): Promise<void> {
    if (canPullConfig)
      void connection.client.register(DidChangeConfigurationNotification.type, undefined).catch(() => undefined);
    if (canWatch) {
      void connection.client
        .register(DidChangeWatchedFilesNotification.type, {
          watchers: [{ globPattern: '**/*.{md,markdown}' }, { globPattern: '**/.agency-docs.json' }],
        })
        .catch(() => undefined);
    }
    if (canWatchFolders) {
      connection.workspace.onDidChangeWorkspaceFolders(
        guard('following workspace folders', undefined, (e) => {
          const removed = e.removed.map((f) => pathOf(f.uri));
          for (const r of removed)
            for (const s of [...session.summaries()])
              if (s.path.startsWith(r)) {
                workspaceProblems.removed(s.path);
                session.removeFile(s.path);
              }
          const added = e.added.map((f) => pathOf(f.uri));
          folders = [...folders.filter((f) => !removed.includes(f)), ...added];
          void reloadConfiguration().then(() => scanWorkspace(added));
        }),
      );
    }
    try {
      await reloadConfiguration().finally(configured);
    } finally {
      // The index begun in `initialize` is built even when the configuration could not be read.
      await scanWorkspace(folders, true);
    }
  }

  /** Indexes every Markdown file of the given workspace folders, reporting progress (`startup`: begun in `initialize`). */
  async function scanWorkspace(roots: readonly string[], startup = false): Promise<void> {
    if (roots.length === 0) return;
    if (!startup) session.beginIndexing();
    // Open documents are checked at once, against what is indexed so far; those whose facts the scan changes are checked again once, at its end.
    diagnostics.holdRechecks();
    let progress: WorkDoneProgressReporter | undefined;
    try {
      progress = await connection.window.createWorkDoneProgress();
    } catch {
      progress = undefined;
    }
    progress?.begin('Agency docs', 0, 'Indexing documents…', false);
    try {
      const listed = await Promise.all(roots.map((f) => files.markdownFiles(f, MAX_INDEXED_FILES)));
      roots.forEach((f, i) => {
        if (!listed[i].readable)
          connection.console.warn(
            `agency-docs: cannot read the folder ${f}: only open documents are checked against each other`,
          );
      });
      const paths = listed.flatMap((l) => l.paths);
      // Reads overlap in small batches. Every few milliseconds of indexing, messages get their turn, and a check of
      // an open document that is due goes first: the document the user just opened is not kept waiting by the
      // rest of the workspace (its first files are the slowest to index, while the code is new to the engine).
      const BATCH = 32;
      let slice = performance.now();
      for (let done = 0; done < paths.length; done += BATCH) {
        const batch = paths.slice(done, done + BATCH);
        const texts = await Promise.all(batch.map((p) => files.readText(p, maxFileSize)));
        for (let i = 0; i < batch.length; i++) {
          if (performance.now() - slice > 8) {
            await openDocumentsFirst();
            slice = performance.now();
          }
          indexText(batch[i], texts[i]);
        }
        if ((done / BATCH) % 4 === 0)
          progress?.report(Math.round((done / paths.length) * 100), `${done}/${paths.length}`);
      }
      connection.console.log(
        `agency-docs: indexed ${session.index.size} agency documents among ${paths.length} Markdown files`,
      );
      // Then, in the background, the findings of the documents that are not open (setting agencyDocs.problems).
      workspaceProblems.checkAll();
    } catch (e) {
      logError(e, 'indexing the workspace');
    } finally {
      progress?.done();
      session.endIndexing();
      diagnostics.releaseRechecks();
    }
  }

  async function indexFromDisk(path: string): Promise<void> {
    indexText(path, await files.readText(path, maxFileSize));
  }

  function indexText(path: string, text: string | undefined): void {
    if (text === undefined) session.removeFile(path);
    else session.indexFile(path, text);
  }

  /**
   * Lets the messages that came meanwhile be handled (two turns: the connection reads them in one and handles each
   * in a turn queued after it), then waits while a check of an open document is due.
   */
  async function openDocumentsFirst(): Promise<void> {
    for (let i = 0; i < 2; i++) await new Promise<void>((r) => nextTurn(r));
    await diagnostics.whenIdle();
  }

  documents.onDidOpen(
    guard('opening a document', undefined, (e) => {
      checkSize(e.document);
      workspaceProblems.opened(e.document.uri);
      void configLoaded.then(() => diagnostics.schedule(e.document.uri, 0));
    }),
  );
  documents.onDidChangeContent(
    guard('handling an edit', undefined, (e) => {
      // The library tells of an open as of an edit: until the configuration is read, the open's own wait checks
      // the document (a first check without `.agency-docs.json` would show findings of the wrong team or rules).
      if (checkSize(e.document) && configRead) diagnostics.schedule(e.document.uri);
    }),
  );
  documents.onDidClose(
    guard('closing a document', undefined, (e) => {
      const path = pathOf(e.document.uri);
      session.close(path);
      tooLarge.delete(e.document.uri);
      const onDisk = !e.document.uri.startsWith('untitled:');
      // With problems for the whole workspace, a closed document keeps showing them: from its text on disk, replacing the editor's.
      const keep = onDisk && workspaceProblems.active;
      diagnostics.clear(e.document.uri, !keep);
      if (onDisk)
        void indexFromDisk(path).then(() => {
          if (keep) workspaceProblems.closed(path);
        });
      else session.removeFile(path);
    }),
  );

  /** Stores the text; a document over the size limit gets one explanation instead of checks. */
  function checkSize(doc: TextDocument): boolean {
    const text = doc.getText();
    if (text.length > maxFileSize) {
      if (!tooLarge.has(doc.uri)) {
        tooLarge.add(doc.uri);
        session.close(pathOf(doc.uri));
        diagnostics.sizeNote(doc.uri, doc.version, {
          range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } },
          severity: 3,
          source: 'agency-docs',
          message: `This document is ${(text.length / 1048576).toFixed(1)} MB, over the ${(maxFileSize / 1048576).toFixed(1)} MB limit (agencyDocs.maxFileSize): it is not checked.`,
        });
      }
      return false;
    }
    if (tooLarge.delete(doc.uri)) diagnostics.sizeNote(doc.uri, doc.version, undefined);
    session.update(pathOf(doc.uri), text, doc.version, lastChange(doc), sourceOf(doc));
    return true;
  }

  connection.onDidChangeConfiguration(
    guard('reloading settings', undefined, (change) => {
      const s = (change.settings as { agencyDocs?: unknown } | null)?.agencyDocs;
      if (s !== undefined && !canPullConfig) {
        rawSettings = s;
        applyConfiguration();
        diagnostics.scheduleAll(0);
        workspaceProblems.checkAll();
      } else void reloadConfiguration();
    }),
  );

  connection.onDidChangeWatchedFiles(
    guard('following file changes', undefined, (change) => {
      let configChanged = false;
      const work: Promise<void>[] = [];
      for (const c of change.changes) {
        const path = pathOf(c.uri);
        files.changed(path, c.type !== FileChangeType.Deleted);
        if (path.endsWith('.agency-docs.json')) {
          configChanged = true;
          continue;
        }
        if (/[\\/](?:node_modules|\.git|dist|out)[\\/]/.test(path)) continue; // as the initial scan
        if (documents.get(c.uri)) continue; // open documents follow the editor, not the disk
        // Any file coming or going may be a link's target.
        if (c.type !== FileChangeType.Changed) session.pathsChanged([path]);
        if (c.type === FileChangeType.Deleted) {
          workspaceProblems.removed(path);
          session.removeFile(path);
        } else work.push(indexFromDisk(path).then(() => workspaceProblems.check([path])));
      }
      void Promise.all(work).then(() => (configChanged ? reloadConfiguration() : undefined));
    }),
  );

  // Pulled diagnostics (LSP 3.17), for clients that pull: answered once the document's latest version is checked.
  connection.languages.diagnostics.on(async (p, token) => {
    try {
      return await diagnostics.pulled(p.textDocument.uri, p.previousResultId, token, configLoaded);
    } catch (e) {
      if (e instanceof ResponseError) throw e;
      logError(e, 'answering a pull of diagnostics');
      return { kind: DocumentDiagnosticReportKind.Full, items: [] };
    }
  });
  connection.onCodeAction(
    guard('computing code actions', [], (p) =>
      openAnalysis(p.textDocument.uri)
        ? codeActions(p, session, encoding, (analysis, result, index) =>
            diagnostics.reported(p.textDocument.uri, analysis, result, index),
          )
        : [],
    ),
  );
  connection.onCompletion(
    guard('completing', [], (p) => (openAnalysis(p.textDocument.uri) ? completion(p, session, encoding) : [])),
  );
  connection.onHover(
    guard('hovering', null, (p) => (openAnalysis(p.textDocument.uri) ? hover(p, session, encoding) : null)),
  );
  connection.onDocumentSymbol(
    guard('listing symbols', [], (p) => {
      const a = openAnalysis(p.textDocument.uri);
      return a ? documentSymbols(a, encoding, session.locale) : [];
    }),
  );
  connection.onFoldingRanges(
    guard('folding', [], (p) => {
      const a = openAnalysis(p.textDocument.uri);
      return a ? foldingRanges(a) : [];
    }),
  );
  connection.onWorkspaceSymbol(guard('searching symbols', [], (p) => workspaceSymbols(p.query, session)));
  connection.onDefinition(
    guard('going to definition', [], (p) =>
      openAnalysis(p.textDocument.uri) ? definition(session, p.textDocument.uri, p.position, encoding) : [],
    ),
  );
  connection.onReferences(
    guard('finding references', [], (p) =>
      openAnalysis(p.textDocument.uri)
        ? references(session, p.textDocument.uri, p.position, encoding, p.context?.includeDeclaration ?? true)
        : [],
    ),
  );
  connection.onCodeLens(
    guard('computing lenses', [], (p) => {
      const a = openAnalysis(p.textDocument.uri);
      return a ? codeLenses(a, session, encoding, p.textDocument.uri) : [];
    }),
  );
  connection.onExecuteCommand(
    guard('running a command', undefined, (p) => executeCommand(p, session, connection, openAnalysis)),
  );

  // The protocol's extensions (./protocol.ts), for the VS Code client's status bar, Action items view and new-document command.
  connection.onRequest(
    DocumentStatusRequest.type,
    guard('computing the status', null, (p) => statusOf(openAnalysis(p.uri), session)),
  );
  connection.onRequest(
    WorkspaceActionsRequest.type,
    guard('listing actions', [], (p) => workspaceActions(p, session, encoding)),
  );
  connection.onRequest(
    DocumentTypesRequest.type,
    guard('listing types', [], () => documentTypes(session)),
  );
  connection.onRequest(
    TemplateRequest.type,
    guard('making a template', null, (p) => template(p, session)),
  );

  // The workflow's requests (./workflow.ts): the client writes what they return.
  const readText: ReadText = (path) => files.readText(path, maxFileSize);
  connection.onRequest(NewStatusRequest.type, (p) => newStatus(p, session, readText));
  connection.onRequest(ExportActionsRequest.type, (p) => exportActions(p, session));
  connection.onRequest(ExportHtmlRequest.type, (p) => exportHtml(p, session, readText, htmlPage));

  connection.onShutdown(() => undefined);
  documents.listen(connection);
  if (answered) initialize(answered.initialize);
  else {
    connection.onInitialize(initialize);
    connection.onInitialized(() => initialized());
    connection.listen();
  }
  return { initialize, initialized };
}
