/**
 * The VS Code client: starts the bundled language server for Markdown,
 * adds the "New agency document…" command, the status bar item and the
 * action-items view. Everything else comes from the server, through the
 * small LSP client in lsp/.
 */
import * as vscode from 'vscode';
import { LspClient } from './lsp/client';
import { ActionItemsView } from './actionsView';
import { StatusItem } from './status';
import { newDocument } from './newDocument';

let client: LspClient | undefined;

function settings(scope?: vscode.Uri): Record<string, unknown> {
  const c = vscode.workspace.getConfiguration('agencyDocs', scope);
  return {
    enable: c.get('enable'), locale: c.get('locale') || undefined, rules: c.get('rules'), team: c.get('team'),
    clients: c.get('clients'), jobPattern: c.get('jobPattern') || undefined, maxFileSize: c.get('maxFileSize'), debounce: c.get('debounce'),
  };
}

/** What the extension exposes to other extensions and to its tests. */
export interface AgencyDocsApi { client: () => LspClient | undefined; actionsView: ActionItemsView }

export async function activate(context: vscode.ExtensionContext): Promise<AgencyDocsApi> {
  const output = vscode.window.createOutputChannel('Agency Docs', { log: true });
  context.subscriptions.push(output);
  client = new LspClient({
    serverModule: context.asAbsolutePath('dist/server.js'),
    selector: ['file', 'untitled', 'vscode-vfs'].map((scheme) => ({ language: 'markdown', scheme })),
    section: 'agencyDocs',
    settings,
    initializationOptions: () => ({ locale: vscode.env.language, settings: settings() }),
    output,
  });
  context.subscriptions.push(client);
  await client.start();
  const actions = new ActionItemsView(() => client);
  const status = new StatusItem(() => client);
  context.subscriptions.push(
    vscode.window.registerTreeDataProvider('agencyDocs.actions', actions),
    status,
    vscode.commands.registerCommand('agencyDocs.restartServer', async () => {
      await client?.restart();
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
