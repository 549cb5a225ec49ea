/**
 * What bench/first-check.ts runs in each fresh process, bundled as the server is: the checker's modules loaded
 * (the bundle's banner notes the time and CPU before them), then the first analysis of the 100-line minutes the
 * cold open opens (bench/cold-open.ts; with the e2e workspace's configuration), a second of another title, and
 * WARM more (the mean of their second half). Prints one line of JSON. With PROFILE=<file>, a CPU profile of the
 * first analysis (100 µs samples). As the server (server/lsp/start.ts), V8's regexp tier-up is off unless
 * TIER_UP=1.
 */
import { compileRegexpsOnce } from '../server/node/v8Flags';
declare const __t0: number;
declare const __c0: NodeJS.CpuUsage;
const t0 = __t0;
if (process.env.TIER_UP !== '1') compileRegexpsOnce();
import { readFileSync, writeFileSync, existsSync } from 'node:fs';
import { Session as Inspector } from 'node:inspector';
import { ChunkCache } from '../server/core/markdown';
import { buildDocument } from '../server/core/document';
import { analyzeDocument, actionsOf, type AnalysisOptions } from '../server/core/analyze';
import { resolveConfig } from '../server/core/config';
import { WorkspaceIndex, summarize } from '../server/core/workspaceIndex';
import { minutesOf100Lines } from '../test/helpers/documents';
const tLoad = performance.now();
const cLoad = process.cpuUsage(__c0);
const config = resolveConfig(JSON.parse(readFileSync(process.env.CONFIG_FILE ?? '', 'utf8')));
function check(title: string): number {
  const text = minutesOf100Lines(title);
  const workspace = new WorkspaceIndex();
  const options: AnalysisOptions = {
    locale: 'en',
    today: { year: 2026, month: 11, day: 20 },
    config,
    workspace,
    fileExists: (p) => existsSync(p),
  };
  const doc = buildDocument('/tmp/x/open-latency-cold.md', text, { locale: 'en', cache: new ChunkCache() });
  workspace.set(summarize(doc, actionsOf(doc, options), config.jobPattern));
  return analyzeDocument(doc, options).length;
}
const out = process.env.PROFILE;
const inspector = new Inspector();
if (out) {
  inspector.connect();
  inspector.post('Profiler.enable');
  inspector.post('Profiler.setSamplingInterval', { interval: 100 });
  inspector.post('Profiler.start');
}
const c0 = process.cpuUsage();
let t = performance.now();
const n1 = check('Cold open');
const first = performance.now() - t;
const c1 = process.cpuUsage(c0);
if (out) inspector.post('Profiler.stop', (err, r) => writeFileSync(out, JSON.stringify(err ?? r.profile)));
t = performance.now();
const n2 = check('Second open');
const second = performance.now() - t;
const W = Number(process.env.WARM ?? 40);
let warm = 0;
for (let i = 0; i < W; i++) {
  const a = performance.now();
  check('Warm ' + (i % 5));
  if (i >= W / 2) warm += performance.now() - a;
}
console.log(
  JSON.stringify({
    warm: +(warm / (W / 2)).toFixed(2),
    load: +(tLoad - t0).toFixed(1),
    loadCpu: +((cLoad.user + cLoad.system) / 1000).toFixed(1),
    first: +first.toFixed(1),
    firstCpu: +((c1.user + c1.system) / 1000).toFixed(1),
    second: +second.toFixed(1),
    n1,
    n2,
  }),
);
