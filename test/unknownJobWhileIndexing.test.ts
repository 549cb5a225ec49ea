/**
 * A document opened while the editor's start-up scan is still indexing the workspace (blind18's probe over stdio:
 * every job number of an open status report was unknown for the seconds the scan took, then right): until the
 * index is whole, unknown-job waits; when the scan ends, the documents checked meanwhile are checked again.
 */
import { strict as assert } from 'node:assert';
import { Session } from '../server/core/session';
import { parseIsoDay } from '../server/core/dates';

const CARD = `---
type: job
job: KT-2026-014
client: Larkspur Mills
opened: 2026-11-02 10:00
owner: rosa
due: 2026-12-18
status: in-progress
---

# Job card KT-2026-014

## Request

Shelf wobblers for the oat range.

## Deliverables

- Six wobblers

## Schedule

- Print 2026-12-10
`;

const STATUS = `---
type: status
client: Larkspur Mills
week: 2026-W48
issued: 2026-11-27
---

# Weekly status

## Jobs in progress

- KT-2026-014: proofs with the client.
- KT-2026-099: waiting for the brief.

## Completed

- Nothing this week.
`;

const unknownJobs = (s: Session, path: string) =>
  s
    .analysis(path)!
    .findings.filter((f) => f.rule === 'unknown-job')
    .map((f) => f.data.job);

describe('unknown-job while the workspace is being indexed', () => {
  it('waits for the index, then reports only the jobs no document has', () => {
    const session = new Session({ today: () => parseIsoDay('2026-11-28')! });
    const stale: string[] = [];
    session.onWorkspaceChange = (paths) => stale.push(...paths);
    session.beginIndexing();
    session.update('/ws/status.md', STATUS, 1);
    // The card is not indexed yet: neither job is called unknown.
    assert.deepEqual(unknownJobs(session, '/ws/status.md'), []);
    session.indexFile('/ws/KT-2026-014.md', CARD);
    session.endIndexing();
    assert.ok(stale.includes('/ws/status.md'), 'the status report is checked again when the index is whole');
    assert.deepEqual(unknownJobs(session, '/ws/status.md'), ['KT-2026-099']);
  });

  it('with no scan under way, reports at once (the command line, a workspace already indexed)', () => {
    const session = new Session({ today: () => parseIsoDay('2026-11-28')! });
    session.indexFile('/ws/KT-2026-014.md', CARD);
    session.update('/ws/status.md', STATUS, 1);
    assert.deepEqual(unknownJobs(session, '/ws/status.md'), ['KT-2026-099']);
  });

  it('nested scans (a folder added during the start-up scan) wait for the last one', () => {
    const session = new Session({ today: () => parseIsoDay('2026-11-28')! });
    session.beginIndexing();
    session.beginIndexing();
    session.update('/ws/status.md', STATUS, 1);
    session.endIndexing();
    assert.deepEqual(unknownJobs(session, '/ws/status.md'), []);
    session.endIndexing();
    assert.deepEqual(unknownJobs(session, '/ws/status.md'), ['KT-2026-014', 'KT-2026-099']);
  });
});
