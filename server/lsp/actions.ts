/** `agencyDocs/workspaceActions`: the action items of the whole workspace, for the client's Action items view. */
import type { Session } from '../core/session';
import { isPlaceholderOwner, isSampleAction } from '../core/placeholders';
import { otherColumns, uriOf, type PositionEncoding } from './convert';
import type { WorkspaceActionsRequest } from './protocol';

export function workspaceActions(
  params: WorkspaceActionsRequest.Params | undefined,
  session: Session,
  encoding: PositionEncoding = 'utf-16',
): WorkspaceActionsRequest.Result {
  const today = session.options().today;
  const iso = `${today.year}-${String(today.month).padStart(2, '0')}-${String(today.day).padStart(2, '0')}`;
  // The index counts UTF-16; the client reads `character` in the negotiated encoding.
  const column = otherColumns(encoding, (path) => session.analysis(path)?.doc.text);
  // A template's sample action is no task, and its `@owner` placeholder nobody (core/placeholders.ts).
  return [...session.summaries()].flatMap((s) =>
    s.actions
      .filter((a) => (params?.includeDone || !a.done) && !isSampleAction(a.text))
      .map((a) => ({
        ...a,
        character: column(s.path, a.line, a.character),
        owners: a.owners.filter((o) => !isPlaceholderOwner(o)),
        uri: uriOf(s.path),
        type: s.type,
        client: s.client,
        overdue: !a.done && a.due !== undefined && a.due < iso,
        dueToday: !a.done && a.due === iso,
      })),
  );
}
