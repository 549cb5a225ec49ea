/** Configuration from the client (`agencyDocs.*`) and `.agency-docs.json` in workspace folders. */
import type { Connection } from 'vscode-languageserver';
import { parseConfigText, type AgencyConfig, type ConfigProblem } from '../core/config';
import { joinPath } from '../core/paths';
import type { WorkspaceFiles } from './files';

/** The `agencyDocs` settings section, as the client sends it. */
export interface ClientSettings extends AgencyConfig {
  /** Turns every check off without uninstalling. */
  enable?: boolean;
  /** Milliseconds to wait after typing before checking. */
  debounce?: number;
  /** Problems of every agency document of the workspace (default), or of the open ones only. */
  problems?: 'workspace' | 'openFiles';
}

/** The settings as the client sends them: not trusted, checked by checkSettings before use. */
export async function pullSettings(connection: Connection, canPull: boolean): Promise<unknown> {
  if (!canPull) return undefined;
  try {
    const [value] = await connection.workspace.getConfiguration([{ section: 'agencyDocs' }]);
    return value ?? undefined;
  } catch {
    return undefined;
  }
}

/** What was read from `.agency-docs.json`: the values that fit, the file's text (for positions) and the problems. */
export interface FileConfig {
  config?: AgencyConfig;
  path?: string;
  text?: string;
  problems: ConfigProblem[];
}

/** Reads `.agency-docs.json` from the first workspace folder that has one; problems are returned, not thrown. */
export async function readFileConfig(folders: readonly string[], files: WorkspaceFiles): Promise<FileConfig> {
  for (const folder of folders) {
    const path = joinPath(folder, '.agency-docs.json');
    const read = await files.readConfig(path);
    if (!read) continue;
    if ('problem' in read) return { path, problems: [read.problem] };
    const parsed = parseConfigText(read.text);
    return { config: parsed.config, path, text: read.text, problems: parsed.problems };
  }
  return { problems: [] };
}
