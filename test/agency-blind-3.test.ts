/**
 * The third blind agency set (test/fixtures/agency-blind-3/README.md): one workspace, checked on the day it
 * was written, every document exactly as expected.
 */
import { strict as assert } from 'node:assert';
import { join, relative } from 'node:path';
import { analyzeTree } from './helpers/analyze';
import { actualFindings, expectedFindings } from './helpers/expected';

const ROOT = join(__dirname, 'fixtures', 'agency-blind-3');
const WRITTEN = { year: 2026, month: 12, day: 5 };

describe('third blind agency set', () => {
  // The README says what the set is; it is no document of the set.
  const results = analyzeTree(ROOT, WRITTEN).filter((r) => !r.path.endsWith('README.md'));
  for (const r of results) {
    it(relative(ROOT, r.path), () => {
      assert.deepEqual(actualFindings(r), expectedFindings(r.path));
    });
  }
  it('holds 36 documents, clean ones and ones with findings, in three languages', () => {
    assert.equal(results.length, 36);
    assert.ok(results.filter((r) => r.findings.length === 0).length >= 15);
    for (const lang of ['en', 'es', 'zh'])
      assert.equal(results.filter((r) => r.path.includes(`/${lang}/`)).length, 12, lang);
  });
});
