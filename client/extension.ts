/**
 * The VS Code client: starts the bundled language server for Markdown through
 * vscode-languageclient (./languageClient.ts), and adds the "New agency
 * document…" command, the status bar item and the Action items view, which
 * speak the protocol's extensions (server/lsp/protocol.ts). The same file is
 * the entry of both bundles: desktop (`main`, the server in Node:
 * ./serverNode.ts) and browser (`browser`, the server in a web worker:
 * esbuild.mjs puts ./serverWeb.ts in place of ./serverNode.ts).
 */
import * as vscode from 'vscode';
import type { BaseLanguageClient as LanguageClient } from 'vscode-languageclient';
import { openTiming, RestartPolicy, sendOpensWhenShown } from './languageClient';
import { createLanguageClient, inBrowser, processTiming, serverPlace } from './serverNode';
import { serveWorkspaceFiles } from './workspaceFiles';
import { ActionItemsView } from './actionsView';
import { StatusItem } from './status';
import { newDocument } from './newDocument';
import { showRule, SHOW_RULE_COMMAND } from './ruleDocs';
import { enableFixAllOnSave, fixAll } from './fixOnSave';
import { registerWorkflow } from './workflow';

/** Set by the bundle's first line (esbuild.mjs): when this file began to load. */
declare const __agencyDocsBundleStart: number | undefined;
const bundleStart = typeof __agencyDocsBundleStart === 'number' ? __agencyDocsBundleStart : undefined;

/** Milliseconds, measured in the extension host with performance.now(). */
export interface ActivationTiming {
  /** The bundle's own evaluation, from its first line to the call of activate(). */
  bundleEvaluationMs?: number;
  /** activate() from its call to its return (it does not wait for the server). */
  activateMs: number;
  /** From the call of activate() until the server's process was started (desktop: within activate()). */
  serverProcessMs?: number;
  /** From the call of activate() until the server has answered `initialize`; undefined until then. */
  serverReadyMs?: number;
  /** performance.now() when activate() was called. */
  activateStartedAt: number;
  /** Per document URI: when didOpen was sent and when its first diagnostics arrived (performance.now()). */
  documents: typeof openTiming.documents;
}

let client: LanguageClient | undefined;

/** What the extension exposes to other extensions and to its tests. */
export interface AgencyDocsApi {
  client: () => LanguageClient | undefined;
  actionsView: ActionItemsView;
  /** Resolves once the server has started (or failed to). */
  ready: Promise<void>;
  timing: ActivationTiming;
  /** Where the server runs: a Node process, or in the browser its own worker or the extension's worker. */
  serverPlace: () => string;
}

export function activate(context: vscode.ExtensionContext): AgencyDocsApi {
  const activateStart = performance.now();
  const output = vscode.window.createOutputChannel('Agency Docs', { log: true });
  const policy = new RestartPolicy(output);
  const lc = createLanguageClient(context, output, policy);
  client = lc;
  serveWorkspaceFiles(lc, output);
  context.subscriptions.push(output, lc);
  const timing: ActivationTiming = {
    activateMs: 0,
    bundleEvaluationMs: bundleStart === undefined ? undefined : activateStart - bundleStart,
    activateStartedAt: activateStart,
    documents: openTiming.documents,
  };
  const actions = new ActionItemsView(() => client);
  // In the browser what cannot be checked is said where the user looks: the status item's tooltip.
  const status = new StatusItem(
    () => client,
    inBrowser ? vscode.l10n.t('In the browser, links to files outside the workspace are not checked.') : undefined,
  );
  context.subscriptions.push(
    vscode.window.registerTreeDataProvider('agencyDocs.actions', actions),
    status,
    vscode.commands.registerCommand('agencyDocs.restartServer', async () => {
      policy.reset();
      // stop + start, which is Node's restart(); the browser's client has none.
      await lc.stop();
      await lc.start();
      actions.refresh();
      status.update();
    }),
    vscode.commands.registerCommand('agencyDocs.showOutput', () => output.show(true)),
    vscode.commands.registerCommand('agencyDocs.newDocument', (typeId?: string, lang?: string) =>
      newDocument(client, typeId, lang),
    ),
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
    // Rule links of diagnostics and settings (./ruleDocs.ts); fix-all now or on every save (./fixOnSave.ts).
    vscode.commands.registerCommand(SHOW_RULE_COMMAND, (file?: string, rule?: string) =>
      showRule(context.extensionUri, file, rule),
    ),
    vscode.commands.registerCommand('agencyDocs.fixAll', () => fixAll()),
    vscode.commands.registerCommand('agencyDocs.enableFixAllOnSave', () => enableFixAllOnSave()),
    vscode.languages.onDidChangeDiagnostics(() => {
      actions.refreshSoon();
      status.update();
    }),
    vscode.window.onDidChangeActiveTextEditor(() => status.update()),
  );
  registerWorkflow(context, () => client);
  status.update();
  // Last: the server's process is started within start() (./serverNode.ts), and competes for the CPU from then on.
  // Not awaited: activation stays short; requests sent meanwhile wait for the server.
  const ready = lc.start().then(
    () => {
      timing.serverReadyMs = performance.now() - activateStart;
      context.subscriptions.push(sendOpensWhenShown(lc));
    },
    (e: unknown) => {
      output.error(`The server did not start: ${(e as Error)?.message ?? e}`);
      void vscode.window.showErrorMessage(
        vscode.l10n.t('Agency Docs could not start its checker, so documents are not checked.'),
      );
    },
  );
  if (processTiming.startedAt !== undefined) timing.serverProcessMs = processTiming.startedAt - activateStart;
  timing.activateMs = performance.now() - activateStart;
  return { client: () => client, actionsView: actions, ready, timing, serverPlace };
}

export async function deactivate(): Promise<void> {
  await client?.stop();
  client = undefined;
}
