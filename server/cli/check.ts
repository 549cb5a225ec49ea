/**
 * `agency-docs check`: find the files, scan them for the workspace index,
 * analyze them (on worker threads for a folder), print the findings. Files
 * are read where they are scanned and analyzed, never kept by the main
 * thread. With `--cache`, the findings of documents that nothing has
 * changed for come from the last run (server/cli/cache.ts).
 */
import { existsSync, realpathSync } from 'node:fs';
import { resolve, sep } from 'node:path';
import { analyzeDocument, type Finding } from '../core/analyze';
import { applyEdits } from '../core/edits';
import { fixAllEdits } from '../core/fixall';
import { displayPath, type FileProblem, type FoundFile } from './files';
import { writeBack } from './write';
import { findProject, parseOnce, pathsByConfiguration, type ProjectOptions } from './project';
import { CheckPool, noPretenuring, type LocalWork } from './parallel';
import { compileRegexpsOnce } from '../node/v8Flags';
import { FactsGatherer, PackedFactsIndex, packFacts } from './packedFacts';
import { CheckCache, hashOfFile, settingsKey, type CacheEntry } from './cache';
import {
  FactDigests,
  SharedTexts,
  analyzeFile,
  keptSummary,
  scanFile,
  type Analyzed,
  type FileWork,
  type ReadFailure,
  type Scanned,
} from './checkFile';
import { JsonReport, SarifReport, TextReport, forTerminal, type StreamedReport } from './format';
import type { Lang } from '../core/catalog/schema';
import { VERSION } from './version';
import { TypeVocabulary } from '../core/typeDetection';
import type { DocumentSummary } from '../core/workspaceIndex';

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

/** What the checks of the paths' groups tell beside the findings: said once, after the report. */
interface Told {
  readonly notes: FileProblem[];
  readonly problems: FileProblem[];
  readonly fixProblems: FileProblem[];
  /** The files checked so far (real paths): a file under two paths given (`check ws ws/sub`) is checked once. */
  readonly checked: Set<string>;
}

export async function check(req: CheckRequest): Promise<number> {
  const { format } = req;
  // Before any document is parsed, and before the workers start (see noPretenuring, compileRegexpsOnce).
  noPretenuring();
  compileRegexpsOnce();
  const cwd = req.project.cwd;
  // The report is written as the documents are done, in the files' order: the main thread keeps counts, not findings.
  const out = new ReportOutput(
    format === 'json' ? new JsonReport() : format === 'sarif' ? new SarifReport(VERSION) : new TextReport(req.color),
    cwd,
  );
  const told: Told = { notes: [], problems: [], fixProblems: [], checked: new Set() };
  // Each path is checked with the configuration above it: paths under different ones are checked apart (their
  // clients, team and workspace facts are not the others'), into one report.
  const groups = pathsByConfiguration(req.project);
  for (const paths of groups)
    await checkGroup(
      { ...req, project: { ...req.project, paths }, cacheFile: groups.length === 1 ? req.cacheFile : undefined },
      out,
      told,
    );
  // The cache holds the findings of one configuration.
  if (groups.length > 1 && req.cacheFile !== undefined)
    told.notes.push({
      path: resolve(cwd, req.cacheFile),
      message: `not used: the paths checked are under ${groups.length} different configurations`,
    });
  const shownProblems = once([...told.problems, ...told.fixProblems]).map((x) => ({
    path: displayPath(x.path, cwd),
    message: x.message,
  }));
  // A configuration inside a folder walked is used after all when a path given is in its folder (`check ws ws/sub`).
  const given = req.project.paths.map((p) => {
    try {
      return realpathSync(resolve(cwd, p));
    } catch {
      return resolve(cwd, p);
    }
  });
  const used = (dir: string) => given.some((p) => p === dir || p.startsWith(dir + sep));
  writeNotes(
    once(told.notes).filter((n) => n.configures === undefined || !used(n.configures)),
    cwd,
  );
  out.end(shownProblems);
  if (format !== 'text')
    for (const x of shownProblems)
      process.stderr.write(`agency-docs: ${forTerminal(x.path)}: ${forTerminal(x.message)}\n`);
  if (shownProblems.length > 0) return 2;
  return out.anyError ? 1 : 0;
}

/** Each problem once: two groups whose paths overlap meet the same unreadable file. */
function once(list: readonly FileProblem[]): FileProblem[] {
  const seen = new Set<string>();
  return list.filter((x) => {
    const key = `${x.path}\n${x.message}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/** Checks the paths of one configuration into `out`. */
async function checkGroup(req: CheckRequest, out: ReportOutput, told: Told): Promise<void> {
  const { fix } = req;
  const cwd = req.project.cwd;
  const found = await findProject({ ...req.project, forWriting: fix });
  out.beginGroup(found.setup.locale);
  for (const msg of found.configProblems) process.stderr.write(`agency-docs: configuration: ${forTerminal(msg)}\n`);
  // The targets, then the others (files indexed, not checked). A file an earlier group checked is only indexed here.
  const fresh = found.targets.filter((f) => !told.checked.has(f.real));
  const again = found.targets.filter((f) => told.checked.has(f.real));
  for (const f of fresh) told.checked.add(f.real);
  const files: FoundFile[] = [...fresh, ...again, ...found.others];
  const targets = fresh.length;
  const useCache = req.cacheFile !== undefined;
  const hashes = useCache || fix;
  let pool: CheckPool | undefined;
  const parallel = (count: number) => !fix && req.threads > 1 && count >= PARALLEL_FROM;
  // What a worker that ran out of memory leaves to the main thread (see CheckPool).
  const local: LocalWork = {
    scan: (f) => scanFile(f, work),
    analyze: (f, record) => {
      const r = analyzeFile(f, localWork, record ? digests : undefined);
      return 'failed' in r ? r : { findings: r.findings, hash: r.hash, facts: r.facts };
    },
  };
  const startPool = () => (pool ??= new CheckPool({ ...found.setup, hashes }, req.threads, local));
  // Without a cache every file is read and analyzed: the workers boot while the main thread goes on.
  if (!useCache && parallel(files.length)) startPool();
  let work: FileWork = {
    options: found.options,
    maxFileSize: found.config.maxFileSize,
    locale: found.options.locale,
    agencyWorkspace: found.setup.agencyWorkspace,
    hashes,
  };
  // What the main thread analyses with when a worker cannot: the same index as the workers' once only their facts are kept.
  let localWork = work;
  const { notes, problems, fixProblems } = told;
  notes.push(...found.notes);
  problems.push(...found.problems);
  const failed = (f: FoundFile, r: ReadFailure) =>
    (f.explicit || !r.skipped ? problems : notes).push({ path: f.path, message: r.failed });
  let cache: CheckCache | undefined;
  let digests: FactDigests | undefined;
  if (req.cacheFile !== undefined) {
    const path = resolve(cwd, req.cacheFile);
    const opened = CheckCache.open(path, settingsKey(found.setup));
    cache = opened.cache;
    if (opened.note) notes.push({ path, message: opened.note });
  }
  try {
    // 1. Each file read and scanned for the index, unless its bytes are those of the last run (its summary is then cached).
    const scanned: (Scanned | ReadFailure | undefined)[] = new Array(files.length);
    const toScan: number[] = [];
    // The files' `type:` values: another tool's vocabulary (`type: plan`, `type: idea`) makes a page typed by its
    // `type:` alone that tool's, not an agency document (docs/types.md). Known once every file is scanned.
    const vocabulary = new TypeVocabulary();
    files.forEach((f, i) => {
      // --fix reads every file (its stamp guards the write), so the cache is not read then, only written.
      const hash = cache && !fix ? hashOfFile(f.real, work.maxFileSize) : undefined;
      const e = hash !== undefined ? cache!.entry(f.path, hash) : undefined;
      if (e) {
        scanned[i] = {
          summary: e.summary ?? undefined,
          hash: e.hash,
          bom: e.bom,
          declaredType: e.declaredType,
          declaredOnly: e.declaredOnly,
        };
        vocabulary.set(f.path, e.declaredType);
      } else toScan.push(i);
    });
    // With a cache, workers are started only when there is enough left to do.
    if (parallel(toScan.length)) startPool();
    // Every summary is kept to the end (the index): with the file's own path string and shared texts. The
    // scans as they came are let go once placed (a parameter, not a variable of this long-lived scope).
    // When the workers check every document and nothing else reads the index (no cache, no --fix), only what
    // they read of it is gathered (the documents with a job number, the clients), not every document's summary.
    const shared = new SharedTexts();
    const gatherer = pool && !cache && !fix ? new FactsGatherer(files.length) : undefined;
    /** The gathered summaries of documents typed by their `type:` alone, held until the vocabulary is known. */
    const withheld: [at: number, summary: DocumentSummary][] = [];
    const place = (s: Scanned | ReadFailure, k: number) => {
      const i = toScan[k];
      if (!('failed' in s)) vocabulary.set(files[i].path, s.declaredType);
      if (gatherer && !('failed' in s)) {
        if (s.summary) {
          const kept = keptSummary(s.summary, files[i].path, shared);
          if (s.declaredOnly) withheld.push([i, kept]);
          else gatherer.add(i, kept);
        }
        scanned[i] = READ;
      } else
        scanned[i] = 'failed' in s || !s.summary ? s : { ...s, summary: keptSummary(s.summary, files[i].path, shared) };
    };
    if (pool) await pool.scan(toScan.length === files.length ? files : toScan.map((i) => files[i]), place);
    else
      toScan.forEach((i, k) => {
        place(scanFile(files[i], work), k);
      });
    const othersTypeVocabulary = vocabulary.othersVocabulary();
    if (othersTypeVocabulary) {
      work = { ...work, othersTypeVocabulary };
      localWork = work;
    }

    if (gatherer) {
      // 3. Every target read is analysed by the workers, whose findings come back in the files' order: each
      // document's are written as they come, and nothing else is kept per document to the end (no slot).
      const toCheck: FoundFile[] = [];
      for (let i = 0; i < targets; i++) {
        const s = scanned[i]!;
        if ('failed' in s) failed(files[i], s);
        else toCheck.push(files[i]);
      }
      scanned.length = 0;
      if (!othersTypeVocabulary) for (const [i, s] of withheld) gatherer.add(i, s);
      const facts = gatherer.pack();
      localWork = { ...work, options: { ...work.options, workspace: new PackedFactsIndex(facts) } };
      await pool!.index(facts, othersTypeVocabulary);
      await pool!.analyze(toCheck, false, (r, k) => {
        if ('failed' in r) failed(toCheck[k], r);
        else out.write(toCheck[k], r.findings);
      });
    } else {
      // 2. The index, in the files' order (as one thread reading them one after another would build it).
      const index = found.options.workspace!;
      /** What the cache keeps of a file's scan. */
      const scanEntry = (s: Scanned): CacheEntry => ({
        hash: s.hash,
        bom: s.bom,
        summary: s.summary ?? null,
        declaredType: s.declaredType,
        declaredOnly: s.declaredOnly,
      });
      // Analysed as another tool's page (untyped) only while the vocabulary says so.
      const asOthersPage = (s: Scanned) => (othersTypeVocabulary && s.declaredOnly) || undefined;
      for (const s of scanned)
        if (s && !('failed' in s) && s.summary && !(othersTypeVocabulary && s.declaredOnly)) index.set(s.summary);
      digests = useCache ? new FactDigests(index, found.options.fileExists!) : undefined;

      // 3. Findings: from the cache when the document and every workspace fact its analysis read are unchanged.
      const slots: Slot[] = [];
      const toAnalyze: Slot[] = [];
      files.forEach((f, i) => {
        const target = i < targets;
        const s = scanned[i]!;
        if ('failed' in s) {
          if (target) failed(f, s);
          return;
        }
        const entry = scanEntry(s);
        const othersPage = asOthersPage(s);
        if (!target) {
          cache?.set(f.path, entry);
          return;
        }
        const slot: Slot = { file: f, at: i };
        slots.push(slot);
        const old = cache && !fix ? cache.entry(f.path, s.hash) : undefined;
        const kept = old && old.othersPage === othersPage && CheckCache.findingsOf(old);
        if (kept && digests!.same(kept.facts)) {
          slot.findings = kept.findings;
          slot.done = true;
          cache!.set(f.path, { ...entry, othersPage, findings: kept.findings, facts: kept.facts });
        } else toAnalyze.push(slot);
      });
      // Without a cache or --fix nothing reads the scans again (the index holds the summaries): let them go.
      if (!cache && !fix) scanned.length = 0;
      const done = (slot: Slot, findings?: Finding[]) => {
        slot.findings = findings;
        slot.done = true;
        out.reach(slots);
      };
      out.reach(slots);
      const remember = (slot: Slot, r: Analyzed) => {
        if (!cache) return;
        const s = scanned[slot.at] as Scanned;
        // Kept only when the bytes analyzed are those scanned (a file changed in between is checked again next time).
        if (r.hash === s.hash && r.facts)
          cache.set(slot.file.path, {
            ...scanEntry(s),
            othersPage: asOthersPage(s),
            findings: r.findings,
            facts: r.facts,
          });
      };
      if (parallel(toAnalyze.length)) startPool();
      if (pool) {
        // The workers' index: packed in shared memory (one copy for every thread, see PackedFacts).
        const cross = index.crossFacts();
        await pool.index(packFacts(cross.withJob, cross.clients), othersTypeVocabulary);
        await pool.analyze(
          toAnalyze.map((s) => s.file),
          useCache,
          (r, k) => {
            const slot = toAnalyze[k];
            if ('failed' in r) {
              failed(slot.file, r);
              done(slot);
            } else {
              remember(slot, r);
              done(slot, r.findings);
            }
          },
        );
      } else {
        // One document at a time: each model is dropped once its findings are out.
        for (const slot of toAnalyze) {
          const f = slot.file;
          const r = analyzeFile(f, work, digests);
          if ('failed' in r) {
            // Deleted or moved since it was first read: for --fix, that is a file not to write (as writeBack says it).
            if (fix && !existsSync(f.real))
              process.stderr.write(
                `agency-docs: note: ${forTerminal(displayPath(f.path, cwd))}: not fixed: it was deleted or moved after it was read; run the check again\n`,
              );
            else failed(f, r);
            done(slot);
            continue;
          }
          let findings = r.findings;
          if (fix) {
            const edits = r.doc ? fixAllEdits(r.doc, r.findings) : [];
            const stamp = (scanned[slot.at] as Scanned).stamp;
            if (edits.length > 0 && stamp) {
              const text = applyEdits(r.text, edits);
              // Written to the file itself (a link stays a link), only if it still holds what it held when first read
              // (the scan), and atomically: a change since then, even one read by this analysis, is the user's and is kept.
              const outcome = writeBack(f.real, stamp, Buffer.from((r.bom ? '\uFEFF' : '') + text, 'utf8'));
              const shown = forTerminal(displayPath(f.path, cwd));
              if (outcome.kind === 'written') {
                findings = analyzeDocument(
                  parseOnce(f.path, text, found.options.locale, found.setup.agencyWorkspace, othersTypeVocabulary),
                  found.options,
                );
                process.stderr.write(`agency-docs: fixed ${shown}\n`);
                done(slot, findings);
                continue; // its bytes are new: not cached
              } else if (outcome.kind === 'changed')
                process.stderr.write(`agency-docs: note: ${shown}: ${outcome.message}\n`);
              else fixProblems.push({ path: f.path, message: outcome.message });
            }
          }
          remember(slot, r);
          done(slot, findings);
        }
      }
    }
  } finally {
    await pool?.close();
  }
  const saved = cache?.save();
  if (saved) notes.push({ path: cache!.path, message: saved });
}

/** A file read and scanned whose summary went to the cross facts (see FactsGatherer): nothing else is kept of it. */
const READ: Scanned = Object.freeze({ hash: '', bom: false });

/** A target file on its way through the check: done once its findings are known (none when it could not be read). */
interface Slot {
  readonly file: FoundFile;
  /** Its place among all the files (targets, then the others). */
  readonly at: number;
  done?: boolean;
  findings?: Finding[];
}

/**
 * The report on standard output, written in the files' order as soon as a document and every one before it are
 * done, then let go; written in pieces of about 64 kB (few system calls).
 */
class ReportOutput {
  private next = 0;
  private buffer = '';
  private fileCount = 0;
  private spoken = false;
  anyError = false;
  constructor(
    private readonly report: StreamedReport,
    private readonly cwd: string,
  ) {}

  /** A group of paths begins (check): its documents are written from its first on; the first says the language. */
  beginGroup(lang: Lang): void {
    this.next = 0;
    if (!this.spoken) this.report.language?.(lang);
    this.spoken = true;
  }

  /** Writes the documents done from the first one not yet written, up to the first one not done. */
  reach(slots: Slot[]): void {
    for (; this.next < slots.length && slots[this.next].done; this.next++) {
      const slot = slots[this.next];
      if (!slot.findings) continue; // could not be read: said with the problems or notes
      this.write(slot.file, slot.findings);
      slot.findings = undefined;
    }
  }

  /** Writes one document's findings (the next in the files' order). */
  write(file: FoundFile, findings: Finding[]): void {
    this.fileCount++;
    if (findings.some((f) => f.severity === 'error')) this.anyError = true;
    this.append(this.report.file({ file: displayPath(file.path, this.cwd), findings }));
  }

  end(problems: readonly FileProblem[]): void {
    this.append(this.report.end(problems, this.fileCount));
    this.flush();
  }

  private append(s: string): void {
    this.buffer += s;
    if (this.buffer.length >= 65536) this.flush();
  }
  private flush(): void {
    if (this.buffer) process.stdout.write(this.buffer);
    this.buffer = '';
  }
}
