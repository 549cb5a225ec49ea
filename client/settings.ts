/**
 * The `agencyDocs` settings as the server reads them. A setting the user never
 * set is left out, so that `.agency-docs.json` in the workspace decides it (its
 * team and clients above all): VS Code's defaults (`team: []`…) would
 * otherwise override the file.
 */
import * as vscode from 'vscode';

/** Settings that `.agency-docs.json` may also hold: sent only where the user set them. */
const SHARED_WITH_FILE = ['locale', 'rules', 'team', 'clients', 'jobPattern', 'maxFileSize'] as const;

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
  // Only the editor knows these two: always sent, defaults included.
  const out: Record<string, unknown> = { enable: c.get('enable'), debounce: c.get('debounce') };
  for (const key of SHARED_WITH_FILE) {
    if (!isSet(c, key)) continue;
    const value = c.get(key);
    // An emptied text box means "not set" (the locale then follows VS Code, the job pattern the file or the default).
    if (value === '' || value === null) continue;
    out[key] = value;
  }
  return out;
}
