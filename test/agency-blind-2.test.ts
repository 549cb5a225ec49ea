/**
 * The second blind agency set (test/fixtures/agency-blind-2/README.md): each set is one workspace, checked on
 * the day it was written, every document exactly as expected. It found four forms the checker read wrong
 * (test/agencyForms.test.ts); this keeps the rest of what it found right.
 */
import { strict as assert } from 'node:assert';
import { join, relative } from 'node:path';
import { analyzeTree } from './helpers/analyze';
import { actualFindings, expectedFindings } from './helpers/expected';

const ROOT = join(__dirname, 'fixtures', 'agency-blind-2');
const WRITTEN = { year: 2026, month: 12, day: 4 };

describe('second blind agency set', () => {
  for (const set of ['set1', 'set2']) {
    describe(set, () => {
      const results = analyzeTree(join(ROOT, set), WRITTEN);
      for (const r of results) {
        it(relative(join(ROOT, set), r.path), () => {
          assert.deepEqual(actualFindings(r), expectedFindings(r.path));
        });
      }
      it('holds clean documents and documents with findings, in three languages', () => {
        assert.ok(results.length >= 12);
        assert.ok(results.some((r) => r.findings.length === 0));
        for (const lang of ['en', 'es', 'zh'])
          assert.ok(
            results.some((r) => r.path.includes(`/${lang}/`)),
            lang,
          );
      });
    });
  }
});
