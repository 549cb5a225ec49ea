/**
 * Issue 21, item 6: what the CLI's threads keep does not grow with the folder. The workers read the cross facts
 * from memory the main thread packed them in (PackedFacts), the main thread gathers only those facts from the
 * scans (FactsGatherer), and the scan's rare parses keep no chunk. The answers are the whole index's, in its order.
 */
import { strict as assert } from 'node:assert';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { SharedTexts, keptSummary, scanFile, type FileWork } from '../server/cli/checkFile';
import { FactsGatherer, PackedFactsIndex, packFacts } from '../server/cli/packedFacts';
import { ONCE } from '../server/cli/project';
import type { AnalysisOptions } from '../server/core/analyze';
import { resolveConfig } from '../server/core/config';
import { WorkspaceIndex, type DocumentSummary } from '../server/core/workspaceIndex';
import { rng } from './helpers/random';
import { tempDir } from './helpers/temp';

const TYPES = ['job', 'status', 'minutes', 'brief', undefined] as const;
const CLIENTS = ['Northwind Coffee', 'northwind coffee', 'Harbor Bank', 'Sol de Mayo', 'HARBOR BANK', '青山', ''];
const IDS = ['NW-2026-001', 'nw-2026-001', ' NW-2026-001 ', 'HB-2026-002', 'SM-2026-003', 'QS-2026-01', 'Ω-7'];

function summaries(seed: number, n: number): DocumentSummary[] {
  const r = rng(seed);
  const pick = <T>(xs: readonly T[]) => xs[Math.floor(r() * xs.length)];
  const shared = new SharedTexts();
  return Array.from({ length: n }, (_, i) =>
    keptSummary(
      {
        path: `/ws/${pick(['a', 'b', 'c', 'é', '客户'])}/doc-${i}.md`,
        type: pick(TYPES),
        client: r() < 0.8 ? pick(CLIENTS) : undefined,
        job: r() < 0.4 ? { id: pick(IDS), line: 1 + Math.floor(r() * 9) } : undefined,
        owners: [],
        actions: [],
        jobRefs: [],
      },
      undefined,
      shared,
    ),
  );
}

const ASKED = [...IDS, 'nw-2026-001', 'XX-0000-000', '', 'Ω-7 '];

describe('the cross facts packed in shared memory (issue 21, item 6)', () => {
  it('answer job numbers and clients as the whole index, in the same order', () => {
    for (let seed = 1; seed <= 25; seed++) {
      const whole = new WorkspaceIndex();
      for (const d of summaries(seed, 150)) whole.set(d);
      const cross = whole.crossFacts();
      const packed = new PackedFactsIndex(packFacts(cross.withJob, cross.clients));
      for (const id of ASKED) {
        assert.equal(JSON.stringify(packed.documentsWithJob(id)), JSON.stringify(whole.documentsWithJob(id)), id);
        // Asked again (from what it read last): the same.
        assert.equal(JSON.stringify(packed.documentsWithJob(id)), JSON.stringify(whole.documentsWithJob(id)), id);
      }
      for (const d of packed.documentsWithJob('NW-2026-001')) assert.ok('type' in d && 'client' in d);
      assert.equal(JSON.stringify([...packed.clients()]), JSON.stringify([...whole.clients()]));
    }
  });

  it('refuse what they cannot answer: every document, one by path, the count, changes', () => {
    const packed: WorkspaceIndex = new PackedFactsIndex(packFacts([], []));
    assert.deepEqual(packed.documentsWithJob('NW-2026-001'), []);
    assert.throws(() => [...packed.documents()]);
    assert.throws(() => packed.get('/ws/a.md'));
    assert.throws(() => packed.size);
    assert.throws(() => packed.set(summaries(1, 1)[0]));
  });

  it('gathered from scans that come back in any order, they are those of the index made in the files’ order', () => {
    for (let seed = 1; seed <= 10; seed++) {
      const docs = summaries(seed, 120);
      const whole = new WorkspaceIndex();
      for (const d of docs) whole.set(d);
      const gatherer = new FactsGatherer(docs.length);
      const r = rng(seed + 100);
      const order = docs.map((_, i) => i).sort(() => r() - 0.5);
      for (const i of order) gatherer.add(i, docs[i]);
      const cross = whole.crossFacts();
      const expected = packFacts(cross.withJob, cross.clients);
      const gathered = gatherer.pack();
      assert.deepEqual(Buffer.from(gathered.bytes), Buffer.from(expected.bytes));
      assert.deepEqual(new Int32Array(gathered.starts), new Int32Array(expected.starts));
      assert.deepEqual(gathered.clients, expected.clients);
    }
  });

  it('the scan parses what it must with the check’s cache, which keeps no chunk', () => {
    const dir = tempDir('agency-docs-packed-');
    const path = join(dir, 'sync.md');
    // A list labelled as actions outside the actions section: the scan reads it from the parsed document.
    writeFileSync(
      path,
      '---\ntype: minutes\ntitle: Weekly sync\ndate: 2026-11-20\nattendees: [Dana, Lee]\n---\n\n# Meeting minutes: weekly sync\n\n## Summary\n\n- We talked about the launch.\n- Action items:\n  - Dana to send the deck by Friday\n\n## Next steps\n\n- [ ] Lee: book the room\n',
    );
    const config = resolveConfig({});
    const options = { locale: 'en', today: { year: 2026, month: 11, day: 22 }, config } as unknown as AnalysisOptions;
    const work: FileWork = { options, maxFileSize: 1 << 20, locale: 'en', agencyWorkspace: false, hashes: false };
    const entry = ONCE.entry;
    let parsed = 0;
    ONCE.entry = (text: string) => {
      parsed++;
      return entry.call(ONCE, text);
    };
    try {
      const s = scanFile({ path, real: path }, work);
      assert.ok(!('failed' in s) && s.summary?.type === 'minutes');
    } finally {
      ONCE.entry = entry;
    }
    assert.ok(parsed > 0, 'the scan parsed the document with the check’s cache');
  });
});
