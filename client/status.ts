/** The status bar item: the active document's type and completeness; a click lists what is missing. */
import * as vscode from 'vscode';
import type { BaseLanguageClient as LanguageClient } from 'vscode-languageclient';
import { DocumentStatusRequest, SHOW_MISSING_COMMAND } from '../server/lsp/protocol';

export class StatusItem implements vscode.Disposable {
  private readonly item = vscode.window.createStatusBarItem('agencyDocs.status', vscode.StatusBarAlignment.Right, 100);
  private timer: NodeJS.Timeout | undefined;
  last: DocumentStatusRequest.Result = null;

  /** `note`: a line added to the tooltip (what does not work where the extension runs). */
  constructor(
    private readonly client: () => LanguageClient | undefined,
    private readonly note?: string,
  ) {
    this.item.name = vscode.l10n.t('Agency document status');
  }

  update(): void {
    if (this.timer) clearTimeout(this.timer);
    this.timer = setTimeout(() => void this.refresh(), 150);
  }

  async refresh(): Promise<void> {
    const editor = vscode.window.activeTextEditor;
    const c = this.client();
    if (editor?.document.languageId !== 'markdown' || !c) {
      this.item.hide();
      return;
    }
    try {
      const s = await c.sendRequest(DocumentStatusRequest.type, { uri: editor.document.uri.toString() });
      this.last = s;
      if (!s) {
        this.item.hide();
        return;
      }
      this.item.text = `$(${s.errors ? 'warning' : 'checklist'}) ${s.text}`;
      const tip = vscode.l10n.t('Click to see what is missing');
      this.item.tooltip = this.note ? `${tip}\n\n${this.note}` : tip;
      this.item.command = { title: 'show', command: SHOW_MISSING_COMMAND, arguments: [editor.document.uri.toString()] };
      this.item.show();
    } catch {
      this.item.hide();
    }
  }

  dispose(): void {
    this.item.dispose();
  }
}
