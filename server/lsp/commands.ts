/** The server's commands (workspace/executeCommand): what the completeness lens and the status bar run. */
import type { Connection, ExecuteCommandParams } from 'vscode-languageserver';
import type { Session } from '../core/session';
import { SHOW_MISSING_COMMAND } from './protocol';

export const COMMANDS = [SHOW_MISSING_COMMAND];

/** “Missing: Tone · Empty: Button”, or “Nothing is missing.”, shown to the user. */
export function executeCommand(params: ExecuteCommandParams, session: Session, connection: Connection): void {
  if (params.command !== SHOW_MISSING_COMMAND) return;
  const [missing, empty] = (params.arguments ?? []) as [string[] | undefined, string[] | undefined];
  const lang = session.locale;
  const parts: string[] = [];
  if (missing?.length) parts.push(`${{ en: 'Missing', zh: '缺少', es: 'Faltan' }[lang]}: ${missing.join(', ')}`);
  if (empty?.length) parts.push(`${{ en: 'Empty', zh: '未填写', es: 'Vacías' }[lang]}: ${empty.join(', ')}`);
  void connection.window.showInformationMessage(parts.join(' · ') || { en: 'Nothing is missing.', zh: '没有缺少的部分。', es: 'No falta nada.' }[lang]);
}
