/**
 * Paths of documents without Node's `path` module, so that the core also runs
 * in the browser. A document's path is a file-system path (POSIX or Windows)
 * on the desktop, or, for documents without one (github.dev's `vscode-vfs:`,
 * code-server's `vscode-remote:`, `untitled:`), the document's URI text as
 * the editor sent it: those are resolved as URIs, so that a link found in one
 * matches the key the other document is indexed under.
 */
import { URI, Utils } from 'vscode-uri';

const URI_TEXT = /^[a-z][a-z0-9+.-]*:/i;
const DRIVE = /^[a-z]:[\\/]/i;

/** A URI's text rather than a path (a Windows drive letter is a path). */
export function isUriText(path: string): boolean {
  return URI_TEXT.test(path) && !DRIVE.test(path);
}

function isWindowsStyle(path: string): boolean {
  return path.includes('\\') && !path.includes('/');
}

/** `a/./b/../c` → `a/c`; a leading `/` is kept; `..` above the root is dropped, as POSIX does. */
export function normalizePath(path: string): string {
  const absolute = path.startsWith('/');
  const out: string[] = [];
  for (const part of path.split('/')) {
    if (part === '' || part === '.') continue;
    if (part === '..') {
      if (out.length > 0 && out[out.length - 1] !== '..') out.pop();
      else if (!absolute) out.push('..');
    } else out.push(part);
  }
  const joined = out.join('/');
  return absolute ? '/' + joined : joined || '.';
}

/** The folder a document is in. */
export function dirOf(path: string): string {
  if (isUriText(path)) {
    try {
      return Utils.dirname(URI.parse(path)).toString();
    } catch {
      /* not a URI after all */
    }
  }
  const sep = isWindowsStyle(path) ? '\\' : '/';
  const slash = path.replace(/\\/g, '/');
  const cut = slash.replace(/\/+$/, '').lastIndexOf('/');
  if (cut < 0) return '.';
  const dir = cut === 0 ? '/' : slash.slice(0, cut);
  // `C:/x` → `C:\`, not `C:`
  const withRoot = /^[a-z]:$/i.test(dir) ? dir + '/' : dir;
  return sep === '\\' ? withRoot.replace(/\//g, '\\') : withRoot;
}

/** `to` as a relative path from the folder of `from`, to name it in a message; `to` unchanged when there is none. */
export function relativePath(from: string, to: string): string {
  const pathPart = (p: string): string | undefined => {
    if (!isUriText(p)) return p.replace(/\\/g, '/');
    try {
      return URI.parse(p).path;
    } catch {
      return undefined;
    }
  };
  if (isUriText(from) !== isUriText(to)) return to;
  if (isUriText(from)) {
    try {
      const a = URI.parse(from);
      const b = URI.parse(to);
      if (a.scheme !== b.scheme || a.authority !== b.authority) return to;
    } catch {
      return to;
    }
  }
  const a = pathPart(from);
  const b = pathPart(to);
  if (a === undefined || b === undefined) return to;
  const fromParts = normalizePath(dirOf(a)).split('/').filter(Boolean);
  const toParts = normalizePath(b).split('/').filter(Boolean);
  if (a.startsWith('/') !== b.startsWith('/')) return to;
  let common = 0;
  while (common < fromParts.length && common < toParts.length && fromParts[common] === toParts[common]) common++;
  const r = [...fromParts.slice(common).map(() => '..'), ...toParts.slice(common)].join('/');
  return r || to;
}

/** A file inside a folder (path or URI text). */
export function joinPath(folder: string, name: string): string {
  if (isUriText(folder)) {
    try {
      return Utils.joinPath(URI.parse(folder), name).toString();
    } catch {
      /* a path after all */
    }
  }
  const sep = isWindowsStyle(folder) ? '\\' : '/';
  return folder.replace(/[\\/]+$/, '') + sep + name;
}
