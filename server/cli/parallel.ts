/**
 * The CLI's check on both cores: the main thread reads the files and indexes
 * them with the cheap scan; worker threads (the same bundle) parse and
 * analyse their share and send the findings back as plain data.
 */
import { Worker, isMainThread, parentPort, workerData } from 'node:worker_threads';
import { existsSync } from 'node:fs';
import type { Lang } from '../core/catalog/schema';
import { resolveConfig, type AgencyConfig } from '../core/config';
import type { CalendarDate } from '../core/dates';
import { buildDocument } from '../core/document';
import { analyzeDocument, type Finding } from '../core/analyze';
import { ChunkCache } from '../core/markdown';
import { WorkspaceIndex, type DocumentSummary } from '../core/workspace';

interface Shared { summaries: DocumentSummary[]; config?: AgencyConfig; locale: Lang; today: CalendarDate }
interface Job { files: { path: string; text: string }[] }

const MARK = 'agency-docs-check-worker';

/** True in a worker started by analyzeInWorkers: the bundle then serves instead of running the CLI. */
export function isCheckWorker(): boolean {
  return !isMainThread && (workerData as { kind?: string } | undefined)?.kind === MARK;
}

export function serveAsWorker(): void {
  const shared = (workerData as { shared: Shared }).shared;
  const workspace = new WorkspaceIndex();
  for (const s of shared.summaries) workspace.set(s);
  const options = { locale: shared.locale, today: shared.today, config: resolveConfig(shared.config), workspace, fileExists: (p: string) => existsSync(p) };
  const cache = new ChunkCache(256);
  parentPort!.on('message', (job: Job) => {
    const out: [string, Finding[]][] = job.files.map((f) => [f.path, analyzeDocument(buildDocument(f.path, f.text, { locale: shared.locale, cache }), options)]);
    parentPort!.postMessage(out);
  });
}

/** Analyses files on `threads` workers; findings in the files' order. */
export async function analyzeInWorkers(files: { path: string; text: string }[], shared: Shared, threads: number): Promise<Map<string, Finding[]>> {
  const workers = Array.from({ length: threads }, () => new Worker(__filename, { workerData: { kind: MARK, shared } }));
  const results = new Map<string, Finding[]>();
  try {
    // Small batches handed out as workers finish, so a few long files do not leave a core idle.
    const batches: Job[] = [];
    for (let i = 0; i < files.length; i += 16) batches.push({ files: files.slice(i, i + 16) });
    await Promise.all(workers.map((w) => new Promise<void>((resolve, reject) => {
      const next = () => {
        const job = batches.shift();
        if (!job) { resolve(); return; }
        w.postMessage(job);
      };
      w.on('message', (out: [string, Finding[]][]) => { for (const [p, f] of out) results.set(p, f); next(); });
      w.on('error', reject);
      next();
    })));
  } finally {
    await Promise.all(workers.map((w) => w.terminate()));
  }
  return results;
}
