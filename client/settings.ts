/**
 * The `agencyDocs` settings as the server reads them. A setting the user never
 * set is left out, so that `.agency-docs.json` in the workspace decides it (its
 * team and clients above all): VS Code's defaults (`team: []`…) would
 * otherwise override the file.
 */
import * as vscode from 'vscode';
import { settingsForServer } from './settingsValues';

/** Whether the user (or the workspace) set this setting, at any level, rather than leaving VS Code's default. */
function isSet(config: vscode.WorkspaceConfiguration, key: string): boolean {
  const i = config.inspect(key);
  return (
    i !== undefined &&
    [
      i.globalValue,
      i.workspaceValue,
      i.workspaceFolderValue,
      i.globalLanguageValue,
      i.workspaceLanguageValue,
      i.workspaceFolderLanguageValue,
    ].some((v) => v !== undefined)
  );
}

export function serverSettings(scope?: vscode.Uri): Record<string, unknown> {
  const c = vscode.workspace.getConfiguration('agencyDocs', scope);
  return settingsForServer({ get: (key) => c.get(key), isSet: (key) => isSet(c, key) });
}
