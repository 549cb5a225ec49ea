/**
 * The first check in a fresh process (issue 21, the open in a window just started): bundles
 * bench/first-check-probe.ts as the server is bundled (minified, CommonJS), runs it in `runs` fresh Node
 * processes and prints the medians: the checker's modules loaded (`loadCpu`, CPU ms), the first analysis of the
 * cold open's 100-line minutes (`firstCpu`, CPU ms: the same on a loaded machine, near enough), a second
 * (`second`, wall ms) and a warm one (`warm`, wall ms). No code cache (the server's, AGENCY_DOCS_CODE_CACHE,
 * also skips compiling the functions the first check runs: about 60-70 ms of CPU here).
 * `AB=1` alternates each run with one with V8's regexp tier-up on (TIER_UP=1, as before 2026-12-07) and prints
 * both. PROFILE=<file>: one more run, with a CPU profile of its first analysis.
 * Usage: node --import tsx bench/first-check.ts [runs]
 */
import { execFileSync } from 'node:child_process';
import { rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildSync } from 'esbuild';

const runs = Number(process.argv[2] ?? 7);
const root = join(__dirname, '..');
const bundle = join(tmpdir(), `agency-first-check-${process.pid}.js`);
buildSync({
  entryPoints: [join(__dirname, 'first-check-probe.ts')],
  outfile: bundle,
  bundle: true,
  platform: 'node',
  target: 'node20',
  format: 'cjs',
  minify: true,
  logLevel: 'warning',
  banner: {
    js: "const __t0 = performance.now(); const __c0 = process.cpuUsage(); const __importMetaUrl = require('url').pathToFileURL(__filename).href;",
  },
  define: { 'import.meta.url': '__importMetaUrl' },
  alias: { 'jsonc-parser': join(root, 'node_modules/jsonc-parser/lib/esm/main.js') },
});
interface Run {
  loadCpu: number;
  firstCpu: number;
  second: number;
  warm: number;
}
const env = { ...process.env, CONFIG_FILE: join(root, 'test/e2e/workspace/.agency-docs.json') };
const once = (extra: Record<string, string> = {}): Run =>
  JSON.parse(execFileSync(process.execPath, [bundle], { env: { ...env, ...extra }, encoding: 'utf8' })) as Run;
const rows: Record<string, Run[]> = { now: [], 'tier-up': [] };
try {
  for (let i = 0; i < runs; i++) {
    rows.now.push(once());
    if (process.env.AB === '1') rows['tier-up'].push(once({ TIER_UP: '1' }));
  }
  if (process.env.PROFILE) once({ PROFILE: process.env.PROFILE });
} finally {
  rmSync(bundle, { force: true });
}
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
for (const [name, all] of Object.entries(rows)) {
  if (!all.length) continue;
  const m = (k: keyof Run) => median(all.map((r) => r[k])).toFixed(0);
  console.log(
    `${name.padEnd(8)} ${all.length} runs, medians: modules loaded ${m('loadCpu')} ms CPU, first check ${m('firstCpu')} ms CPU, second ${m('second')} ms, warm ${m('warm')} ms`,
  );
}
