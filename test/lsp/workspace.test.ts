/**
 * The workspace index over stdio (server/lsp/server.ts, scan.ts): files created, deleted and edited,
 * folders added, `.agency-docs.json` changed on disk; open documents that read a changed fact are checked again.
 */
import { strict as assert } from 'node:assert';
import { rmSync, unlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { tempDir } from '../helpers/temp';
import {
  CONFIG,
  JOB_014,
  JOB_015,
  STATUS_014_LINE,
  STATUS_015_LINE,
  STATUS_EN,
  codes,
  diag,
  lineNo,
  lineOf,
  msg,
  summary,
  uriIn,
  useWorkspaceServer,
  type Client,
  type WorkspaceServer,
} from '../helpers/lspWorkspace';

describe('language server: workspace changes', function () {
  this.timeout(30000);
  const server = useWorkspaceServer(['status']);
  let client: Client;
  let root: string;
  let uris: WorkspaceServer['uris'];
  before(() => ({ client, root, uris } = server));

  it('a job card on disk is indexed at start: the status report knows its job numbers', async () => {
    const p = client.lastPublish(uris.status);
    assert.ok(p, 'the status report was published');
    assert.deepEqual(p.diagnostics, [], summary(p));
  });

  it('deleting a job card (didChangeWatchedFiles) makes its number unknown', async () => {
    unlinkSync(join(root, 'jobs', 'NW-2026-015-transit.md'));
    const from = client.publishes.length;
    client.notify('workspace/didChangeWatchedFiles', { changes: [{ uri: uris.job15, type: 3 }] });
    const p = await client.waitPublish(
      uris.status,
      'unknown-job after the deletion',
      (x) => x.diagnostics.some((d) => d.code === 'unknown-job'),
      from,
    );
    assert.deepEqual(codes(p), ['unknown-job'], summary(p));
    const d = diag(p, 'unknown-job', STATUS_015_LINE);
    assert.equal(d.severity, 2);
    assert.match(msg(d), /NW-2026-015/);
  });

  it('creating it again (didChangeWatchedFiles) clears the finding', async () => {
    writeFileSync(join(root, 'jobs', 'NW-2026-015-transit.md'), JOB_015);
    const from = client.publishes.length;
    client.notify('workspace/didChangeWatchedFiles', { changes: [{ uri: uris.job15, type: 1 }] });
    const p = await client.waitPublish(
      uris.status,
      'no unknown-job after the re-creation',
      (x) => !x.diagnostics.some((d) => d.code === 'unknown-job'),
      from,
    );
    assert.deepEqual(p.diagnostics, []);
  });

  it('editing an open job card’s number updates the status report live; closing it unsaved restores the disk version', async () => {
    const text = JOB_015;
    await client.open(uris.job15, text);
    const jobLine = lineNo(text, 'job: NW-2026-015');
    const from = client.publishes.length;
    client.change(uris.job15, [
      { range: { start: { line: jobLine, character: 5 }, end: { line: jobLine, character: 16 } }, text: 'NW-2026-016' },
    ]);
    assert.equal(lineOf(client.texts.get(uris.job15)!, jobLine), 'job: NW-2026-016');
    const p = await client.waitPublish(
      uris.status,
      'unknown-job while the card says NW-2026-016',
      (x) => x.diagnostics.some((d) => d.code === 'unknown-job'),
      from,
    );
    assert.deepEqual(codes(p), ['unknown-job'], summary(p));
    assert.equal(p.diagnostics[0].range.start.line, STATUS_015_LINE);
    const from2 = client.publishes.length;
    client.close(uris.job15);
    const p2 = await client.waitPublish(
      uris.status,
      'no unknown-job once the unsaved card is closed',
      (x) => !x.diagnostics.some((d) => d.code === 'unknown-job'),
      from2,
    );
    assert.deepEqual(p2.diagnostics, []);
  });

  it('a workspace folder added later (workspace/didChangeWorkspaceFolders) is indexed', async () => {
    const root2 = tempDir('agency-docs-lsp-folder2-');
    const uri = uriIn(root, 'status-folder2.md');
    try {
      writeFileSync(join(root2, 'NW-2026-030-radio.md'), JOB_014.replace(/NW-2026-014/g, 'NW-2026-030'));
      const text = STATUS_EN.replace(/NW-2026-015/g, 'NW-2026-030');
      const p = await client.open(uri, text);
      assert.deepEqual(codes(p), ['unknown-job'], `NW-2026-030 is not in the workspace yet: ${summary(p)}`);
      const from = client.publishes.length;
      client.notify('workspace/didChangeWorkspaceFolders', {
        event: { added: [{ uri: pathToFileURL(root2).toString(), name: 'folder2' }], removed: [] },
      });
      const p2 = await client.waitPublish(
        uri,
        'no unknown-job once the folder holding NW-2026-030 is added',
        (x) => !x.diagnostics.some((d) => d.code === 'unknown-job'),
        from,
        3000,
      );
      assert.deepEqual(p2.diagnostics, []);
    } finally {
      client.close(uri);
      rmSync(root2, { recursive: true, force: true });
    }
  });

  it('.agency-docs.json changed on disk (didChangeWatchedFiles): the new roster applies', async () => {
    const config = join(root, '.agency-docs.json');
    const from = client.publishes.length;
    writeFileSync(config, JSON.stringify({ ...CONFIG, team: CONFIG.team.filter((m) => m.name !== 'tom') }));
    client.notify('workspace/didChangeWatchedFiles', { changes: [{ uri: pathToFileURL(config).toString(), type: 2 }] });
    const p = await client.waitPublish(
      uris.status,
      'unknown-owner for @tom',
      (x) => x.diagnostics.some((d) => d.code === 'unknown-owner'),
      from,
    );
    assert.deepEqual(codes(p), ['unknown-owner'], summary(p));
    assert.equal(p.diagnostics[0].range.start.line, STATUS_014_LINE);
    const from2 = client.publishes.length;
    writeFileSync(config, JSON.stringify(CONFIG));
    client.notify('workspace/didChangeWatchedFiles', { changes: [{ uri: pathToFileURL(config).toString(), type: 2 }] });
    const p2 = await client.waitPublish(
      uris.status,
      'no unknown-owner with the full roster',
      (x) => !x.diagnostics.some((d) => d.code === 'unknown-owner'),
      from2,
    );
    assert.deepEqual(p2.diagnostics, []);
  });
});
