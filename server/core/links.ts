/**
 * Where a link in a document points, confined to the workspace (docs/robustness.md):
 * a relative link is read from the document's folder, a link that starts with `/`
 * from the workspace root (the folder holding `.agency-docs.json`, else the
 * workspace folder, else the folder checked). Whatever lands outside every root,
 * and every network path (`//host/share`, `\\host\share`), is "outside": the
 * checker never asks the file system about it.
 */
import { posix } from 'node:path';

export type LinkPlace = { readonly inside: true; readonly path: string } | { readonly inside: false };

/** Forward slashes, one drive-letter case, `.` and `..` resolved as text (never through the disk). */
function normal(p: string): string {
  const s = posix.normalize(p.replace(/\\/g, '/'));
  return /^[a-z]:/i.test(s) ? s[0].toUpperCase() + s.slice(1) : s;
}

function within(path: string, root: string): boolean {
  return path === root || path.startsWith(root.endsWith('/') ? root : root + '/');
}

/**
 * Resolves `target` (as written in the document, already URL-decoded) against the roots.
 * `roots` are absolute folders; with none, the document's own folder is the only root.
 */
export function placeOfLink(docPath: string, target: string, roots: readonly string[]): LinkPlace {
  const t = target.trim();
  // A network path: never resolved, never touched (on Windows, even a lookup connects to the host).
  if (/^[\\/]{2}/.test(t)) return { inside: false };
  const doc = normal(docPath);
  const docDir = posix.dirname(doc);
  const known = (roots.length ? roots : [docDir]).map(normal).filter((r) => r.startsWith('/') || /^[A-Z]:/.test(r));
  // The document's own root: the deepest root holding it (its folder when it is under none).
  const own = known.filter((r) => within(doc, r)).sort((a, b) => b.length - a.length)[0] ?? docDir;
  let resolved: string;
  if (/^[a-z]:[\\/]/i.test(t)) resolved = normal(t); // a Windows drive path: only allowed when it is inside a root
  else if (/^[\\/]/.test(t)) resolved = normal(own + '/' + t.replace(/^[\\/]+/, ''));
  else resolved = normal(docDir + '/' + t);
  if (!(known.length ? known : [own]).some((r) => within(resolved, r)) && !within(resolved, own)) return { inside: false };
  // Back to the document's own separators, so the file system and the index see the same path.
  return { inside: true, path: docPath.includes('\\') && !docPath.includes('/') ? resolved.replace(/\//g, '\\') : resolved };
}
