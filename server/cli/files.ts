/** Finding and reading the files the CLI is given: folders, globs, limits, encodings. */
import { promises as fs, statSync, existsSync, readFileSync } from 'node:fs';
import { resolve, join, relative, sep } from 'node:path';
import { glob } from 'tinyglobby';

export interface FileProblem { readonly path: string; readonly message: string }

const MARKDOWN = /\.(?:md|markdown)$/i;
const SKIP_DIRS = new Set(['node_modules', '.git', '.hg', '.svn', 'dist', 'out']);

/** Expands paths and globs into Markdown files; missing paths and unreadable folders become problems. */
export async function expandPaths(inputs: readonly string[], cwd: string): Promise<{ files: string[]; problems: FileProblem[] }> {
  const files = new Set<string>();
  const problems: FileProblem[] = [];
  for (const input of inputs) {
    const abs = resolve(cwd, input);
    let stat;
    try { stat = statSync(abs); } catch (e) {
      if (/[*?[\]{}]/.test(input)) {
        const found = await glob(input, { cwd, absolute: true, dot: false, ignore: ['**/node_modules/**', '**/.git/**'] });
        const md = found.filter((f) => MARKDOWN.test(f));
        if (md.length === 0) problems.push({ path: input, message: 'no Markdown file matches this pattern' });
        md.forEach((f) => files.add(f));
      } else {
        problems.push({ path: input, message: (e as NodeJS.ErrnoException).code === 'ENOENT' ? 'no such file or folder' : `cannot be read (${(e as Error).message})` });
      }
      continue;
    }
    if (stat.isDirectory()) await walk(abs, files, problems, new Set());
    else if (stat.isFile()) files.add(abs);
    else problems.push({ path: input, message: 'not a file or folder' });
  }
  return { files: [...files].sort(), problems };
}

async function walk(dir: string, out: Set<string>, problems: FileProblem[], seen: Set<string>): Promise<void> {
  let real: string;
  try { real = await fs.realpath(dir); } catch (e) { problems.push({ path: dir, message: `cannot be read (${(e as Error).message})` }); return; }
  if (seen.has(real)) return; // a symlink loop
  seen.add(real);
  let entries;
  try { entries = await fs.readdir(dir, { withFileTypes: true }); } catch (e) {
    problems.push({ path: dir, message: `folder cannot be read (${(e as NodeJS.ErrnoException).code ?? (e as Error).message})` });
    return;
  }
  entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  for (const e of entries) {
    if (e.name.startsWith('.') || SKIP_DIRS.has(e.name)) continue;
    const p = join(dir, e.name);
    if (e.isDirectory()) await walk(p, out, problems, seen);
    else if (e.isSymbolicLink()) {
      try {
        const st = statSync(p);
        if (st.isDirectory()) await walk(p, out, problems, seen);
        else if (st.isFile() && MARKDOWN.test(e.name)) out.add(p);
      } catch { problems.push({ path: p, message: 'broken link or link loop' }); }
    } else if (e.isFile() && MARKDOWN.test(e.name)) out.add(p);
  }
}

/** The text of a file, or why it could not be used. */
export type ReadResult = { ok: true; text: string; bom: boolean } | { ok: false; message: string };

const decoder = new TextDecoder('utf-8', { fatal: true });

/** Reads synchronously: one file after another, a round trip to the thread pool per call would cost more than the read. */
export function readText(path: string, maxBytes: number): ReadResult {
  let buf: Buffer;
  try {
    const st = statSync(path);
    if (st.size > maxBytes) return { ok: false, message: `skipped: ${(st.size / 1048576).toFixed(1)} MB is over the ${(maxBytes / 1048576).toFixed(1)} MB limit (maxFileSize)` };
    buf = readFileSync(path);
  } catch (e) {
    return { ok: false, message: `cannot be read (${(e as NodeJS.ErrnoException).code ?? (e as Error).message})` };
  }
  if (buf.includes(0)) return { ok: false, message: 'skipped: this looks like a binary file, not text' };
  try {
    const text = decoder.decode(buf);
    // The byte-order mark is kept aside so positions match what editors show, and restored on write.
    return text.startsWith('\uFEFF') ? { ok: true, text: text.slice(1), bom: true } : { ok: true, text, bom: false };
  } catch {
    return { ok: false, message: 'skipped: not UTF-8 text (save it as UTF-8)' };
  }
}

/** A path as shown to the user: relative to cwd, forward slashes. */
export function displayPath(path: string, cwd: string): string {
  const r = relative(cwd, path);
  return (r && !r.startsWith('..') ? r : path).split(sep).join('/');
}

/** `existsSync` remembered for one run of the CLI: documents link to the same files again and again, and nothing the check does creates or deletes one. */
export function existsForThisRun(): (path: string) => boolean {
  const known = new Map<string, boolean>();
  return (path) => {
    let yes = known.get(path);
    if (yes === undefined) known.set(path, (yes = existsSync(path)));
    return yes;
  };
}
