/**
 * The fixed cost of one analysis (issue 21): the cold analysis of the
 * benchmark's 111-line minutes against the bare parse of the same text, in a
 * loop, alternating, as bench/run.ts measures it; with PROFILE=<file>, a CPU
 * profile of the analyses alone. Usage: node --import tsx bench/small-profile.ts [lines] [rounds]
 */
import { existsSync, writeFileSync } from 'node:fs';
import { Session as Inspector } from 'node:inspector';
import { ChunkCache, parseMarkdown } from '../server/core/markdown';
import { buildDocument } from '../server/core/document';
import { analyzeDocument, actionsOf, type AnalysisOptions } from '../server/core/analyze';
import { resolveConfig } from '../server/core/config';
import { WorkspaceIndex, summarize } from '../server/core/workspaceIndex';
import { benchDocument, CONFIG, TODAY_ISO } from './generate';

const lines = Number(process.argv[2] ?? 100);
const rounds = Number(process.argv[3] ?? 2000);
const text = benchDocument(lines, 'minutes');
const path = `/tmp/bench-minutes-${lines}.md`;
const config = resolveConfig(CONFIG as never);
const [year, month, day] = TODAY_ISO.split('-').map(Number);
function analyzeCold(): number {
  const workspace = new WorkspaceIndex();
  const options: AnalysisOptions = {
    locale: 'en',
    today: { year, month, day },
    config,
    workspace,
    fileExists: (p) => existsSync(p),
  };
  const doc = buildDocument(path, text, { locale: 'en', cache: new ChunkCache() });
  workspace.set(summarize(doc, actionsOf(doc, options), config.jobPattern));
  return analyzeDocument(doc, options).length;
}
for (let i = 0; i < 300; i++) {
  parseMarkdown(text);
  analyzeCold();
}
const inspector = new Inspector();
const out = process.env.PROFILE;
if (out) {
  inspector.connect();
  inspector.post('Profiler.enable');
  inspector.post('Profiler.start');
}
let parse = 0;
let analysis = 0;
for (let i = 0; i < rounds; i++) {
  let t = performance.now();
  parseMarkdown(text);
  parse += performance.now() - t;
  t = performance.now();
  analyzeCold();
  analysis += performance.now() - t;
}
if (out) inspector.post('Profiler.stop', (err, r) => writeFileSync(out, JSON.stringify(err ?? r.profile)));
console.log(
  `${text.split('\n').length} lines: parse ${(parse / rounds).toFixed(3)} ms, analysis ${(analysis / rounds).toFixed(3)} ms, ratio ${(analysis / parse).toFixed(2)}`,
);
