/**
 * The workspace's files for a server that has no disk (the browser, a virtual
 * workspace): the client answers the server's requests (server/lsp/protocol.ts)
 * with vscode.workspace.fs, which reaches github.dev's repository, the VS Code
 * server behind code-server, or a folder opened on vscode.dev. The scan follows
 * the same rules and limits as the server's own on the desktop (server/lsp/files.ts).
 */
import * as vscode from 'vscode';
import type { BaseLanguageClient } from 'vscode-languageclient';
import { FilesExistRequest, MarkdownFilesRequest, ReadTextFileRequest } from '../server/lsp/protocol';
import { MARKDOWN_FILE, SKIPPED_FOLDERS, isUtf16, looksBinary } from '../server/lsp/scanLimits';

/** Folders listed, and files looked at, at the same time: a remote file system answers several requests at once faster than one by one. */
const PARALLEL = 8;

async function inBatches<T, R>(items: readonly T[], fn: (item: T) => Promise<R>): Promise<R[]> {
  const out: R[] = [];
  for (let i = 0; i < items.length; i += PARALLEL)
    out.push(...(await Promise.all(items.slice(i, i + PARALLEL).map(fn))));
  return out;
}

/** Markdown files under a folder; folders that are links to other folders are not followed (no loop can be detected without real paths). */
export async function markdownFiles(folder: vscode.Uri, limit: number): Promise<MarkdownFilesRequest.Result> {
  const uris: string[] = [];
  let readable = true;
  async function walk(dir: vscode.Uri, top: boolean): Promise<void> {
    if (uris.length >= limit) return;
    let entries: [string, vscode.FileType][];
    try {
      entries = await vscode.workspace.fs.readDirectory(dir);
    } catch {
      if (top) readable = false;
      return;
    }
    const folders: vscode.Uri[] = [];
    for (const [name, type] of entries) {
      if (name.startsWith('.') || SKIPPED_FOLDERS.has(name)) continue;
      if (type & vscode.FileType.Directory) {
        if (!(type & vscode.FileType.SymbolicLink)) folders.push(vscode.Uri.joinPath(dir, name));
      } else if (type & vscode.FileType.File && MARKDOWN_FILE.test(name)) {
        uris.push(vscode.Uri.joinPath(dir, name).toString());
        if (uris.length >= limit) return;
      }
    }
    await inBatches(folders, (f) => walk(f, false));
  }
  await walk(folder, true);
  return { uris: uris.slice(0, limit), readable };
}

export async function readTextFile(uri: vscode.Uri, maxBytes: number): Promise<string | null> {
  try {
    const st = await vscode.workspace.fs.stat(uri);
    if (!(st.type & vscode.FileType.File) || st.size > maxBytes) return null;
    const bytes = await vscode.workspace.fs.readFile(uri);
    if (looksBinary(bytes) || isUtf16(bytes)) return null;
    // ignoreBOM keeps a byte-order mark in the text, as Node's reading does: offsets stay the same in both hosts.
    return new TextDecoder('utf-8', { ignoreBOM: true }).decode(bytes);
  } catch {
    return null;
  }
}

/** Inside one of the workspace's folders: only there can the browser tell whether a file exists. */
function inWorkspace(uri: vscode.Uri): boolean {
  const folder = vscode.workspace.getWorkspaceFolder(uri);
  return folder !== undefined;
}

export async function filesExist(uris: readonly string[]): Promise<boolean[]> {
  return inBatches(uris, async (text) => {
    let uri: vscode.Uri;
    try {
      uri = vscode.Uri.parse(text, true);
    } catch {
      return true;
    }
    // A link out of the workspace (`/Users/…/strategy.pdf`) cannot be looked at here: it counts as there, no false finding.
    if (!inWorkspace(uri)) return true;
    try {
      await vscode.workspace.fs.stat(uri);
      return true;
    } catch (e) {
      return !(e instanceof vscode.FileSystemError && e.code === 'FileNotFound');
    }
  });
}

/** Answers the server's file requests; a folder that cannot be read is said once, in the user's words. */
export function serveWorkspaceFiles(client: BaseLanguageClient, output: vscode.LogOutputChannel): void {
  const told = new Set<string>();
  client.onRequest(MarkdownFilesRequest.type, async (p) => {
    const folder = vscode.Uri.parse(p.folder, true);
    const result = await markdownFiles(folder, p.limit);
    output.info(
      `Listed ${result.uris.length} Markdown files in ${p.folder} through the editor's file system${result.readable ? '' : ' (the folder could not be read)'}`,
    );
    if (!result.readable && !told.has(p.folder)) {
      told.add(p.folder);
      void vscode.window.showWarningMessage(
        vscode.l10n.t(
          'Agency Docs cannot read the files of “{0}” here, so only open documents are checked against each other (job numbers, links, clients).',
          folder.path.split('/').pop() || p.folder,
        ),
      );
    }
    return result;
  });
  client.onRequest(ReadTextFileRequest.type, (p) => readTextFile(vscode.Uri.parse(p.uri, true), p.maxBytes));
  client.onRequest(FilesExistRequest.type, (p) => filesExist(p.uris));
}
