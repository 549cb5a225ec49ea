/**
 * The protocol's extensions: the requests our VS Code client sends beyond LSP,
 * each typed once here and imported by both the server and the client (any
 * other editor may send them too). Type-only imports from the core, so the
 * client bundle gets the method names and nothing of the server.
 */
import { RequestType } from 'vscode-jsonrpc';
import type { ActionSummary } from '../core/workspaceIndex';
import type { TypeId } from '../core/catalog/schema';

/** What the status bar and the title's code lens show for one document. */
export interface DocumentStatus {
  type?: string;
  typeName?: string;
  sectionsFilled: number;
  sectionsRequired: number;
  missingSections: string[];
  emptySections: string[];
  actionsWithoutOwner: number;
  actionsWithoutDue: number;
  openActions: number;
  /** Placeholders of templates and fixes still to fill in (`<budget>`, `@owner`): not done. */
  placeholders: number;
  /** Errors and warnings not counted above (a broken link, a date in the past…). */
  problems: number;
  errors: number;
  warnings: number;
  /** What is not done, one line each, in the user's language: what a click on the lens or the status bar shows; empty when complete. */
  details: string[];
}

/** `agencyDocs/documentStatus`: an open agency document's completeness and its one-line summary; null for other documents. */
export namespace DocumentStatusRequest {
  export interface Params {
    uri: string;
  }
  export type Result = (DocumentStatus & { text: string }) | null;
  export const type = new RequestType<Params, Result, void>('agencyDocs/documentStatus');
}

/** One action item of the workspace, with the document it is in. */
export interface WorkspaceAction extends ActionSummary {
  uri: string;
  type?: TypeId;
  client?: string;
  /** Not done and due before today. */
  overdue: boolean;
  /** Not done and due today. */
  dueToday?: boolean;
}

/** `agencyDocs/workspaceActions`: the action items of every indexed document (open ones only, unless `includeDone`). */
export namespace WorkspaceActionsRequest {
  export interface Params {
    includeDone?: boolean;
  }
  export type Result = WorkspaceAction[];
  export const type = new RequestType<Params, Result, void>('agencyDocs/workspaceActions');
}

/** A document type as the "New agency document…" picker lists it. */
export interface DocumentTypeInfo {
  id: string;
  /** Its name in each document language (`en`, `zh`, `es`). */
  names: Record<string, string>;
  /** One line on what it is for, in the user's language. */
  summary: string;
}

/** `agencyDocs/types`: the document types of the catalog. */
export namespace DocumentTypesRequest {
  export type Params = Record<string, never>;
  export type Result = DocumentTypeInfo[];
  export const type = new RequestType<Params, Result, void>('agencyDocs/types');
}

/** `agencyDocs/template`: a new document of a type (id or name) in a language (`en`, `zh`, `es`; else the user's); null for an unknown type. */
export namespace TemplateRequest {
  export interface Params {
    type: string;
    lang?: string;
  }
  export type Result = string | null;
  export const type = new RequestType<Params, Result, void>('agencyDocs/template');
}

/** A workflow request that could not be done, in the user's language (not an agenda, no client named…). */
export interface WorkflowProblem {
  message: string;
}

/**
 * `agencyDocs/newStatus`: the weekly status report from the workspace index
 * (docs/workflow.md), not written: the client creates the file. `week` is
 * `2026-W48`, `W48` or any date in the week (default: this week); `folder`
 * (a URI) is where it goes when the client has no previous report.
 * When the client is not told, the problem lists the clients to choose from.
 */
export namespace NewStatusRequest {
  export interface Params {
    client?: string;
    week?: string;
    lang?: string;
    folder?: string;
  }
  export type Result = { uri: string; path: string; text: string } | (WorkflowProblem & { clients?: string[] });
  export const type = new RequestType<Params, Result, void>('agencyDocs/newStatus');
}

/** `agencyDocs/exportActions`: every action item of the workspace as CSV (UTF-8 with BOM) or iCalendar text. */
export namespace ExportActionsRequest {
  export interface Params {
    format: 'csv' | 'ics';
  }
  export interface Result {
    text: string;
    count: number;
  }
  export const type = new RequestType<Params, Result, void>('agencyDocs/exportActions');
}

/** `agencyDocs/exportHtml`: a document as one standalone HTML page, and where it goes (beside the document). */
export namespace ExportHtmlRequest {
  export interface Params {
    uri: string;
  }
  export type Result = { uri: string; path: string; html: string } | WorkflowProblem;
  export const type = new RequestType<Params, Result, void>('agencyDocs/exportHtml');
}

/** The server's command behind the completeness lens and the status bar: it tells what is missing. Argument: the document's URI. */
export const SHOW_MISSING_COMMAND = 'agencyDocs.showMissing';

// Requests the server sends to the client: the workspace's files where the server has no disk of its own
// (the browser: github.dev, vscode.dev; a virtual workspace). The client answers with vscode.workspace.fs.
// Paths are the editor's URI text.

/** `agencyDocs/markdownFiles`: the Markdown files under a workspace folder, as the server's own scan finds them (./files.ts). */
export namespace MarkdownFilesRequest {
  export interface Params {
    folder: string;
    limit: number;
  }
  export interface Result {
    uris: string[];
    /** False when the folder could not be read (no file system for its scheme…). */
    readable: boolean;
  }
  export const type = new RequestType<Params, Result, void>('agencyDocs/markdownFiles');
}

/** `agencyDocs/readTextFile`: a file's text; null when it is missing, not a file, over `maxBytes`, binary or unreadable. */
export namespace ReadTextFileRequest {
  export interface Params {
    uri: string;
    maxBytes: number;
  }
  export type Result = string | null;
  export const type = new RequestType<Params, Result, void>('agencyDocs/readTextFile');
}

/** `agencyDocs/filesExist`: for each URI, whether a file or folder is there. */
export namespace FilesExistRequest {
  export interface Params {
    uris: string[];
  }
  export type Result = boolean[];
  export const type = new RequestType<Params, Result, void>('agencyDocs/filesExist');
}

/**
 * `agencyDocs/serverScript`: the text of one of the extension's scripts that the server loads on first use, where
 * it cannot read the extension's folder itself (the browser: dist/web/<name>.js; ./htmlExport.ts); null when unknown.
 */
export namespace ServerScriptRequest {
  export interface Params {
    name: 'html';
  }
  export type Result = string | null;
  export const type = new RequestType<Params, Result, void>('agencyDocs/serverScript');
}
