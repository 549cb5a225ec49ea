/**
 * The CLI's check on all cores. Worker threads (the same bundle) start while
 * the main thread reads the files; they index them with the cheap scan, the
 * main thread merges the index and hands it to every worker, then they parse
 * and analyze and send the findings back as plain data. The main thread only
 * reads, merges and prints, so no serial phase holds up the cores.
 */
import { Worker, isMainThread, parentPort, workerData } from 'node:worker_threads';
import type { Lang } from '../core/catalog/schema';
import { resolveConfig, type AgencyConfig } from '../core/config';
import type { CalendarDate } from '../core/dates';
import { analyzeDocument, type AnalysisOptions, type Finding } from '../core/analyze';
import { WorkspaceIndex, type DocumentSummary } from '../core/workspaceIndex';
import { scanSummary } from '../core/scan';
import { parseOnce } from './project';
import { existsForThisRun } from './files';

/** What every worker needs before any file: the configuration as written (patterns do not cross threads), locale, today. */
export interface CheckSetup { config?: AgencyConfig; locale: Lang; today: CalendarDate; roots?: string[]; agencyWorkspace?: boolean }
interface SourceFile { path: string; text: string }

type Request =
  | { kind: 'scan'; files: SourceFile[] }
  | { kind: 'index'; summaries: DocumentSummary[] }
  | { kind: 'analyze'; files: SourceFile[] };

const MARK = 'agency-docs-check-worker';
const YOUNG_GENERATION_MB = Number(process.env.AGENCY_DOCS_YOUNG_MB) || 96;

/** True in a worker started by CheckPool: the bundle then serves instead of running the CLI. */
export function isCheckWorker(): boolean {
  return !isMainThread && (workerData as { kind?: string } | undefined)?.kind === MARK;
}

export function serveAsWorker(): void {
  const setup = (workerData as { setup: CheckSetup }).setup;
  const workspace = new WorkspaceIndex();
  const options: AnalysisOptions = { locale: setup.locale, today: setup.today, config: resolveConfig(setup.config), workspace, fileExists: existsForThisRun(), roots: setup.roots };
  parentPort!.on('message', (req: Request) => {
    if (req.kind === 'scan') {
      // Only what the workspace rules read is made and crosses back: no listings (actions, references).
      const out = req.files.map((f) => scanSummary(f.path, f.text, { today: setup.today, jobPattern: options.config.jobPattern, listings: false, agencyWorkspace: setup.agencyWorkspace }))
        .filter((s): s is DocumentSummary => s !== undefined);
      parentPort!.postMessage(out);
    } else if (req.kind === 'index') {
      for (const s of req.summaries) workspace.set(s);
      parentPort!.postMessage(null);
    } else {
      const out: [string, Finding[]][] = req.files.map((f) => [f.path, analyzeDocument(parseOnce(f.path, f.text, setup.locale, setup.agencyWorkspace), options)]);
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
      const w = new Worker(__filename, { workerData: { kind: MARK, setup }, resourceLimits: { maxYoungGenerationSizeMb: YOUNG_GENERATION_MB } });
      w.on('error', (e) => { this.failure ??= e; });
      return w;
    });
  }

  /** Summaries of the agency documents among `files`, for the index, in the files' order (as one thread would index them). */
  async scan(files: SourceFile[]): Promise<DocumentSummary[]> {
    const batches: DocumentSummary[][] = [];
    await this.spread('scan', files, 64, (r: DocumentSummary[], batch) => { batches[batch] = r; });
    return batches.flat();
  }

  /** Gives every worker the whole index. */
  async index(summaries: DocumentSummary[]): Promise<void> {
    await Promise.all(this.workers.map((w) => this.ask(w, { kind: 'index', summaries })));
  }

  /** The findings of each file. */
  async analyze(files: SourceFile[]): Promise<Map<string, Finding[]>> {
    const results = new Map<string, Finding[]>();
    await this.spread('analyze', files, 16, (r: [string, Finding[]][]) => { for (const [p, f] of r) results.set(p, f); });
    return results;
  }

  async close(): Promise<void> {
    await Promise.all(this.workers.map((w) => w.terminate()));
  }

  /** Small batches handed out as workers finish, so a few long files do not leave a core idle. */
  private async spread<T>(kind: 'scan' | 'analyze', files: SourceFile[], size: number, take: (reply: T, batch: number) => void): Promise<void> {
    let next = 0;
    await Promise.all(this.workers.map(async (w) => {
      while (next < files.length) {
        const batch = next / size;
        const slice = files.slice(next, next + size);
        next += size;
        take(await this.ask<T>(w, { kind, files: slice }), batch);
      }
    }));
  }

  private ask<T>(w: Worker, req: Request): Promise<T> {
    if (this.failure) return Promise.reject(this.failure);
    return new Promise<T>((resolve, reject) => {
      const onMessage = (reply: T) => { w.off('error', onError); w.off('exit', onExit); resolve(reply); };
      const onError = (e: Error) => { w.off('message', onMessage); w.off('exit', onExit); reject(e); };
      const onExit = (code: number) => { w.off('message', onMessage); w.off('error', onError); reject(new Error(`a worker thread stopped (exit code ${code})`)); };
      w.once('message', onMessage);
      w.once('error', onError);
      w.once('exit', onExit);
      w.postMessage(req);
    });
  }
}
