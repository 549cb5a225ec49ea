/** The workspace on disk, for the server in Node; documents known only by URI (a virtual workspace) are read through the client. */
import { existsSync } from 'node:fs';
import { readFile, stat } from 'node:fs/promises';
import { isUriText } from '../core/paths';
import type { ConfigProblem } from '../core/config';
import { readConfigFile } from '../node/configFile';
import { markdownFiles } from './scan';
import { isUtf16, looksBinary } from './scanLimits';
import type { WorkspaceFiles } from './files';

export class NodeFiles implements WorkspaceFiles {
  /** `viaClient`: for paths that are URIs of another scheme (vscode-vfs:…), which Node cannot open. */
  constructor(private readonly viaClient: WorkspaceFiles) {}

  set onChange(f: ((paths: string[]) => void) | undefined) {
    this.viaClient.onChange = f;
  }
  get onChange(): ((paths: string[]) => void) | undefined {
    return this.viaClient.onChange;
  }

  async markdownFiles(folder: string, limit: number): Promise<{ paths: string[]; readable: boolean }> {
    if (isUriText(folder)) return this.viaClient.markdownFiles(folder, limit);
    return { paths: await markdownFiles(folder, limit), readable: existsSync(folder) };
  }

  async readText(path: string, maxBytes: number): Promise<string | undefined> {
    if (isUriText(path)) return path.startsWith('untitled:') ? undefined : this.viaClient.readText(path, maxBytes);
    try {
      const st = await stat(path);
      if (!st.isFile() || st.size > maxBytes) return undefined;
      const buf = await readFile(path);
      return looksBinary(buf) || isUtf16(buf) ? undefined : buf.toString('utf8');
    } catch {
      return undefined;
    }
  }

  async readConfig(path: string): Promise<{ text: string } | { problem: ConfigProblem } | undefined> {
    if (isUriText(path)) return this.viaClient.readConfig(path);
    return existsSync(path) ? readConfigFile(path) : undefined;
  }

  exists(path: string): boolean {
    return isUriText(path) ? this.viaClient.exists(path) : existsSync(path);
  }

  changed(path: string, exists: boolean): void {
    if (isUriText(path)) this.viaClient.changed(path, exists);
  }
}
