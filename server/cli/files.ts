/**
 * Finding and reading the files the CLI is given: folders, globs, limits,
 * encodings, links and ignore files. What is safe and what is skipped is in
 * docs/robustness.md ("The command line's files").
 */
import {
  statSync,
  existsSync,
  readFileSync,
  readdirSync,
  realpathSync as lexicalRealpath,
  type Dirent,
  type Stats,
} from 'node:fs';
import { constants as bufferConstants } from 'node:buffer';
import { createHash } from 'node:crypto';
import { resolve, join, dirname, basename, relative, sep, isAbsolute } from 'node:path';
import { glob } from 'tinyglobby';
import ignore, { type Ignore } from 'ignore';
import { isUtf16, looksBinary } from '../lsp/scanLimits';
import { CONFIG_FILE } from '../node/configFile';

export interface FileProblem {
  readonly path: string;
  readonly message: string;
  /** A configuration inside a folder walked, not read: the folder it configures (unsaid when a path given is in it). */
  readonly configures?: string;
}

/** A file to read: where it was found (shown to the user, given to the analysis) and the file it really is (read and written). */
export interface FoundFile {
  readonly path: string;
  readonly real: string;
  /** Named on the command line: a file that cannot be used is then an error (exit 2), not a note. */
  readonly explicit: boolean;
  /** Found through a link (when the file is also found at its own place, that place is shown). */
  readonly viaLink?: boolean;
}

export interface Expansion {
  readonly files: FoundFile[];
  /** Paths that could not be checked (exit code 2). */
  readonly problems: FileProblem[];
  /** Things left out on purpose while walking (a note on stderr, the exit code does not change). */
  readonly notes: FileProblem[];
}

export interface ExpandOptions {
  /** gitignore-style patterns from the configuration, relative to `ignoreBase`. */
  readonly ignore?: readonly string[];
  readonly ignoreBase?: string;
}

const MARKDOWN = /\.(?:md|markdown)$/i;
const GLOB_MAGIC = /[*?[\]{}]/;
/** Skipped wherever they are met while walking, ignore files or not: installed packages and Git's own store. */
const ALWAYS_SKIPPED = new Set(['node_modules', '.git']);

/** The path as the file system reads it: `sub/../x.md` goes through `sub` (a link, maybe), not lexically back to `.`. */
function fsPath(input: string, cwd: string): string {
  return isAbsolute(input) ? input : cwd + sep + input;
}

/** realpath(3): Node's own realpathSync first tidies `sub/..` away lexically, which is not where the file system goes. */
const realpathSync = lexicalRealpath.native;

function isInside(path: string, root: string): boolean {
  return path === root || path.startsWith(root.endsWith(sep) ? root : root + sep);
}

function inAnyRoot(path: string, roots: readonly string[]): boolean {
  return roots.some((r) => isInside(path, r));
}

function code(e: unknown): string {
  return (e as NodeJS.ErrnoException).code ?? (e as Error).message;
}

/** The folder a glob starts from: its segments before the first one with a wildcard. */
function globBase(pattern: string, cwd: string): string {
  const parts = pattern.split(/[\\/]/);
  const fixed: string[] = [];
  for (const p of parts.slice(0, -1)) {
    if (GLOB_MAGIC.test(p)) break;
    fixed.push(p);
  }
  return fsPath(fixed.join('/') || '.', cwd);
}

/**
 * Expands paths and globs into Markdown files. A folder is walked without following links to folders;
 * a link to a file is followed only when the file is inside the folders being checked (a file named on
 * the command line counts its own folder). Each file is listed once, however many paths reach it.
 */
export async function expandPaths(inputs: readonly string[], cwd: string, o: ExpandOptions = {}): Promise<Expansion> {
  const problems: FileProblem[] = [];
  const notes: FileProblem[] = [];
  type Input = { input: string; kind: 'dir' | 'file' | 'glob'; root: string; shown: string };
  const resolved: Input[] = [];
  // First the roots, the folders being checked: links may lead anywhere inside them and nowhere else.
  for (const input of inputs) {
    const p = fsPath(input, cwd);
    let st: Stats;
    try {
      st = statSync(p);
    } catch (e) {
      if (GLOB_MAGIC.test(input)) {
        try {
          resolved.push({ input, kind: 'glob', root: realpathSync(globBase(input, cwd)), shown: '' });
        } catch {
          problems.push({ path: input, message: 'no Markdown file matches this pattern' });
        }
      } else if (code(e) === 'ENOENT') problems.push({ path: input, message: 'no such file or folder' });
      else if (code(e) === 'ELOOP') problems.push({ path: input, message: 'a link that leads round in a loop' });
      else problems.push({ path: input, message: `cannot be read (${code(e)})` });
      continue;
    }
    if (st.isDirectory()) {
      const real = realpathSync(p);
      resolved.push({
        input,
        kind: 'dir',
        root: real,
        shown: sameFile(resolve(cwd, input), real) ? resolve(cwd, input) : real,
      });
    } else if (st.isFile()) {
      const realParent = realpathSync(dirname(p));
      const lexical = resolve(cwd, input);
      resolved.push({
        input,
        kind: 'file',
        root: realParent,
        shown: sameFile(lexical, realpathSync(p)) ? lexical : join(realParent, basename(p)),
      });
    } else problems.push({ path: input, message: 'not a file or folder' });
  }
  const roots = resolved.map((r) => r.root);
  const found = new Map<string, FoundFile>();
  const add = (f: FoundFile) => {
    const had = found.get(f.real);
    // Reached twice (a link, or named twice): listed once, as named on the command line if it was.
    if (!had || (f.explicit && !had.explicit) || (f.explicit === had.explicit && had.viaLink && !f.viaLink))
      found.set(f.real, f);
  };
  for (const r of resolved) {
    if (r.kind === 'dir') walk(r.root, r.shown, roots, o, add, problems, notes);
    else if (r.kind === 'file') {
      const real = realpathSync(fsPath(r.input, cwd));
      if (!inAnyRoot(real, roots))
        problems.push({ path: r.shown, message: 'skipped: a link to a file outside the folders being checked' });
      else add({ path: r.shown, real, explicit: true });
    } else {
      const matches = await glob(r.input, {
        cwd,
        absolute: true,
        dot: false,
        followSymbolicLinks: false,
        ignore: ['**/node_modules/**', '**/.git/**'],
      });
      let any = false;
      for (const m of matches.filter((f) => MARKDOWN.test(f)).sort()) {
        const file = linkedFile(m, roots, notes);
        if (file) {
          any = true;
          add({ path: m, real: file, explicit: false, viaLink: file !== m });
        }
      }
      if (!any) problems.push({ path: r.input, message: 'no Markdown file matches this pattern' });
    }
  }
  const files = [...found.values()].sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
  return { files, problems, notes };
}

function sameFile(a: string, real: string): boolean {
  try {
    return realpathSync(a) === real;
  } catch {
    return false;
  }
}

/** The real file behind `path` when it is a Markdown file inside the roots; else a note says why not. */
function linkedFile(path: string, roots: readonly string[], notes: FileProblem[]): string | undefined {
  let real: string;
  try {
    real = realpathSync(path);
  } catch {
    notes.push({ path, message: 'skipped: a broken link or a link loop' });
    return undefined;
  }
  if (!inAnyRoot(real, roots)) {
    notes.push({ path, message: 'skipped: a link to a file outside the folders being checked' });
    return undefined;
  }
  try {
    if (!statSync(real).isFile()) return undefined;
  } catch {
    return undefined;
  }
  return real;
}

/** The rules of one ignore file (or of the configuration's `ignore`), for paths below `base`. */
interface IgnoreLayer {
  readonly base: string;
  readonly rules: Ignore;
}

function layerOf(base: string, text: string): IgnoreLayer {
  return { base, rules: ignore().add(text) };
}

function gitignoreAt(dir: string): IgnoreLayer | undefined {
  const file = join(dir, '.gitignore');
  try {
    if (!statSync(file).isFile()) return undefined;
    return layerOf(dir, readFileSync(file, 'utf8'));
  } catch {
    return undefined;
  }
}

/** As Git decides: the deepest ignore file that says anything about the path wins, and `!pattern` takes a path back. */
function isIgnored(layers: readonly IgnoreLayer[], real: string, isDir: boolean): boolean {
  let ignored = false;
  for (const l of layers) {
    if (!isInside(real, l.base) || real === l.base) continue;
    const rel = relative(l.base, real).split(sep).join('/') + (isDir ? '/' : '');
    const t = l.rules.test(rel);
    if (t.ignored) ignored = true;
    else if (t.unignored) ignored = false;
  }
  return ignored;
}

/** The ignore files that apply to `root` from above it: from the repository's top folder (the one holding `.git`) down. */
function ancestorLayers(root: string): IgnoreLayer[] {
  if (existsSync(join(root, '.git'))) return [];
  const chain: string[] = [];
  for (let dir = dirname(root); ; dir = dirname(dir)) {
    chain.push(dir);
    if (existsSync(join(dir, '.git'))) break;
    if (dirname(dir) === dir) return []; // not in a repository: only the folders being checked have a say
  }
  return chain
    .reverse()
    .map(gitignoreAt)
    .filter((l): l is IgnoreLayer => l !== undefined);
}

/**
 * Walks a folder, one folder at a time from a list (no recursion, however deep), with no `realpath`
 * per folder: links to folders are not followed, so each folder's real path is its parent's plus its name.
 */
function walk(
  rootReal: string,
  rootShown: string,
  roots: readonly string[],
  o: ExpandOptions,
  add: (f: FoundFile) => void,
  problems: FileProblem[],
  notes: FileProblem[],
): void {
  const base: IgnoreLayer[] = ancestorLayers(rootReal);
  if (o.ignore?.length && o.ignoreBase) {
    try {
      base.push(layerOf(realpathSync(o.ignoreBase), o.ignore.join('\n')));
    } catch {
      /* no such folder: nothing to ignore below it */
    }
  }
  const stack: { real: string; shown: string; layers: readonly IgnoreLayer[] }[] = [
    { real: rootReal, shown: rootShown, layers: base },
  ];
  while (stack.length) {
    const dir = stack.pop()!;
    let entries: Dirent[];
    try {
      entries = readdirSync(dir.real, { withFileTypes: true });
    } catch (e) {
      problems.push({ path: dir.shown, message: `folder cannot be read (${code(e)})` });
      continue;
    }
    const own = entries.some((e) => e.name === '.gitignore') ? gitignoreAt(dir.real) : undefined;
    // A configuration inside the folder checked is not read (only the one above the folder is): said, so that a
    // team's per-folder settings are not dropped without a word.
    if (dir.real !== rootReal && entries.some((e) => e.name === CONFIG_FILE && e.isFile()))
      notes.push({
        path: dir.shown + sep + CONFIG_FILE,
        configures: dir.real,
        message:
          'not used: the configuration is read from the folder checked and the folders above it (check its folder on its own to use it)',
      });
    const layers = own ? [...dir.layers, own] : dir.layers;
    entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
    const subfolders: typeof stack = [];
    for (const e of entries) {
      // Hidden files and folders (.git, .github, .vscode…) and installed packages are never walked.
      if (e.name.startsWith('.') || ALWAYS_SKIPPED.has(e.name)) continue;
      const real = dir.real + sep + e.name;
      // One string for both when the folder is shown where it is (kept for every file to the end of a check).
      const shown = dir.shown === dir.real ? real : dir.shown + sep + e.name;
      if (e.isDirectory()) {
        if (!isIgnored(layers, real, true)) subfolders.push({ real, shown, layers });
      } else if (MARKDOWN.test(e.name) && !isIgnored(layers, real, false)) {
        if (e.isFile()) add({ path: shown, real, explicit: false });
        else if (e.isSymbolicLink()) {
          const target = linkedFile(real, roots, notes);
          if (target) add({ path: shown, real: target, explicit: false, viaLink: true });
        }
      }
    }
    stack.push(...subfolders.reverse()); // the last pushed is walked first: in name order
  }
}

/** What a file held when it was read, to tell at write time whether it changed since. */
export interface ReadStamp {
  readonly size: number;
  readonly mtimeMs: number;
  readonly ino: number;
  readonly sha256: string;
}

/** The text of a file, or why it could not be used. */
export type ReadResult =
  | { ok: true; text: string; bom: boolean; stamp?: ReadStamp }
  /** `skipped`: left out on purpose (binary, not UTF-8, too large), not a failure to read. */
  | { ok: false; message: string; skipped?: boolean };

// ignoreBOM: the decoder hands the byte-order mark over, so it is seen, kept aside, and restored on write.
const decoder = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });

/** The longest text V8 can hold, in UTF-16 units; a file with more bytes than this may not fit in one string. */
export const MAX_TEXT_BYTES = bufferConstants.MAX_STRING_LENGTH;

function megabytes(n: number): string {
  return (n / 1048576).toFixed(1);
}

/** Reads synchronously: one file after another, a round trip to the thread pool per call would cost more than the read. */
export function readText(path: string, maxBytes: number, stamp = false): ReadResult {
  let buf: Buffer;
  let st: Stats;
  try {
    st = statSync(path);
    if (st.size > maxBytes)
      return {
        ok: false,
        message: `skipped: ${megabytes(st.size)} MB is over the ${megabytes(maxBytes)} MB limit (maxFileSize)`,
        skipped: true,
      };
    if (st.size > MAX_TEXT_BYTES)
      return {
        ok: false,
        message: `skipped: too large to check (${megabytes(st.size)} MB; the most is ${megabytes(MAX_TEXT_BYTES)} MB)`,
        skipped: true,
      };
    buf = readFileSync(path);
  } catch (e) {
    return { ok: false, message: `cannot be read (${code(e)})` };
  }
  // UTF-16 text has a NUL in every other byte: say what it is, not "binary".
  if (isUtf16(buf)) return { ok: false, message: 'skipped: UTF-16 text (save it as UTF-8)', skipped: true };
  if (looksBinary(buf))
    return { ok: false, message: 'skipped: this looks like a binary file, not text', skipped: true };
  let text: string;
  try {
    text = decoder.decode(buf);
  } catch (e) {
    // A file that grew past the limit after it was measured: too large, not badly encoded.
    if (e instanceof RangeError || buf.length > MAX_TEXT_BYTES)
      return { ok: false, message: `skipped: too large to check (${megabytes(buf.length)} MB)`, skipped: true };
    return { ok: false, message: 'skipped: not UTF-8 text (save it as UTF-8)', skipped: true };
  }
  const s = stamp
    ? { size: buf.length, mtimeMs: st.mtimeMs, ino: st.ino, sha256: createHash('sha256').update(buf).digest('hex') }
    : undefined;
  // The byte-order mark is kept aside so positions match what editors show, and restored on write.
  return text.startsWith('\uFEFF')
    ? { ok: true, text: text.slice(1), bom: true, stamp: s }
    : { ok: true, text, bom: false, stamp: s };
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
