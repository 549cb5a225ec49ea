/**
 * Robustness: fuzzed and hostile documents never crash or hang the analysis,
 * every range lies inside the text, every finding has a known rule, and
 * fixes only ever insert. FUZZ_RUNS raises the number of cases (npm run fuzz).
 */
import { strict as assert } from 'node:assert';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { buildDocument } from '../server/core/document';
import { analyzeDocument, fixesFor } from '../server/core/analyze';
import { applyEdits } from '../server/core/fixes';
import { fixAllEdits } from '../server/core/fixall';
import { isRuleId } from '../server/core/rules/ids';
import { workspaceOptions } from './helpers/analyze';

const RUNS = Number(process.env.FUZZ_RUNS ?? 250);
const SEED = Number(process.env.FUZZ_SEED ?? 20261122);

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((n) => {
    const p = join(dir, n);
    return statSync(p).isDirectory() ? files(p) : /\.md$/.test(n) ? [p] : [];
  });
}
const EXAMPLES = files(join(__dirname, '..', 'examples')).map((p) => readFileSync(p, 'utf8'));
const options = workspaceOptions(new Map([['a.md', EXAMPLES[0]]]));

const INSERTS = ['中文内容，', '😀', '👩‍💻', '\t', '\r\n', '\uFEFF', '\u0000', '---\n', '# ', '## 按钮\n', '## Next actions\n', '- [ ] ', '@', 'due ', '2026-02-30', '31/12/2026', '| a | b |\n|---|---|\n', '```\n', '<!--', '-->', '>', '* ', '\\', '[x]: /u\n', 'type: brief\n', ': : :', '"', '[', '{'];

/** A document made from an example: cut, shuffled by lines, with hostile pieces inserted. */
const documents = fc.record({
  base: fc.constantFrom(...EXAMPLES),
  cutFrom: fc.nat(),
  cutLen: fc.nat(),
  inserts: fc.array(fc.tuple(fc.nat(), fc.constantFrom(...INSERTS)), { maxLength: 8 }),
  shuffle: fc.array(fc.tuple(fc.nat(), fc.nat()), { maxLength: 4 }),
  crlf: fc.boolean(),
  bom: fc.boolean(),
  noise: fc.string({ maxLength: 20, unit: 'binary' }),
}).map((r) => {
  let text = r.base;
  const from = r.cutFrom % (text.length + 1);
  text = text.slice(0, from) + text.slice(from + (r.cutLen % 200));
  const lines = text.split('\n');
  for (const [a, b] of r.shuffle) {
    const i = a % lines.length, j = b % lines.length;
    [lines[i], lines[j]] = [lines[j], lines[i]];
  }
  text = lines.join('\n');
  for (const [at, piece] of r.inserts) {
    const i = at % (text.length + 1);
    text = text.slice(0, i) + piece + text.slice(i);
  }
  text += r.noise;
  if (r.crlf) text = text.replace(/\r?\n/g, '\r\n');
  if (r.bom) text = '\uFEFF' + text;
  return text;
});

function checkDocument(text: string): void {
  const started = Date.now();
  const doc = buildDocument('fuzz/doc.md', text);
  const findings = analyzeDocument(doc, options);
  // Not a benchmark: a bound far above normal, to catch hangs.
  assert.ok(Date.now() - started < 3000, `analysis took ${Date.now() - started} ms`);
  for (const f of findings) {
    assert.ok(isRuleId(f.rule), f.rule);
    assert.ok(f.start >= 0 && f.start <= f.end && f.end <= text.length, `${f.rule} range ${f.start}-${f.end} outside 0-${text.length}`);
    assert.ok(f.range.start.line < doc.lines.lineCount && f.range.end.line < doc.lines.lineCount);
    assert.ok(f.message.length > 0 && !/undefined|NaN|\[object/.test(f.message), f.message);
  }
}

function checkFixes(text: string): void {
  const doc = buildDocument('fuzz/doc.md', text);
  const findings = analyzeDocument(doc, options);
  const ctx = { doc, options };
  for (const f of findings) {
    for (const fix of fixesFor(f, ctx)) {
      if (f.rule === 'unknown-type' && fix.isPreferred) continue;
      // The one rewrite allowed: an ambiguous date to the ISO reading the user picks, exactly over the date.
      if (f.rule === 'ambiguous-date' && fix.edits.length === 1 && fix.edits[0].start === f.start && fix.edits[0].end === f.end) {
        assert.match(fix.edits[0].newText, /^\d{4}-\d{2}-\d{2}(?: \d{2}:\d{2})?$/, fix.title);
        continue;
      }
      assert.ok(fix.edits.every((e) => e.start === e.end), `${f.rule}: “${fix.title}” replaces text`);
      const fixed = applyEdits(text, fix.edits);
      let i = 0;
      for (let k = 0; k < fixed.length; k++) if (i < text.length && fixed[k] === text[i]) i++;
      assert.equal(i, text.length, `${f.rule}: “${fix.title}” lost text`);
    }
  }
  const edits = fixAllEdits(doc, findings, ctx);
  if (edits.length === 0) return;
  const fixed = applyEdits(text, edits);
  const doc2 = buildDocument('fuzz/doc.md', fixed);
  const after = analyzeDocument(doc2, options);
  const left = after.filter((f) => f.rule === 'missing-section' || f.rule === 'missing-field');
  assert.deepEqual(left.map((f) => f.rule + ' ' + (f.data.section ?? f.data.field)), [], fixed);
  assert.deepEqual(fixAllEdits(doc2, after, { doc: doc2, options }), [], 'fix-all twice changes nothing more');
}

describe('robustness', () => {
  it(`the analysis never throws, and ranges and rule ids are sound (${RUNS} fuzzed documents)`, () => {
    fc.assert(fc.property(documents, (text) => { checkDocument(text); }), { numRuns: RUNS, seed: SEED });
  });

  it(`fixes only insert, are not offered twice, and fix-all leaves no missing section or field (${RUNS} fuzzed documents)`, () => {
    fc.assert(fc.property(documents, checkFixes), { numRuns: Math.ceil(RUNS / 2), seed: SEED + 1 });
  });

  describe('regressions found by fuzzing', () => {
    const dir = join(__dirname, 'fixtures', 'fuzz');
    for (const name of readdirSync(dir).sort()) {
      it(name, () => {
        const text = readFileSync(join(dir, name), 'utf8');
        checkDocument(text);
        checkFixes(text);
      });
    }
  });

  describe('hostile inputs', () => {
    const head = '---\ntype: minutes\nclient: A\nmeeting: 2026-11-20\nissued: 2026-11-20\nattendees: [a]\ndistribution: [b]\n---\n# Minutes\n\n## Decisions\n\nGo.\n\n## Next actions\n\n';
    const cases: Record<string, () => string> = {
      'YAML alias bomb': () => '---\ntype: brief\na: &a ["x","x","x","x","x","x","x","x","x"]\n' + Array.from({ length: 12 }, (_, i) => `l${i + 1}: &l${i + 1} [${Array(9).fill(i ? `*l${i}` : '*a').join(',')}]`).join('\n') + '\n---\n# Creative brief\n',
      'deeply nested YAML': () => '---\ntype: brief\nx: ' + '['.repeat(3000) + ']'.repeat(3000) + '\n---\n# Creative brief\n',
      '10,000 nested block quotes': () => head + '>'.repeat(10000) + ' deep\n',
      '10,000 nested list levels': () => head + '- '.repeat(10000) + 'x\n',
      '1,500 list levels by indentation': () => head + Array.from({ length: 1500 }, (_, i) => ' '.repeat(i * 2) + '- item').join('\n') + '\n',
      'a 1 MB single line': () => head + '- [ ] word 2026-11-30 @bob '.repeat(40000) + '\n',
      'NUL bytes and binary junk': () => head + '\u0000\u0001\u0002\uFFFD\uFFFE'.repeat(1000) + '\n',
      'front matter that never closes': () => '---\ntype: minutes\nclient: A\n\n# Minutes\n\n## Next actions\n\n- x\n',
      'unbalanced brackets': () => head + '['.repeat(50000) + '\n',
      'lone surrogates': () => head + '\ud800 \udfff x\n',
    };
    for (const [name, make] of Object.entries(cases)) {
      it(`${name}: no crash, no hang`, () => {
        const text = make();
        const started = Date.now();
        const doc = buildDocument('hostile.md', text);
        const findings = analyzeDocument(doc, options);
        assert.ok(Date.now() - started < 10000, `${name} took ${Date.now() - started} ms`);
        for (const f of findings) assert.ok(f.end <= text.length);
      });
    }
    it('an alias bomb and a never-closing block get a clear finding', () => {
      for (const name of ['YAML alias bomb', 'front matter that never closes']) {
        const findings = analyzeDocument(buildDocument('h.md', cases[name]()), options);
        assert.ok(findings.some((f) => f.rule === 'frontmatter-syntax'), name);
      }
    });
  });
});
