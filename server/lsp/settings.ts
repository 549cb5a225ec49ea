/** Configuration from the client (`agencyDocs.*`) and `.agency-docs.json` in workspace folders. */
import { readFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import type { Connection } from 'vscode-languageserver';
import { parseConfigText, type AgencyConfig } from '../core/config';

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

/** Reads `.agency-docs.json` from the first workspace folder that has one; problems are returned, not thrown. */
export function readFileConfig(folders: readonly string[]): { config?: AgencyConfig; path?: string; problem?: string } {
  for (const folder of folders) {
    const path = join(folder, '.agency-docs.json');
    if (!existsSync(path)) continue;
    try {
      const parsed = parseConfigText(readFileSync(path, 'utf8'));
      return { config: parsed.config, path, problem: parsed.problem };
    } catch (e) {
      return { path, problem: (e as Error).message };
    }
  }
  return {};
}
