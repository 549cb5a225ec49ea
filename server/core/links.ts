/**
 * Where a link in a document points, confined to the workspace (docs/robustness.md):
 * a relative link is read from the document's folder, a link that starts with `/`
 * from the workspace root (the folder holding `.agency-docs.json`, else the
 * workspace folder, else the folder checked). Whatever lands outside every root,
 * a path in the home folder (`~/…`) and every network path (`//host/share`, `\\host\share`), is "outside": the
 * checker never asks the file system about it.
 */
import { URI } from 'vscode-uri';
import { isUriText, normalizePath } from './paths';

export type LinkPlace = { readonly inside: true; readonly path: string } | { readonly inside: false };

/** Forward slashes, one drive-letter case, `.` and `..` resolved as text (never through the disk). */
function normal(p: string): string {
  const s = normalizePath(p.replace(/\\/g, '/'));
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
  if (isUriText(docPath)) return placeOfLinkInUri(docPath, target, roots);
  const t = target.trim();
  // A network path: never resolved, never touched (on Windows, even a lookup connects to the host).
  if (/^[\\/]{2}/.test(t)) return { inside: false };
  // `~/workspace/notes.md`: the writer's home folder, outside every workspace (not a folder named `~` beside the page).
  if (/^~[\\/]/.test(t)) return { inside: false };
  const doc = normal(docPath);
  const cut = doc.lastIndexOf('/');
  const docDir = cut < 0 ? '.' : cut === 0 ? '/' : doc.slice(0, cut);
  const known = (roots.length ? roots : [docDir]).map(normal).filter((r) => r.startsWith('/') || /^[A-Z]:/.test(r));
  // The document's own root: the deepest root holding it (its folder when it is under none).
  const own = known.filter((r) => within(doc, r)).sort((a, b) => b.length - a.length)[0] ?? docDir;
  let resolved: string;
  if (/^[a-z]:[\\/]/i.test(t))
    resolved = normal(t); // a Windows drive path: only allowed when it is inside a root
  else if (/^[\\/]/.test(t)) resolved = normal(own + '/' + t.replace(/^[\\/]+/, ''));
  else resolved = normal(docDir + '/' + t);
  if (!(known.length ? known : [own]).some((r) => within(resolved, r)) && !within(resolved, own))
    return { inside: false };
  // Back to the document's own separators, so the file system and the index see the same path.
  return {
    inside: true,
    path: docPath.includes('\\') && !docPath.includes('/') ? resolved.replace(/\//g, '\\') : resolved,
  };
}

/**
 * A document known by its URI (github.dev's `vscode-vfs:`, `vscode-remote:`…): the same
 * rules on the URI's path, inside the roots of the same scheme and authority; the
 * result is the URI text as the editor writes it, the key the index and the file
 * requests use.
 */
function placeOfLinkInUri(docUri: string, target: string, roots: readonly string[]): LinkPlace {
  let doc: URI;
  try {
    doc = URI.parse(docUri);
  } catch {
    return { inside: false };
  }
  const sameSpace: string[] = [];
  for (const r of roots) {
    if (!isUriText(r)) continue;
    try {
      const u = URI.parse(r);
      if (u.scheme === doc.scheme && u.authority === doc.authority) sameSpace.push(u.path);
    } catch {
      /* not a URI: another space */
    }
  }
  const place = placeOfLink(doc.path, target, sameSpace);
  return place.inside ? { inside: true, path: doc.with({ path: place.path }).toString() } : place;
}
