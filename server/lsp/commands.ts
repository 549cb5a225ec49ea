/** The server's commands (workspace/executeCommand): what the completeness lens and the status bar run. */
import type { Connection, ExecuteCommandParams } from 'vscode-languageserver';
import type { Analysis, Session } from '../core/session';
import { UI } from '../core/l10n';
import { documentStatus } from './codeLens';
import { SHOW_MISSING_COMMAND } from './protocol';

export { COMMANDS } from './capabilities';

/**
 * “Missing: Tone · 1 action without owner: …”, or “Nothing is missing.”, shown to the user.
 * The argument is the document's URI: the list is the one the lens and the status bar count
 * (./codeLens.ts), computed now. Older clients sent the lists themselves (missing, empty section names).
 */
export function executeCommand(
  params: ExecuteCommandParams,
  session: Session,
  connection: Connection,
  analysisOf: (uri: string) => Analysis | undefined,
): void {
  if (params.command !== SHOW_MISSING_COMMAND) return;
  const args = params.arguments ?? [];
  const lang = session.locale;
  let details: string[];
  if (typeof args[0] === 'string') {
    const analysis = analysisOf(args[0]);
    if (!analysis?.doc.type) return;
    details = documentStatus(analysis, session).details;
  } else {
    const [missing, empty] = args as [unknown, unknown];
    const names = (v: unknown) => (Array.isArray(v) ? v.filter((x): x is string => typeof x === 'string') : []);
    details = [];
    if (names(missing).length) details.push(UI.missingList[lang](names(missing).join(', ')));
    if (names(empty).length) details.push(UI.emptyList[lang](names(empty).join(', ')));
  }
  void connection.window.showInformationMessage(details.join(' · ') || UI.nothingMissing[lang]());
}
