/**
 * The workspace index's cost per document (issue 21), in process: the session's scan of the benchmark's
 * workspace documents (session.indexFile, as the server's start reads every file), pass after pass, each
 * pass a new workspace of the same kinds (another seed). The first pass pays the warm-up a server's start
 * pays (compiling, the memos of headings, titles and cells filling); the later ones show the scan alone.
 * With PROFILE=<file>, a CPU profile of the pass PROFILE_PASS (default 0).
 * Usage: node --import tsx bench/index-profile.ts [documents] [passes]
 */
import { writeFileSync } from 'node:fs';
import { Session as Inspector } from 'node:inspector';
import { Session } from '../server/core/session';
import { CONFIG, TODAY_ISO, workspaceDocuments } from './generate';

const n = Number(process.argv[2] ?? 2000);
const passes = Number(process.argv[3] ?? 3);
const out = process.env.PROFILE;
const profiled = Number(process.env.PROFILE_PASS ?? 0);
const [year, month, day] = TODAY_ISO.split('-').map(Number);
const inspector = new Inspector();
if (out) {
  inspector.connect();
  inspector.post('Profiler.enable');
}
const lines: string[] = [];
for (let p = 0; p < passes; p++) {
  const docs = workspaceDocuments(n, 7 + 13 * p).map((d) => ({
    path: `/tmp/bench-index-${p}/${d.path}`,
    text: d.text,
  }));
  const session = new Session({ today: () => ({ year, month, day }) });
  session.setConfiguration(CONFIG as never, undefined);
  if (out && p === profiled) inspector.post('Profiler.start');
  const cpu = process.cpuUsage();
  const t = performance.now();
  for (const d of docs) session.indexFile(d.path, d.text);
  const wall = performance.now() - t;
  const used = process.cpuUsage(cpu);
  if (out && p === profiled)
    inspector.post('Profiler.stop', (err, r) => writeFileSync(out, JSON.stringify(err ?? r.profile)));
  lines.push(
    `pass ${p}: ${(wall / n).toFixed(3)} ms a document (CPU ${((used.user + used.system) / 1000 / n).toFixed(3)}), ${session.index.size} indexed`,
  );
}
console.log(`${n} documents\n${lines.join('\n')}`);
