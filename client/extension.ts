/**
 * The VS Code client: starts the bundled language server for Markdown,
 * adds the "New agency document…" command, the status bar item and the
 * action-items view. Everything else comes from the server.
 */
import * as vscode from 'vscode';
import { LanguageClient, TransportKind, type LanguageClientOptions, type ServerOptions } from 'vscode-languageclient/node';
import { ActionItemsView } from './actionsView';
import { StatusItem } from './status';
import { newDocument } from './newDocument';

let client: LanguageClient | undefined;

function settings(): Record<string, unknown> {
  const c = vscode.workspace.getConfiguration('agencyDocs');
  return {
    enable: c.get('enable'), locale: c.get('locale') || undefined, rules: c.get('rules'), team: c.get('team'),
    clients: c.get('clients'), jobPattern: c.get('jobPattern') || undefined, maxFileSize: c.get('maxFileSize'), debounce: c.get('debounce'),
  };
}

async function startClient(context: vscode.ExtensionContext, output: vscode.LogOutputChannel): Promise<LanguageClient> {
  const module = context.asAbsolutePath('dist/server.js');
  const serverOptions: ServerOptions = {
    run: { module, transport: TransportKind.ipc },
    debug: { module, transport: TransportKind.ipc, options: { execArgv: ['--nolazy', '--inspect=6011'] } },
  };
  const clientOptions: LanguageClientOptions = {
    documentSelector: [{ language: 'markdown', scheme: 'file' }, { language: 'markdown', scheme: 'untitled' }, { language: 'markdown', scheme: 'vscode-vfs' }],
    synchronize: {
      configurationSection: 'agencyDocs',
      fileEvents: [vscode.workspace.createFileSystemWatcher('**/*.{md,markdown}'), vscode.workspace.createFileSystemWatcher('**/.agency-docs.json')],
    },
    initializationOptions: { locale: vscode.env.language, settings: settings() },
    outputChannel: output,
    traceOutputChannel: output,
  };
  const c = new LanguageClient('agencyDocs', 'Agency Docs', serverOptions, clientOptions);
  await c.start();
  return c;
}

/** What the extension exposes to other extensions and to its tests. */
export interface AgencyDocsApi { client: () => LanguageClient | undefined; actionsView: ActionItemsView }

export async function activate(context: vscode.ExtensionContext): Promise<AgencyDocsApi> {
  const output = vscode.window.createOutputChannel('Agency Docs', { log: true });
  context.subscriptions.push(output);
  client = await startClient(context, output);
  const actions = new ActionItemsView(() => client);
  const status = new StatusItem(() => client);
  context.subscriptions.push(
    vscode.window.registerTreeDataProvider('agencyDocs.actions', actions),
    status,
    vscode.commands.registerCommand('agencyDocs.restartServer', async () => {
      await client?.stop();
      client = await startClient(context, output);
      actions.refresh();
      status.update();
    }),
    vscode.commands.registerCommand('agencyDocs.showOutput', () => output.show(true)),
    vscode.commands.registerCommand('agencyDocs.newDocument', (typeId?: string, lang?: string) => newDocument(client, typeId, lang)),
    vscode.commands.registerCommand('agencyDocs.refreshActions', () => actions.refresh()),
    vscode.commands.registerCommand('agencyDocs.groupActionsByOwner', () => actions.setGrouping('owner')),
    vscode.commands.registerCommand('agencyDocs.groupActionsByDue', () => actions.setGrouping('due')),
    vscode.commands.registerCommand('agencyDocs.revealAction', async (uri: string, line: number, character: number) => {
      const doc = await vscode.workspace.openTextDocument(vscode.Uri.parse(uri));
      const editor = await vscode.window.showTextDocument(doc);
      const pos = new vscode.Position(line, character);
      editor.selection = new vscode.Selection(pos, pos);
      editor.revealRange(new vscode.Range(pos, pos), vscode.TextEditorRevealType.InCenter);
    }),
    vscode.languages.onDidChangeDiagnostics(() => { actions.refreshSoon(); status.update(); }),
    vscode.window.onDidChangeActiveTextEditor(() => status.update()),
  );
  status.update();
  return { client: () => client, actionsView: actions };
}

export async function deactivate(): Promise<void> {
  await client?.stop();
  client = undefined;
}
