/** Finds the Markdown files of the workspace folders (bounded, without following link loops). */
import { promises as fs } from 'node:fs';
import { join } from 'node:path';
import { MARKDOWN_FILE, MAX_INDEXED_FILES, SKIPPED_FOLDERS } from './scanLimits';

export async function markdownFiles(root: string, limit = MAX_INDEXED_FILES): Promise<string[]> {
  const out: string[] = [];
  const seen = new Set<string>();
  async function walk(dir: string): Promise<void> {
    if (out.length >= limit) return;
    let real: string;
    try { real = await fs.realpath(dir); } catch { return; }
    if (seen.has(real)) return;
    seen.add(real);
    let entries;
    try { entries = await fs.readdir(dir, { withFileTypes: true }); } catch { return; }
    for (const e of entries) {
      if (e.name.startsWith('.') || SKIPPED_FOLDERS.has(e.name)) continue;
      const p = join(dir, e.name);
      if (e.isDirectory()) await walk(p);
      else if ((e.isFile() || e.isSymbolicLink()) && MARKDOWN_FILE.test(e.name)) out.push(p);
      if (out.length >= limit) return;
    }
  }
  await walk(root);
  return out;
}
