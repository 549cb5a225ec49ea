/** The server's commands (workspace/executeCommand): what the completeness lens and the status bar run. */
import type { Connection, ExecuteCommandParams } from 'vscode-languageserver';
import type { Session } from '../core/session';
import { UI } from '../core/l10n';
import { SHOW_MISSING_COMMAND } from './protocol';

export const COMMANDS = [SHOW_MISSING_COMMAND];

/** “Missing: Tone · Empty: Button”, or “Nothing is missing.”, shown to the user. */
export function executeCommand(params: ExecuteCommandParams, session: Session, connection: Connection): void {
  if (params.command !== SHOW_MISSING_COMMAND) return;
  const [missing, empty] = (params.arguments ?? []) as [string[] | undefined, string[] | undefined];
  const lang = session.locale;
  const parts: string[] = [];
  if (missing?.length) parts.push(UI.missingList[lang](missing.join(', ')));
  if (empty?.length) parts.push(UI.emptyList[lang](empty.join(', ')));
  void connection.window.showInformationMessage(parts.join(' · ') || UI.nothingMissing[lang]());
}
