/**
 * The CLI's check on all cores. Worker threads (the same bundle) start while
 * the main thread looks for the files; they read and scan them for the index,
 * the main thread merges the index and hands every worker what the checks
 * read of it (the documents with a job number and the clients: CrossFacts,
 * packed in memory the threads share: PackedFacts), then they read each file again, parse and analyze it and send the findings
 * back as plain data. The main thread keeps no file's text: its memory does
 * not grow with the folder's size but by the summaries.
 */
import { setFlagsFromString } from 'node:v8';
import { Worker, isMainThread, parentPort, workerData } from 'node:worker_threads';
import type { Lang } from '../core/catalog/schema';
import { resolveConfig, type AgencyConfig } from '../core/config';
import type { CalendarDate } from '../core/dates';
import type { AnalysisOptions } from '../core/analyze';
import { WorkspaceIndex } from '../core/workspaceIndex';
import { existsForThisRun } from './files';
import { PackedFactsIndex, type PackedFacts } from './packedFacts';
import {
  FactDigests,
  analyzeFile,
  checkSummary,
  scanFile,
  type Analyzed,
  type FileRef,
  type FileWork,
  type ReadFailure,
  type Scanned,
} from './checkFile';

/** What every worker needs before any file: the configuration as written (patterns do not cross threads), locale, today. */
export interface CheckSetup {
  config?: AgencyConfig;
  locale: Lang;
  today: CalendarDate;
  roots?: string[];
  agencyWorkspace: boolean;
  hashes: boolean;
}

type Request =
  | { kind: 'scan'; files: FileRef[] }
  | { kind: 'index'; facts: PackedFacts; othersTypeVocabulary: boolean }
  | { kind: 'analyze'; files: FileRef[]; record: boolean };

const MARK = 'agency-docs-check-worker';
/** Files per request to a worker: small, so that a few long files do not leave a core idle. */
const ANALYZE_BATCH = 16;
/** Files per scan request: a scan is quick, so more of them per message. */
const SCAN_BATCH = 64;
const YOUNG_GENERATION_MB = Number(process.env.AGENCY_DOCS_YOUNG_MB) || 48;
const OLD_GENERATION_MB = Number(process.env.AGENCY_DOCS_OLD_MB) || 128;

/**
 * Turns off V8's allocation-site pretenuring for the rest of the process (every thread: V8's flags are the
 * process's). V8 learns that some of micromark's allocation sites make objects that outlive a young-generation
 * collection and then allocates them in the old generation directly; those old objects keep the young ones of
 * the same parse alive through the next collections, which copy and promote them, and the old generation fills
 * with dead parses. Measured on 2,000 documents (`--trace-gc-nvp`), a parse promoted about 1.2 MB that was dead
 * by the next document; without pretenuring 0.4 MB, and the collections cost about half as much. Called before
 * the workers start, so that their heaps are made with it.
 */
export function noPretenuring(): void {
  setFlagsFromString('--no-allocation-site-pretenuring');
}

/** True in a worker started by CheckPool: the bundle then serves instead of running the CLI. */
export function isCheckWorker(): boolean {
  return !isMainThread && (workerData as { kind?: string } | undefined)?.kind === MARK;
}

export function serveAsWorker(): void {
  const setup = (workerData as { setup: CheckSetup }).setup;
  const config = resolveConfig(setup.config);
  const fileExists = existsForThisRun();
  const withIndex = (workspace: WorkspaceIndex, othersTypeVocabulary = false): FileWork => {
    const options: AnalysisOptions = {
      locale: setup.locale,
      today: setup.today,
      config,
      workspace,
      fileExists,
      roots: setup.roots,
    };
    return {
      options,
      maxFileSize: config.maxFileSize,
      locale: setup.locale,
      agencyWorkspace: setup.agencyWorkspace,
      othersTypeVocabulary,
      hashes: setup.hashes,
    };
  };
  let work = withIndex(new WorkspaceIndex());
  let digests: FactDigests | undefined;
  parentPort!.on('message', (req: Request) => {
    if (req.kind === 'scan') {
      // What the check keeps of a summary (checkSummary), not its actions and owners: less to copy between threads.
      parentPort!.postMessage(
        req.files.map((f) => {
          const s = scanFile(f, work);
          return 'failed' in s || !s.summary ? s : { ...s, summary: checkSummary(s.summary) };
        }),
      );
    } else if (req.kind === 'index') {
      // Not the whole index: what the checks read of it, the same answers (see CrossFacts), read in place
      // from the memory the main thread packed them in and every worker shares (see PackedFacts).
      const workspace = new PackedFactsIndex(req.facts);
      work = withIndex(workspace, req.othersTypeVocabulary);
      digests = new FactDigests(workspace, fileExists);
      parentPort!.postMessage(null);
    } else {
      const out: (Analyzed | ReadFailure)[] = req.files.map((f) => {
        const r = analyzeFile(f, work, req.record ? digests : undefined);
        return 'failed' in r ? r : { findings: r.findings, hash: r.hash, facts: r.facts };
      });
      parentPort!.postMessage(out);
    }
  });
}

/** What the main thread does itself when a worker cannot (see CheckPool): the same work on the same files. */
export interface LocalWork {
  scan(f: FileRef): Scanned | ReadFailure;
  analyze(f: FileRef, record: boolean): Analyzed | ReadFailure;
}

/** One worker, and why it can no longer be asked. */
interface Lane {
  readonly w: Worker;
  failure?: Error;
  /** It ran out of its heap: the main thread does its share from then on. */
  outOfMemory?: boolean;
}

const isOutOfMemory = (e: unknown) => (e as NodeJS.ErrnoException | undefined)?.code === 'ERR_WORKER_OUT_OF_MEMORY';

/**
 * Worker threads for one check. Start it as soon as the number of files is known: workers boot while files are read.
 * Each worker's heap is capped (the memory of a check stays bounded, however many files); a worker that
 * runs out of it on some huge document stops, and the main thread checks its files instead, with the same result.
 */
export class CheckPool {
  private readonly lanes: Lane[];

  constructor(
    setup: CheckSetup,
    threads: number,
    private readonly local: LocalWork,
  ) {
    this.lanes = Array.from({ length: threads }, () => {
      // The young generation is V8's default size (48 MB: two 16 MB semi-spaces in use). With pretenuring on,
      // twice that was needed for a parse's garbage to die young; without it (see noPretenuring) 48 MB costs
      // no more CPU than 96 did and saves about 30 MB a worker (bench/README.md, 2026-12-04 evening). The old
      // generation is capped: what a worker keeps is the index and a document at a time (20-40 MB); left
      // alone, V8 let dead documents pile up to 100-170 MB per worker before collecting them.
      // AGENCY_DOCS_YOUNG_MB and AGENCY_DOCS_OLD_MB override them, for measuring.
      const w = new Worker(__filename, {
        workerData: { kind: MARK, setup },
        resourceLimits: { maxYoungGenerationSizeMb: YOUNG_GENERATION_MB, maxOldGenerationSizeMb: OLD_GENERATION_MB },
      });
      const lane: Lane = { w };
      w.on('error', (e) => {
        lane.failure ??= e;
        if (isOutOfMemory(e)) lane.outOfMemory = true;
      });
      return lane;
    });
  }

  /**
   * Each file read and scanned for the index, handed to `take` with its place in `files` as its batch comes
   * back (the caller keeps what it needs of each and lets the rest go: a large folder's scans are never all held).
   */
  async scan(files: FileRef[], take: (r: Scanned | ReadFailure, k: number) => void): Promise<void> {
    await this.spread('scan', files, SCAN_BATCH, (r: (Scanned | ReadFailure)[], batch) => {
      r.forEach((s, j) => {
        take(s, batch * SCAN_BATCH + j);
      });
    });
  }

  /**
   * Gives every worker what the checks read of the index (shared memory: one copy for all of them), and
   * whether the files' `type:` values are another tool's (known only once every file is scanned).
   */
  async index(facts: PackedFacts, othersTypeVocabulary: boolean): Promise<void> {
    await Promise.all(
      this.lanes.map(async (lane) => {
        try {
          await this.ask(lane, { kind: 'index', facts, othersTypeVocabulary });
        } catch (e) {
          if (!isOutOfMemory(e)) throw e;
        }
      }),
    );
  }

  /**
   * The findings of each file, handed to `take` in the files' order as soon as a file and all before it are
   * done (so the caller can write them out and let them go); with `record`, the workspace facts each analysis read.
   */
  async analyze(
    files: FileRef[],
    record: boolean,
    take: (r: Analyzed | ReadFailure, k: number) => void,
  ): Promise<void> {
    const done = new Map<number, (Analyzed | ReadFailure)[]>();
    let next = 0;
    await this.spread(
      'analyze',
      files,
      ANALYZE_BATCH,
      (r: (Analyzed | ReadFailure)[], batch) => {
        done.set(batch, r);
        // Batches come back out of order (one worker may be on a long file): each waits only for those before it.
        for (let b = done.get(next); b; b = done.get(next)) {
          done.delete(next);
          for (let i = 0; i < b.length; i++) take(b[i], next * ANALYZE_BATCH + i);
          next++;
        }
      },
      record,
    );
  }

  async close(): Promise<void> {
    await Promise.all(this.lanes.map((l) => l.w.terminate()));
  }

  /** Small batches handed out as workers finish, so a few long files do not leave a core idle. */
  private async spread<T>(
    kind: 'scan' | 'analyze',
    files: FileRef[],
    size: number,
    take: (reply: T, batch: number) => void,
    record = false,
  ): Promise<void> {
    let next = 0;
    await Promise.all(
      this.lanes.map(async (lane) => {
        while (next < files.length) {
          const batch = next / size;
          const slice = files.slice(next, next + size).map((f) => ({ path: f.path, real: f.real }));
          next += size;
          let reply: T;
          try {
            if (lane.outOfMemory) throw lane.failure;
            reply = await this.ask<T>(lane, kind === 'scan' ? { kind, files: slice } : { kind, files: slice, record });
          } catch (e) {
            if (!isOutOfMemory(e)) throw e;
            // Its batch, and the rest of its share, done here; a pause after each lets the other workers be answered.
            lane.outOfMemory = true;
            // AGENCY_DOCS_TRACE says so (for the tests; the report does not change).
            if (process.env.AGENCY_DOCS_TRACE) process.stderr.write(`worker out of memory: ${(e as Error).message}\n`);
            reply = slice.map((f) => (kind === 'scan' ? this.local.scan(f) : this.local.analyze(f, record))) as T;
            await new Promise((resolve) => setImmediate(resolve));
          }
          take(reply, batch);
        }
      }),
    );
  }

  private ask<T>(lane: Lane, req: Request): Promise<T> {
    if (lane.failure) return Promise.reject(lane.failure);
    const w = lane.w;
    return new Promise<T>((resolve, reject) => {
      const onMessage = (reply: T) => {
        w.off('error', onError);
        w.off('exit', onExit);
        resolve(reply);
      };
      const onError = (e: Error) => {
        w.off('message', onMessage);
        w.off('exit', onExit);
        reject(e);
      };
      const onExit = (code: number) => {
        w.off('message', onMessage);
        w.off('error', onError);
        reject(lane.failure ?? new Error(`a worker thread stopped (exit code ${code})`));
      };
      w.once('message', onMessage);
      w.once('error', onError);
      w.once('exit', onExit);
      w.postMessage(req);
    });
  }
}
