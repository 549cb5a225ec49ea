/**
 * A keystroke reads the text through `doc.source`, never through `doc.text` (issue 21, item 4): the editor's
 * text is a tree of pieces (server/core/pieces.ts), which V8 copies flat into one new string the first time
 * anything but its length is read. At 100,000 lines that copy is 8 MB and 5–13 ms an edit; one `doc.text.slice`
 * in code that runs per keystroke brings it back, unseen by any test of findings.
 *
 * Here the text an edit hands the session is a stand-in that counts every read but its length, and the findings
 * after the edit are still compared with a cold analysis.
 */
import { strict as assert } from 'node:assert';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { benchDocument, CONFIG, rng } from '../bench/generate';
import { markdownFiles } from './helpers/random';
import { Session } from '../server/core/session';
import { PieceText } from '../server/core/pieces';
import type { AgencyConfig } from '../server/core/config';
import type { Finding } from '../server/core/analyze';

/** `text` as the session sees it, but every read of it other than its length is counted (READ_STACKS=1: with where from). */
function countingText(text: string, reads: string[]): string {
  const target = Object(text) as object;
  return new Proxy(target, {
    get(_t, key) {
      if (key === 'length') return text.length;
      reads.push(String(key) + (process.env.READ_STACKS ? new Error().stack!.split('\n').slice(2, 7).join(' < ') : ''));
      const v = (text as unknown as Record<PropertyKey, unknown>)[key];
      return typeof v === 'function' ? (v as (...a: unknown[]) => unknown).bind(text) : v;
    },
  }) as unknown as string;
}

const key = (f: Finding) => JSON.stringify([f.rule, f.start, f.end, f.message]);

function session(): Session {
  const s = new Session({ today: () => ({ year: 2026, month: 11, day: 22 }), fileExists: () => false });
  s.setConfiguration(CONFIG as AgencyConfig, undefined);
  return s;
}

describe('typing reads the text through doc.source', function () {
  this.timeout(120000);
  const path = '/tmp/typing-reads-source.md';
  // The benchmark's log, then the bodies of the examples and the real-world fixtures: the forms of real writing.
  const bodies = [join(__dirname, '..', 'examples'), join(__dirname, 'fixtures', 'real-world')]
    .flatMap((d) => markdownFiles(d))
    .sort()
    .map((f) => readFileSync(f, 'utf8').replace(/^---\n[\s\S]*?\n---\n/, ''));
  // And the next meeting set, with the to-dos before it in a list of its own.
  const nextMeeting =
    '## Next steps\n\n* Schedule next meeting: 4pm Tue 1st Dec 2026\n\n  TODO before next meeting:\n\n  * Priya to bring the revised mood board\n  * Confirm the catering count\n';
  const original = `${benchDocument(1000)}\n${nextMeeting}\n${bodies.join('\n')}`;
  const random = rng(2112);
  // Places an edit may fall: the front matter, a heading, an action item with an owner and a date, a table
  // row, the to-dos for the next meeting, the end, and places drawn at random.
  const places = [
    original.indexOf('\n', original.indexOf('client:')),
    original.indexOf('\n', original.indexOf('\n## ')),
    original.indexOf(' due ') + 1,
    original.indexOf('\n', original.indexOf('\n| ') + 1),
    original.indexOf('\n', original.indexOf('  * Priya to bring')),
    original.length,
    ...Array.from({ length: 10 }, () => Math.floor(random() * original.length)),
  ];

  it('finds every kind of place in the document', () => {
    for (const at of places) assert.ok(at > 0, `a place in the document: ${places.join(', ')}`);
  });

  for (const insert of ['e', '\n', ' @ana 2026-12-01']) {
    it(`inserting ${JSON.stringify(insert)} at sixteen places reads no doc.text, and then finds what a cold analysis does`, () => {
      const s = session();
      s.update(path, original, 1);
      s.analysis(path);
      let text = original;
      let version = 1;
      for (const at of places) {
        text = text.slice(0, at) + insert + text.slice(at);
        const reads: string[] = [];
        s.update(
          path,
          countingText(text, reads),
          ++version,
          { start: at, oldEnd: at, newEnd: at + insert.length },
          new PieceText(text),
        );
        s.analysis(path);
        assert.deepEqual(reads, [], `reads of doc.text after an edit at ${at} (version ${version})`);
      }
      // What the edits were read for (test/incremental.test.ts compares every edit).
      const cold = session();
      cold.update(path, text, 1);
      assert.deepEqual(s.analysis(path)!.findings.map(key), cold.analysis(path)!.findings.map(key));
    });
  }
});
