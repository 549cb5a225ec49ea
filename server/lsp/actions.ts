/** `agencyDocs/workspaceActions`: the action items of the whole workspace, for the client's Action items view. */
import type { Session } from '../core/session';
import { isOwnerPlaceholder, isSampleAction } from '../core/templates';
import { otherColumns, uriOf, type PositionEncoding } from './convert';
import type { WorkspaceActionsRequest } from './protocol';

export function workspaceActions(params: WorkspaceActionsRequest.Params | undefined, session: Session, encoding: PositionEncoding = 'utf-16'): WorkspaceActionsRequest.Result {
  const today = session.options().today;
  const iso = `${today.year}-${String(today.month).padStart(2, '0')}-${String(today.day).padStart(2, '0')}`;
  // The index counts UTF-16; the client reads `character` in the negotiated encoding.
  const column = otherColumns(encoding, (path) => session.analysis(path)?.doc.text);
  return [...session.summaries()].flatMap((s) => s.actions.filter((a) => (params?.includeDone || !a.done) && !isSampleAction(actionWords(a.text))).map((a) => ({
    ...a, character: column(s.path, a.line, a.character), owners: a.owners.filter((o) => !isOwnerPlaceholder(o)), uri: uriOf(s.path), type: s.type, client: s.client,
    overdue: !a.done && a.due !== undefined && a.due < iso, dueToday: !a.done && a.due === iso,
  })));
}

/**
 * An action's words without its `@owners` and dates: what a template's sample action ("What needs doing @owner
 * due YYYY-MM-DD") is once its placeholders are taken away. The view lists no such sample as a task.
 */
function actionWords(text: string): string {
  return text.replace(/@\S+/gu, ' ').replace(/(?:due|截止|fecha límite:?)\s*[:：]?\s*(?:YYYY-MM-DD|\d{4}-\d{2}-\d{2})/giu, ' ').replace(/\s+/gu, ' ').trim();
}
