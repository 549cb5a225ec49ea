/**
 * Incremental analysis (chunks and their facts reused across edits) gives
 * exactly the findings of a fresh, full analysis, over random edit sequences.
 */
import { strict as assert } from 'node:assert';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildDocument } from '../server/core/document';
import { analyzeDocument, actionsOf, type Finding } from '../server/core/analyze';
import { ChunkCache } from '../server/core/markdown';
import { Session } from '../server/core/session';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { benchDocument } from '../bench/generate';
import { workspaceOptions } from './helpers/analyze';
import { rng, markdownFiles } from './helpers/random';

const PIECES = [
  'x',
  ' ',
  '\n',
  '\n\n',
  '## ',
  '- [ ] ',
  '@alice ',
  'due 2026-12-01',
  '2026-02-30',
  '中文',
  '😀',
  '|',
  '```\n',
  '<!--',
  '---\n',
  'TBD',
  '31/12/2026 ',
];

function key(f: Finding): string {
  return JSON.stringify([f.rule, f.start, f.end, f.severity, f.message, f.data, f.range]);
}

describe('incremental analysis', () => {
  const docs = markdownFiles(join(__dirname, '..', 'examples')).filter((p) => !p.endsWith('EXPECTED.md'));
  const options = workspaceOptions(new Map());
  it(`equals a full analysis after every edit (${docs.length} documents × 40 random edits)`, () => {
    const random = rng(1122);
    let compared = 0;
    for (const path of docs) {
      let text = readFileSync(path, 'utf8');
      // Cut at every heading, so the reuse of small chunks is exercised too.
      const cache = new ChunkCache(4000, 0);
      let previous: ReturnType<typeof buildDocument> | undefined;
      for (let step = 0; step < 40; step++) {
        const at = Math.floor(random() * (text.length + 1));
        if (random() < 0.3 && text.length > 0) {
          text = text.slice(0, at) + text.slice(at + 1 + Math.floor(random() * 20));
        } else {
          text = text.slice(0, at) + PIECES[Math.floor(random() * PIECES.length)] + text.slice(at);
        }
        // With the previous version's model on most edits (as the server does), from the cache alone on the others.
        const incremental = buildDocument(path, text, { cache, previous: step % 4 === 3 ? undefined : previous });
        previous = incremental;
        const fresh = buildDocument(path, text, { cache: new ChunkCache(4000, 0) });
        const whole = buildDocument(path, text, { cache: new ChunkCache(4000, Infinity) });
        assert.deepEqual(
          analyzeDocument(whole, options).map(key),
          analyzeDocument(fresh, options).map(key),
          `${path} in one piece, after edit ${step}`,
        );
        assert.deepEqual(
          analyzeDocument(incremental, options).map(key),
          analyzeDocument(fresh, options).map(key),
          `${path} after edit ${step}`,
        );
        assert.deepEqual(
          JSON.stringify(actionsOf(incremental, options).map((a) => [a.start, a.end, a.text, a.owners, a.due, a.done])),
          JSON.stringify(actionsOf(fresh, options).map((a) => [a.start, a.end, a.text, a.owners, a.due, a.done])),
        );
        compared++;
      }
    }
    assert.ok(compared > 1000);
  });

  it("lists a version's actions once for the index and the analysis, again only for another year or job pattern", () => {
    const text =
      '---\ntype: minutes\nclient: Acme\nmeeting: 3 March 10:00\n---\n\n# Minutes\n\n## Next actions\n\n- [ ] Send the deck @alice due 5 March\n';
    const doc = buildDocument('m.md', text);
    const first = actionsOf(doc, options);
    assert.equal(first.length, 1);
    analyzeDocument(doc, options);
    assert.equal(actionsOf(doc, options), first, 'the same list, not a second reading');
    // A year without a date of its own comes from today: another today's year reads the due date again.
    const nextYear = { ...options, today: { ...options.today, year: options.today.year + 1 } };
    const again = actionsOf(doc, nextYear);
    assert.notEqual(again, first);
    assert.equal(again[0].due?.date?.year, first[0].due!.date!.year + 1);
    const otherJobs = { ...options, config: { ...options.config, jobPattern: /JOB-\d+/u } };
    assert.notEqual(actionsOf(doc, otherJobs), first);
  });

  it('keeps no earlier version of a long document alive while typing', () => {
    // A cached chunk used to hold a slice of the version it came from, and with it that whole text:
    // about 1 MB for this log (UTF-16), on every keystroke, up to the cache's capacity.
    setFlagsFromString('--expose-gc');
    const gc = runInNewContext('gc') as () => void;
    const session = new Session({ today: () => ({ year: 2026, month: 11, day: 22 }), fileExists: () => false });
    const lines = benchDocument(10000).split('\n');
    const path = '/tmp/log.md';
    const textLines = lines.map((_, i) => i).filter((i) => i > 20 && /^- /.test(lines[i]));
    session.update(path, lines.join('\n'), 1);
    session.analysis(path);
    gc();
    const before = process.memoryUsage().heapUsed;
    const random = rng(7);
    const edits = 60;
    for (let v = 2; v < 2 + edits; v++) {
      const i = textLines[Math.floor(random() * textLines.length)];
      lines[i] += 'e';
      session.update(path, lines.join('\n'), v);
      session.analysis(path);
    }
    gc();
    const grownMb = (process.memoryUsage().heapUsed - before) / 2 ** 20;
    // Kept by design: the cache's earlier chunks (a few KB of text and their trees each). Before the fix: about 60 MB.
    assert.ok(grownMb < 20, `the heap grew by ${grownMb.toFixed(1)} MB over ${edits} edits`);
  });
});
