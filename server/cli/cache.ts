/**
 * `check --cache`: what the last check found in each document, kept in one
 * file, so that a check after a small change redoes only what the change can
 * alter (docs/cli-cache.md). An entry is used only when the document's bytes
 * hash the same, the run's settings (tool and its code, configuration, locale,
 * today, workspace roots) hash the same, and every workspace fact its analysis
 * read (the documents holding a job number, the clients, whether a linked file
 * exists) is still what it was. The file is replaced atomically; one that
 * cannot be read is ignored with a note, and one that is not ours is neither
 * used nor overwritten.
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import type { Finding } from '../core/analyze';
import type { DocumentSummary } from '../core/workspaceIndex';
import type { FactPrint } from './checkFile';
import { MAX_TEXT_BYTES } from './files';
import { writeNewFile } from './write';
import { VERSION } from './version';

/** The first characters of every cache file: how a cache of ours is told from any other file. */
const FORMAT = 'agency-docs-cache';
/** Bumped whenever an entry's shape or meaning changes: an older cache is then started again. */
export const CACHE_VERSION = 2;
/** Where the cache goes by default (in the working folder; the folder walk never reads a hidden file). */
export const DEFAULT_CACHE_FILE = '.agency-docs-cache';

export interface CacheEntry {
  /** sha256 of the file's bytes. */
  readonly hash: string;
  readonly bom: boolean;
  /** Its summary for the index; null when it is no agency document. */
  readonly summary: DocumentSummary | null;
  /** Its `type:` value, and whether that alone types it (Scanned): the workspace's vocabulary is counted again from them. */
  readonly declaredType?: string;
  readonly declaredOnly?: boolean;
  /** Its findings were made with the workspace's `type:` vocabulary another tool's, which left it untyped. */
  readonly othersPage?: boolean;
  /** Only for checked files: their findings, and the workspace facts the analysis read. */
  readonly findings?: Finding[];
  readonly facts?: FactPrint;
}

interface CacheShape {
  format: string;
  version: number;
  key: string;
  files: Record<string, CacheEntry>;
}

export interface RunSettings {
  readonly config?: unknown;
  readonly locale: string;
  readonly today: unknown;
  readonly roots: readonly string[];
  readonly agencyWorkspace: boolean;
}

let codeDigest: string | undefined;
/** The code that made the findings: the version, and the bytes of the running bundle (a rebuilt tool never trusts an older cache). */
function code(): string {
  if (codeDigest === undefined) {
    let bytes: Buffer | string = VERSION;
    try {
      bytes = readFileSync(__filename);
    } catch {
      /* the version alone */
    }
    codeDigest = createHash('sha256').update(VERSION).update(bytes).digest('hex');
  }
  return codeDigest;
}

/** What every entry depends on besides its own document and the workspace facts it read. */
export function settingsKey(s: RunSettings): string {
  return createHash('sha256')
    .update(JSON.stringify([CACHE_VERSION, code(), s.config ?? null, s.locale, s.today, s.roots, s.agencyWorkspace]))
    .digest('hex');
}

/** sha256 of a file's bytes, if it can be read and is within the size limit (else the scan will say why not). */
export function hashOfFile(real: string, maxBytes: number): string | undefined {
  try {
    const buf = readFileSync(real);
    if (buf.length > maxBytes || buf.length > MAX_TEXT_BYTES) return undefined;
    return createHash('sha256').update(buf).digest('hex');
  } catch {
    return undefined;
  }
}

const isFinding = (f: unknown): f is Finding => {
  const x = f as Finding;
  return (
    typeof x === 'object' &&
    x !== null &&
    typeof x.rule === 'string' &&
    typeof x.severity === 'string' &&
    typeof x.message === 'string' &&
    typeof x.range?.start?.line === 'number' &&
    typeof x.range?.start?.character === 'number' &&
    typeof x.range?.end?.line === 'number' &&
    typeof x.range?.end?.character === 'number' &&
    typeof x.data === 'object' &&
    x.data !== null
  );
};
const isFacts = (f: unknown): f is FactPrint => {
  const x = f as FactPrint;
  return (
    typeof x === 'object' &&
    x !== null &&
    Array.isArray(x.jobs) &&
    Array.isArray(x.paths) &&
    x.jobs.every((j) => Array.isArray(j) && typeof j[0] === 'string' && typeof j[1] === 'string') &&
    x.paths.every((p) => Array.isArray(p) && typeof p[0] === 'string' && typeof p[1] === 'boolean') &&
    (x.clients === undefined || typeof x.clients === 'string') &&
    (x.everything === undefined || typeof x.everything === 'string')
  );
};

/** The cache of one run: the entries read (if usable), and those of this run, written at the end. */
export class CheckCache {
  private readonly next: Record<string, CacheEntry> = Object.create(null);

  private constructor(
    readonly path: string,
    private readonly key: string,
    private readonly old: Record<string, CacheEntry>,
    /** False for a file that is not a cache of ours: it is left as it is. */
    private readonly writable: boolean,
  ) {}

  /** Reads the cache at `path`; `note` says why what was there is not used (nothing is said for a missing file or other settings). */
  static open(path: string, key: string): { cache: CheckCache; note?: string } {
    const empty = Object.create(null) as Record<string, CacheEntry>;
    let text: string;
    try {
      text = readFileSync(path, 'utf8');
    } catch (e) {
      const why = (e as NodeJS.ErrnoException).code;
      if (why === 'ENOENT') return { cache: new CheckCache(path, key, empty, true) };
      if (why === 'EISDIR')
        return {
          cache: new CheckCache(path, key, empty, false),
          note: 'the cache is a folder, not a file: no cache is used',
        };
      return {
        cache: new CheckCache(path, key, empty, true),
        note: `the cache cannot be read (${why ?? (e as Error).message}); every file is checked`,
      };
    }
    const ours = text.startsWith(`{"format":"${FORMAT}"`);
    if (!ours)
      return {
        cache: new CheckCache(path, key, empty, false),
        note: 'this file is not an agency-docs cache: it is not used and is left as it is (give --cache another file name)',
      };
    let parsed: CacheShape;
    try {
      parsed = JSON.parse(text) as CacheShape;
    } catch {
      return {
        cache: new CheckCache(path, key, empty, true),
        note: 'the cache is damaged; every file is checked and the cache is written again',
      };
    }
    if (
      typeof parsed !== 'object' ||
      parsed === null ||
      typeof parsed.files !== 'object' ||
      parsed.files === null ||
      Array.isArray(parsed.files)
    ) {
      return {
        cache: new CheckCache(path, key, empty, true),
        note: 'the cache is damaged; every file is checked and the cache is written again',
      };
    }
    // Another version or other settings: nothing in it applies, and that is no news.
    if (parsed.version !== CACHE_VERSION || parsed.key !== key)
      return { cache: new CheckCache(path, key, empty, true) };
    return {
      cache: new CheckCache(
        path,
        key,
        Object.assign(Object.create(null) as Record<string, CacheEntry>, parsed.files),
        true,
      ),
    };
  }

  /** The entry of `path` from the last run, if its bytes still hash to `hash` and it is well formed. */
  entry(path: string, hash: string): CacheEntry | undefined {
    const e = this.old[path];
    if (typeof e !== 'object' || e === null || e.hash !== hash || typeof e.bom !== 'boolean') return undefined;
    if (
      (e.declaredType !== undefined && typeof e.declaredType !== 'string') ||
      (e.declaredOnly !== undefined && typeof e.declaredOnly !== 'boolean') ||
      (e.othersPage !== undefined && typeof e.othersPage !== 'boolean')
    )
      return undefined;
    if (
      e.summary !== null &&
      (typeof e.summary !== 'object' || typeof e.summary.path !== 'string' || e.summary.path !== path)
    )
      return undefined;
    return e;
  }

  /** The cached findings of an entry, when they and the facts they depend on are well formed. */
  static findingsOf(e: CacheEntry): { findings: Finding[]; facts: FactPrint } | undefined {
    if (!Array.isArray(e.findings) || !e.findings.every(isFinding) || !isFacts(e.facts)) return undefined;
    return { findings: e.findings, facts: e.facts };
  }

  set(path: string, entry: CacheEntry): void {
    this.next[path] = entry;
  }

  /** Writes this run's entries, atomically; a message when it could not. */
  save(): string | undefined {
    if (!this.writable) return undefined;
    const shape: CacheShape = { format: FORMAT, version: CACHE_VERSION, key: this.key, files: this.next };
    try {
      writeNewFile(this.path, JSON.stringify(shape), true);
      return undefined;
    } catch (e) {
      return `the cache could not be written (${(e as NodeJS.ErrnoException).code ?? (e as Error).message}); the results are not affected`;
    }
  }
}
