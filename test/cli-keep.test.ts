/**
 * Issue 21, item 6: what the check keeps of each document to its end is smaller (one path string, shared
 * type and client texts, one empty list), and answers the same: the workspace rules give the same report
 * with workers (which get the cross facts from the main thread) as with one thread, in the files' order.
 */
import { strict as assert } from 'node:assert';
import { spawnSync } from 'node:child_process';
import { cpSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { SharedTexts, checkSummary, keptSummary } from '../server/cli/checkFile';
import { WorkspaceIndex, type DocumentSummary } from '../server/core/workspaceIndex';
import { tempDir } from './helpers/temp';

const BIN = join(__dirname, '..', 'bin', 'agency-docs.js');
const EXAMPLES = join(__dirname, '..', 'examples');

describe('check: what is kept of each document (issue 21)', () => {
  it('a kept summary is the check summary, and an index of them answers the same', () => {
    const shared = new SharedTexts();
    const summaries: DocumentSummary[] = [];
    for (let i = 0; i < 40; i++)
      summaries.push({
        path: `/work/${i % 3}/doc-${i}.md`,
        type: i % 5 === 0 ? undefined : (['brief', 'minutes', 'job'] as const)[i % 3],
        client: i % 4 === 0 ? undefined : ['Northwind', 'northwind ', 'Sol de Mayo'][i % 3],
        job: i % 2 === 0 ? { id: `NW-2026-0${i % 7}`, line: i } : undefined,
        title: 'not kept by the check',
        owners: ['Dana'],
        actions: [],
        jobRefs: [{ id: 'NW-2026-001', line: 3, character: 4 }],
      });
    const whole = new WorkspaceIndex();
    const kept = new WorkspaceIndex();
    for (const s of summaries) {
      const plain = checkSummary(s);
      // A copy of the path, as a summary from a worker holds: the kept one has the same text.
      const k = keptSummary(plain, `${s.path}`, shared);
      assert.deepEqual(k, plain);
      assert.equal(JSON.stringify(k), JSON.stringify(plain));
      whole.set(plain);
      kept.set(k);
    }
    assert.equal(JSON.stringify([...kept.clients()]), JSON.stringify([...whole.clients()]));
    assert.equal(JSON.stringify(kept.crossFacts()), JSON.stringify(whole.crossFacts()));
    for (let j = 0; j < 7; j++)
      assert.equal(
        JSON.stringify(kept.documentsWithJob(`nw-2026-0${j}`)),
        JSON.stringify(whole.documentsWithJob(`NW-2026-0${j}`)),
      );
    // In a worker, the cross facts' summaries are kept the same way (no path of its own to share).
    const worker = WorkspaceIndex.ofCrossFacts({
      withJob: whole.crossFacts().withJob.map((d) => keptSummary(d, undefined, new SharedTexts())),
      clients: [...whole.clients()],
    });
    for (let j = 0; j < 7; j++)
      assert.equal(
        JSON.stringify(worker.documentsWithJob(`NW-2026-0${j}`)),
        JSON.stringify(whole.documentsWithJob(`NW-2026-0${j}`)),
      );
  });

  it('the workspace rules report the same with workers as with one thread, in every format', function () {
    this.timeout(300000);
    const dir = tempDir('agency-keep-');
    // The examples four times over (workers start from 48 files): the same job numbers and clients in
    // every copy, so that job numbers are shared between documents on different threads.
    for (let copy = 0; copy < 4; copy++)
      cpSync(EXAMPLES, join(dir, `copy-${copy}`), { recursive: true, filter: (p) => !p.endsWith('.agency-docs.json') });
    writeFileSync(join(dir, '.agency-docs.json'), readFileSync(join(EXAMPLES, '.agency-docs.json')));
    const run = (format: string, threads: string) => {
      const r = spawnSync(process.execPath, [BIN, 'check', '.', '--format', format, '--today', '2026-11-22'], {
        cwd: dir,
        encoding: 'utf8',
        env: { ...process.env, NO_COLOR: '', FORCE_COLOR: '', LANG: 'en_US.UTF-8', AGENCY_DOCS_THREADS: threads },
      });
      return { code: r.status, out: r.stdout, err: r.stderr };
    };
    for (const format of ['json', 'text']) {
      const one = run(format, '1');
      assert.ok(one.out.length > 1000, one.err);
      if (format === 'json') {
        const files = (JSON.parse(one.out) as { file: string }[]).map((f) => f.file);
        assert.ok(files.length >= 48, `${files.length} files`);
        assert.deepEqual(
          files,
          [...files].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0)),
          'in the files’ order',
        );
        // Findings that read other documents' job numbers or clients are there to compare.
        assert.match(one.out, /"rule": "(?:duplicate-job-number|unknown-job|other-client-mentioned)"/);
      }
      assert.deepEqual(run(format, '2'), one, `${format}: two threads`);
    }
  });
});
