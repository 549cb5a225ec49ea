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
  errors: number;
  warnings: number;
}

/** `agencyDocs/documentStatus`: an open agency document's completeness and its one-line summary; null for other documents. */
export namespace DocumentStatusRequest {
  export interface Params { uri: string }
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
  export interface Params { includeDone?: boolean }
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
  export interface Params { type: string; lang?: string }
  export type Result = string | null;
  export const type = new RequestType<Params, Result, void>('agencyDocs/template');
}

/** The server's command behind the completeness lens and the status bar: it tells what is missing. Arguments: missing, empty section names. */
export const SHOW_MISSING_COMMAND = 'agencyDocs.showMissing';
