/**
 * The real-world corpus: test/fixtures/real-world/<lang>/*.md, documents
 * written the way people write minutes, actas, briefs, agendas, status
 * reports, job cards, estimates and memos (and ordinary Markdown that must
 * stay clean), each with the findings expected for it in <name>.expected
 * (`line rule`, one per line, `#` comments). Each language folder is one
 * workspace; today = 2026-11-22. Besides the exact comparison, the test
 * measures precision and recall of owner, due-date, section and date
 * findings over the whole corpus and prints them.
 */
import { strict as assert } from 'node:assert';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { analyzeFolder } from './helpers/analyze';
import { actualFindings, expectedFindings } from './helpers/expected';

const ROOT = join(__dirname, 'fixtures', 'real-world');

/** The findings measured, by what they are about. */
const MEASURED: Record<string, readonly string[]> = {
  owner: ['action-missing-owner'],
  due: ['action-missing-due'],
  section: ['missing-section', 'empty-section', 'duplicate-section'],
  date: ['ambiguous-date', 'invalid-date'],
};

describe('real-world corpus', () => {
  const langs = readdirSync(ROOT).sort();
  const counts = Object.fromEntries(Object.keys(MEASURED).map((k) => [k, { tp: 0, fp: 0, fn: 0 }]));
  let documents = 0;
  let clean = 0;

  for (const lang of langs) {
    describe(lang, () => {
      for (const r of analyzeFolder(join(ROOT, lang))) {
        documents++;
        const expected = expectedFindings(r.path);
        if (expected.length === 0) clean++;
        const actual = actualFindings(r);
        for (const [kind, rules] of Object.entries(MEASURED)) {
          const e = expected.filter((x) => rules.includes(x.split(' ')[1]));
          const a = actual.filter((x) => rules.includes(x.split(' ')[1]));
          const left = [...e];
          for (const x of a) {
            const i = left.indexOf(x);
            if (i >= 0) {
              counts[kind].tp++;
              left.splice(i, 1);
            } else counts[kind].fp++;
          }
          counts[kind].fn += left.length;
        }
        it(r.path.split('/').pop()!, () => assert.deepEqual(actual, expected));
      }
    });
  }

  it('has at least 60 documents in three languages, clean ones and ones with findings', () => {
    assert.ok(documents >= 60, `${documents} documents`);
    assert.deepEqual(langs, ['en', 'es', 'zh-cn']);
    assert.ok(clean >= 15 && documents - clean >= 15, `${clean} clean, ${documents - clean} with findings`);
  });

  it('precision and recall of owner, due-date, section and date findings are at least 95%', () => {
    const lines: string[] = [];
    const low: string[] = [];
    for (const [kind, c] of Object.entries(counts)) {
      const precision = c.tp + c.fp === 0 ? 1 : c.tp / (c.tp + c.fp);
      const recall = c.tp + c.fn === 0 ? 1 : c.tp / (c.tp + c.fn);
      lines.push(
        `${kind.padEnd(8)} tp ${c.tp}  fp ${c.fp}  fn ${c.fn}  precision ${(100 * precision).toFixed(1)}%  recall ${(100 * recall).toFixed(1)}%`,
      );
      if (precision < 0.95 || recall < 0.95) low.push(kind);
    }
    console.log('      ' + lines.join('\n      '));
    assert.deepEqual(low, []);
  });
});
