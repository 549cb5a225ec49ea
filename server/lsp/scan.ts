/**
 * Finds the Markdown files of a workspace folder on disk (bounded). Links to
 * folders are not followed (a `Dirent` of a link is never a directory), so no
 * loop can be entered and no folder needs a `realpath`: a deep tree costs what
 * its size costs (docs/robustness.md). The walk is a loop over a list, not a
 * recursion, so depth cannot exhaust the stack.
 */
import { promises as fs, type Dirent } from 'node:fs';
import { join } from 'node:path';
import { MARKDOWN_FILE, MAX_INDEXED_FILES, SKIPPED_FOLDERS } from './scanLimits';

export async function markdownFiles(root: string, limit = MAX_INDEXED_FILES): Promise<string[]> {
  const out: string[] = [];
  const folders = [root];
  while (folders.length > 0 && out.length < limit) {
    const dir = folders.pop()!;
    let entries: Dirent[];
    try {
      entries = await fs.readdir(dir, { withFileTypes: true });
    } catch {
      continue;
    }
    const below: string[] = [];
    for (const e of entries) {
      if (e.name.startsWith('.') || SKIPPED_FOLDERS.has(e.name)) continue;
      const p = join(dir, e.name);
      if (e.isDirectory()) below.push(p);
      else if ((e.isFile() || e.isSymbolicLink()) && MARKDOWN_FILE.test(e.name)) out.push(p);
      if (out.length >= limit) break;
    }
    // Depth first, in directory order, as the recursive walk listed them.
    for (let i = below.length - 1; i >= 0; i--) folders.push(below[i]);
  }
  return out;
}
