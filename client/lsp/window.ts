/** What the server says to the user: log lines, messages, and progress in the status bar. */
import * as vscode from 'vscode';
import type * as lsp from 'vscode-languageserver';
import { ProgressType, type MessageConnection } from 'vscode-jsonrpc/node';

const workDone = new ProgressType<lsp.WorkDoneProgressBegin | lsp.WorkDoneProgressReport | lsp.WorkDoneProgressEnd>();

export function serveWindow(connection: MessageConnection, output: vscode.LogOutputChannel): vscode.Disposable {
  // MessageType: 1 error, 2 warning, 3 info, 4 log, 5 debug.
  connection.onNotification('window/logMessage', (p: lsp.LogMessageParams) => {
    if (p.type === 1) output.error(p.message);
    else if (p.type === 2) output.warn(p.message);
    else if (p.type === 5) output.debug(p.message);
    else output.info(p.message);
  });
  const show = (type: lsp.MessageType) =>
    type === 1 ? vscode.window.showErrorMessage : type === 2 ? vscode.window.showWarningMessage : vscode.window.showInformationMessage;
  connection.onNotification('window/showMessage', (p: lsp.ShowMessageParams) => void show(p.type)(p.message));
  // The server's showInformationMessage() is this request: it answers with the button chosen, or null once dismissed.
  connection.onRequest('window/showMessageRequest', async (p: lsp.ShowMessageRequestParams) => {
    const chosen = await show(p.type)(p.message, ...(p.actions ?? []).map((a) => a.title));
    return p.actions?.find((a) => a.title === chosen) ?? null;
  });

  // Each progress the server creates shows in the status bar from `begin` until `end` (or until this server stops).
  const running = new Set<() => void>();
  connection.onRequest('window/workDoneProgress/create', (p: lsp.WorkDoneProgressCreateParams) => {
    let report: vscode.Progress<{ message?: string }> | undefined;
    let finish!: () => void;
    const done = new Promise<void>((resolve) => { finish = resolve; });
    running.add(finish);
    const listener = connection.onProgress(workDone, p.token, (v) => {
      if (v.kind === 'begin') {
        void vscode.window.withProgress({ location: vscode.ProgressLocation.Window, title: v.title }, (progress) => {
          report = progress;
          if (v.message) progress.report({ message: v.message });
          return done;
        });
      } else if (v.kind === 'report') {
        if (v.message) report?.report({ message: v.message });
      } else {
        listener.dispose();
        running.delete(finish);
        finish();
      }
    });
    return null;
  });
  return new vscode.Disposable(() => {
    for (const f of running) f();
    running.clear();
  });
}
