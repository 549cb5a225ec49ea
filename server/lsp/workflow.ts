/**
 * The workflow in the editor (docs/workflow.md): "Start the minutes" on an
 * agenda, and fixes that create a document (the estimate of a job card), as
 * workspace edits that create the file and fill it. Nothing is overwritten:
 * the core picks a free name and CreateFile refuses an existing one.
 * And the requests behind the client's commands (./protocol.ts): the status
 * report, the actions as CSV or iCalendar, a document as HTML. The server
 * makes the text; the client writes the file, so it can ask before replacing one.
 */
import type { CodeAction, WorkspaceEdit } from 'vscode-languageserver';
import { START_MINUTES_KIND } from './capabilities';
import type { Analysis, Session } from '../core/session';
import { LANGS, type Lang, type Localized } from '../core/catalog/schema';
import { buildDocument, type AgencyDocument } from '../core/document';
import { toIsoDate } from '../core/dates';
import { minutesFromAgenda } from '../core/workflow/minutes';
import { freePath, WorkflowError } from '../core/workflow/common';
import { knownClients, parseIsoWeek, statusReport } from '../core/workflow/status';
import { jobCardEstimate } from '../core/workflow/estimate';
import type { DocumentSummary } from '../core/workspaceIndex';
import { actionsToCsv, actionsToIcs, type ActionRow } from '../core/workflow/actionsExport';
import { parseMarkdown } from '../core/markdown';
import type { HtmlPageModule } from './htmlExport';
import { pathOf, uriOf } from './convert';
import type { ExportActionsRequest, ExportHtmlRequest, NewStatusRequest } from './protocol';

/** The kind of "Start the minutes": a refactoring the editor lists on the agenda (lightbulb, "Refactor…"). */
export { START_MINUTES_KIND };

const START_MINUTES: Localized = { en: 'Start the minutes', zh: '开始写会议记录', es: 'Empezar el acta' };

/** A workspace edit creating `path` with `text` (refused by the client when the file exists). */
export function createFileEdit(path: string, text: string, more: WorkspaceEdit['documentChanges'] = []): WorkspaceEdit {
  const uri = uriOf(path);
  return {
    documentChanges: [
      { kind: 'create', uri, options: { overwrite: false, ignoreIfExists: false } },
      {
        textDocument: { uri, version: null },
        edits: [{ range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, newText: text }],
      },
      ...(more ?? []),
    ],
  };
}

/** The minutes of an agenda as a workspace edit (undefined when the document is not an agenda). */
export function startMinutesEdit(
  analysis: Analysis,
  session: Session,
): { edit: WorkspaceEdit; path: string } | undefined {
  if (analysis.doc.type?.id !== 'agenda') return undefined;
  const made = minutesFromAgenda(analysis.doc);
  const path = freePath(made.path, session.options().fileExists);
  return { edit: createFileEdit(path, made.text.replace(/\n/g, analysis.doc.lines.eol)), path };
}

/** "Start the minutes", offered anywhere in an agenda. */
export function startMinutesAction(analysis: Analysis, session: Session): CodeAction | undefined {
  const made = startMinutesEdit(analysis, session);
  return made && { title: START_MINUTES[session.locale], kind: START_MINUTES_KIND, edit: made.edit };
}

/** Reads a file that is not open in the editor (the disk in Node, the client's file system in the browser); undefined when it cannot be read. */
export type ReadText = (path: string) => Promise<string | undefined>;

const BAD_WEEK: (text: string) => Localized = (t) => ({
  en: `“${t}” is not a week: write it like 2026-W48, or give a date in the week.`,
  zh: `“${t}”不是有效的周次：请写成 2026-W48，或写出该周中的一个日期。`,
  es: `«${t}» no es una semana: escríbela como 2026-W48, o indica una fecha de esa semana.`,
});
const BAD_LANG: (text: string) => Localized = (t) => ({
  en: `“${t}” is not a document language: use en, zh or es.`,
  zh: `“${t}”不是支持的文档语言：请用 en、zh 或 es。`,
  es: `«${t}» no es un idioma de documento: usa en, zh o es.`,
});
const NO_FOLDER: Localized = {
  en: 'Open a folder first: the status report is written in the workspace.',
  zh: '请先打开一个文件夹：状态报告会写入工作区。',
  es: 'Abre primero una carpeta: el informe se escribe en el espacio de trabajo.',
};
const NOT_READ: Localized = {
  en: 'This document could not be read, so it was not exported.',
  zh: '无法读取这个文档，因此没有导出。',
  es: 'No se pudo leer este documento, así que no se exportó.',
};

/** An open document's model, else one built from the file's text (closed documents are only in the index). */
async function documentAt(path: string, session: Session, read: ReadText): Promise<AgencyDocument | undefined> {
  const open = session.analysis(path);
  if (open) return open.doc;
  const text = await read(path);
  return text === undefined ? undefined : buildDocument(path, text, { locale: session.locale });
}

/**
 * `agencyDocs/newStatus`: the status report from the index, as the CLI's
 * `new status` makes it; the language of the document the report follows is
 * read from its text (the open text, else the file). A report already at the
 * path is never the answer: the next free name is.
 */
export async function newStatus(
  params: NewStatusRequest.Params,
  session: Session,
  read: ReadText,
): Promise<NewStatusRequest.Result> {
  const locale = session.locale;
  const options = session.options();
  const weekText = params.week?.trim() ? params.week : undefined;
  const week = weekText !== undefined ? parseIsoWeek(weekText, options.today.year) : undefined;
  if (weekText !== undefined && !week) return { message: BAD_WEEK(weekText)[locale] };
  if (params.lang !== undefined && !(LANGS as readonly string[]).includes(params.lang))
    return { message: BAD_LANG(params.lang)[locale] };
  const folder = params.folder ? pathOf(params.folder) : session.roots[0];
  if (!folder) return { message: NO_FOLDER[locale] };
  const docs = [...session.summaries()];
  // The report asks the language of one document (the previous report, else the client's latest); a closed
  // one is read, asynchronously, and the report made again: it reads only the index, so that is cheap.
  const langs = new Map<string, Lang>();
  let unread: string | undefined;
  const langOf = (d: DocumentSummary): Lang => {
    const known = session.analysis(d.path)?.doc.lang ?? langs.get(d.path);
    if (known) return known;
    unread = d.path;
    return locale;
  };
  // Likewise the estimate a job card states in its Estimate section (the index keeps only its `estimate:` field).
  const estimates = new Map<string, string | undefined>();
  const unreadCards = new Set<string>();
  const cardEstimate = (d: DocumentSummary): string | undefined => {
    const open = session.analysis(d.path)?.doc;
    if (open) return jobCardEstimate(open);
    if (estimates.has(d.path)) return estimates.get(d.path);
    unreadCards.add(d.path);
    return undefined;
  };
  const make = () =>
    statusReport(docs, {
      today: options.today,
      week,
      client: params.client,
      clients: session.config.clients,
      lang: params.lang as Lang | undefined,
      locale,
      langOf,
      cardEstimate,
      folder,
      exists: options.fileExists,
    });
  try {
    let made = make();
    if (unread !== undefined || unreadCards.size > 0) {
      if (unread !== undefined) langs.set(unread, (await documentAt(unread, session, read))?.lang ?? locale);
      for (const path of unreadCards) {
        const card = await documentAt(path, session, read);
        estimates.set(path, card && jobCardEstimate(card));
      }
      made = make();
    }
    return { uri: uriOf(made.path), path: made.path, text: made.text };
  } catch (e) {
    if (!(e instanceof WorkflowError)) throw e;
    // Which client: the editor lets the user pick among those the documents name.
    return {
      message: e.reason[locale],
      clients: [...knownClients(docs, session.config.clients).values()].sort((a, b) => a.localeCompare(b)),
    };
  }
}

/** A path as the user knows it: relative to the workspace folder holding it. */
function shownPath(path: string, roots: readonly string[]): string {
  const root = roots
    .filter((r) => path.startsWith(r + '/') || path.startsWith(r + '\\'))
    .sort((a, b) => b.length - a.length)[0];
  return root ? path.slice(root.length + 1).replace(/\\/g, '/') : path;
}

/** `agencyDocs/exportActions`: every action of the workspace (done ones too, in CSV), in document and line order. */
export function exportActions(params: ExportActionsRequest.Params, session: Session): ExportActionsRequest.Result {
  const today = toIsoDate(session.options().today);
  const rows: ActionRow[] = [...session.summaries()]
    .sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0))
    .flatMap((s) =>
      s.actions.map((a) => ({
        owners: a.owners,
        due: a.due,
        status: a.done
          ? ('done' as const)
          : a.due !== undefined && a.due < today
            ? ('overdue' as const)
            : ('open' as const),
        text: a.text.split('\n')[0],
        document: shownPath(s.path, session.roots),
        line: a.line + 1,
        job: a.job ?? s.job?.id,
        client: s.client,
      })),
    );
  const text = params.format === 'ics' ? actionsToIcs(rows, today) : actionsToCsv(rows);
  return {
    text,
    count:
      params.format === 'ics' ? rows.filter((r) => r.status !== 'done' && r.due !== undefined).length : rows.length,
  };
}

/** `agencyDocs/exportHtml`: the page, and its place beside the document (`minutes.md` → `minutes.html`). */
export async function exportHtml(
  params: ExportHtmlRequest.Params,
  session: Session,
  read: ReadText,
  htmlPage: () => Promise<HtmlPageModule>,
): Promise<ExportHtmlRequest.Result> {
  const path = pathOf(params.uri);
  const doc = await documentAt(path, session, read);
  if (!doc) return { message: NOT_READ[session.locale] };
  const target = path.replace(/\.(?:md|markdown)$/i, '') + '.html';
  // The page's code is a bundle of its own, loaded on the first export (./htmlExport.ts).
  const { pageHtml } = await htmlPage();
  return { uri: uriOf(target), path: target, html: pageHtml(doc, parseMarkdown(doc.text)) };
}
