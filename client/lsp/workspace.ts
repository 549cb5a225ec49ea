/**
 * The workspace as the server sees it: settings (pulled with
 * workspace/configuration, pushed on change), workspace folders, and the file
 * watchers the server registers dynamically.
 */
import * as vscode from 'vscode';
import type * as lsp from 'vscode-languageserver';
import type { MessageConnection } from 'vscode-jsonrpc/node';
import { notify } from './notify';

export interface WorkspaceOptions {
  /** The settings section the server reads (`agencyDocs`). */
  section: string;
  /** That section's value as the server expects it. */
  settings: (scope?: vscode.Uri) => unknown;
}

const asFolder = (f: vscode.WorkspaceFolder): lsp.WorkspaceFolder => ({ uri: f.uri.toString(), name: f.name });
export const workspaceFolders = () => vscode.workspace.workspaceFolders?.map(asFolder) ?? null;

// LSP's watch kinds are bits; its change types are not.
const WATCH = { create: 1, change: 2, delete: 4 };
const CHANGE = { created: 1, changed: 2, deleted: 3 };
/** Watcher events are gathered this long: a branch switch or a copy is one notification, not hundreds. */
const FILE_EVENT_DELAY_MS = 100;

export function syncWorkspace(connection: MessageConnection, capabilities: lsp.ServerCapabilities, options: WorkspaceOptions): vscode.Disposable[] {
  const registrations = new Map<string, vscode.Disposable>();
  const registered = (method: string) => [...registrations.keys()].some((k) => k.startsWith(method + '#'));

  connection.onRequest('workspace/configuration', (p: lsp.ConfigurationParams) => p.items.map((item) => {
    const scope = item.scopeUri ? vscode.Uri.parse(item.scopeUri) : undefined;
    if (item.section === options.section) return options.settings(scope);
    return item.section ? vscode.workspace.getConfiguration(undefined, scope).get(item.section) ?? null : null;
  }));
  connection.onRequest('workspace/workspaceFolders', workspaceFolders);

  let pending: lsp.FileEvent[] = [];
  let timer: NodeJS.Timeout | undefined;
  const fileEvent = (uri: vscode.Uri, type: number) => {
    pending.push({ uri: uri.toString(), type: type as lsp.FileChangeType });
    timer ??= setTimeout(() => {
      timer = undefined;
      const changes = pending;
      pending = [];
      notify(connection, 'workspace/didChangeWatchedFiles', { changes } satisfies lsp.DidChangeWatchedFilesParams);
    }, FILE_EVENT_DELAY_MS);
  };

  function watch(registerOptions: lsp.DidChangeWatchedFilesRegistrationOptions): vscode.Disposable {
    const watchers = registerOptions.watchers.map((w) => {
      const kind = w.kind ?? WATCH.create | WATCH.change | WATCH.delete;
      const g = w.globPattern;
      const pattern = typeof g === 'string' ? g : new vscode.RelativePattern(vscode.Uri.parse(typeof g.baseUri === 'string' ? g.baseUri : g.baseUri.uri), g.pattern);
      const watcher = vscode.workspace.createFileSystemWatcher(pattern, !(kind & WATCH.create), !(kind & WATCH.change), !(kind & WATCH.delete));
      watcher.onDidCreate((u) => fileEvent(u, CHANGE.created));
      watcher.onDidChange((u) => fileEvent(u, CHANGE.changed));
      watcher.onDidDelete((u) => fileEvent(u, CHANGE.deleted));
      return watcher;
    });
    return vscode.Disposable.from(...watchers);
  }

  // Dynamic registrations this client supports: file watchers, and two notifications it sends anyway.
  connection.onRequest('client/registerCapability', (p: lsp.RegistrationParams) => {
    const unknown: string[] = [];
    for (const r of p.registrations) {
      const key = `${r.method}#${r.id}`;
      if (r.method === 'workspace/didChangeWatchedFiles') registrations.set(key, watch(r.registerOptions as lsp.DidChangeWatchedFilesRegistrationOptions));
      else if (r.method === 'workspace/didChangeConfiguration' || r.method === 'workspace/didChangeWorkspaceFolders') registrations.set(key, new vscode.Disposable(() => undefined));
      else unknown.push(r.method);
    }
    if (unknown.length) throw new Error(`this client cannot register ${unknown.join(', ')}`);
  });
  connection.onRequest('client/unregisterCapability', (p: lsp.UnregistrationParams) => {
    for (const u of p.unregisterations) {
      const key = `${u.method}#${u.id}`;
      registrations.get(key)?.dispose();
      registrations.delete(key);
    }
  });

  const folderChanges = capabilities.workspace?.workspaceFolders?.changeNotifications;
  return [
    vscode.workspace.onDidChangeConfiguration((e) => {
      if (!e.affectsConfiguration(options.section)) return;
      notify(connection, 'workspace/didChangeConfiguration', { settings: { [options.section]: options.settings() } } satisfies lsp.DidChangeConfigurationParams);
    }),
    vscode.workspace.onDidChangeWorkspaceFolders((e) => {
      if (!folderChanges && !registered('workspace/didChangeWorkspaceFolders')) return;
      notify(connection, 'workspace/didChangeWorkspaceFolders', { event: { added: e.added.map(asFolder), removed: e.removed.map(asFolder) } } satisfies lsp.DidChangeWorkspaceFoldersParams);
    }),
    new vscode.Disposable(() => {
      if (timer) clearTimeout(timer);
      for (const r of registrations.values()) r.dispose();
      registrations.clear();
    }),
  ];
}
