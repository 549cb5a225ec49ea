/**
 * The check's work on one file, the same in the main thread and in a worker
 * thread: read it, scan it for the index, analyze it. Each phase reads the
 * file itself, so no thread keeps the texts of the folder; what comes back is
 * small (a summary, the findings, and for the cache the hash of the bytes and
 * a fingerprint of the workspace facts the analysis read).
 */
import { createHash } from 'node:crypto';
import type { Lang } from '../core/catalog/schema';
import { analyzeDocument, type AnalysisOptions, type Finding } from '../core/analyze';
import type { AgencyDocument } from '../core/document';
import { WorkspaceFacts, recordingIndex } from '../core/dependencies';
import { isPlainMarkdown, scanDocument } from '../core/scan';
import type { DocumentSummary, WorkspaceIndex } from '../core/workspaceIndex';
import { readText, type ReadStamp } from './files';
import { ONCE, parseOnce } from './project';

/** A file as the threads pass it around: where it was found (given to the analysis) and the file it is (read). */
export interface FileRef {
  readonly path: string;
  readonly real: string;
}

/** Why a file could not be read: `skipped` when left out on purpose (binary, not UTF-8, too large). */
export interface ReadFailure {
  readonly failed: string;
  readonly skipped?: boolean;
}

/** What the scan of one file gives: its summary for the index (absent when it is no agency document), and the hash of its bytes. */
export interface Scanned {
  readonly summary?: DocumentSummary;
  readonly hash: string;
  readonly bom: boolean;
  /** What the file held when scanned: `--fix` writes only if it still holds that. */
  readonly stamp?: ReadStamp;
  /** Its `type:` value, for the workspace's vocabulary (typeDetection.ts TypeVocabulary). */
  readonly declaredType?: string;
  /** Typed by its `type:` alone: no agency document when the workspace's vocabulary is another tool's. */
  readonly declaredOnly?: boolean;
}

/**
 * The workspace facts one analysis read, each with what it was: the documents holding a job number,
 * the clients of the workspace, whether a path exists, or the whole index. The same facts now give
 * the same findings (docs/cli-cache.md).
 */
export interface FactPrint {
  readonly jobs: [key: string, digest: string][];
  readonly clients?: string;
  readonly paths: [path: string, exists: boolean][];
  readonly everything?: string;
}

export interface Analyzed {
  readonly findings: Finding[];
  readonly hash: string;
  readonly facts?: FactPrint;
}

export interface FileWork {
  readonly options: AnalysisOptions;
  readonly maxFileSize: number;
  readonly locale: Lang;
  /** A `.agency-docs.json` was found: everyday titles type documents (docs/types.md). */
  readonly agencyWorkspace: boolean;
  /** The files' `type:` values are another tool's vocabulary: a `type:` alone types nothing (known after the scan). */
  readonly othersTypeVocabulary?: boolean;
  /** Hash each file's bytes (for the cache, or for --fix's stale check); else `hash` is empty. */
  readonly hashes: boolean;
}

const sha = (s: string) => createHash('sha256').update(s).digest('hex');

/** Reads a file for the check: its text and what it held (the stamp, whose sha256 is the hash of its bytes). */
function read(
  f: FileRef,
  work: FileWork,
): { text: string; bom: boolean; stamp?: ReadStamp; hash: string } | ReadFailure {
  const r = readText(f.real, work.maxFileSize, work.hashes);
  if (!r.ok) return { failed: r.message, skipped: r.skipped };
  return { text: r.text, bom: r.bom, stamp: r.stamp, hash: r.stamp?.sha256 ?? '' };
}

/**
 * What the check's index keeps of a document: what the workspace rules read of other documents (their
 * type, job number and client; the path to name them). The rest of a summary (title, owners, dates…)
 * serves the editor and the workflow commands; kept here, it would be held by every thread for every file.
 */
export function checkSummary(s: DocumentSummary): DocumentSummary {
  return {
    path: s.path,
    type: s.type,
    client: s.client,
    job: s.job && { id: s.job.id, line: s.job.line },
    owners: NO_ITEMS,
    actions: NO_ITEMS,
    jobRefs: NO_ITEMS,
  };
}
/** The empty lists of every check summary: one list, not three per document. */
const NO_ITEMS: readonly never[] = Object.freeze([]);

/**
 * One copy of each text that many documents share (a type, a client: a few of them in thousands of
 * documents). A summary that crossed between threads holds copies of its own of every string.
 */
export class SharedTexts {
  private readonly texts = new Map<string, string>();
  of<T extends string | undefined>(text: T): T {
    if (text === undefined) return text;
    const had = this.texts.get(text);
    if (had !== undefined) return had as T;
    this.texts.set(text, text);
    return text;
  }
}

/**
 * A check summary as a thread keeps it for the rest of the check (the same content, less memory): its path
 * is the file's own string when they are the same text, its type and client shared with the other documents'.
 */
export function keptSummary(s: DocumentSummary, path: string | undefined, shared: SharedTexts): DocumentSummary {
  return {
    path: s.path === path ? path : s.path,
    type: shared.of(s.type),
    client: shared.of(s.client),
    job: s.job && { id: s.job.id, line: s.job.line },
    owners: NO_ITEMS,
    actions: NO_ITEMS,
    jobRefs: NO_ITEMS,
  };
}

/** Reads and scans one file for the index. */
export function scanFile(f: FileRef, work: FileWork): Scanned | ReadFailure {
  const r = read(f, work);
  if ('failed' in r) return r;
  const scan = scanDocument(f.path, r.text, {
    today: work.options.today,
    jobPattern: work.options.config.jobPattern,
    dateOrder: work.options.config.dateOrder,
    listings: false,
    agencyWorkspace: work.agencyWorkspace,
    // Nothing of the file kept once its summary is made (its trees would be, in the model's shared cache).
    cache: ONCE,
  });
  return {
    summary: scan.summary && checkSummary(scan.summary),
    hash: r.hash,
    bom: r.bom,
    stamp: r.stamp,
    declaredType: scan.declaredType,
    declaredOnly: scan.declaredOnly,
  };
}

/** The digests of workspace facts for one state of the index (it does not change while files are analyzed). */
export class FactDigests {
  private readonly jobs = new Map<string, string>();
  private clientsDigest?: string;
  private everythingDigest?: string;
  constructor(
    private readonly index: WorkspaceIndex,
    private readonly fileExists: (path: string) => boolean,
  ) {}

  job(key: string): string {
    let d = this.jobs.get(key);
    if (d === undefined) this.jobs.set(key, (d = sha(JSON.stringify(this.index.documentsWithJob(key)))));
    return d;
  }
  clients(): string {
    return (this.clientsDigest ??= sha(JSON.stringify([...this.index.clients()])));
  }
  everything(): string {
    return (this.everythingDigest ??= sha(JSON.stringify([...this.index.documents()])));
  }
  exists(path: string): boolean {
    return this.fileExists(path);
  }

  print(read: WorkspaceFacts): FactPrint {
    return {
      jobs: [...read.jobs].sort().map((k) => [k, this.job(k)]),
      clients: read.clients ? this.clients() : undefined,
      paths: [...read.paths].sort().map((p) => [p, this.exists(p)]),
      everything: read.everything ? this.everything() : undefined,
    };
  }

  /** Whether the facts an earlier analysis read are still what they were. */
  same(print: FactPrint): boolean {
    if (print.everything !== undefined && print.everything !== this.everything()) return false;
    if (print.clients !== undefined && print.clients !== this.clients()) return false;
    for (const [k, d] of print.jobs) if (this.job(k) !== d) return false;
    for (const [p, e] of print.paths) if (this.exists(p) !== e) return false;
    return true;
  }
}

/** Analyses one file; with `digests`, notes the workspace facts it read (for the cache). */
export function analyzeFile(
  f: FileRef,
  work: FileWork,
  digests?: FactDigests,
): (Analyzed & { doc?: AgencyDocument; text: string; bom: boolean; stamp?: ReadStamp }) | ReadFailure {
  const r = read(f, work);
  if ('failed' in r) return r;
  // Ordinary Markdown gets no finding and reads no workspace fact: not parsed (most files of a real folder).
  if (isPlainMarkdown(f.path, r.text, work))
    return {
      findings: [],
      hash: r.hash,
      facts: digests?.print(new WorkspaceFacts()),
      text: r.text,
      bom: r.bom,
      stamp: r.stamp,
    };
  const doc = parseOnce(f.path, r.text, work.locale, work.agencyWorkspace, work.othersTypeVocabulary);
  if (!digests)
    return {
      findings: analyzeDocument(doc, work.options),
      hash: r.hash,
      doc,
      text: r.text,
      bom: r.bom,
      stamp: r.stamp,
    };
  const facts = new WorkspaceFacts();
  const plain = work.options;
  const options: AnalysisOptions = {
    ...plain,
    workspace: plain.workspace && recordingIndex(plain.workspace, facts),
    fileExists:
      plain.fileExists &&
      ((p) => {
        facts.paths.add(p);
        return plain.fileExists!(p);
      }),
  };
  const findings = analyzeDocument(doc, options);
  return { findings, hash: r.hash, facts: digests.print(facts), doc, text: r.text, bom: r.bom, stamp: r.stamp };
}
