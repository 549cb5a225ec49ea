/**
 * The rule reference, readable: a diagnostic's rule code links the reference file in the user's language
 * (docs/rules.md, docs/rules.zh-cn.md, docs/rules.es.md, shipped in the package) at the rule's heading. Opened
 * as a plain link, VS Code would show that file's raw, editable Markdown at line 1; in VS Code the link runs
 * `agencyDocs.showRule` instead, which opens the rendered, read-only Markdown preview scrolled to the rule.
 */
import * as vscode from 'vscode';

export const SHOW_RULE_COMMAND = 'agencyDocs.showRule';

/** The reference files we ship, and the shape of a rule id (what a link may name: nothing else is opened). */
const REFERENCE_FILE = /^rules(?:\.[a-z]{2}(?:-[a-z]{2})?)?\.md$/;
const RULE_ID = /^[a-z][a-z0-9-]*$/;

/** The command link that replaces the server's link to `…/docs/rules.<lang>.md#<rule>`. */
export function ruleLink(target: vscode.Uri): vscode.Uri {
  const file = target.path.slice(target.path.lastIndexOf('/') + 1);
  if (!REFERENCE_FILE.test(file)) return target;
  return vscode.Uri.parse(
    `command:${SHOW_RULE_COMMAND}?${encodeURIComponent(JSON.stringify([file, target.fragment]))}`,
  );
}

/** The rule reference for the user's language when no link names it: the one VS Code's display language has. */
function referenceFileForUi(): string {
  const ui = vscode.env.language.toLowerCase();
  return ui.startsWith('zh') ? 'rules.zh-cn.md' : ui.startsWith('es') ? 'rules.es.md' : 'rules.md';
}

/**
 * Opens a reference file of the package, rendered, beside the document, at a rule's heading (the headings are the
 * rule ids, so the preview's own heading anchors find them). Without VS Code's Markdown extension the file opens
 * as text, read-only, at that heading.
 */
export async function showRule(extensionUri: vscode.Uri, file?: string, rule?: string): Promise<void> {
  const name = file && REFERENCE_FILE.test(file) ? file : referenceFileForUi();
  const fragment = rule && RULE_ID.test(rule) ? rule : '';
  const uri = vscode.Uri.joinPath(extensionUri, 'docs', name);
  try {
    await vscode.commands.executeCommand(
      'vscode.openWith',
      uri.with({ fragment }),
      'vscode.markdown.preview.editor',
      vscode.ViewColumn.Beside,
    );
  } catch {
    const doc = await vscode.workspace.openTextDocument(uri);
    const line = fragment ? Math.max(0, doc.getText().split('\n').indexOf(`## ${fragment}`)) : 0;
    const at = new vscode.Position(line, 0);
    await vscode.window.showTextDocument(doc, {
      viewColumn: vscode.ViewColumn.Beside,
      selection: new vscode.Range(at, at),
    });
    await vscode.commands.executeCommand('workbench.action.files.setActiveEditorReadonlyInSession');
  }
}
