/**
 * What the editor's text costs per keystroke before any analysis (issue 21, item 4): one letter put into a
 * long two-byte text the way `TextDocument.update` does (two slices and a concatenation, then a read, which
 * makes V8 copy it flat into a new string), against copying as many characters into a buffer already in
 * memory. The difference is the new string's memory: each is a fresh large object whose pages the kernel
 * faults in one by one (run it under `/usr/bin/time -v` to see the minor page faults, about one per 4 KB).
 * Usage: node --import tsx bench/flat-copy.ts [lines] [edits]
 */
const lines = Number(process.argv[2] ?? 100000);
const edits = Number(process.argv[3] ?? 200);
// About the benchmark log's size and kind: 40 characters a line, some Chinese (two bytes a character).
let text = 'Ana to send the deck 中文 due Friday ok.\n'.repeat(lines);
const warm = new Uint16Array(text.length + edits);
const spare = new Uint16Array(text.length + edits);
const flat: number[] = [];
const copy: number[] = [];
for (let n = 0; n < edits; n++) {
  const at = (n * 7919) % text.length;
  let t = performance.now();
  text = text.slice(0, at) + 'e' + text.slice(at);
  text.charCodeAt(at);
  flat.push(performance.now() - t);
  t = performance.now();
  spare.set(warm.subarray(0, text.length));
  copy.push(performance.now() - t);
}
const p50 = (xs: number[]) => xs.sort((a, b) => a - b)[Math.floor(xs.length / 2)].toFixed(2);
console.log(
  `${text.length} characters: a letter typed and the text copied flat, p50 ${p50(flat)} ms; the same characters copied into a buffer in memory, p50 ${p50(copy)} ms`,
);
