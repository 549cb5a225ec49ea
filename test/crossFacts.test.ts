/**
 * What a CLI worker gets of the check's index (issue 21, item 6): the documents with a job number and the
 * clients (WorkspaceIndex.crossFacts), not every summary. The index made of them must answer what the checks
 * read exactly as the whole index does, order included (findings and the cache's digests depend on it), and
 * refuse what it cannot answer.
 */
import { strict as assert } from 'node:assert';
import { WorkspaceIndex, type DocumentSummary } from '../server/core/workspaceIndex';
import { rng } from './helpers/random';

const TYPES = ['job', 'status', 'minutes', 'brief', undefined] as const;
const CLIENTS = ['Northwind Coffee', 'northwind coffee', 'Harbor Bank', 'Sol de Mayo', 'HARBOR BANK'];

function summaries(seed: number, n: number): DocumentSummary[] {
  const r = rng(seed);
  const out: DocumentSummary[] = [];
  for (let i = 0; i < n; i++) {
    const pick = <T>(xs: readonly T[]) => xs[Math.floor(r() * xs.length)];
    const hasJob = r() < 0.3;
    out.push({
      path: `/ws/${pick(['a', 'b', 'c'])}/doc-${i}.md`,
      type: pick(TYPES),
      client: r() < 0.8 ? pick(CLIENTS) : undefined,
      job: hasJob ? { id: pick(['NW-2026-001', 'nw-2026-001', 'HB-2026-002', 'SM-2026-003']), line: 3 } : undefined,
      owners: [],
      actions: [],
      jobRefs: [],
    });
  }
  return out;
}

describe('the index a CLI worker gets (cross facts)', () => {
  it('answers job numbers and clients as the whole index, in the same order, through a structured clone', () => {
    for (let seed = 1; seed <= 20; seed++) {
      const whole = new WorkspaceIndex();
      const docs = summaries(seed, 200);
      for (const d of docs) whole.set(d);
      // A document replaced: its old summary's place is kept by the map, as in the main thread.
      whole.set({ ...docs[5], client: 'Zephyr Airlines' });
      const facts = structuredClone(whole.crossFacts());
      const part = WorkspaceIndex.ofCrossFacts(facts);
      for (const id of ['NW-2026-001', 'nw-2026-001', 'HB-2026-002', 'SM-2026-003', 'XX-0000-000'])
        assert.equal(JSON.stringify(part.documentsWithJob(id)), JSON.stringify(whole.documentsWithJob(id)), id);
      assert.equal(JSON.stringify([...part.clients()]), JSON.stringify([...whole.clients()]));
      assert.ok(facts.withJob.length < docs.length / 2, 'only the documents with a job number');
    }
  });

  it('refuses what it cannot answer: every document, one by path, the count, changes', () => {
    const part = WorkspaceIndex.ofCrossFacts({ withJob: [], clients: [] });
    assert.throws(() => [...part.documents()]);
    assert.throws(() => part.get('/ws/a.md'));
    assert.throws(() => part.size);
    assert.throws(() => part.set(summaries(1, 1)[0]));
  });
});
