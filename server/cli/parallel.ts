/**
 * The CLI's check on all cores. Worker threads (the same bundle) start while
 * the main thread looks for the files; they read and scan them for the index,
 * the main thread merges the index and hands it to every worker, then they
 * read each file again, parse and analyze it and send the findings back as
 * plain data. The main thread keeps no file's text: its memory does not grow
 * with the folder's size but by the findings and summaries.
 */
import { Worker, isMainThread, parentPort, workerData } from 'node:worker_threads';
import type { Lang } from '../core/catalog/schema';
import { resolveConfig, type AgencyConfig } from '../core/config';
import type { CalendarDate } from '../core/dates';
import type { AnalysisOptions } from '../core/analyze';
import { WorkspaceIndex, type DocumentSummary } from '../core/workspaceIndex';
import { existsForThisRun } from './files';
import {
  FactDigests,
  analyzeFile,
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
  | { kind: 'index'; summaries: DocumentSummary[] }
  | { kind: 'analyze'; files: FileRef[]; record: boolean };

const MARK = 'agency-docs-check-worker';
const YOUNG_GENERATION_MB = Number(process.env.AGENCY_DOCS_YOUNG_MB) || 96;

/** True in a worker started by CheckPool: the bundle then serves instead of running the CLI. */
export function isCheckWorker(): boolean {
  return !isMainThread && (workerData as { kind?: string } | undefined)?.kind === MARK;
}

export function serveAsWorker(): void {
  const setup = (workerData as { setup: CheckSetup }).setup;
  const workspace = new WorkspaceIndex();
  const config = resolveConfig(setup.config);
  const options: AnalysisOptions = {
    locale: setup.locale,
    today: setup.today,
    config,
    workspace,
    fileExists: existsForThisRun(),
    roots: setup.roots,
  };
  const work: FileWork = {
    options,
    maxFileSize: config.maxFileSize,
    locale: setup.locale,
    agencyWorkspace: setup.agencyWorkspace,
    hashes: setup.hashes,
  };
  let digests: FactDigests | undefined;
  parentPort!.on('message', (req: Request) => {
    if (req.kind === 'scan') {
      parentPort!.postMessage(req.files.map((f) => scanFile(f, work)));
    } else if (req.kind === 'index') {
      for (const s of req.summaries) workspace.set(s);
      digests = new FactDigests(workspace, options.fileExists!);
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

/** Worker threads for one check. Start it as soon as the number of files is known: workers boot while files are read. */
export class CheckPool {
  private readonly workers: Worker[];
  private failure?: Error;

  constructor(setup: CheckSetup, threads: number) {
    this.workers = Array.from({ length: threads }, () => {
      // A young generation larger than V8's default: a parse's garbage then dies young instead of being
      // copied and promoted (paired runs here, 1,000 documents: 14-21% less wall time).
      // AGENCY_DOCS_YOUNG_MB overrides it, for measuring.
      const w = new Worker(__filename, {
        workerData: { kind: MARK, setup },
        resourceLimits: { maxYoungGenerationSizeMb: YOUNG_GENERATION_MB },
      });
      w.on('error', (e) => {
        this.failure ??= e;
      });
      return w;
    });
  }

  /** Each file read and scanned for the index, in the files' order. */
  async scan(files: FileRef[]): Promise<(Scanned | ReadFailure)[]> {
    const batches: (Scanned | ReadFailure)[][] = [];
    await this.spread('scan', files, 64, (r: (Scanned | ReadFailure)[], batch) => {
      batches[batch] = r;
    });
    return batches.flat();
  }

  /** Gives every worker the whole index. */
  async index(summaries: DocumentSummary[]): Promise<void> {
    await Promise.all(this.workers.map((w) => this.ask(w, { kind: 'index', summaries })));
  }

  /** The findings of each file, in the files' order; with `record`, the workspace facts each analysis read. */
  async analyze(files: FileRef[], record: boolean): Promise<(Analyzed | ReadFailure)[]> {
    const batches: (Analyzed | ReadFailure)[][] = [];
    await this.spread(
      'analyze',
      files,
      16,
      (r: (Analyzed | ReadFailure)[], batch) => {
        batches[batch] = r;
      },
      record,
    );
    return batches.flat();
  }

  async close(): Promise<void> {
    await Promise.all(this.workers.map((w) => w.terminate()));
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
      this.workers.map(async (w) => {
        while (next < files.length) {
          const batch = next / size;
          const slice = files.slice(next, next + size).map((f) => ({ path: f.path, real: f.real }));
          next += size;
          take(await this.ask<T>(w, kind === 'scan' ? { kind, files: slice } : { kind, files: slice, record }), batch);
        }
      }),
    );
  }

  private ask<T>(w: Worker, req: Request): Promise<T> {
    if (this.failure) return Promise.reject(this.failure);
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
        reject(new Error(`a worker thread stopped (exit code ${code})`));
      };
      w.once('message', onMessage);
      w.once('error', onError);
      w.once('exit', onExit);
      w.postMessage(req);
    });
  }
}
