/**
 * Fix-all: the server offers every safe fix of a document as one code action of the kind
 * `source.fixAll.agencyDocs`. "Fix all problems" runs it now; "Fix all problems on save" switches on VS Code's
 * `editor.codeActionsOnSave` for that kind in Markdown files (the user's settings), so it runs at every save.
 */
import * as vscode from 'vscode';

/** The server's fix-all kind (server/lsp/codeActions.ts). */
export const FIX_ALL_KIND = 'source.fixAll.agencyDocs';

/** Applies the active Markdown document's fix-all action, if it has one. */
export async function fixAll(): Promise<void> {
  const editor = vscode.window.activeTextEditor;
  if (editor?.document.languageId !== 'markdown') {
    void vscode.window.showInformationMessage(vscode.l10n.t('Open an agency document (Markdown) to fix its problems.'));
    return;
  }
  await vscode.commands.executeCommand('editor.action.codeAction', { kind: FIX_ALL_KIND, apply: 'first' });
}

/**
 * Adds our kind to `editor.codeActionsOnSave` for Markdown in the user's settings, keeping what is there. The
 * object form is VS Code's current one; an old array form is carried over into it.
 */
export async function enableFixAllOnSave(): Promise<boolean> {
  const config = vscode.workspace.getConfiguration('editor', { languageId: 'markdown' });
  const inspected = config.inspect<Record<string, string> | string[]>('codeActionsOnSave');
  const current = inspected?.globalLanguageValue ?? {};
  const asObject: Record<string, string> = Array.isArray(current)
    ? Object.fromEntries(current.map((k) => [k, 'explicit']))
    : { ...current };
  const already =
    asObject[FIX_ALL_KIND] === 'explicit' ||
    asObject[FIX_ALL_KIND] === 'always' ||
    (asObject[FIX_ALL_KIND] as unknown) === true;
  if (!already) {
    asObject[FIX_ALL_KIND] = 'explicit';
    await config.update('codeActionsOnSave', asObject, vscode.ConfigurationTarget.Global, true);
  }
  void vscode.window.showInformationMessage(
    already
      ? vscode.l10n.t('Agency Docs already fixes what it can when you save a Markdown file.')
      : vscode.l10n.t(
          'From now on, Agency Docs fixes what it can when you save a Markdown file (setting “editor.codeActionsOnSave” for Markdown).',
        ),
  );
  return !already;
}
