/** `agencyDocs/workspaceActions`: the action items of the whole workspace, for the client's Action items view. */
import type { Session } from '../core/session';
import { uriOf } from './convert';
import type { WorkspaceActionsRequest } from './protocol';

export function workspaceActions(params: WorkspaceActionsRequest.Params | undefined, session: Session): WorkspaceActionsRequest.Result {
  const today = session.options().today;
  const iso = `${today.year}-${String(today.month).padStart(2, '0')}-${String(today.day).padStart(2, '0')}`;
  return [...session.summaries()].flatMap((s) => s.actions.filter((a) => params?.includeDone || !a.done).map((a) => ({
    ...a, owners: [...a.owners], uri: uriOf(s.path), type: s.type, client: s.client, overdue: !a.done && a.due !== undefined && a.due < iso,
  })));
}
