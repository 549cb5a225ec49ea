/**
 * The workflow commands (docs/workflow.md): "Start the minutes" on an agenda,
 * "New status report", "Export action items…" and "Export as HTML". The
 * server makes the documents (server/lsp/workflow.ts); this file asks the
 * user what is needed, writes the files and opens them. An existing file is
 * never replaced without asking.
 */
import * as vscode from 'vscode';
import type { BaseLanguageClient as LanguageClient } from 'vscode-languageclient';
import {
  DocumentStatusRequest,
  ExportActionsRequest,
  ExportHtmlRequest,
  NewStatusRequest,
} from '../server/lsp/protocol';

/** The code action kind the server gives "Start the minutes" (server/lsp/workflow.ts). */
const START_MINUTES_KIND = 'refactor.agencyDocs.startMinutes';
/** The context key the menus read: the active editor's document type (`agenda`, `minutes`…), empty for other documents. */
const TYPE_CONTEXT = 'agencyDocs.documentType';

type Client = () => LanguageClient | undefined;

async function exists(uri: vscode.Uri): Promise<boolean> {
  try {
    await vscode.workspace.fs.stat(uri);
    return true;
  } catch {
    return false;
  }
}

function utf8(text: string): Uint8Array {
  return new TextEncoder().encode(text);
}

/** The document a command is for: the one given (menus pass its URI), else the active editor's. */
function targetOf(uri: unknown): vscode.Uri | undefined {
  if (uri instanceof vscode.Uri) return uri;
  if (typeof uri === 'string') return vscode.Uri.parse(uri);
  return vscode.window.activeTextEditor?.document.uri;
}

function running(client: Client): LanguageClient | undefined {
  const c = client();
  if (!c)
    void vscode.window.showErrorMessage(
      vscode.l10n.t('Agency Docs could not start its checker, so documents are not checked.'),
    );
  return c;
}

/** "Start the minutes": the server's code action on the agenda, applied; the new minutes saved and opened. */
export async function startMinutes(client: Client, uri?: unknown): Promise<vscode.Uri | undefined> {
  const target = targetOf(uri);
  if (!target) {
    void vscode.window.showInformationMessage(vscode.l10n.t('Open an agenda first: the minutes are made from it.'));
    return undefined;
  }
  if (!running(client)) return undefined;
  // Opened so the server has it (it answers code actions for open documents).
  const agenda = await vscode.workspace.openTextDocument(target);
  const actions = await vscode.commands.executeCommand<(vscode.CodeAction | vscode.Command)[]>(
    'vscode.executeCodeActionProvider',
    agenda.uri,
    new vscode.Range(0, 0, 0, 0),
    START_MINUTES_KIND,
  );
  const action = actions?.find(
    (a): a is vscode.CodeAction => 'edit' in a && a.edit !== undefined && a.kind?.value === START_MINUTES_KIND,
  );
  if (!action?.edit) {
    void vscode.window.showInformationMessage(
      vscode.l10n.t('This document is not an agenda, so there are no minutes to start from it.'),
    );
    return undefined;
  }
  // The edit creates one file and fills it: that file is the minutes.
  const created = action.edit
    .entries()
    .map(([u]) => u)
    .find((u) => u.toString() !== agenda.uri.toString());
  if (!(await vscode.workspace.applyEdit(action.edit, { isRefactoring: true })) || !created) {
    void vscode.window.showErrorMessage(
      vscode.l10n.t('The minutes could not be created (a file of that name may have appeared meanwhile). Try again.'),
    );
    return undefined;
  }
  const minutes = await vscode.workspace.openTextDocument(created);
  await minutes.save();
  await vscode.window.showTextDocument(minutes);
  return created;
}

/** What the "New status report" command may be given instead of asking (other extensions, tests). */
export interface NewStatusArgs {
  client?: string;
  week?: string;
  lang?: string;
  folder?: string;
}

function isoDate(d: Date): string {
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
}

/** Which week: this one, the last, the next, or one typed in (`2026-W48`). A date in the week stands for it. */
async function pickWeek(): Promise<string | undefined> {
  const day = (offset: number) => {
    const d = new Date();
    d.setDate(d.getDate() + offset);
    return d;
  };
  const monday = (d: Date) => {
    const m = new Date(d);
    m.setDate(d.getDate() - ((d.getDay() + 6) % 7));
    return m.toLocaleDateString(vscode.env.language);
  };
  const items = [
    {
      label: vscode.l10n.t('This week'),
      description: vscode.l10n.t('week of {0}', monday(day(0))),
      week: isoDate(day(0)),
    },
    {
      label: vscode.l10n.t('Last week'),
      description: vscode.l10n.t('week of {0}', monday(day(-7))),
      week: isoDate(day(-7)),
    },
    {
      label: vscode.l10n.t('Next week'),
      description: vscode.l10n.t('week of {0}', monday(day(7))),
      week: isoDate(day(7)),
    },
    { label: vscode.l10n.t('Another week…'), week: '' },
  ];
  const picked = await vscode.window.showQuickPick(items, {
    title: vscode.l10n.t('New status report'),
    placeHolder: vscode.l10n.t('Which week does the report cover?'),
  });
  if (!picked) return undefined;
  if (picked.week) return picked.week;
  return vscode.window.showInputBox({
    title: vscode.l10n.t('New status report'),
    prompt: vscode.l10n.t('The week, like 2026-W48'),
    validateInput: (v) =>
      /^\s*\d{4}-?W\d{1,2}\s*$/i.test(v) ? undefined : vscode.l10n.t('Write the week like 2026-W48.'),
  });
}

/**
 * "New status report": the server gathers it from the workspace; when the
 * documents are for several clients the user picks one. The file is created
 * (never over an existing one) and opened.
 */
export async function newStatusReport(client: Client, args?: NewStatusArgs): Promise<vscode.Uri | undefined> {
  const c = running(client);
  if (!c) return undefined;
  const activeFolder =
    vscode.window.activeTextEditor && vscode.workspace.getWorkspaceFolder(vscode.window.activeTextEditor.document.uri);
  const folder = args?.folder ?? (activeFolder ?? vscode.workspace.workspaceFolders?.[0])?.uri.toString();
  const week = args ? args.week : await pickWeek();
  if (!args && week === undefined) return undefined;
  const params: NewStatusRequest.Params = { client: args?.client, week, lang: args?.lang, folder };
  let made = await c.sendRequest(NewStatusRequest.type, params);
  if ('message' in made && made.clients && made.clients.length > 1 && params.client === undefined) {
    const picked = await vscode.window.showQuickPick(made.clients, {
      title: vscode.l10n.t('New status report'),
      placeHolder: vscode.l10n.t('Which client is the report for?'),
    });
    if (!picked) return undefined;
    made = await c.sendRequest(NewStatusRequest.type, { ...params, client: picked });
  }
  if ('message' in made) {
    void vscode.window.showErrorMessage(made.message);
    return undefined;
  }
  const target = vscode.Uri.parse(made.uri);
  if (await exists(target)) {
    void vscode.window.showErrorMessage(
      vscode.l10n.t('{0} already exists, so it was not replaced.', vscode.workspace.asRelativePath(target)),
    );
    return undefined;
  }
  await vscode.workspace.fs.writeFile(target, utf8(made.text));
  await vscode.window.showTextDocument(await vscode.workspace.openTextDocument(target));
  return target;
}

/** What "Export action items…" may be given instead of asking. */
export interface ExportActionsArgs {
  format?: 'csv' | 'ics';
  target?: vscode.Uri | string;
}

/** "Export action items…": CSV (Excel, Sheets) or iCalendar (calendars), where the user says. */
export async function exportActionItems(client: Client, args?: ExportActionsArgs): Promise<vscode.Uri | undefined> {
  const c = running(client);
  if (!c) return undefined;
  let format = args?.format;
  if (!format) {
    const picked = await vscode.window.showQuickPick(
      [
        {
          label: vscode.l10n.t('Spreadsheet (CSV)'),
          detail: vscode.l10n.t('Every action item, one row each: opens in Excel and Google Sheets.'),
          format: 'csv' as const,
        },
        {
          label: vscode.l10n.t('Calendar (iCalendar .ics)'),
          detail: vscode.l10n.t('Open action items with a due date, as all-day events; importing again updates them.'),
          format: 'ics' as const,
        },
      ],
      { title: vscode.l10n.t('Export action items') },
    );
    if (!picked) return undefined;
    format = picked.format;
  }
  let target = typeof args?.target === 'string' ? vscode.Uri.parse(args.target) : args?.target;
  if (!target) {
    const folder = vscode.workspace.workspaceFolders?.[0]?.uri;
    const name = format === 'csv' ? 'action-items.csv' : 'action-items.ics';
    // The save dialog asks before replacing a file.
    target = await vscode.window.showSaveDialog({
      title: vscode.l10n.t('Export action items'),
      defaultUri: folder ? vscode.Uri.joinPath(folder, name) : undefined,
      filters:
        format === 'csv'
          ? { [vscode.l10n.t('Spreadsheet (CSV)')]: ['csv'] }
          : { [vscode.l10n.t('Calendar (iCalendar .ics)')]: ['ics'] },
    });
    if (!target) return undefined;
  }
  const out = await c.sendRequest(ExportActionsRequest.type, { format });
  await vscode.workspace.fs.writeFile(target, utf8(out.text));
  void vscode.window.showInformationMessage(
    vscode.l10n.t('Exported {0} action items to {1}.', out.count, vscode.workspace.asRelativePath(target)),
  );
  return target;
}

/** What "Export as HTML" may be given: `open: false` writes the page without opening the browser. */
export interface ExportHtmlOptions {
  open?: boolean;
}

/**
 * "Export as HTML": the page beside the document (asking before replacing
 * one; a document that is not a file gets a save dialog), then opened in the
 * browser to print or copy into a mail.
 */
export async function exportAsHtml(
  client: Client,
  uri?: unknown,
  options: ExportHtmlOptions = {},
): Promise<vscode.Uri | undefined> {
  const source = targetOf(uri);
  if (!source) {
    void vscode.window.showInformationMessage(vscode.l10n.t('Open a document first: it is the one exported.'));
    return undefined;
  }
  const c = running(client);
  if (!c) return undefined;
  await vscode.workspace.openTextDocument(source);
  const page = await c.sendRequest(ExportHtmlRequest.type, { uri: source.toString() });
  if ('message' in page) {
    void vscode.window.showErrorMessage(page.message);
    return undefined;
  }
  let target: vscode.Uri | undefined = vscode.Uri.parse(page.uri);
  if (source.scheme === 'untitled') {
    target = await vscode.window.showSaveDialog({
      title: vscode.l10n.t('Export as HTML'),
      filters: { HTML: ['html'] },
    });
    if (!target) return undefined;
  } else if (await exists(target)) {
    const replace = vscode.l10n.t('Replace');
    const answer = await vscode.window.showWarningMessage(
      vscode.l10n.t('{0} already exists. Replace it with the new page?', vscode.workspace.asRelativePath(target)),
      { modal: true },
      replace,
    );
    if (answer !== replace) return undefined;
  }
  await vscode.workspace.fs.writeFile(target, utf8(page.html));
  if (options.open !== false) await vscode.env.openExternal(target);
  return target;
}

/**
 * Keeps `agencyDocs.documentType` set to the active document's type, so the
 * menus offer "Start the minutes" on agendas only.
 */
class DocumentTypeContext implements vscode.Disposable {
  private timer: NodeJS.Timeout | undefined;
  private last: string | undefined = undefined;
  constructor(private readonly client: Client) {}

  update(): void {
    if (this.timer) clearTimeout(this.timer);
    this.timer = setTimeout(() => void this.refresh(), 200);
  }

  private async refresh(): Promise<void> {
    const editor = vscode.window.activeTextEditor;
    const c = this.client();
    let type = '';
    if (editor && editor.document.languageId === 'markdown' && c) {
      try {
        type = (await c.sendRequest(DocumentStatusRequest.type, { uri: editor.document.uri.toString() }))?.type ?? '';
      } catch {
        type = '';
      }
    }
    if (type === this.last) return;
    this.last = type;
    await vscode.commands.executeCommand('setContext', TYPE_CONTEXT, type);
  }

  dispose(): void {
    if (this.timer) clearTimeout(this.timer);
  }
}

/** Registers the workflow commands and the context key their menus read. */
export function registerWorkflow(context: vscode.ExtensionContext, client: Client): void {
  const typeContext = new DocumentTypeContext(client);
  context.subscriptions.push(
    typeContext,
    vscode.commands.registerCommand('agencyDocs.startMinutes', (uri?: unknown) => startMinutes(client, uri)),
    vscode.commands.registerCommand('agencyDocs.newStatus', (args?: NewStatusArgs) => newStatusReport(client, args)),
    vscode.commands.registerCommand('agencyDocs.exportActions', (args?: ExportActionsArgs) =>
      exportActionItems(client, isArgs(args) ? args : undefined),
    ),
    vscode.commands.registerCommand('agencyDocs.exportHtml', (uri?: unknown, options?: ExportHtmlOptions) =>
      exportAsHtml(client, uri, options),
    ),
    vscode.window.onDidChangeActiveTextEditor(() => typeContext.update()),
    // The type can change as the user writes the front matter; diagnostics follow each check.
    vscode.languages.onDidChangeDiagnostics((e) => {
      const active = vscode.window.activeTextEditor?.document.uri.toString();
      if (active && e.uris.some((u) => u.toString() === active)) typeContext.update();
    }),
  );
  typeContext.update();
}

/** A view's title menu passes nothing; other callers pass an options object. */
function isArgs(v: unknown): v is ExportActionsArgs {
  return typeof v === 'object' && v !== null && !(v instanceof vscode.Uri) && ('format' in v || 'target' in v);
}
