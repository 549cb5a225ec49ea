/**
 * The benchmark: one command (`npm run bench`), one process, ratios measured
 * in the same run. Prints a table and writes bench/results/latest.json.
 * BENCH_QUICK=1 skips the 100,000-line document and the 10,000-document workspace.
 */
import { spawn, spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { cpus, tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { createMessageConnection, StreamMessageReader, StreamMessageWriter, type MessageConnection } from 'vscode-jsonrpc/node';
import { lint } from 'markdownlint/sync';
import { ChunkCache, parseMarkdown } from '../server/core/markdown';
import { buildDocument } from '../server/core/document';
import { analyzeDocument, actionsOf } from '../server/core/analyze';
import { resolveConfig } from '../server/core/config';
import { WorkspaceIndex, summarize } from '../server/core/workspace';
import { longDocument, workspaceDocument } from './generate';

const ROOT = join(__dirname, '..');
const SERVER = join(ROOT, 'dist', 'server.js');
const QUICK = process.env.BENCH_QUICK === '1';
const TODAY = { year: 2026, month: 11, day: 22 };

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)];
}
function pct(xs: number[], p: number): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.floor((p / 100) * s.length))];
}
function time(fn: () => void): number {
  const t = performance.now();
  fn();
  return performance.now() - t;
}
const ms = (x: number) => `${x.toFixed(x < 10 ? 1 : 0)} ms`;

// ---------------------------------------------------------------- 1 and 2: analysis vs the floor, vs markdownlint
function analysisRows() {
  const sizes = QUICK ? [100, 1000, 10000] : [100, 1000, 10000, 100000];
  const runs: Record<number, number> = { 100: 21, 1000: 7, 10000: 3, 100000: 1 };
  const rows = [];
  for (const lines of sizes) {
    const text = longDocument(lines, lines);
    const config = resolveConfig();
    const analyse = () => {
      const workspace = new WorkspaceIndex();
      const options = { locale: 'en' as const, today: TODAY, config, workspace, fileExists: () => true };
      const doc = buildDocument('bench.md', text, { cache: new ChunkCache() });
      workspace.set(summarize(doc, actionsOf(doc, options), config.jobPattern));
      analyzeDocument(doc, options);
    };
    // Warm up once (JIT), then alternate so noise hits all three alike.
    parseMarkdown(text); analyse(); lint({ strings: { bench: text } });
    const parse: number[] = [], ours: number[] = [], mdl: number[] = [];
    for (let i = 0; i < runs[lines]; i++) {
      parse.push(time(() => parseMarkdown(text)));
      ours.push(time(analyse));
      mdl.push(time(() => lint({ strings: { bench: text } })));
    }
    const row = { lines: text.split('\n').length, bareParseMs: median(parse), analysisMs: median(ours), markdownlintMs: median(mdl), analysisOverParse: median(ours) / median(parse), analysisOverMarkdownlint: median(ours) / median(mdl) };
    rows.push(row);
    console.log(`  ${String(row.lines).padStart(6)} lines: parse ${ms(row.bareParseMs)}, analysis ${ms(row.analysisMs)} (${row.analysisOverParse.toFixed(2)}×), markdownlint ${ms(row.markdownlintMs)} (ours ${row.analysisOverMarkdownlint.toFixed(2)}×)`);
  }
  return rows;
}

// ---------------------------------------------------------------- LSP client helpers
interface Client { conn: MessageConnection; proc: ReturnType<typeof spawn>; published: Map<string, Map<number, number>>; logs: string[] }

function startServer(cwd: string): Client {
  const proc = spawn(process.execPath, [SERVER, '--stdio'], { cwd, env: { ...process.env, AGENCY_DOCS_TODAY: '2026-11-22' }, stdio: ['pipe', 'pipe', 'pipe'] });
  const conn = createMessageConnection(new StreamMessageReader(proc.stdout!), new StreamMessageWriter(proc.stdin!));
  const published = new Map<string, Map<number, number>>();
  const logs: string[] = [];
  conn.onNotification('textDocument/publishDiagnostics', (p: { uri: string; version?: number }) => {
    if (!published.has(p.uri)) published.set(p.uri, new Map());
    published.get(p.uri)!.set(p.version ?? -1, performance.now());
  });
  conn.onNotification('window/logMessage', (p: { message: string }) => { logs.push(p.message); });
  conn.onRequest('workspace/configuration', () => [{ debounce: 0 }]);
  conn.onRequest('client/registerCapability', () => null);
  conn.onRequest('window/workDoneProgress/create', () => null);
  conn.listen();
  return { conn, proc, published, logs };
}

async function stopServer(c: Client): Promise<void> {
  try { await c.conn.sendRequest('shutdown'); c.conn.sendNotification('exit'); } catch { /* already gone */ }
  await new Promise((r) => setTimeout(r, 200));
  c.proc.kill();
  c.conn.dispose();
}

async function until<T>(fn: () => T | undefined, timeoutMs: number, what: string): Promise<T> {
  const t = Date.now();
  for (;;) {
    const v = fn();
    if (v !== undefined) return v;
    if (Date.now() - t > timeoutMs) throw new Error(`timed out: ${what}`);
    await new Promise((r) => setImmediate(r));
  }
}

// ---------------------------------------------------------------- 3: typing
async function typing(lines: number) {
  const dir = mkdtempSync(join(tmpdir(), 'bench-typing-'));
  const text = longDocument(lines, 99);
  const uri = pathToFileURL(join(dir, 'log.md')).toString();
  const c = startServer(dir);
  await c.conn.sendRequest('initialize', { processId: process.pid, rootUri: pathToFileURL(dir).toString(), capabilities: { workspace: { configuration: true } }, initializationOptions: { settings: { debounce: 0 } } });
  c.conn.sendNotification('initialized', {});
  await new Promise((r) => setTimeout(r, 300));
  c.conn.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'markdown', version: 1, text } });
  await until(() => c.published.get(uri)?.get(1), 60000, 'first diagnostics');
  const docLines = text.split('\n');
  const latencies: number[] = [];
  for (let v = 2; v < 202; v++) {
    // Varied places: text lines across the document, sometimes the front matter.
    const line = v % 10 === 0 ? 2 : 20 + ((v * 7919) % (docLines.length - 25));
    const col = Math.min(docLines[line].length, 3);
    const sent = performance.now();
    c.conn.sendNotification('textDocument/didChange', { textDocument: { uri, version: v }, contentChanges: [{ range: { start: { line, character: col }, end: { line, character: col } }, text: 'e' }] });
    const got = await until(() => c.published.get(uri)?.get(v), 30000, `diagnostics for version ${v}`);
    latencies.push(got - sent);
    docLines[line] = docLines[line].slice(0, col) + 'e' + docLines[line].slice(col);
  }
  await stopServer(c);
  rmSync(dir, { recursive: true, force: true });
  return { lines: docLines.length, edits: latencies.length, p50Ms: pct(latencies, 50), p95Ms: pct(latencies, 95), maxMs: Math.max(...latencies) };
}

// ---------------------------------------------------------------- 4: workspace
function writeWorkspace(n: number): string {
  const dir = mkdtempSync(join(tmpdir(), `bench-ws-${n}-`));
  for (let i = 0; i < n; i++) {
    const sub = join(dir, `d${Math.floor(i / 500)}`);
    if (i % 500 === 0) mkdirSync(sub);
    writeFileSync(join(sub, `doc-${i}.md`), workspaceDocument(i));
  }
  return dir;
}

function peakRss(pid: number): number {
  try {
    const m = /VmHWM:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
    return m ? Number(m[1]) / 1024 : NaN;
  } catch { return NaN; }
}

async function serverIndex(dir: string, n: number) {
  const c = startServer(dir);
  const t = performance.now();
  await c.conn.sendRequest('initialize', { processId: process.pid, rootUri: pathToFileURL(dir).toString(), capabilities: { workspace: { configuration: true } } });
  c.conn.sendNotification('initialized', {});
  await until(() => (c.logs.some((l) => l.startsWith('agency-docs: indexed')) ? true : undefined), 600000, 'index');
  const seconds = (performance.now() - t) / 1000;
  const rss = peakRss(c.proc.pid!);
  const line = c.logs.find((l) => l.startsWith('agency-docs: indexed'));
  await stopServer(c);
  return { documents: n, seconds, peakRssMb: rss, log: line };
}

function cliVsParse(dir: string, n: number) {
  const t = performance.now();
  const r = spawnSync(process.execPath, [join(ROOT, 'bin', 'agency-docs.js'), 'check', dir, '--format', 'json', '--today', '2026-11-22'], { encoding: 'utf8', maxBuffer: 1 << 30 });
  const cliSeconds = (performance.now() - t) / 1000;
  if (r.status !== 0 && r.status !== 1) throw new Error(`CLI failed: ${r.stderr}`);
  // The floor: bare-parse the same files one after another in one process.
  const files = spawnSync('find', [dir, '-name', '*.md'], { encoding: 'utf8' }).stdout.trim().split('\n');
  const p = performance.now();
  for (const f of files) parseMarkdown(readFileSync(f, 'utf8'));
  const parseSeconds = (performance.now() - p) / 1000;
  return { documents: n, cliSeconds, bareParseSeconds: parseSeconds, cliOverParse: cliSeconds / parseSeconds, findings: JSON.parse(r.stdout).length };
}

// ---------------------------------------------------------------- 5: start
async function startTimes() {
  const dir = mkdtempSync(join(tmpdir(), 'bench-start-'));
  const times: number[] = [];
  for (let i = 0; i < 5; i++) {
    const t = performance.now();
    const c = startServer(dir);
    await c.conn.sendRequest('initialize', { processId: process.pid, rootUri: null, capabilities: {} });
    times.push(performance.now() - t);
    await stopServer(c);
  }
  return { spawnToInitializeMs: median(times), clientBundleKb: statSync(join(ROOT, 'dist', 'client.js')).size / 1024, serverBundleKb: statSync(join(ROOT, 'dist', 'server.js')).size / 1024 };
}

(async () => {
  spawnSync(process.execPath, [join(ROOT, 'esbuild.mjs')], { cwd: ROOT, stdio: 'inherit' });
  const machine = { cores: cpus().length, cpu: cpus()[0]?.model, node: process.version };
  console.log(`agency-docs benchmark — ${machine.cores} cores, ${machine.cpu}, Node ${machine.node}`);
  console.log('1-2. one document, cold: bare parse (unified + remark-parse + remark-frontmatter + GFM tables/tasks) vs our full analysis vs markdownlint');
  const analysis = analysisRows();
  console.log('3. typing over stdio: didChange → publishDiagnostics for that version (debounce set to 0 for the measure; the default debounce is 120 ms)');
  const typingRows = [];
  for (const lines of [1000, 10000]) {
    const t = await typing(lines);
    typingRows.push(t);
    console.log(`  ${String(t.lines).padStart(6)} lines: p50 ${ms(t.p50Ms)}, p95 ${ms(t.p95Ms)}, max ${ms(t.maxMs)} over ${t.edits} edits`);
  }
  console.log('4. workspace: server index (initialize → indexed) and peak RSS; CLI check vs bare parse of the same files');
  const workspaceRows = [];
  for (const n of QUICK ? [1000] : [1000, 10000]) {
    const dir = writeWorkspace(n);
    const idx = await serverIndex(dir, n);
    console.log(`  ${String(n).padStart(6)} documents: index ${idx.seconds.toFixed(2)} s, peak RSS ${idx.peakRssMb.toFixed(0)} MB`);
    const row: Record<string, unknown> = { ...idx };
    if (n === 1000) {
      const cli = cliVsParse(dir, n);
      console.log(`  ${String(n).padStart(6)} documents: CLI check ${cli.cliSeconds.toFixed(2)} s vs bare parse ${cli.bareParseSeconds.toFixed(2)} s (${cli.cliOverParse.toFixed(2)}×)`);
      Object.assign(row, { cli });
    }
    workspaceRows.push(row);
    rmSync(dir, { recursive: true, force: true });
  }
  console.log('5. start');
  const start = await startTimes();
  console.log(`  spawn → initialize result ${ms(start.spawnToInitializeMs)}; bundles: client ${start.clientBundleKb.toFixed(0)} KB, server ${start.serverBundleKb.toFixed(0)} KB`);
  const results = { date: new Date().toISOString(), machine, analysis, typing: typingRows, workspace: workspaceRows, start };
  mkdirSync(join(__dirname, 'results'), { recursive: true });
  writeFileSync(join(__dirname, 'results', 'latest.json'), JSON.stringify(results, null, 2) + '\n');
  console.log('written to bench/results/latest.json');
  process.exit(0);
})();
