/**
 * Problems for the whole workspace (issue 18): with `agencyDocs.problems` at
 * its default, the server publishes the findings of every indexed agency
 * document, open or not, as the CLI reports them; closed documents are checked
 * again only when a fact they read changes; `openFiles` limits it to open
 * documents.
 *
 * Build first: `node esbuild.mjs`.
 */
import { strict as assert } from 'node:assert';
import { cpSync, renameSync, readFileSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { LspTestClient, type Publish } from './helpers/lspClient';
import { tempDir } from './helpers/temp';

const TODAY = '2026-11-22';
const EXAMPLES = join(__dirname, '..', 'examples');
const CLI = join(__dirname, '..', 'bin', 'agency-docs.js');

interface CliFinding {
  file: string;
  line: number;
  rule: string;
}

function workspaceCopy(): string {
  const root = tempDir('agency-docs-problems-');
  cpSync(EXAMPLES, root, { recursive: true });
  return root;
}

/** What the CLI reports for the folder, by URI: “line rule” (1-based lines). */
function cliFindings(root: string): Map<string, string[]> {
  // It exits with 1: the examples have errors on purpose.
  const out = spawnSync(process.execPath, [CLI, 'check', '.', '--today', TODAY, '--format', 'json'], {
    cwd: root,
    encoding: 'utf8',
  }).stdout;
  const byUri = new Map<string, string[]>();
  for (const f of JSON.parse(out) as CliFinding[]) {
    const uri = pathToFileURL(join(root, f.file)).toString();
    byUri.set(uri, [...(byUri.get(uri) ?? []), `${f.line} ${f.rule}`].sort());
  }
  return byUri;
}

/** Resolves once the server has published nothing for `quietMs`. */
async function settled(client: LspTestClient, quietMs = 700): Promise<void> {
  for (;;) {
    const n = client.publishes.length;
    await new Promise((r) => setTimeout(r, quietMs));
    if (client.publishes.length === n) return;
  }
}

const lines = (p: Publish | undefined) =>
  (p?.diagnostics ?? []).map((d) => `${d.range.start.line + 1} ${d.code}`).sort();

describe('problems for the whole workspace', function () {
  this.timeout(60000);

  it("publishes every closed agency document's findings, the same as the CLI, without a document opened", async () => {
    const root = workspaceCopy();
    const expected = cliFindings(root);
    // The examples hold about 30 findings on purpose (examples/EXPECTED.md); the server must give the CLI's, whatever the count.
    const count = [...expected.values()].flat().length;
    assert.ok(count >= 25, `the examples hold ${count} findings`);
    const { client } = await LspTestClient.start({ cwd: root, rootUri: pathToFileURL(root).toString(), today: TODAY });
    try {
      await client.waitFor(
        'every finding of the workspace',
        () =>
          [...expected].every(([uri, want]) => lines(client.lastPublish(uri)).join() === want.join())
            ? true
            : undefined,
        20000,
      );
      // Nothing published beyond the CLI's findings: documents without findings show none.
      for (const p of client.publishes) if (!expected.has(p.uri)) assert.deepEqual(p.diagnostics, [], p.uri);
      assert.deepEqual(client.errorsLogged(), []);
    } finally {
      await client.stop();
    }
  });

  it('checks a closed document again when a file it links to goes and comes back, and no other', async () => {
    const root = workspaceCopy();
    const brief = pathToFileURL(join(root, 'northwind', 'cold-brew-launch-brief.md')).toString();
    const pos = pathToFileURL(join(root, 'northwind', 'in-store-pos-brief.md')).toString();
    const strategy = join(root, 'northwind', 'cold-brew-strategy.md');
    const { client } = await LspTestClient.start({ cwd: root, rootUri: pathToFileURL(root).toString(), today: TODAY });
    try {
      await client.logLine('agency-docs: indexed');
      const first = await client.waitPublish(pos, 'the first check of the POS brief');
      await settled(client);
      const before = client.publishes.length;
      renameSync(strategy, strategy + '.bak');
      client.notify('workspace/didChangeWatchedFiles', {
        changes: [{ uri: pathToFileURL(strategy).toString(), type: 3 }],
      });
      const broken = await client.waitPublish(
        brief,
        'a broken link to the strategy',
        (p) => p.diagnostics.some((d) => d.code === 'broken-link'),
        before,
      );
      assert.ok(
        broken.diagnostics.some((d) => d.code === 'broken-link' && /cold-brew-strategy\.md/.test(String(d.message))),
      );
      renameSync(strategy + '.bak', strategy);
      const back = client.publishes.length;
      client.notify('workspace/didChangeWatchedFiles', {
        changes: [{ uri: pathToFileURL(strategy).toString(), type: 1 }],
      });
      await client.waitPublish(
        brief,
        'the link resolves again',
        (p) => !p.diagnostics.some((d) => d.code === 'broken-link'),
        back,
      );
      // Documents that read nothing about the strategy were not published again.
      const republished = new Set(client.publishes.slice(before).map((p) => p.uri.split('/').pop()));
      for (const name of republished)
        assert.ok(
          ['cold-brew-launch-brief.md', 'in-store-pos-brief.md', 'cold-brew-strategy.md'].includes(name!),
          `${name} was checked again`,
        );
      assert.ok(first);
    } finally {
      await client.stop();
    }
  });

  it("a closed document shows its text on disk again; `openFiles` takes the closed documents' problems back", async () => {
    const root = workspaceCopy();
    const memoPath = join(root, 'northwind', 'memo-sampling-tour.md');
    const memo = pathToFileURL(memoPath).toString();
    const { client } = await LspTestClient.start({ cwd: root, rootUri: pathToFileURL(root).toString(), today: TODAY });
    try {
      const onDisk = lines(
        await client.waitPublish(memo, 'the closed memo', (p) => p.diagnostics.length > 0, 0, 20000),
      );
      // Opened and emptied in the editor (not saved): its one hint; closed: the disk's findings again.
      await client.open(memo, readFileSync(memoPath, 'utf8'));
      client.change(memo, [{ text: '# Memo\n' }]);
      const edited = await client.waitLatest(memo, 2);
      assert.notDeepEqual(lines(edited), onDisk);
      const from = client.publishes.length;
      client.close(memo);
      const closed = await client.waitPublish(memo, 'the disk again after closing', () => true, from);
      assert.deepEqual(lines(closed), onDisk);
      assert.equal(closed.version, undefined, 'a closed document has no version');

      const withdraw = client.publishes.length;
      client.settings = { problems: 'openFiles' };
      client.notify('workspace/didChangeConfiguration', { settings: null });
      const gone = await client.waitPublish(memo, 'taken back', (p) => p.diagnostics.length === 0, withdraw);
      assert.ok(gone);
    } finally {
      await client.stop();
    }
  });

  it('`openFiles`: nothing published for closed documents', async () => {
    const root = workspaceCopy();
    const { client } = await LspTestClient.start({
      cwd: root,
      rootUri: pathToFileURL(root).toString(),
      today: TODAY,
      settings: { problems: 'openFiles' },
    });
    try {
      await client.logLine('agency-docs: indexed');
      await new Promise((r) => setTimeout(r, 1500));
      assert.deepEqual(
        client.publishes.filter((p) => p.diagnostics.length > 0).map((p) => p.uri),
        [],
      );
      const memo = pathToFileURL(join(root, 'northwind', 'memo-sampling-tour.md')).toString();
      const open = await client.open(memo, readFileSync(join(root, 'northwind', 'memo-sampling-tour.md'), 'utf8'));
      assert.ok(open.diagnostics.length > 0, 'an open document is checked');
    } finally {
      await client.stop();
    }
  });
});
