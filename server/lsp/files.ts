/**
 * What the server reads of the workspace besides the open documents: the
 * Markdown files to index, a file's text, whether a linked file exists. On the
 * desktop Node reads the disk (./nodeFiles.ts); in the browser (github.dev,
 * vscode.dev) and for virtual workspaces the client reads them with
 * vscode.workspace.fs (ClientFiles below, requests in ./protocol.ts).
 * Paths are what `pathOf` (./convert.ts) makes of a URI.
 */
import type { Connection } from 'vscode-languageserver';
import type { ConfigProblem } from '../core/config';
import { FilesExistRequest, MarkdownFilesRequest, ReadTextFileRequest } from './protocol';
import { pathOf, uriOf } from './convert';
import { MARKDOWN_FILE, MAX_CONFIG_BYTES } from './scanLimits';

export { MAX_INDEXED_FILES } from './scanLimits';

export interface WorkspaceFiles {
  /** The Markdown files under a workspace folder; `readable` is false when the folder itself cannot be read. */
  markdownFiles(folder: string, limit: number): Promise<{ paths: string[]; readable: boolean }>;
  /** A file's text; undefined when it is missing, not a file, over `maxBytes`, binary or unreadable. */
  readText(path: string, maxBytes: number): Promise<string | undefined>;
  /** `.agency-docs.json` at this path: its text, or why it was not read; undefined when there is none. */
  readConfig(path: string): Promise<{ text: string } | { problem: ConfigProblem } | undefined>;
  /** Whether a linked file exists, answered at once (the checks are synchronous); true while unknown. */
  exists(path: string): boolean;
  /** The editor reported a file created or changed (true) or deleted (false). */
  changed(path: string, exists: boolean): void;
  /** Set by the server: earlier answers of exists() about these paths were wrong, the checks that used them should run again. */
  onChange?: (paths: string[]) => void;
}

/** How long an answer about a file the editor does not watch for us (not Markdown) is trusted. */
const EXISTS_TTL_MS = 30_000;

/**
 * The workspace through the client. exists() cannot wait for the client: it
 * answers from what the scan and the file watcher reported, or from an earlier
 * question; a path not yet known counts as existing (no false "broken link")
 * and is asked about, in one batch, and the checks run again if it is missing.
 */
export class ClientFiles implements WorkspaceFiles {
  private readonly known = new Map<string, { exists: boolean; until: number }>();
  private readonly asking = new Set<string>();
  private batch: string[] = [];
  onChange?: (paths: string[]) => void;

  constructor(private readonly connection: Connection) {}

  async markdownFiles(folder: string, limit: number): Promise<{ paths: string[]; readable: boolean }> {
    try {
      const r = await this.connection.sendRequest(MarkdownFilesRequest.type, { folder: uriOf(folder), limit });
      const paths = r.uris.map(pathOf);
      for (const p of paths) this.known.set(p, { exists: true, until: Infinity });
      return { paths, readable: r.readable };
    } catch {
      return { paths: [], readable: false };
    }
  }

  async readText(path: string, maxBytes: number): Promise<string | undefined> {
    try {
      return (await this.connection.sendRequest(ReadTextFileRequest.type, { uri: uriOf(path), maxBytes })) ?? undefined;
    } catch {
      return undefined;
    }
  }

  async readConfig(path: string): Promise<{ text: string } | undefined> {
    const text = await this.readText(path, MAX_CONFIG_BYTES);
    return text === undefined ? undefined : { text };
  }

  exists(path: string): boolean {
    const k = this.known.get(path);
    if (!k || k.until < Date.now()) this.ask(path);
    return k ? k.exists : true;
  }

  changed(path: string, exists: boolean): void {
    this.known.set(path, { exists, until: Infinity });
  }

  private ask(path: string): void {
    if (this.asking.has(path)) return;
    this.asking.add(path);
    this.batch.push(path);
    if (this.batch.length === 1) setTimeout(() => void this.flush(), 0);
  }

  private async flush(): Promise<void> {
    const paths = this.batch;
    this.batch = [];
    let answers: boolean[];
    try {
      answers = await this.connection.sendRequest(FilesExistRequest.type, { uris: paths.map(uriOf) });
    } catch {
      answers = paths.map(() => true); // no answer: keep counting them as there
    }
    const wrong: string[] = [];
    const until = Date.now() + EXISTS_TTL_MS;
    paths.forEach((p, i) => {
      this.asking.delete(p);
      const exists = answers[i] !== false;
      const before = this.known.get(p);
      if ((before ? before.exists : true) !== exists) wrong.push(p);
      this.known.set(p, { exists, until: MARKDOWN_FILE.test(p) ? Infinity : until });
    });
    if (wrong.length) this.onChange?.(wrong);
  }
}
