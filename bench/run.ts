/**
 * The benchmark: `npm run bench`. One process, everything measured side by
 * side in the same run (ratios are only ever taken between numbers of this
 * run). Prints a table and writes bench/results/latest.json.
 *
 * 1. analysis vs the floor: our full cold analysis of one document against
 *    the bare parse (parseMarkdown) of the same text;
 * 2. markdownlint (sync API, default rules) on the same text;
 * 3. typing over stdio to the real server (dist/server.js) with default settings
 *    (1,000, 10,000 and 100,000 lines), and its CPU while typing 10 characters a second;
 * 4. the server's initial index of 1,000 and 10,000 documents; the CLI on
 *    1,000 documents against bare-parsing them, and once on 10,000 (time and
 *    peak RSS of each, and the time per document of 10,000 against 1,000);
 * 5. server start and bundle sizes; the extension's activation in a real
 *    VS Code (test/e2e through vscode-e2e, run here when installed).
 *
 * BENCH_QUICK=1 skips the 100,000-line document and the 10,000-document
 * workspace and runs fewer repetitions (a smoke run, not for the record).
 * BENCH_ONLY=typing (analysis, typing, workspace, cli, start, package; comma-separated) runs
 * only those parts, as a quick run. `cli` is the command line alone at 1,000,
 * 10,000 and 50,000 documents: cold and cached re-check, peak RSS,
 * markdownlint-cli2 beside it (BENCH_QUICK=1 with it: 1,000 documents only;
 * BENCH_SKIP_50K=1 leaves out the 50,000-document folder).
 * BENCH_SKIP_BUILD=1 uses dist/ as it is instead of running esbuild.mjs first.
 * BENCH_SKIP_E2E=1 does not run the real VS Code tests; the activation figures
 * are then those of the last run (out/e2e/activation.json).
 * BENCH_ANALYSIS_LINES=100 (comma-separated sizes: 100, 1000, 10000, 100000) measures only those
 * documents in part 1, with the full run's repetitions (with BENCH_ONLY=analysis: for comparing builds).
 */
import { spawn, spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, platform, release, tmpdir, totalmem } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { lint } from 'markdownlint/sync';
import { ChunkCache, parseMarkdown } from '../server/core/markdown';
import { buildDocument } from '../server/core/document';
import { analyzeDocument, actionsOf, type AnalysisOptions, type Finding } from '../server/core/analyze';
import { resolveConfig, type AgencyConfig, type ResolvedConfig } from '../server/core/config';
import { WorkspaceIndex, summarize } from '../server/core/workspaceIndex';
import { benchDocument, CONFIG, rng, TODAY_ISO, writeWorkspace } from './generate';
import { coldOpen, type ColdOpen } from './cold-open';
import type { InitializeResult } from 'vscode-languageserver-protocol';
import { LspTestClient, type Publish } from '../test/helpers/lspClient';

const ROOT = join(__dirname, '..');
const CLI = join(ROOT, 'bin', 'agency-docs.js');
/** Preloaded into the CLI's process to report its peak RSS (bench/peak-rss.cjs). */
const PEAK_RSS_HOOK = join(__dirname, 'peak-rss.cjs');
const ONLY = process.env.BENCH_ONLY?.split(',')
  .map((x) => x.trim())
  .filter(Boolean);
/** BENCH_ONLY=typing (or analysis, workspace, cli, start, package; comma-separated) runs some parts: for working on them, not for the record. */
const runs = (part: 'analysis' | 'typing' | 'workspace' | 'cli' | 'start' | 'package') => !ONLY || ONLY.includes(part);
const QUICK = process.env.BENCH_QUICK === '1' || ONLY !== undefined;
/** BENCH_ANALYSIS_LINES: the documents of part 1 to measure, with the full run's repetitions. */
const ANALYSIS_LINES = process.env.BENCH_ANALYSIS_LINES?.split(',').map((x) => Number(x.trim()));
/** The CLI's folder sizes: 50,000 documents only for the CLI's memory (flat from 10,000 on). */
const CLI_SIZES =
  process.env.BENCH_QUICK === '1' ? [1000] : process.env.BENCH_SKIP_50K === '1' ? [1000, 10000] : [1000, 10000, 50000];
const TODAY = {
  year: Number(TODAY_ISO.slice(0, 4)),
  month: Number(TODAY_ISO.slice(5, 7)),
  day: Number(TODAY_ISO.slice(8, 10)),
};
const INDEXED = 'agency-docs: indexed';

/** Problems seen during the run (crashes, timeouts, errors the server logged, results that differ). */
const problems: string[] = [];
const problem = (s: string) => {
  problems.push(s);
  console.log(`  !! ${s}`);
};

// A collection between measures keeps one measure's garbage out of the next.
setFlagsFromString('--expose-gc');
const gc: () => void = runInNewContext('gc');

// ---------------------------------------------------------------- statistics and formatting
function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
}
/** Nearest-rank percentile. */
function percentile(xs: number[], p: number): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.max(0, Math.ceil((p / 100) * s.length) - 1))];
}
function time(fn: () => unknown): number {
  const t = performance.now();
  fn();
  return performance.now() - t;
}
const ms = (x: number) =>
  Number.isFinite(x) ? (x >= 10000 ? `${(x / 1000).toFixed(2)} s` : `${x.toFixed(x < 10 ? 1 : 0)} ms`) : 'n/a';
const ratio = (x: number) => (Number.isFinite(x) ? `${x.toFixed(2)}×` : 'n/a');
const int = (x: number) => x.toLocaleString('en-US');
const kb = (bytes: number) => `${(bytes / 1024).toFixed(0)} KB`;
const mb = (x: number | undefined) => (x === undefined ? 'n/a' : `${x.toFixed(0)} MB`);
const elapsed = (t: number) => `${((performance.now() - t) / 1000).toFixed(0)} s`;
const rounded = (x: number, d = 2) => (Number.isFinite(x) ? Math.round(x * 10 ** d) / 10 ** d : null);

// ---------------------------------------------------------------- 1 and 2: one document, cold
/** Our full analysis of one document, cold: new chunk cache, model, workspace index with the document, every rule. */
function analyzeCold(path: string, text: string, config: ResolvedConfig): Finding[] {
  const workspace = new WorkspaceIndex();
  const options: AnalysisOptions = { locale: 'en', today: TODAY, config, workspace, fileExists: (p) => existsSync(p) };
  const doc = buildDocument(path, text, { locale: 'en', cache: new ChunkCache() });
  workspace.set(summarize(doc, actionsOf(doc, options), config.jobPattern));
  return analyzeDocument(doc, options);
}

interface AnalysisRow {
  document: string;
  lines: number;
  characters: number;
  runs: number;
  batch: number;
  findings: number;
  markdownlintIssues: number;
  bareParseMs: number;
  analysisMs: number;
  markdownlintMs: number;
  analysisOverParse: number;
  analysisOverMarkdownlint: number;
  /** Median of each round's analysis / bare parse: less moved than the ratio of medians when the machine's speed drifts during the run. */
  pairedRatio: number;
  samples: { bareParseMs: number[]; analysisMs: number[]; markdownlintMs: number[] };
}

function analysisRows(config: ResolvedConfig): AnalysisRow[] {
  // `batch`: runs timed together in one sample, so that a sample of a small document is long enough to
  // include the garbage collection its allocations cause. No forced gc() between samples: a full GC
  // before each run flushes compiled regexes and shrinks the young generation, a state an editor or
  // the CLI never runs in, and it adds ~10 ms to every small sample alike (which flattered the ratio).
  const few = QUICK && !ANALYSIS_LINES;
  const plan: { lines: number; kind: 'minutes' | 'factbook'; runs: number; batch: number; warm: boolean }[] = [
    { lines: 100, kind: 'minutes' as const, runs: few ? 9 : 31, batch: 10, warm: true },
    { lines: 1000, kind: 'minutes' as const, runs: few ? 5 : 11, batch: 2, warm: true },
    { lines: 10000, kind: 'minutes' as const, runs: few ? 3 : 5, batch: 1, warm: true },
    { lines: 10000, kind: 'factbook' as const, runs: few ? 1 : 3, batch: 1, warm: false },
    ...(few ? [] : [{ lines: 100000, kind: 'minutes' as const, runs: 3, batch: 1, warm: false }]),
  ].filter((p) => !ANALYSIS_LINES || ANALYSIS_LINES.includes(p.lines));
  const rows: AnalysisRow[] = [];
  for (const p of plan) {
    const text = benchDocument(p.lines, p.kind);
    const path = join(tmpdir(), `bench-${p.kind}-${p.lines}.md`);
    const lintIt = () => lint({ strings: { [path]: text } });
    // Warm-up (JIT) on the smaller sizes; the big ones follow already-warm code.
    if (p.warm)
      for (let i = 0; i < 3 * p.batch; i++) {
        parseMarkdown(text);
        analyzeCold(path, text, config);
        lintIt();
      }
    const samples = { bareParseMs: [] as number[], analysisMs: [] as number[], markdownlintMs: [] as number[] };
    const measures: [keyof typeof samples, () => unknown][] = [
      ['bareParseMs', () => parseMarkdown(text)],
      ['analysisMs', () => analyzeCold(path, text, config)],
      ['markdownlintMs', lintIt],
    ];
    gc();
    for (let i = 0; i < p.runs; i++) {
      // Rotate the order each round, so that drift on a shared machine hits all three alike.
      for (let k = 0; k < 3; k++) {
        const [key, fn] = measures[(i + k) % 3];
        samples[key].push(
          time(() => {
            for (let b = 0; b < p.batch; b++) fn();
          }) / p.batch,
        );
      }
    }
    const findings = analyzeCold(path, text, config).length;
    const mdl = lintIt()[path]?.length ?? 0;
    const row: AnalysisRow = {
      document: `${p.kind} ${int(p.lines)}`,
      lines: text.split('\n').length,
      characters: text.length,
      runs: p.runs,
      batch: p.batch,
      findings,
      markdownlintIssues: mdl,
      bareParseMs: median(samples.bareParseMs),
      analysisMs: median(samples.analysisMs),
      markdownlintMs: median(samples.markdownlintMs),
      analysisOverParse: median(samples.analysisMs) / median(samples.bareParseMs),
      pairedRatio: median(samples.analysisMs.map((a, i) => a / samples.bareParseMs[i])),
      analysisOverMarkdownlint: median(samples.analysisMs) / median(samples.markdownlintMs),
      samples,
    };
    rows.push(row);
    console.log(
      `  ${row.document.padEnd(16)} ${int(row.lines).padStart(7)} lines  parse ${ms(row.bareParseMs).padStart(8)}  analysis ${ms(row.analysisMs).padStart(8)} (${ratio(row.analysisOverParse)} parse, paired ${ratio(row.pairedRatio)})  markdownlint ${ms(row.markdownlintMs).padStart(8)} (analysis ${ratio(row.analysisOverMarkdownlint)})  [${row.runs} samples of ${row.batch} run${row.batch > 1 ? 's' : ''}, ${row.findings} findings]`,
    );
  }
  return rows;
}

// ---------------------------------------------------------------- the server, through the tests' client
interface Diagnostic {
  range: { start: { line: number; character: number }; end: { line: number; character: number } };
  code?: string | number;
  message: string | { value: string };
}

/** The shared test client (test/helpers/lspClient.ts) on dist/server.js; a crash or an error the server logs is a problem of the run. */
function server(what: string, cwd: string, settings: object | null): LspTestClient {
  const s = new LspTestClient({ cwd, today: TODAY_ISO, settings });
  s.onLog = (l) => {
    if (l.type === 1) problem(`${what}: the server logged an error: ${l.message.split('\n')[0]}`);
  };
  s.onUnexpectedExit = (how) => problem(`${how} during ${what}`);
  s.conn.onError(([e]) => problem(`${what}: connection error: ${e.message}`));
  return s;
}

/**
 * initialize as a plain editor does (pulls settings, shows progress, versioned diagnostics); `pullDiagnostics`: as
 * vscode-languageclient does, which pulls diagnostics (LSP 3.17) and can be asked to pull them again.
 */
function initialize(
  s: LspTestClient,
  rootUri: string | null,
  initializationOptions?: object,
  pullDiagnostics = false,
): Promise<InitializeResult> {
  return s.initialize(
    {
      rootUri,
      locale: 'en',
      initializationOptions,
      workspaceFolders: rootUri ? [{ uri: rootUri, name: 'bench' }] : null,
      capabilities: {
        workspace: {
          configuration: true,
          workspaceFolders: true,
          ...(pullDiagnostics ? { diagnostics: { refreshSupport: true } } : {}),
        },
        window: { workDoneProgress: true },
        textDocument: {
          publishDiagnostics: { versionSupport: true },
          ...(pullDiagnostics ? { diagnostic: { dynamicRegistration: false } } : {}),
        },
      },
    },
    60000,
  );
}

/** The publish of `version` (or a later one, if the server skipped it) for `uri`: when it arrived and what it said. */
async function diagnosticsOf(
  s: LspTestClient,
  what: string,
  uri: string,
  version: number,
  timeoutMs: number,
): Promise<Publish> {
  const p = await s.waitLatest(uri, version, timeoutMs);
  if (p.version !== version) problem(`${what}: version ${version} was never published; got version ${p.version}`);
  return p;
}

// ---------------------------------------------------------------- 3: typing
/** Where to type: inside paragraph or list-item text, at the end of a word (or before CJK punctuation). */
function typingSpot(line: string, r: () => number): { character: number; char: string } | undefined {
  const spots: { character: number; char: string }[] = [];
  // Lower-case words only (no names), and not the keywords that introduce a due date.
  for (const m of line.matchAll(/(?<![@\w\-./À-ÿ])[a-zà-ÿ]{3,}(?=[ ,.;:])/g)) {
    if (!/^(?:due|fecha|límite|para|antes|del|before|deadline|plazo)$/.test(m[0]))
      spots.push({ character: m.index! + m[0].length, char: 'e' });
  }
  for (const m of line.matchAll(/\p{Script=Han}(?=[，。、])/gu))
    spots.push({ character: m.index! + m[0].length, char: '好' });
  return spots.length ? spots[Math.floor(r() * spots.length)] : undefined;
}

interface TypingResult {
  /** How the diagnostics came: pulled after each didChange (the server offered it), or pushed. */
  delivery: 'pull' | 'push';
  /** Pulled: how many of the edits were answered `unchanged`. */
  unchangedReports?: number;
  lines: number;
  edits: number;
  frontMatterEdits: number;
  settings: object | null;
  openMs: number;
  p50Ms: number;
  p95Ms: number;
  maxMs: number;
  meanMs: number;
  diagnosticsPerPublish: number;
  peakRssMb: number;
  latenciesMs: number[];
  /** The server's CPU time over wall time while edits come 100 ms apart (10 characters a second), in cores. */
  cpuAtTenPerSecond?: { cores: number; edits: number; wallMs: number };
  fullVsIncremental?: {
    same: boolean;
    published: number;
    coldAnalysis: number;
    onlyPublished: string[];
    onlyCold: string[];
  };
}

/** The server process's user + system CPU time so far, in ms (Linux /proc). */
function cpuMs(pid: number | undefined): number {
  try {
    const fields = readFileSync(`/proc/${pid}/stat`, 'utf8')
      .replace(/^.*\) /, '')
      .split(' ');
    return ((Number(fields[11]) + Number(fields[12])) * 1000) / 100; // utime, stime in clock ticks (USER_HZ = 100)
  } catch {
    return NaN;
  }
}

async function typing(
  lines: number,
  edits: number,
  settings: object | null,
  initSettings: object | undefined,
  config: ResolvedConfig,
  opts: { compare: boolean; pacedEdits?: number; pull?: boolean },
): Promise<TypingResult | undefined> {
  const dir = mkdtempSync(join(tmpdir(), 'bench-typing-'));
  const file = join(dir, 'contact-reports-log.md');
  const text = benchDocument(lines);
  writeFileSync(join(dir, '.agency-docs.json'), JSON.stringify(CONFIG));
  writeFileSync(file, text);
  const uri = pathToFileURL(file).toString();
  let label = `typing in ${int(lines)} lines${initSettings ? '' : ' (default settings)'}`;
  const s = server(label, dir, settings);
  try {
    const init = await initialize(
      s,
      pathToFileURL(dir).toString(),
      initSettings ? { settings: initSettings } : undefined,
      opts.pull,
    );
    // As vscode-languageclient: it pulls when the server offers it (an older server only pushes).
    const pulls = Boolean(opts.pull && init.capabilities.diagnosticProvider);
    label += pulls ? ', pulled' : ', pushed';
    s.notify('initialized', {});
    await s.logLine(INDEXED, 60000);
    let unchangedReports = 0;
    /** The diagnostics of `version` as the client has them: pulled right after the didChange, or the publish of that version. */
    const diagnosticsNow = async (
      version: number,
      timeoutMs: number,
    ): Promise<{ at: number; diagnostics: Diagnostic[] }> => {
      if (!pulls) return diagnosticsOf(s, label, uri, version, timeoutMs);
      const p = await s.pullSettled(uri, timeoutMs);
      if (p.kind === 'unchanged') unchangedReports++;
      return { at: p.at, diagnostics: p.items as Diagnostic[] };
    };
    const opened = performance.now();
    s.notify('textDocument/didOpen', { textDocument: { uri, languageId: 'markdown', version: 1, text } });
    const first = await diagnosticsNow(1, 300000);
    unchangedReports = 0;
    const openMs = first.at - opened;

    const doc = text.split('\n');
    const fmEnd = doc.indexOf('---', 1);
    const attendees = doc.findIndex((l) => /^attendees:/.test(l));
    // Lines of running text: paragraphs and list items (task lists included), not headings, tables or front matter.
    const textLines = doc
      .map((_, i) => i)
      .filter((i) => i > fmEnd && /^(?:- |\d+\. |[A-Za-z\p{Script=Han}])/u.test(doc[i]) && !doc[i].startsWith('#'));
    const r = rng(lines);
    const latencies: number[] = [];
    let frontMatterEdits = 0;
    let count = 0;
    let last = first;
    // The paced edits come last, 100 ms apart from the time each was sent (10 characters a second).
    const paced = opts.pacedEdits ?? 0;
    let pacedFrom: { at: number; cpu: number } | undefined;
    for (let v = 2; v < 2 + edits + paced; v++) {
      if (v === 2 + edits) pacedFrom = { at: performance.now(), cpu: cpuMs(s.proc.pid) };
      let line = -1;
      let spot: { character: number; char: string } | undefined;
      if (r() < 0.1 && attendees > 0) {
        // In the front matter: a letter at the end of one of the attendees' names.
        const commas = [...doc[attendees].matchAll(/,/g)].map((m) => m.index!);
        line = attendees;
        spot = { character: commas[Math.floor(r() * commas.length)], char: 'e' };
        frontMatterEdits++;
      } else {
        for (let tries = 0; !spot && tries < 50; tries++) {
          line = textLines[Math.floor(r() * textLines.length)];
          spot = typingSpot(doc[line], r);
        }
      }
      if (!spot) throw new Error('no place to type found');
      const sent = performance.now();
      s.notify('textDocument/didChange', {
        textDocument: { uri, version: v },
        contentChanges: [
          {
            range: { start: { line, character: spot.character }, end: { line, character: spot.character } },
            text: spot.char,
          },
        ],
      });
      last = await diagnosticsNow(v, 60000);
      if (pacedFrom) {
        const wait = sent + 100 - performance.now();
        if (wait > 0) await new Promise((r) => setTimeout(r, wait));
      } else {
        latencies.push(last.at - sent);
        count += last.diagnostics.length;
      }
      doc[line] = doc[line].slice(0, spot.character) + spot.char + doc[line].slice(spot.character);
    }
    const peak = s.peakRssMb();
    const cpuAtTenPerSecond =
      pacedFrom && paced > 0
        ? {
            cores: (cpuMs(s.proc.pid) - pacedFrom.cpu) / (performance.now() - pacedFrom.at),
            edits: paced,
            wallMs: performance.now() - pacedFrom.at,
          }
        : undefined;

    // The incremental path (server: cached chunks and facts across 200 edits) against a cold analysis of the final text.
    let fullVsIncremental: TypingResult['fullVsIncremental'];
    if (opts.compare) {
      const key = (d: Diagnostic) =>
        `${d.range.start.line + 1}:${d.range.start.character + 1}-${d.range.end.line + 1}:${d.range.end.character + 1} ${d.code} ${typeof d.message === 'string' ? d.message : d.message.value}`;
      const published = last.diagnostics.map(key);
      const cold = analyzeCold(file, doc.join('\n'), config).map((f: Finding) =>
        key({ range: f.range, code: f.rule, message: f.message }),
      );
      const a = new Set(published);
      const b = new Set(cold);
      const onlyPublished = published.filter((k) => !b.has(k));
      const onlyCold = cold.filter((k) => !a.has(k));
      fullVsIncremental = {
        same: onlyPublished.length === 0 && onlyCold.length === 0 && published.length === cold.length,
        published: published.length,
        coldAnalysis: cold.length,
        onlyPublished: onlyPublished.slice(0, 10),
        onlyCold: onlyCold.slice(0, 10),
      };
      if (!fullVsIncremental.same) {
        problem(
          `${label}: after ${edits} edits the server published ${published.length} diagnostics, a cold analysis of the same text finds ${cold.length}; ${onlyPublished.length} only published, ${onlyCold.length} only in the cold analysis (e.g. ${onlyPublished[0] ?? onlyCold[0]})`,
        );
      }
    }
    return {
      delivery: pulls ? 'pull' : 'push',
      unchangedReports: pulls ? unchangedReports : undefined,
      lines: doc.length,
      edits: latencies.length,
      frontMatterEdits,
      settings,
      openMs,
      p50Ms: percentile(latencies, 50),
      p95Ms: percentile(latencies, 95),
      maxMs: Math.max(...latencies),
      meanMs: latencies.reduce((a, b) => a + b, 0) / latencies.length,
      diagnosticsPerPublish: Math.round(count / latencies.length),
      peakRssMb: peak,
      latenciesMs: latencies.map((x) => rounded(x, 1)!),
      fullVsIncremental,
      cpuAtTenPerSecond,
    };
  } catch (e) {
    problem(`${label}: ${(e as Error).message}`);
    return undefined;
  } finally {
    await s.stop(5000);
    rmSync(dir, { recursive: true, force: true });
  }
}

// ---------------------------------------------------------------- 4: workspace
interface IndexResult {
  documents: number;
  initializeToIndexedMs: number;
  initializeResultToIndexedMs: number;
  peakRssMb: number;
  log: string;
}

async function serverIndex(dir: string, n: number): Promise<IndexResult | undefined> {
  const s = server(`indexing ${int(n)} documents`, dir, { debounce: 0 });
  try {
    const t0 = performance.now();
    await initialize(s, pathToFileURL(dir).toString());
    const t1 = performance.now();
    s.notify('initialized', {});
    const log = await s.logLine(INDEXED, 300000);
    const t2 = performance.now();
    const peak = s.peakRssMb();
    if (!log.includes(`indexed ${n} agency documents`))
      problem(`indexing ${int(n)} documents: the server said “${log}”`);
    return { documents: n, initializeToIndexedMs: t2 - t0, initializeResultToIndexedMs: t2 - t1, peakRssMb: peak, log };
  } catch (e) {
    problem(`indexing ${int(n)} documents: ${(e as Error).message}`);
    return undefined;
  } finally {
    await s.stop(5000);
  }
}

interface CliRound {
  cliMs: number;
  bareParseMs: number;
  ratio: number;
}
interface CliResult {
  documents: number;
  rounds: CliRound[];
  cliMs: number;
  bareParseMs: number;
  cliOverParse: number;
  exitCode: number | null;
  findings: number;
  findingsByRule: Record<string, number>;
  /** The highest peak RSS of the CLI's process over the rounds (main thread and workers). */
  peakRssMb?: number;
  /** Two bare parses of the folder in two processes at once, against one alone: what a second thread can add on this machine. */
  parallelCapacity?: { aloneMs: number; twoAtOnceMs: number[]; throughputGain: number };
}

function runCli(
  dir: string,
  extra: string[] = [],
): { ms: number; status: number | null; stdout: string; stderr: string; signal: string | null; peakRssMb?: number } {
  const rssFile = join(tmpdir(), `agency-docs-bench-rss-${process.pid}.txt`);
  rmSync(rssFile, { force: true });
  const t = performance.now();
  const r = spawnSync(
    process.execPath,
    ['-r', PEAK_RSS_HOOK, CLI, 'check', dir, '--format', 'json', '--today', TODAY_ISO, ...extra],
    { encoding: 'utf8', maxBuffer: 1 << 30, env: { ...process.env, LANG: 'en_US.UTF-8', AGENCY_BENCH_RSS: rssFile } },
  );
  const ms = performance.now() - t;
  let peakRssMb: number | undefined;
  try {
    peakRssMb = Number(readFileSync(rssFile, 'utf8')) / 1024;
  } catch {
    problem('CLI check: its peak RSS was not reported');
  }
  rmSync(rssFile, { force: true });
  return { ms, status: r.status, stdout: r.stdout, stderr: r.stderr, signal: r.signal, peakRssMb };
}

/** What the CLI check of a larger folder costs, run once: time and peak RSS, for how cost grows with the number of files. */
interface CliScale {
  documents: number;
  cliMs: number;
  peakRssMb?: number;
  exitCode: number | null;
  findings: number;
}

/** False, with the problem noted, when the CLI crashed or refused the run (exit codes 0 and 1 are results). */
function cliRan(r: ReturnType<typeof runCli>, documents: number): boolean {
  if (r.status === 0 || r.status === 1) return true;
  problem(
    `CLI check of ${int(documents)} documents: exit code ${r.status} ${r.signal ?? ''} ${r.stderr.slice(0, 300)}`,
  );
  return false;
}

function cliOnce(dir: string, documents: number): CliScale | undefined {
  const r = runCli(dir);
  if (!cliRan(r, documents)) return undefined;
  let findings = 0;
  try {
    findings = (JSON.parse(r.stdout) as unknown[]).length;
  } catch {
    problem(`CLI check of ${int(documents)} documents: the output is not JSON`);
  }
  return { documents, cliMs: r.ms, peakRssMb: r.peakRssMb, exitCode: r.status, findings };
}

/** The bare parse of every file, one after another, in a new process (bench/bare-parse.ts); resolves to its own timing. */
function bareParseProcess(dir: string): Promise<number> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [...process.execArgv, join(__dirname, 'bare-parse.ts'), dir], {
      stdio: ['ignore', 'pipe', 'inherit'],
    });
    let out = '';
    child.stdout.on('data', (d) => {
      out += d;
    });
    child.on('error', reject);
    child.on('exit', (code) =>
      code === 0 ? resolve(Number(out.trim())) : reject(new Error(`bare-parse.ts exited with ${code}`)),
    );
  });
}

/**
 * The CLI's check of the folder against bare-parsing the same files one after another in this process,
 * alternated over a few rounds (the ratio of the medians; each round's ratio is kept too).
 */
async function cliVsParse(dir: string, files: string[]): Promise<CliResult | undefined> {
  const rounds: CliRound[] = [];
  const peaks: number[] = [];
  let last: ReturnType<typeof runCli> | undefined;
  const parse = () => {
    gc();
    const p = performance.now();
    for (const f of files) parseMarkdown(readFileSync(f, 'utf8'));
    return performance.now() - p;
  };
  for (let i = 0; i < CLI_ROUNDS; i++) {
    // Alternate which one goes first, so that drift hits both alike.
    const parseFirst = i % 2 === 1;
    const before = parseFirst ? parse() : 0;
    last = runCli(dir);
    if (!cliRan(last, files.length)) return undefined;
    const bareParseMs = parseFirst ? before : parse();
    rounds.push({ cliMs: last.ms, bareParseMs, ratio: last.ms / bareParseMs });
    if (last.peakRssMb !== undefined) peaks.push(last.peakRssMb);
  }
  let findings: { rule: string }[] = [];
  try {
    findings = JSON.parse(last!.stdout);
  } catch {
    problem('CLI check: the output is not JSON');
  }
  const findingsByRule: Record<string, number> = {};
  for (const f of findings) findingsByRule[f.rule] = (findingsByRule[f.rule] ?? 0) + 1;
  let parallelCapacity: CliResult['parallelCapacity'];
  try {
    const aloneMs = await bareParseProcess(dir);
    const twoAtOnceMs = await Promise.all([bareParseProcess(dir), bareParseProcess(dir)]);
    parallelCapacity = { aloneMs, twoAtOnceMs, throughputGain: (2 * aloneMs) / Math.max(...twoAtOnceMs) };
  } catch (e) {
    problem(`parallel capacity: ${(e as Error).message}`);
  }
  const cliMs = median(rounds.map((r) => r.cliMs));
  const bareParseMs = median(rounds.map((r) => r.bareParseMs));
  return {
    documents: files.length,
    rounds,
    cliMs,
    bareParseMs,
    cliOverParse: cliMs / bareParseMs,
    exitCode: last!.status,
    findings: findings.length,
    findingsByRule,
    peakRssMb: peaks.length ? Math.max(...peaks) : undefined,
    parallelCapacity,
  };
}
const CLI_ROUNDS = 3;

/**
 * `check --cache`: a cold run that writes the cache, one document changed (a line appended), the re-check
 * with the cache; its time against the plain cold run of the same folder. With `compare`, the re-check's
 * output against a cold run of the changed folder without the cache (byte for byte).
 */
interface CacheResult {
  documents: number;
  coldMs: number;
  coldWithCacheMs: number;
  warmMs: number;
  warmOverCold: number;
  warmPeakRssMb?: number;
  cacheBytes: number;
  identical?: boolean;
}

function cachedRecheck(dir: string, files: string[], coldMs: number, compare: boolean): CacheResult | undefined {
  const cacheFile = join(dir, '..', `${dir.split('/').pop()}.agency-docs-cache`);
  rmSync(cacheFile, { force: true });
  try {
    const first = runCli(dir, [`--cache=${cacheFile}`]);
    if (!cliRan(first, files.length)) return undefined;
    const changed = files[Math.floor(files.length / 2)];
    writeFileSync(changed, readFileSync(changed, 'utf8') + '\nOne more line of notes, for the cached re-check.\n');
    const warm = runCli(dir, [`--cache=${cacheFile}`]);
    if (!cliRan(warm, files.length)) return undefined;
    let identical: boolean | undefined;
    if (compare) {
      const cold = runCli(dir);
      identical = cold.stdout === warm.stdout && cold.stderr === warm.stderr && cold.status === warm.status;
      if (!identical)
        problem(`check --cache on ${int(files.length)} documents: the re-check's output differs from a cold run's`);
    }
    return {
      documents: files.length,
      coldMs,
      coldWithCacheMs: first.ms,
      warmMs: warm.ms,
      warmOverCold: warm.ms / coldMs,
      warmPeakRssMb: warm.peakRssMb,
      cacheBytes: statSync(cacheFile).size,
      identical,
    };
  } finally {
    rmSync(cacheFile, { force: true });
  }
}

/** markdownlint-cli2 (default rules) on the same folder, wall clock of its process, median of `rounds`. */
interface PeerResult {
  version: string;
  ms: number;
  samplesMs: number[];
  issues: number;
}
function markdownlintCli2(dir: string, files: number, rounds: number): PeerResult | undefined {
  const root = join(ROOT, 'node_modules', 'markdownlint-cli2');
  const bin = join(root, JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')).bin['markdownlint-cli2']);
  const samplesMs: number[] = [];
  let issues = 0;
  for (let i = 0; i < rounds; i++) {
    const t = performance.now();
    const r = spawnSync(process.execPath, [bin, '**/*.md'], { cwd: dir, encoding: 'utf8', maxBuffer: 1 << 30 });
    samplesMs.push(performance.now() - t);
    if (r.status !== 0 && r.status !== 1) {
      problem(`markdownlint-cli2: exit ${r.status} ${r.stderr.slice(0, 200)}`);
      return undefined;
    }
    // Its lines read `file.md:36:81 error MD013/line-length …`; it says how many files it linted (the same folder as ours).
    issues = r.stderr.split('\n').filter((l) => /:\d+(?::\d+)? (?:error |warning )?MD\d{3}\//.test(l)).length;
    const linted = Number(/Linting: (\d+) file/.exec(r.stdout)?.[1]);
    if (linted !== files) problem(`markdownlint-cli2 linted ${linted} files, not the ${files} of the folder`);
  }
  return {
    version: JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')).version,
    ms: median(samplesMs),
    samplesMs,
    issues,
  };
}

// ---------------------------------------------------------------- 5: start
interface StartTimes {
  /** Without a code cache: the first start, and every start in an editor that gives the server no cache folder. */
  spawnToInitializeMs: number;
  samplesMs: number[];
  /** With the code cache an earlier start wrote (AGENCY_DOCS_CODE_CACHE; what the VS Code client gives). */
  withCodeCacheMs: number;
  withCodeCacheSamplesMs: number[];
  /** Over stdio, the e2e workspace: spawn → first diagnostics of a 100-line document opened right after `initialized` (bench/cold-open.ts). */
  coldOpen: { withoutCache: ColdOpen; withCodeCache: ColdOpen };
  clientBundleBytes: number;
  serverBundleBytes: number;
}
async function startTimes(): Promise<StartTimes> {
  const dir = mkdtempSync(join(tmpdir(), 'bench-start-'));
  const cache = mkdtempSync(join(tmpdir(), 'bench-code-cache-'));
  const spawnToInitialize = async (codeCache?: string) => {
    const samples: number[] = [];
    for (let i = 0; i < 5; i++) {
      if (codeCache) process.env.AGENCY_DOCS_CODE_CACHE = codeCache;
      const s = server('start', dir, {});
      delete process.env.AGENCY_DOCS_CODE_CACHE;
      try {
        await initialize(s, null);
        samples.push(performance.now() - s.spawnedAt);
      } catch (e) {
        problem(`start: ${(e as Error).message}`);
      } finally {
        await s.stop(5000);
      }
    }
    return samples;
  };
  const coldOpens = async (codeCache?: string) => {
    const ws = mkdtempSync(join(tmpdir(), 'bench-cold-open-'));
    cpSync(join(ROOT, 'test', 'e2e', 'workspace'), ws, { recursive: true });
    const all: ColdOpen[] = [];
    for (let i = 0; i < 5; i++) {
      if (codeCache) process.env.AGENCY_DOCS_CODE_CACHE = codeCache;
      try {
        all.push(await coldOpen(ws));
      } catch (e) {
        problem(`cold open over stdio: ${(e as Error).message}`);
      } finally {
        delete process.env.AGENCY_DOCS_CODE_CACHE;
      }
    }
    rmSync(ws, { recursive: true, force: true });
    const med = (k: Exclude<keyof ColdOpen, 'firstIsFinal'>) => median(all.map((r) => r[k]));
    const final = all.every((r) => r.firstIsFinal);
    if (!final) problem('cold open over stdio: the first diagnostics were not those after the index');
    return {
      initializeMs: med('initializeMs'),
      diagnosticsMs: med('diagnosticsMs'),
      cpuAtDiagnosticsMs: med('cpuAtDiagnosticsMs'),
      indexedMs: med('indexedMs'),
      diagnostics: med('diagnostics'),
      firstIsFinal: final,
    };
  };
  const samples = await spawnToInitialize();
  const withoutCache = await coldOpens();
  // The first start with the cache folder writes it (once its first checks ran, or at its exit); the next ones use it.
  await coldOpens(cache);
  const withCodeCache = await coldOpens(cache);
  const cached = await spawnToInitialize(cache);
  rmSync(dir, { recursive: true, force: true });
  rmSync(cache, { recursive: true, force: true });
  return {
    spawnToInitializeMs: median(samples),
    samplesMs: samples,
    withCodeCacheMs: median(cached),
    withCodeCacheSamplesMs: cached,
    coldOpen: { withoutCache, withCodeCache },
    clientBundleBytes: statSync(join(ROOT, 'dist', 'client.js')).size,
    serverBundleBytes:
      statSync(join(ROOT, 'dist', 'server.js')).size + statSync(join(ROOT, 'dist', 'server-main.js')).size,
  };
}

// ---------------------------------------------------------------- 6: package
/** The .vsix as `npm run package` makes it (both hosts' bundles), and the browser's bundles. */
interface PackageSizes {
  vsixBytes?: number;
  webClientBundleBytes: number;
  webServerBundleBytes: number;
}
function packageSizes(): PackageSizes {
  const sizes: PackageSizes = {
    webClientBundleBytes: statSync(join(ROOT, 'dist', 'web', 'client.js')).size,
    webServerBundleBytes: statSync(join(ROOT, 'dist', 'web', 'server.js')).size,
  };
  const dir = mkdtempSync(join(tmpdir(), 'bench-vsix-'));
  try {
    const out = join(dir, 'agency-docs.vsix');
    const r = spawnSync(
      'npx',
      ['vsce', 'package', '--no-dependencies', '--allow-missing-repository', '--no-rewrite-relative-links', '-o', out],
      { cwd: ROOT, encoding: 'utf8' },
    );
    if (r.status === 0) sizes.vsixBytes = statSync(out).size;
    else
      problem(
        `package: vsce exited with ${r.status}: ${(r.stderr || r.stdout).trim().split('\n').slice(-3).join(' ')}`,
      );
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
  return sizes;
}

/** What the real VS Code run (test/e2e) measured of the extension's activation (see its first test). */
interface Activation {
  measuredAt: string;
  vscodeVersion: string;
  /** VS Code's own marks in the extension host: loading the bundle, then activate() until its promise settled. */
  vscodeMs: { codeLoading: number; activateCall: number };
  /** The extension's own clock (client/extension.ts): activate() itself, and until the server answered `initialize`. */
  extensionMs: { activateMs: number; bundleEvaluationMs?: number; serverProcessMs?: number; serverReadyMs?: number };
  /**
   * A 100-line document opened in the window just started (cold: server start and index included) and once the workspace
   * is indexed (warm): from the test's open call, and from the client's didOpen, to the first diagnostics the client received.
   */
  open?: {
    cold?: {
      fromOpenCallMs: number;
      didOpenToDiagnosticsMs: number;
      didOpenSentMs?: number;
      serverReadyMs?: number;
      activateStartMs?: number;
      activeBefore?: boolean;
    };
    warm?: { fromOpenCallMs: number; didOpenToDiagnosticsMs: number };
  };
  /** In this run, or read from the last real VS Code run. */
  source: 'this run' | 'an earlier run';
}

/**
 * Runs the real VS Code tests (test/e2e/run.sh, through vscode-e2e) when they are installed here, and reads the
 * activation figures they write; without vscode-e2e (or with BENCH_SKIP_E2E=1), those of the last run, if any.
 */
function activationInVsCode(): Activation | undefined {
  const file = join(ROOT, 'out', 'e2e', 'activation.json');
  const e2e = process.env.VSCODE_E2E_DIR ?? join(ROOT, '..', 'shared', 'vscode-e2e');
  let ran = false;
  if (process.env.BENCH_SKIP_E2E !== '1' && existsSync(join(e2e, 'run.mjs'))) {
    rmSync(file, { force: true });
    const r = spawnSync('bash', [join(ROOT, 'test', 'e2e', 'run.sh')], {
      cwd: ROOT,
      encoding: 'utf8',
      maxBuffer: 1 << 28,
      env: { ...process.env, VSCODE_E2E_DIR: e2e, AGENCY_DOCS_ACTIVATION_FILE: file },
    });
    if (r.status !== 0)
      problem(
        `the real VS Code run failed (exit ${r.status}): ${(r.stdout + r.stderr).trim().split('\n').slice(-5).join(' | ')}`,
      );
    ran = true;
  }
  if (!existsSync(file)) {
    problem(
      `activation in VS Code not measured: ${ran ? 'the real VS Code run wrote no figures' : `no vscode-e2e at ${e2e} (set VSCODE_E2E_DIR) and no earlier run's ${file.slice(ROOT.length + 1)}`}`,
    );
    return undefined;
  }
  return {
    ...(JSON.parse(readFileSync(file, 'utf8')) as Omit<Activation, 'source'>),
    source: ran ? 'this run' : 'an earlier run',
  };
}

// ---------------------------------------------------------------- the run
interface Row {
  measure: string;
  result: string;
  goal: string;
  met: 'yes' | 'no' | '—';
}
const met = (ok: boolean | undefined): Row['met'] => (ok === undefined ? '—' : ok ? 'yes' : 'no');

function table(rows: Row[]): string {
  const w = [0, 1, 2, 3].map((k) =>
    Math.max(
      ...[{ measure: 'Measure', result: 'Result', goal: 'Goal', met: 'Met' }, ...rows].map(
        (r) => [r.measure, r.result, r.goal, r.met][k].length,
      ),
    ),
  );
  const line = (c: string[]) => `| ${c.map((x, k) => x.padEnd(w[k])).join(' | ')} |`;
  return [
    line(['Measure', 'Result', 'Goal', 'Met']),
    `|${w.map((n) => '-'.repeat(n + 2)).join('|')}|`,
    ...rows.map((r) => line([r.measure, r.result, r.goal, r.met])),
  ].join('\n');
}

async function main(): Promise<void> {
  const started = performance.now();
  if (process.env.BENCH_SKIP_BUILD !== '1') {
    const b = spawnSync(process.execPath, [join(ROOT, 'esbuild.mjs')], { cwd: ROOT, stdio: 'inherit' });
    if (b.status !== 0) {
      console.error('bench: the build (node esbuild.mjs) failed; nothing measured.');
      process.exit(1);
    }
  }
  const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8'));
  const defaultDebounceMs: number = pkg.contributes?.configuration?.properties?.['agencyDocs.debounce']?.default ?? NaN;
  const machine = {
    cores: cpus().length,
    cpu: cpus()[0]?.model ?? 'unknown',
    node: process.version,
    os: `${platform()} ${release()}`,
    memoryGb: Math.round(totalmem() / 2 ** 30),
    loadAverageAtStart: loadavg().map((x) => rounded(x)),
    markdownlint: JSON.parse(readFileSync(join(ROOT, 'node_modules', 'markdownlint', 'package.json'), 'utf8'))
      .version as string,
  };
  const config = resolveConfig(CONFIG as AgencyConfig);
  console.log(
    `agency-docs benchmark — ${machine.cores} cores, ${machine.cpu}, Node ${machine.node}, markdownlint ${machine.markdownlint}${QUICK ? ' — QUICK (not for the record)' : ''}`,
  );
  console.log(`  load average at start: ${machine.loadAverageAtStart.join(' ')}`);

  let t = performance.now();
  console.log(
    '\n1-2. one document, cold, in this process: bare parse (unified + remark-parse + remark-frontmatter + GFM tables/task lists) vs our full analysis vs markdownlint (sync, default rules); medians',
  );
  const analysis = runs('analysis') ? analysisRows(config) : [];
  console.log(`  (${elapsed(t)})`);

  t = performance.now();
  console.log(
    `\n3. typing over stdio to dist/server.js: didChange → the diagnostics of that version, as vscode-languageclient gets them (pulled: textDocument/diagnostic sent right after the didChange, until its answer, full or unchanged) and as a client without pull does (pushed: until the publishDiagnostics of that version)`,
  );
  console.log(
    `  default settings (agencyDocs.debounce ${defaultDebounceMs}: a check runs as soon as the server is idle); each edit waits for the diagnostics of the one before`,
  );
  const typingRows: TypingResult[] = [];
  // 100,000 lines: fewer edits (each open and cold comparison there takes seconds); 10,000 lines: then 50 edits at 10 a second for the CPU.
  const typingPlan = [
    { lines: 1000, edits: 200 },
    { lines: 10000, edits: 200, paced: 50 },
    ...(QUICK && !ONLY?.includes('typing') ? [] : [{ lines: 100000, edits: 60 }]),
  ];
  // BENCH_TYPING=pull or push: one way only (for series that alternate builds).
  const deliveries = (['pull', 'push'] as const).filter(
    (d) => !process.env.BENCH_TYPING || process.env.BENCH_TYPING === d,
  );
  for (const delivery of deliveries)
    for (const p of runs('typing') ? typingPlan : []) {
      const res = await typing(p.lines, p.edits, {}, undefined, config, {
        compare: true,
        pacedEdits: p.paced,
        pull: delivery === 'pull',
      });
      if (!res) continue;
      typingRows.push(res);
      const fi = res.fullVsIncremental;
      console.log(
        `  ${res.delivery.padEnd(5)} ${int(res.lines).padStart(7)} lines: p50 ${ms(res.p50Ms)}, p95 ${ms(res.p95Ms)}, max ${ms(res.maxMs)} over ${res.edits} edits (${res.frontMatterEdits} in the front matter${res.unchangedReports !== undefined ? `; ${res.unchangedReports} answered unchanged` : ''}); open ${ms(res.openMs)}; ${res.diagnosticsPerPublish} diagnostics in the document; peak RSS ${res.peakRssMb.toFixed(0)} MB; final diagnostics ${fi?.same ? 'equal' : 'DIFFERENT from'} a cold analysis (${fi?.published} vs ${fi?.coldAnalysis})${res.cpuAtTenPerSecond ? `; CPU at 10 edits a second ${res.cpuAtTenPerSecond.cores.toFixed(2)} of a core` : ''}`,
      );
    }
  console.log(`  (${elapsed(t)})`);

  t = performance.now();
  console.log(
    '\n4. workspace: server index (initialize → “indexed …” log) and peak RSS (VmHWM); CLI check vs bare parse of the same files',
  );
  const index: IndexResult[] = [];
  let cli: CliResult | undefined;
  const caches: CacheResult[] = [];
  const cliScales: CliScale[] = [];
  let peer: PeerResult | undefined;
  const folderSizes = [
    ...new Set([...(runs('workspace') ? (QUICK ? [1000] : [1000, 10000]) : []), ...(runs('cli') ? CLI_SIZES : [])]),
  ].sort((a, b) => a - b);
  for (const n of folderSizes) {
    const dir = mkdtempSync(join(tmpdir(), `bench-ws-${n}-`));
    try {
      const files = writeWorkspace(dir, n);
      const res = runs('workspace') && n <= 10000 ? await serverIndex(dir, n) : undefined;
      if (res) {
        index.push(res);
        console.log(
          `  ${int(n).padStart(6)} documents: index ${ms(res.initializeToIndexedMs)} (${ms(res.initializeResultToIndexedMs)} after the initialize result), peak RSS ${res.peakRssMb.toFixed(0)} MB`,
        );
      }
      let coldMs: number | undefined;
      if (n === 1000) {
        cli = await cliVsParse(dir, files);
        if (cli) {
          coldMs = cli.cliMs;
          console.log(
            `  ${int(n).padStart(6)} documents: CLI check ${ms(cli.cliMs)} (exit ${cli.exitCode}, ${int(cli.findings)} findings, peak RSS ${mb(cli.peakRssMb)}) vs bare parse ${ms(cli.bareParseMs)} → ${ratio(cli.cliOverParse)} (medians of ${cli.rounds.length} alternated rounds: ${cli.rounds.map((r) => ratio(r.ratio)).join(', ')})`,
          );
          const pc = cli.parallelCapacity;
          if (pc)
            console.log(
              `  parallel capacity: the bare parse alone in a process ${ms(pc.aloneMs)}, two at once ${pc.twoAtOnceMs.map(ms).join(' and ')} → two threads do ${ratio(pc.throughputGain)} the work of one`,
            );
        }
        // The peer on the same folder, in the same run: markdownlint-cli2's own process, wall clock.
        peer = markdownlintCli2(dir, files.length, CLI_ROUNDS);
        if (peer && cli)
          console.log(
            `  markdownlint-cli2 ${peer.version} on the same ${int(n)} documents: ${ms(peer.ms)} (${peer.samplesMs.map(ms).join(', ')}; ${int(peer.issues)} issues) → our CLI ${ratio(cli.cliMs / peer.ms)} its time`,
          );
      } else {
        // The larger folders once, for how the cost and the memory grow (their bare parse alone would take as long again).
        const scale = cliOnce(dir, n);
        if (scale) {
          cliScales.push(scale);
          coldMs = scale.cliMs;
          console.log(
            `  ${int(n).padStart(6)} documents: CLI check ${ms(scale.cliMs)} (exit ${scale.exitCode}, ${int(scale.findings)} findings), peak RSS ${mb(scale.peakRssMb)}`,
          );
        }
      }
      // The cached re-check: on 1,000 and 10,000 documents (at 1,000 its output is compared with a cold run's).
      if (coldMs !== undefined && n <= 10000 && runs('cli')) {
        const c = cachedRecheck(dir, files, coldMs, n === 1000);
        if (c) {
          caches.push(c);
          console.log(
            `  ${int(n).padStart(6)} documents, check --cache after one changed: ${ms(c.warmMs)} against the cold run's ${ms(c.coldMs)} → ${(100 * c.warmOverCold).toFixed(1)}% (the cold run writing the cache: ${ms(c.coldWithCacheMs)}; cache ${(c.cacheBytes / 2 ** 20).toFixed(1)} MB; peak RSS ${mb(c.warmPeakRssMb)})${c.identical === undefined ? '' : c.identical ? '; output identical to a cold run' : '; OUTPUT DIFFERS from a cold run'}`,
          );
        }
      }
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }
  const cliLarge = cliScales.find((c) => c.documents === 10000);
  console.log(`  (${elapsed(t)})`);

  console.log('\n5. start');
  const start = await startTimes();
  console.log(
    `  spawn → initialize result ${ms(start.spawnToInitializeMs)} (median of ${start.samplesMs.length}; ${ms(start.withCodeCacheMs)} with the code cache of an earlier start); dist/client.js ${kb(start.clientBundleBytes)}, dist/server.js + server-main.js ${kb(start.serverBundleBytes)}`,
  );
  for (const [label, c] of [
    ['first start', start.coldOpen.withoutCache],
    ['with the code cache', start.coldOpen.withCodeCache],
  ] as const)
    console.log(
      `  cold open over stdio (${label}): spawn → initialize ${ms(c.initializeMs)}, → diagnostics of a 100-line document opened at once ${ms(c.diagnosticsMs)} (server CPU ${ms(c.cpuAtDiagnosticsMs)}), → workspace indexed ${ms(c.indexedMs)}`,
    );
  const activation = runs('start') ? activationInVsCode() : undefined;
  const sizes = runs('package') ? packageSizes() : undefined;
  if (sizes)
    console.log(
      `\n6. package: .vsix ${sizes.vsixBytes === undefined ? 'not built' : kb(sizes.vsixBytes)}; dist/web/client.js ${kb(sizes.webClientBundleBytes)}, dist/web/server.js ${kb(sizes.webServerBundleBytes)}`,
    );
  if (activation) {
    const { vscodeMs: v, extensionMs: e } = activation;
    console.log(
      `  in VS Code ${activation.vscodeVersion} (real VS Code run, ${activation.source === 'this run' ? 'this run' : `an earlier run, ${activation.measuredAt}`}): loading the client ${ms(v.codeLoading)}, activate() ${ms(v.activateCall)} (VS Code's marks; ${ms(e.activateMs)} by the extension's own clock); server's process started ${e.serverProcessMs === undefined ? '—' : ms(e.serverProcessMs)} and ready ${e.serverReadyMs === undefined ? '—' : ms(e.serverReadyMs)} after activate() began`,
    );
    const o = activation.open;
    if (o?.warm)
      console.log(
        `  open a 100-line document, workspace indexed: didOpen → diagnostics ${ms(o.warm.didOpenToDiagnosticsMs)}, from the open call ${ms(o.warm.fromOpenCallMs)}`,
      );
    if (o?.cold)
      console.log(
        `  open a 100-line document in the window just started: open call → diagnostics ${ms(o.cold.fromOpenCallMs)} (activate() began at ${o.cold.activateStartMs === undefined ? '—' : ms(o.cold.activateStartMs)}, server ready at ${o.cold.serverReadyMs === undefined ? '—' : ms(o.cold.serverReadyMs)}, didOpen sent at ${o.cold.didOpenSentMs === undefined ? '—' : ms(o.cold.didOpenSentMs)}; didOpen → diagnostics ${ms(o.cold.didOpenToDiagnosticsMs)})`,
      );
  }

  // ---------------------------------------------------------------- the table
  const rows: Row[] = [
    { measure: 'Machine', result: `${machine.cores} cores, ${machine.cpu}, Node ${machine.node}`, goal: '', met: '—' },
  ];
  for (const a of analysis)
    rows.push({
      measure: `Analysis / bare parse, ${a.document} (${int(a.lines)} lines)`,
      result: `${ms(a.analysisMs)} / ${ms(a.bareParseMs)} = ${ratio(a.analysisOverParse)} (paired rounds: ${ratio(a.pairedRatio)})`,
      goal: '≤ 1.25×',
      met: met(a.analysisOverParse <= 1.25 && a.pairedRatio <= 1.25),
    });
  for (const a of analysis)
    rows.push({
      measure: `Analysis / markdownlint, ${a.document}`,
      result: `${ms(a.analysisMs)} / ${ms(a.markdownlintMs)} = ${ratio(a.analysisOverMarkdownlint)}`,
      goal: 'report',
      met: '—',
    });
  for (const r of typingRows) {
    // 10,000 lines: p50 and p95 (issue 21, item 1); 100,000 lines: p50 (item 4); 1,000 lines: the base of the growth below.
    // The goals are the pulled rows' (VS Code's client pulls); the pushed rows are for clients without pull.
    const pulled = r.delivery === 'pull';
    const goal = !pulled ? 'report' : r.lines > 50000 ? '≤ 30 ms p50' : r.lines > 5000 ? '≤ 30 / ≤ 60 ms' : 'report';
    const ok = !pulled
      ? '—'
      : r.lines > 50000
        ? met(r.p50Ms <= 30)
        : r.lines > 5000
          ? met(r.p50Ms <= 30 && r.p95Ms <= 60)
          : '—';
    rows.push({
      measure: `Typing, default settings, ${int(r.lines)} lines, ${pulled ? 'pulled' : 'pushed (clients without pull)'}, p50 / p95`,
      result: `${ms(r.p50Ms)} / ${ms(r.p95Ms)}`,
      goal,
      met: ok,
    });
  }
  for (const delivery of ['pull', 'push'] as const) {
    const typing1k = typingRows.find((r) => r.lines < 5000 && r.delivery === delivery);
    const typing100k = typingRows.find((r) => r.lines > 50000 && r.delivery === delivery);
    if (typing1k && typing100k)
      rows.push({
        measure: `Typing, time per edit (p50), 100,000 / 1,000 lines, ${delivery === 'pull' ? 'pulled' : 'pushed'}`,
        result: `${ms(typing100k.p50Ms)} / ${ms(typing1k.p50Ms)} = ${ratio(typing100k.p50Ms / typing1k.p50Ms)}`,
        goal: delivery === 'pull' ? '≤ 2×' : 'report',
        met: delivery === 'pull' ? met(typing100k.p50Ms / typing1k.p50Ms <= 2) : '—',
      });
  }
  for (const r of typingRows)
    if (r.cpuAtTenPerSecond)
      rows.push({
        measure: `Server CPU while typing 10 characters a second, ${int(r.lines)} lines, ${r.delivery}ed`,
        result: `${r.cpuAtTenPerSecond.cores.toFixed(2)} of a core (${r.cpuAtTenPerSecond.edits} edits)`,
        goal: '< 1 core',
        met: met(r.cpuAtTenPerSecond.cores < 1),
      });
  for (const r of typingRows)
    if (r.fullVsIncremental)
      rows.push({
        measure: `Incremental = full analysis after typing, ${int(r.lines)} lines, ${r.delivery}ed`,
        result: r.fullVsIncremental.same
          ? `yes (${r.fullVsIncremental.published} diagnostics)`
          : `NO (${r.fullVsIncremental.published} vs ${r.fullVsIncremental.coldAnalysis})`,
        goal: 'equal',
        met: met(r.fullVsIncremental.same),
      });
  for (const i of index) {
    const goal = i.documents >= 10000;
    rows.push({
      measure: `Server index, ${int(i.documents)} documents`,
      result: `${ms(i.initializeToIndexedMs)}, peak RSS ${i.peakRssMb.toFixed(0)} MB`,
      goal: goal ? '≤ 10 s, ≤ 400 MB' : 'report',
      met: goal ? met(i.initializeToIndexedMs <= 10000 && i.peakRssMb <= 400) : '—',
    });
  }
  if (cli)
    rows.push({
      measure: `CLI check / bare parse, ${int(cli.documents)} documents`,
      result: `${ms(cli.cliMs)} / ${ms(cli.bareParseMs)} = ${ratio(cli.cliOverParse)} (rounds: ${cli.rounds.map((r) => ratio(r.ratio)).join(', ')})`,
      goal: '< 1×',
      met: met(cli.cliOverParse < 1),
    });
  if (cli)
    rows.push({
      measure: `CLI check, ${int(cli.documents)} documents: time, peak RSS`,
      result: `${ms(cli.cliMs)}, ${mb(cli.peakRssMb)}`,
      goal: 'report',
      met: '—',
    });
  const cli10k = cliScales.find((c) => c.documents === 10000);
  for (const c of cliScales) {
    const flat =
      c.documents === 50000 && cli10k?.peakRssMb !== undefined && c.peakRssMb !== undefined
        ? c.peakRssMb / cli10k.peakRssMb
        : undefined;
    rows.push({
      measure: `CLI check, ${int(c.documents)} documents: time, peak RSS`,
      result: `${ms(c.cliMs)}, ${mb(c.peakRssMb)}${flat === undefined ? '' : ` (${ratio(flat)} the 10,000-document peak)`}`,
      goal: c.documents === 10000 ? '≤ 400 MB' : '≤ 400 MB, flat (≤ 1.15× at 10,000)',
      met: met(
        c.peakRssMb !== undefined &&
          c.peakRssMb <= 400 &&
          (c.documents !== 50000 || (flat !== undefined && flat <= 1.15)),
      ),
    });
  }
  for (const c of caches) {
    rows.push({
      measure: `CLI check --cache, ${int(c.documents)} documents, one changed / cold run`,
      result: `${ms(c.warmMs)} / ${ms(c.coldMs)} = ${(100 * c.warmOverCold).toFixed(1)}%`,
      goal: c.documents === 10000 ? '≤ 5%' : 'report',
      met: c.documents === 10000 ? met(c.warmOverCold <= 0.05) : '—',
    });
    if (c.identical !== undefined)
      rows.push({
        measure: `CLI check --cache, ${int(c.documents)} documents: output = cold run's`,
        result: c.identical ? 'identical' : 'DIFFERENT',
        goal: 'identical',
        met: met(c.identical),
      });
  }
  if (peer && cli)
    rows.push({
      measure: `Peer: markdownlint-cli2 ${peer.version}, same ${int(cli.documents)} documents (wall clock): ours / theirs`,
      result: `${ms(cli.cliMs)} / ${ms(peer.ms)} = ${ratio(cli.cliMs / peer.ms)}`,
      goal: 'report',
      met: '—',
    });
  // Linear growth: the time per document at 10,000 documents against 1,000 (fixed costs weigh more at 1,000, so below 1× is expected).
  const index1k = index.find((i) => i.documents === 1000);
  const index10k = index.find((i) => i.documents === 10000);
  const growth = {
    index:
      index1k && index10k
        ? index10k.initializeToIndexedMs / index10k.documents / (index1k.initializeToIndexedMs / index1k.documents)
        : undefined,
    cli: cli && cliLarge ? cliLarge.cliMs / cliLarge.documents / (cli.cliMs / cli.documents) : undefined,
  };
  if (growth.index !== undefined)
    rows.push({
      measure: 'Server index, time per document, 10,000 / 1,000 documents',
      result: ratio(growth.index),
      goal: '≤ 1.25× (linear)',
      met: met(growth.index <= 1.25),
    });
  if (growth.cli !== undefined)
    rows.push({
      measure: 'CLI check, time per document, 10,000 / 1,000 documents',
      result: ratio(growth.cli),
      goal: '≤ 1.25× (linear)',
      met: met(growth.cli <= 1.25),
    });
  if (cli?.parallelCapacity)
    rows.push({
      measure: 'Two threads / one, bare parse in two processes at once',
      result: `${ratio(cli.parallelCapacity.throughputGain)} the work`,
      goal: 'report',
      met: '—',
    });
  rows.push({
    measure: 'Server spawn → initialize result (first start, no code cache)',
    result: `${ms(start.spawnToInitializeMs)} (${ms(start.withCodeCacheMs)} with the code cache)`,
    goal: '≤ 300 ms',
    met: met(start.spawnToInitializeMs <= 300),
  });
  rows.push({
    measure: 'Cold open over stdio: spawn → first diagnostics, 100 lines (first start / with the code cache)',
    result: `${ms(start.coldOpen.withoutCache.diagnosticsMs)} / ${ms(start.coldOpen.withCodeCache.diagnosticsMs)}`,
    goal: 'report',
    met: '—',
  });
  if (activation) {
    const { vscodeMs: v, extensionMs: e } = activation;
    const when =
      activation.source === 'this run' ? '' : ` (earlier run, ${activation.measuredAt.slice(0, 16).replace('T', ' ')})`;
    rows.push({
      measure: "Activation in VS Code: activate(), VS Code's measure / the extension's",
      result: `${ms(v.activateCall)} / ${ms(e.activateMs)}${when}`,
      goal: '≤ 50 ms',
      met: met(v.activateCall <= 50 && e.activateMs <= 50),
    });
    rows.push({
      measure: "Loading the client in VS Code (VS Code's measure)",
      result: ms(v.codeLoading),
      goal: 'report',
      met: '—',
    });
    if (e.serverReadyMs !== undefined)
      rows.push({
        measure: 'Activation → server ready (initialize answered), in VS Code',
        result: ms(e.serverReadyMs),
        goal: 'report',
        met: '—',
      });
    const { warm, cold } = activation.open ?? {};
    if (warm)
      rows.push({
        measure: `Open a 100-line document, workspace indexed: didOpen → diagnostics (from the open call)${when}`,
        result: `${ms(warm.didOpenToDiagnosticsMs)} (${ms(warm.fromOpenCallMs)})`,
        goal: '≤ 150 ms',
        met: met(warm.didOpenToDiagnosticsMs <= 150),
      });
    if (cold)
      rows.push({
        measure: `Open a 100-line document in a window just started: open call → diagnostics (server ready at, didOpen sent at)${when}`,
        result: `${ms(cold.fromOpenCallMs)} (${cold.serverReadyMs === undefined ? '—' : ms(cold.serverReadyMs)}, ${cold.didOpenSentMs === undefined ? '—' : ms(cold.didOpenSentMs)})`,
        goal: '≤ 1 s',
        met: met(cold.fromOpenCallMs <= 1000),
      });
  }
  // The size alone is no goal: what users feel of it is the loading and activation time above.
  rows.push({
    measure: 'Client bundle (dist/client.js, with vscode-languageclient)',
    result: kb(start.clientBundleBytes),
    goal: 'report',
    met: '—',
  });
  rows.push({
    measure: 'Server bundle (dist/server.js + dist/server-main.js)',
    result: kb(start.serverBundleBytes),
    goal: '≤ 1.5 MB',
    met: met(start.serverBundleBytes <= 1.5 * 1024 * 1024),
  });
  if (sizes) {
    // The browser loads these over the network (vscode.dev, github.dev): the server once per window, the client at activation.
    rows.push({
      measure: 'Browser client bundle (dist/web/client.js)',
      result: kb(sizes.webClientBundleBytes),
      goal: 'report',
      met: '—',
    });
    rows.push({
      measure: 'Browser server bundle (dist/web/server.js)',
      result: kb(sizes.webServerBundleBytes),
      goal: '≤ 1.5 MB',
      met: met(sizes.webServerBundleBytes <= 1.5 * 1024 * 1024),
    });
    if (sizes.vsixBytes !== undefined)
      rows.push({
        measure: '.vsix (desktop and browser bundles)',
        result: kb(sizes.vsixBytes),
        goal: '< 2 MB',
        met: met(sizes.vsixBytes < 2 * 1024 * 1024),
      });
  }
  const loadAverageAtEnd = loadavg().map((x) => rounded(x));
  const durationSeconds = Math.round((performance.now() - started) / 1000);

  console.log(`\n${table(rows)}`);
  console.log(
    `\nload average at end: ${loadAverageAtEnd.join(' ')}; whole run ${durationSeconds} s${QUICK ? ' (QUICK)' : ''}`,
  );
  if (problems.length) console.log(`\nProblems (${problems.length}):\n${problems.map((p) => `- ${p}`).join('\n')}`);
  else console.log('\nNo problems: no crash, no timeout, no error logged, incremental results equal to full analysis.');

  const results = {
    date: new Date().toISOString(),
    quick: QUICK,
    durationSeconds,
    machine: { ...machine, loadAverageAtEnd },
    today: TODAY_ISO,
    analysis,
    typing: { defaultDebounceMs, documents: typingRows },
    workspace: {
      index,
      cli,
      cliLarge,
      cliScales,
      cache: caches,
      markdownlintCli2: peer,
      timePerDocumentGrowth: growth,
    },
    start,
    activation,
    package: sizes,
    summary: rows,
    problems,
  };
  const out = join(__dirname, 'results', QUICK ? 'quick.json' : 'latest.json');
  mkdirSync(join(__dirname, 'results'), { recursive: true });
  writeFileSync(
    out,
    JSON.stringify(results, (_k, v) => (typeof v === 'number' && !Number.isInteger(v) ? rounded(v, 3) : v), 2) + '\n',
  );
  console.log(`\nwritten to ${out.slice(ROOT.length + 1)}`);
}

main().then(
  () => process.exit(0),
  (e) => {
    console.error(e);
    process.exit(1);
  },
);
