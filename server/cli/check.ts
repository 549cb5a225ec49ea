/**
 * `agency-docs check`: find the files, scan them for the workspace index,
 * analyze them (on worker threads for a folder), print the findings. Files
 * are read where they are scanned and analyzed, never kept by the main
 * thread. With `--cache`, the findings of documents that nothing has
 * changed for come from the last run (server/cli/cache.ts).
 */
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { analyzeDocument, type Finding } from '../core/analyze';
import { applyEdits } from '../core/edits';
import { fixAllEdits } from '../core/fixall';
import { displayPath, type FileProblem, type FoundFile } from './files';
import { writeBack } from './write';
import { findProject, parseOnce, type ProjectOptions } from './project';
import { CheckPool } from './parallel';
import { CheckCache, hashOfFile, settingsKey } from './cache';
import {
  FactDigests,
  analyzeFile,
  scanFile,
  type Analyzed,
  type FileWork,
  type ReadFailure,
  type Scanned,
} from './checkFile';
import { forTerminal, toJson, toSarif, toText, type FileFindings } from './format';
import { VERSION } from './version';

export interface CheckRequest {
  readonly project: ProjectOptions;
  readonly format: 'text' | 'json' | 'sarif';
  readonly color: boolean;
  readonly fix: boolean;
  readonly threads: number;
  /** The cache file (`--cache`), relative to the working folder; none when not asked for. */
  readonly cacheFile?: string;
}

/** Workers pay off from this many files on (each starts in about 100 ms). */
const PARALLEL_FROM = 48;

/** Files left out while walking: said on stderr, the exit code does not change. */
export function writeNotes(notes: readonly FileProblem[], cwd: string): void {
  for (const n of notes)
    process.stderr.write(`agency-docs: note: ${forTerminal(displayPath(n.path, cwd))}: ${forTerminal(n.message)}\n`);
}

export async function check(req: CheckRequest): Promise<number> {
  const { fix, format } = req;
  const cwd = req.project.cwd;
  const found = await findProject({ ...req.project, forWriting: fix });
  for (const msg of found.configProblems) process.stderr.write(`agency-docs: configuration: ${forTerminal(msg)}\n`);
  const files: { f: FoundFile; target: boolean }[] = [
    ...found.targets.map((f) => ({ f, target: true })),
    ...found.others.map((f) => ({ f, target: false })),
  ];
  const useCache = req.cacheFile !== undefined;
  const hashes = useCache || fix;
  let pool: CheckPool | undefined;
  const parallel = (count: number) => !fix && req.threads > 1 && count >= PARALLEL_FROM;
  const startPool = () => (pool ??= new CheckPool({ ...found.setup, hashes }, req.threads));
  // Without a cache every file is read and analyzed: the workers boot while the main thread goes on.
  if (!useCache && parallel(files.length)) startPool();
  const work: FileWork = {
    options: found.options,
    maxFileSize: found.config.maxFileSize,
    locale: found.options.locale,
    agencyWorkspace: found.setup.agencyWorkspace,
    hashes,
  };
  const notes = [...found.notes];
  const problems = [...found.problems];
  const fixProblems: FileProblem[] = [];
  let cache: CheckCache | undefined;
  if (req.cacheFile !== undefined) {
    const path = resolve(cwd, req.cacheFile);
    const opened = CheckCache.open(path, settingsKey(found.setup));
    cache = opened.cache;
    if (opened.note) notes.push({ path, message: opened.note });
  }
  const checked: { file: FoundFile; findings: Finding[] }[] = [];
  try {
    // 1. Each file read and scanned for the index, unless its bytes are those of the last run (its summary is then cached).
    const scanned: (Scanned | ReadFailure | undefined)[] = new Array(files.length);
    const toScan: number[] = [];
    files.forEach(({ f }, i) => {
      // --fix reads every file (its stamp guards the write), so the cache is not read then, only written.
      const hash = cache && !fix ? hashOfFile(f.real, work.maxFileSize) : undefined;
      const e = hash !== undefined ? cache!.entry(f.path, hash) : undefined;
      if (e) scanned[i] = { summary: e.summary ?? undefined, hash: e.hash, bom: e.bom };
      else toScan.push(i);
    });
    // With a cache, workers are started only when there is enough left to do.
    if (parallel(toScan.length)) startPool();
    const fresh = pool ? await pool.scan(toScan.map((i) => files[i].f)) : toScan.map((i) => scanFile(files[i].f, work));
    toScan.forEach((i, k) => {
      scanned[i] = fresh[k];
    });

    // 2. The index, in the files' order (as one thread reading them one after another would build it).
    const index = found.options.workspace!;
    for (const s of scanned) if (s && !('failed' in s) && s.summary) index.set(s.summary);
    const digests = useCache ? new FactDigests(index, found.options.fileExists!) : undefined;

    // 3. Findings: from the cache when the document and every workspace fact its analysis read are unchanged.
    type Slot = { file: FoundFile; at: number; findings?: Finding[] };
    const slots: Slot[] = [];
    const toAnalyze: Slot[] = [];
    const failed = (f: FoundFile, r: ReadFailure) =>
      (f.explicit || !r.skipped ? problems : notes).push({ path: f.path, message: r.failed });
    files.forEach(({ f, target }, i) => {
      const s = scanned[i]!;
      if ('failed' in s) {
        if (target) failed(f, s);
        return;
      }
      const entry = { hash: s.hash, bom: s.bom, summary: s.summary ?? null };
      if (!target) {
        cache?.set(f.path, entry);
        return;
      }
      const slot: Slot = { file: f, at: i };
      slots.push(slot);
      const old = cache && !fix ? cache.entry(f.path, s.hash) : undefined;
      const kept = old && CheckCache.findingsOf(old);
      if (kept && digests!.same(kept.facts)) {
        slot.findings = kept.findings;
        cache!.set(f.path, { ...entry, findings: kept.findings, facts: kept.facts });
      } else toAnalyze.push(slot);
    });
    const remember = (slot: Slot, r: Analyzed) => {
      const s = scanned[slot.at] as Scanned;
      // Kept only when the bytes analyzed are those scanned (a file changed in between is checked again next time).
      if (cache && r.hash === s.hash && r.facts)
        cache.set(slot.file.path, {
          hash: s.hash,
          bom: s.bom,
          summary: s.summary ?? null,
          findings: r.findings,
          facts: r.facts,
        });
    };
    if (parallel(toAnalyze.length)) startPool();
    if (pool) {
      await pool.index([...index.documents()]);
      const out = await pool.analyze(
        toAnalyze.map((s) => s.file),
        useCache,
      );
      toAnalyze.forEach((slot, k) => {
        const r = out[k];
        if ('failed' in r) failed(slot.file, r);
        else {
          slot.findings = r.findings;
          remember(slot, r);
        }
      });
    } else {
      // One document at a time: each model is dropped once its findings are out.
      for (const slot of toAnalyze) {
        const f = slot.file;
        const r = analyzeFile(f, work, digests);
        const stamp = (scanned[slot.at] as Scanned).stamp;
        if ('failed' in r) {
          // Deleted or moved since it was first read: for --fix, that is a file not to write (as writeBack says it).
          if (fix && !existsSync(f.real))
            process.stderr.write(
              `agency-docs: note: ${forTerminal(displayPath(f.path, cwd))}: not fixed: it was deleted or moved after it was read; run the check again\n`,
            );
          else failed(f, r);
          continue;
        }
        slot.findings = r.findings;
        if (fix) {
          const edits = fixAllEdits(r.doc, r.findings, { doc: r.doc, options: found.options });
          if (edits.length > 0 && stamp) {
            const text = applyEdits(r.text, edits);
            // Written to the file itself (a link stays a link), only if it still holds what it held when first read
            // (the scan), and atomically: a change since then, even one read by this analysis, is the user's and is kept.
            const outcome = writeBack(f.real, stamp, Buffer.from((r.bom ? '\uFEFF' : '') + text, 'utf8'));
            const shown = forTerminal(displayPath(f.path, cwd));
            if (outcome.kind === 'written') {
              slot.findings = analyzeDocument(
                parseOnce(f.path, text, found.options.locale, found.setup.agencyWorkspace),
                found.options,
              );
              process.stderr.write(`agency-docs: fixed ${shown}\n`);
              continue; // its bytes are new: not cached
            } else if (outcome.kind === 'changed')
              process.stderr.write(`agency-docs: note: ${shown}: ${outcome.message}\n`);
            else fixProblems.push({ path: f.path, message: outcome.message });
          }
        }
        remember(slot, r);
      }
    }
    for (const s of slots) if (s.findings) checked.push({ file: s.file, findings: s.findings });
  } finally {
    await pool?.close();
  }
  const saved = cache?.save();
  if (saved) notes.push({ path: cache!.path, message: saved });

  const results: FileFindings[] = checked.map((c) => ({ file: displayPath(c.file.path, cwd), findings: c.findings }));
  const shownProblems = [...problems, ...fixProblems].map((x) => ({
    path: displayPath(x.path, cwd),
    message: x.message,
  }));
  writeNotes(notes, cwd);
  if (format === 'json') process.stdout.write(JSON.stringify(toJson(results), null, 2) + '\n');
  else if (format === 'sarif')
    process.stdout.write(JSON.stringify(toSarif(results, VERSION, shownProblems), null, 2) + '\n');
  else process.stdout.write(toText(results, shownProblems, results.length, req.color));
  if (format !== 'text')
    for (const x of shownProblems)
      process.stderr.write(`agency-docs: ${forTerminal(x.path)}: ${forTerminal(x.message)}\n`);
  if (shownProblems.length > 0) return 2;
  return results.some((r) => r.findings.some((f) => f.severity === 'error')) ? 1 : 0;
}
