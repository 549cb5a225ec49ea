/**
 * The workflow in the editor (docs/workflow.md): "Start the minutes" on an
 * agenda, and fixes that create a document (the estimate of a job card), as
 * workspace edits that create the file and fill it. Nothing is overwritten:
 * the core picks a free name and CreateFile refuses an existing one.
 */
import { CodeActionKind, type CodeAction, type WorkspaceEdit } from 'vscode-languageserver';
import type { Analysis, Session } from '../core/session';
import type { Localized } from '../core/catalog/schema';
import { minutesFromAgenda } from '../core/workflow/minutes';
import { freePath } from '../core/workflow/common';
import { uriOf } from './convert';

/** The kind of "Start the minutes": a refactoring the editor lists on the agenda (lightbulb, "Refactor…"). */
export const START_MINUTES_KIND = `${CodeActionKind.Refactor}.agencyDocs.startMinutes`;

const START_MINUTES: Localized = { en: 'Start the minutes', zh: '开始写会议记录', es: 'Empezar el acta' };

/** A workspace edit creating `path` with `text` (refused by the client when the file exists). */
export function createFileEdit(path: string, text: string, more: WorkspaceEdit['documentChanges'] = []): WorkspaceEdit {
  const uri = uriOf(path);
  return {
    documentChanges: [
      { kind: 'create', uri, options: { overwrite: false, ignoreIfExists: false } },
      { textDocument: { uri, version: null }, edits: [{ range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, newText: text }] },
      ...(more ?? []),
    ],
  };
}

/** The minutes of an agenda as a workspace edit (undefined when the document is not an agenda). */
export function startMinutesEdit(analysis: Analysis, session: Session): { edit: WorkspaceEdit; path: string } | undefined {
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
