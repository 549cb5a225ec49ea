/** Configuration from the client (`agencyDocs.*`) and `.agency-docs.json` in workspace folders. */
import type { Connection } from 'vscode-languageserver';
import { parseConfigText, type AgencyConfig } from '../core/config';
import { joinPath } from '../core/paths';
import type { WorkspaceFiles } from './files';

/** The `agencyDocs` settings section, as the client sends it. */
export interface ClientSettings extends AgencyConfig {
  /** Turns every check off without uninstalling. */
  enable?: boolean;
  /** Milliseconds to wait after typing before checking. */
  debounce?: number;
}

export async function pullSettings(connection: Connection, canPull: boolean): Promise<ClientSettings | undefined> {
  if (!canPull) return undefined;
  try {
    const [value] = await connection.workspace.getConfiguration([{ section: 'agencyDocs' }]);
    return value && typeof value === 'object' ? (value as ClientSettings) : undefined;
  } catch {
    return undefined;
  }
}

/** The file's size limit: far above any real configuration, low enough that a mistaken huge file is not read. */
const MAX_CONFIG_BYTES = 4 * 1024 * 1024;

/** Reads `.agency-docs.json` from the first workspace folder that has one; problems are returned, not thrown. */
export async function readFileConfig(folders: readonly string[], files: WorkspaceFiles): Promise<{ config?: AgencyConfig; path?: string; problem?: string }> {
  for (const folder of folders) {
    const path = joinPath(folder, '.agency-docs.json');
    const text = await files.readText(path, MAX_CONFIG_BYTES);
    if (text === undefined) continue;
    try {
      const parsed = parseConfigText(text);
      return { config: parsed.config, path, problem: parsed.problem };
    } catch (e) {
      return { path, problem: (e as Error).message };
    }
  }
  return {};
}
