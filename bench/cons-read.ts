/**
 * Which reads of a text kept in pieces make V8 copy it flat (issue 21, item 4): the text is about 4 million
 * two-byte characters in 1,000 pieces, joined with `+` after a letter is typed into one piece (as a store of
 * the editor's text in pieces would give it to the core), then read once by each operation. An operation that
 * reads any character of the joined string copies the whole of it (as long as bench/flat-copy.ts's copy);
 * one that does not (`length`) costs nothing. So the core gains nothing until every read on an edit goes
 * through the pieces: one site left reading the joined string pays the whole copy.
 * Usage: node --import tsx bench/cons-read.ts [pieces] [edits]
 */
const count = Number(process.argv[2] ?? 1000);
const edits = Number(process.argv[3] ?? 15);
const SIZE = 4000;
const pieces = Array.from({ length: count }, (_, i) => `Réunion 中文 ligne ${i} — `.repeat(SIZE / 10).slice(0, SIZE));
const middle = Math.floor((count * SIZE) / 2);
const reads: [string, (s: string) => unknown][] = [
  ['length', (s) => s.length],
  ['charCodeAt(middle)', (s) => s.charCodeAt(middle)],
  ['slice of 10 characters', (s) => s.slice(middle, middle + 10)],
  ["indexOf('\\n', middle)", (s) => s.indexOf('\n', middle)],
  ['sticky regex at middle', (s) => Object.assign(/x/y, { lastIndex: middle }).exec(s)],
  ['startsWith', (s) => s.startsWith('Réunion')],
];
for (const [name, read] of reads) {
  const times: number[] = [];
  for (let n = 0; n < edits; n++) {
    const k = (n * 37) % count;
    pieces[k] = pieces[k].slice(0, 10) + 'e' + pieces[k].slice(10, SIZE - 1);
    let joined = '';
    for (const p of pieces) joined += p;
    const t = performance.now();
    read(joined);
    times.push(performance.now() - t);
  }
  times.sort((a, b) => a - b);
  console.log(`${name.padEnd(24)} p50 ${times[Math.floor(times.length / 2)].toFixed(2)} ms`);
}

export {};
