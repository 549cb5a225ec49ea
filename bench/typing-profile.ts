/**
 * In-process typing profile (issue 21, item 4): opens the benchmark's log in a
 * Session, types one letter at a time where the benchmark does, and times
 * model + analysis + conversion to diagnostics per edit. With PROFILE=<file>
 * a CPU profile of the edits alone is written there.
 * As the benchmark does, one edit in ten is in the front matter (a letter at
 * the end of an attendee's name; FRONT_MATTER=0 leaves them out). PULL=1: no
 * conversion, as for a client that pulls and is answered `unchanged`.
 * STATS=1 prints, per edit, the chunks the chunk-local checks visited and checked.
 * HEAP=<n> (with node --expose-gc): the heap after a full collection every n edits (what typing keeps).
 * HEAP_SAMPLE=all: what the edits allocate, sampled (/tmp/typing-heap.json; HEAP_SAMPLE=1: what is still
 * alive at the end). PROFILE_US: the CPU profile's sampling interval (µs; 1000).
 * Usage: node --import tsx bench/typing-profile.ts [lines] [edits]
 */
import { Session } from '../server/core/session';
import { chunkLocalStats } from '../server/core/analyze';
import { benchDocument, CONFIG, rng, TODAY_ISO } from './generate';
import { Positions, toDiagnostic } from '../server/lsp/convert';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { PieceDocument } from '../server/lsp/pieceText';
import { Session as Inspector } from 'node:inspector';
import { writeFileSync } from 'node:fs';

const lines = Number(process.argv[2] ?? 100000);
const edits = Number(process.argv[3] ?? 40);
const text = benchDocument(lines);
const [y, m, d] = TODAY_ISO.split('-').map(Number);
const session = new Session({ today: () => ({ year: y, month: m, day: d }) });
session.setConfiguration(CONFIG as never, undefined);
const path = '/tmp/bench/contact-reports-log.md';
// The server's store (server/lsp/pieceText.ts, the text in pieces); OLD_STORE=1: the library's one string.
const pieces = process.env.OLD_STORE !== '1';
let doc: TextDocument = pieces
  ? new PieceDocument('file://' + path, 'markdown', 1, text)
  : TextDocument.create('file://' + path, 'markdown', 1, text);
session.update(path, text, 1);
const convert = (v: number) => {
  const a = session.analysis(path)!;
  const positions = new Positions(a.doc.lines, 'utf-16');
  return a.findings.map((f) => toDiagnostic(f, positions, v, 'en'));
};
const t0 = performance.now();
const n0 = convert(1).length;
console.log(`open ${lines} lines: ${(performance.now() - t0).toFixed(0)} ms, ${n0} diagnostics`);
const rows = text.split('\n');
const textLines = rows
  .map((_, i) => i)
  .filter((i) => /^(?:- |\d+\. |[A-Za-z])/.test(rows[i]) && !rows[i].startsWith('#') && i > 10);
const r = rng(lines);
const times: number[] = [];
/** CPU time per edit (this process, all threads: the garbage collector's helpers too); less swayed by other jobs than wall time. */
const cpuTimes: number[] = [];
/** The editor's text updated (the library's TextDocument, as the server's), and the rest (model, analysis). */
const textTimes: number[] = [];
const restTimes: number[] = [];
const flatChecks: number[] = [];
const out = process.env.PROFILE;
const inspector = new Inspector();
if (out) {
  inspector.connect();
  // Same-thread inspector calls answer synchronously.
  inspector.post('Profiler.enable');
  inspector.post('Profiler.setSamplingInterval', { interval: Number(process.env.PROFILE_US ?? 1000) });
  inspector.post('Profiler.start');
}
if (process.env.HEAP_SAMPLE) {
  if (!out) inspector.connect();
  const all = process.env.HEAP_SAMPLE === 'all';
  inspector.post('HeapProfiler.startSampling', {
    samplingInterval: 4096,
    includeObjectsCollectedByMajorGC: all,
    includeObjectsCollectedByMinorGC: all,
  });
}
for (let v = 2; v < 2 + edits; v++) {
  let line = -1;
  let character = -1;
  const attendees = rows.findIndex((l) => /^attendees:/.test(l));
  if (process.env.FRONT_MATTER !== '0' && attendees >= 0 && r() < 0.1) {
    const commas = [...rows[attendees].matchAll(/,/g)].map((m) => m.index!);
    line = attendees;
    character = commas[Math.floor(r() * commas.length)];
  }
  for (let tries = 0; character < 0 && tries < 50; tries++) {
    line = textLines[Math.floor(r() * textLines.length)];
    const m = [...rows[line].matchAll(/(?<![@\w\-./])[a-z]{3,}(?=[ ,.;:])/g)].filter(
      (m) => !/^(?:due|before|deadline)$/.test(m[0]),
    );
    if (m.length) {
      const x = m[Math.floor(r() * m.length)];
      character = x.index! + x[0].length;
    }
  }
  const t = performance.now();
  const cpu = process.cpuUsage();
  const at = doc.offsetAt({ line, character });
  const edit = [{ range: { start: { line, character }, end: { line, character } }, text: 'e' }];
  if (doc instanceof PieceDocument) doc.update(edit, v);
  else doc = TextDocument.update(doc, edit, v);
  const t1 = performance.now();
  textTimes.push(t1 - t);
  // As the server does (server/lsp/convert.ts, lastChange); NO_CHANGE=1 leaves it out.
  const change = process.env.NO_CHANGE ? undefined : { start: at, oldEnd: at, newEnd: at + 1 };
  session.update(path, doc.getText(), v, change, doc instanceof PieceDocument ? doc.source() : undefined);
  if (process.env.PULL === '1') session.analysis(path);
  else convert(v);
  times.push(performance.now() - t);
  restTimes.push(performance.now() - t1);
  const used = process.cpuUsage(cpu);
  // FLAT_CHECK=1: whether the edit read the whole text (V8 copies it flat then, and a read after costs nothing).
  if (process.env.FLAT_CHECK === '1') {
    const f = performance.now();
    doc.getText().charCodeAt(1);
    flatChecks.push(performance.now() - f);
  }
  cpuTimes.push((used.user + used.system) / 1000);
  // STATS=1: per edit, the chunks the chunk-local checks visited and checked, and the CPU time.
  if (process.env.STATS === '1')
    console.log(
      `edit ${v} (line ${line}): chunks visited ${chunkLocalStats.visited} of ${chunkLocalStats.chunks}, checked ${chunkLocalStats.checked}; CPU ${((used.user + used.system) / 1000).toFixed(1)} ms`,
    );
  rows[line] = rows[line].slice(0, character) + 'e' + rows[line].slice(character);
  if (process.env.HEAP && (v - 2) % Number(process.env.HEAP) === 0) {
    (globalThis as { gc?: () => void }).gc?.();
    console.log(`heap after ${v - 1} edits: ${(process.memoryUsage().heapUsed / 1e6).toFixed(1)} MB`);
  }
}
if (process.env.HEAP_SAMPLE)
  inspector.post('HeapProfiler.stopSampling', (err, r) =>
    writeFileSync('/tmp/typing-heap.json', JSON.stringify(err ?? r.profile)),
  );
if (out) inspector.post('Profiler.stop', (err, r) => writeFileSync(out, JSON.stringify(err ?? r.profile)));
times.sort((a, b) => a - b);
cpuTimes.sort((a, b) => a - b);
textTimes.sort((a, b) => a - b);
restTimes.sort((a, b) => a - b);
const at = (xs: number[], q: number) => xs[Math.min(xs.length - 1, Math.floor(xs.length * q))].toFixed(1);
if (flatChecks.length)
  console.log(
    `first read of the text after each edit, ms (≥ 1: the edit had not copied it): ${flatChecks.map((x) => x.toFixed(2)).join(' ')}`,
  );
console.log(
  `edits ${edits}: wall p50 ${at(times, 0.5)} ms, p95 ${at(times, 0.95)} ms; CPU p50 ${at(cpuTimes, 0.5)} ms, p95 ${at(cpuTimes, 0.95)} ms, mean ${(cpuTimes.reduce((a, b) => a + b, 0) / cpuTimes.length).toFixed(1)} ms; text p50 ${at(textTimes, 0.5)} ms, the rest p50 ${at(restTimes, 0.5)} ms`,
);
