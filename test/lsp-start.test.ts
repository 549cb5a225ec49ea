/**
 * The server's start (issue 21, item 2; docs/architecture.md, "Start-up"): documents opened while the
 * workspace is being indexed are checked at once and end with the findings of a full index; the bundle's
 * V8 code cache (dist/server.js, AGENCY_DOCS_CODE_CACHE) is written, reused, and never trusted when damaged.
 *
 * Build first: `node esbuild.mjs`.
 */
import { strict as assert } from 'node:assert';
import { spawnSync } from 'node:child_process';
import { mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { LspTestClient, type Publish } from './helpers/lspClient';
import { tempDir } from './helpers/temp';

const TODAY = '2026-11-22';
const CLI = join(__dirname, '..', 'bin', 'agency-docs.js');

const job = (i: number) => `NW-2026-${String(i).padStart(3, '0')}`;
const jobCard = (id: string, client: string) => `---
type: job
job: ${id}
client: ${client}
opened: 2026-11-01 09:00
owner: ben
due: 2026-12-11
status: in-progress
---

# Job card ${id}

## Request

Film and OOH for the launch.

## Deliverables

- One film

## Schedule

- Shoot 2026-12-01
`;
const statusReport = (jobs: string[]) => `---
type: status
client: Northwind Coffee
week: 2026-W47
issued: 2026-11-20
---

# Weekly status

## Jobs in progress

${jobs.map((j) => `- ${j}: edit in progress.`).join('\n')}

## Completed

- Nothing this week.

## Decisions needed

- None.

## Next week

- Review call.
`;
const minutes = (client: string, mentioned: string) => `---
type: minutes
client: ${client}
meeting: 2026-11-18 10:00
issued: 2026-11-18 16:30
attendees: alice, ben
distribution: alice, ben
---

# Minutes

## Decisions

- We compared the idea with what ${mentioned} did last year.

## Next actions

- [ ] Send the deck @alice due 2026-11-27
`;

/**
 * 400 documents on disk; what the opened ones depend on is written last in the walk's order (`zz-late/`):
 * a job card the status report names, a second card with the opened card's number, the only document of a
 * client the opened minutes mention, a file the opened brief links to.
 */
function workspace(): { root: string; opened: string[] } {
  const root = tempDir('agency-docs-start-');
  const write = (rel: string, text: string) => {
    mkdirSync(join(root, rel, '..'), { recursive: true });
    writeFileSync(join(root, rel), text);
  };
  for (let i = 0; i < 130; i++) {
    write(`jobs/${job(i)}.md`, jobCard(job(i), 'Northwind Coffee'));
    write(`status/status-${i}.md`, statusReport([job(i), job((i + 1) % 130)]));
    write(`minutes/minutes-${i}.md`, minutes('Northwind Coffee', 'the competition'));
  }
  write('zz-late/NW-2026-150.md', jobCard(job(150), 'Northwind Coffee'));
  write('zz-late/second-077.md', jobCard(job(77), 'Northwind Coffee'));
  write('zz-late/zephyr-brief.md', minutes('Zephyr Airlines', 'the competition'));
  const opened = {
    'a-open/status.md': statusReport([job(1), job(150), job(999)]),
    'a-open/card-077.md': jobCard(job(77), 'Northwind Coffee'),
    'a-open/minutes.md': minutes('Northwind Coffee', 'Zephyr Airlines'),
    'a-open/links.md': `${minutes('Northwind Coffee', 'the competition')}\nSee [the brief](../zz-late/zephyr-brief.md) and [the plan](../zz-late/plan.md).\n`,
  };
  for (const [rel, text] of Object.entries(opened)) write(rel, text);
  return { root, opened: Object.keys(opened) };
}

/** The CLI's findings of these files (a full index of the folder first), as “line rule message”. */
function cliFindings(root: string, files: string[]): Map<string, string[]> {
  const out = spawnSync(process.execPath, [CLI, 'check', '.', '--today', TODAY, '--format', 'json'], {
    cwd: root,
    encoding: 'utf8',
  }).stdout;
  const by = new Map<string, string[]>(files.map((f) => [f, []]));
  for (const f of JSON.parse(out) as { file: string; line: number; rule: string; message: string }[])
    by.get(f.file)?.push(`${f.line} ${f.rule} ${f.message}`);
  for (const v of by.values()) v.sort();
  return by;
}

const published = (p: Publish | undefined) =>
  (p?.diagnostics ?? []).map((d) => `${d.range.start.line + 1} ${d.code} ${d.message}`).sort();

/** Waits until every opened document's diagnostics are the CLI's; says what each has when they are not. */
async function untilAsTheCli(
  client: LspTestClient,
  opened: readonly string[],
  uris: readonly string[],
  expected: Map<string, string[]>,
): Promise<void> {
  await client
    .waitFor(
      'the findings of a full index',
      () =>
        opened.every((f, i) => published(client.lastPublish(uris[i])).join('\n') === expected.get(f)!.join('\n'))
          ? true
          : undefined,
      30000,
    )
    .catch((e: Error) => {
      const got = opened.map((f, i) => `${f}:\n  ${published(client.lastPublish(uris[i])).join('\n  ')}`).join('\n');
      throw new Error(`${e.message}\n${got}`);
    });
}

describe('language server: start', function () {
  this.timeout(60000);

  it('documents opened while the workspace is indexed are checked at once and end as after a full index', async () => {
    const { root, opened } = workspace();
    const expected = cliFindings(root, opened);
    // The workspace findings are there to be got right: each needs a document the index reaches last.
    const rules = [...expected.values()].flat().map((l) => l.split(' ')[1]);
    for (const r of ['unknown-job', 'duplicate-job-number', 'other-client-mentioned', 'broken-link'])
      assert.ok(rules.includes(r), `the CLI finds ${r}: ${[...expected.values()].flat().join(' | ')}`);
    assert.equal(rules.filter((r) => r === 'unknown-job').length, 1, 'only NW-2026-999 is unknown');

    const { client } = await LspTestClient.start({ cwd: root, rootUri: pathToFileURL(root).toString(), today: TODAY });
    try {
      // Opened once the index has begun (its progress is created first).
      await client.waitFor('the index to begin', () => (client.progressTokens.length > 0 ? true : undefined));
      const uris = opened.map((f) => pathToFileURL(join(root, f)).toString());
      for (const [i, f] of opened.entries())
        client.notify('textDocument/didOpen', {
          textDocument: { uri: uris[i], languageId: 'markdown', version: 1, text: readFileSync(join(root, f), 'utf8') },
        });
      const isIndexed = () => client.logs.some((l) => l.message.includes('agency-docs: indexed'));
      await Promise.all(uris.map((u) => client.waitPublish(u, 'first diagnostics')));
      // Checked before the rest of the workspace was indexed (the index waits for the checks of open documents).
      assert.ok(!isIndexed(), 'the opened documents were first published while the workspace was being indexed');
      await client.waitFor('the index', () => (isIndexed() ? true : undefined), 30000);
      // Then settled: every opened document as a full index has it.
      await untilAsTheCli(client, opened, uris, expected);
    } finally {
      await client.stop();
    }
  });

  it('a document opened with `initialized` is first published with the workspace’s configuration, before the index ends, as after a full index', async () => {
    // What VS Code does in a window just started: `didOpen` right after `initialized`, before the configuration
    // (settings, `.agency-docs.json`) is read. The team is the file's: `@carol` is nobody on it.
    const { root } = workspace();
    writeFileSync(join(root, '.agency-docs.json'), JSON.stringify({ team: [{ name: 'alice' }, { name: 'ben' }] }));
    const rel = 'a-open/team.md';
    const text = `${minutes('Northwind Coffee', 'the competition')}- [ ] Book the studio @carol due 2026-11-27\n`;
    writeFileSync(join(root, rel), text);
    const expected = cliFindings(root, [rel]);
    assert.ok(
      expected.get(rel)!.some((l) => l.includes('unknown-owner')),
      `the CLI finds @carol unknown: ${expected.get(rel)!.join(' | ')}`,
    );

    const { client } = await LspTestClient.start({ cwd: root, rootUri: pathToFileURL(root).toString(), today: TODAY });
    try {
      const uri = pathToFileURL(join(root, rel)).toString();
      client.notify('textDocument/didOpen', { textDocument: { uri, languageId: 'markdown', version: 1, text } });
      const first = await client.waitPublish(uri, 'first diagnostics');
      assert.ok(
        !client.logs.some((l) => l.message.includes('agency-docs: indexed')),
        'published while the workspace was being indexed',
      );
      // Not first without the file's team, then with it: the first diagnostics are already those of a full index.
      assert.deepEqual(published(first), expected.get(rel));
      await client.waitFor(
        'the index',
        () => (client.logs.some((l) => l.message.includes('agency-docs: indexed')) ? true : undefined),
        30000,
      );
      await untilAsTheCli(client, [rel], [uri], expected);
    } finally {
      await client.stop();
    }
  });

  it('`agency-docs lsp --stdio` is the same server: it reads the workspace from the disk, asking the client nothing', async () => {
    const { root, opened } = workspace();
    const expected = cliFindings(root, opened);
    const { client } = await LspTestClient.start({
      cwd: root,
      rootUri: pathToFileURL(root).toString(),
      today: TODAY,
      command: [join(__dirname, '..', 'bin', 'agency-docs.js'), 'lsp', '--stdio'],
      // A client of few words (Neovim, Helix): no custom request is answered.
      capabilities: {},
    });
    const asked: string[] = [];
    client.conn.onRequest((method: string) => {
      asked.push(method);
      throw new Error(`Unhandled method ${method}`);
    });
    try {
      const uris = opened.map((f) => pathToFileURL(join(root, f)).toString());
      for (const [i, f] of opened.entries()) await client.open(uris[i], readFileSync(join(root, f), 'utf8'));
      await untilAsTheCli(client, opened, uris, expected);
      assert.deepEqual(
        asked.filter((m) => m.startsWith('agencyDocs/')),
        [],
      );
    } finally {
      await client.stop();
    }
  });

  describe('the code cache (AGENCY_DOCS_CODE_CACHE)', () => {
    const before = process.env.AGENCY_DOCS_CODE_CACHE;
    afterEach(() => {
      if (before === undefined) delete process.env.AGENCY_DOCS_CODE_CACHE;
      else process.env.AGENCY_DOCS_CODE_CACHE = before;
    });

    /** Starts the server with this cache folder, checks one document, stops; its diagnostics. */
    async function checkOnce(cacheDir: string, root: string): Promise<string[]> {
      process.env.AGENCY_DOCS_CODE_CACHE = cacheDir;
      const { client } = await LspTestClient.start({
        cwd: root,
        rootUri: pathToFileURL(root).toString(),
        today: TODAY,
      });
      try {
        const uri = pathToFileURL(join(root, 'status.md')).toString();
        await client.open(uri, statusReport([job(1), job(999)]));
        // Published at once, then again once the card on disk is indexed: NW-2026-001 is known, NW-2026-999 is not.
        return await client.waitFor('the diagnostics after the index', () => {
          const now = published(client.lastPublish(uri));
          return now.filter((l) => l.includes('unknown-job')).length === 1 ? now : undefined;
        });
      } finally {
        await client.stop();
      }
    }
    const cacheFiles = (dir: string) => readdirSync(dir).filter((f) => f.endsWith('.v8cache'));

    it('is written on the first start, used as it is on the next, and a damaged one is replaced', async () => {
      const root = tempDir('agency-docs-cache-ws-');
      writeFileSync(join(root, 'card.md'), jobCard(job(1), 'Northwind Coffee'));
      const dir = join(tempDir('agency-docs-cache-'), 'nested', 'code-cache');
      const first = await checkOnce(dir, root);
      const unknown = first.filter((l) => l.includes('unknown-job'));
      assert.equal(unknown.length, 1, `NW-2026-999 is unknown, NW-2026-001 is the card on disk: ${first.join(' | ')}`);
      assert.match(unknown[0], /NW-2026-999/);
      await new Promise((r) => setTimeout(r, 100));
      const [file] = cacheFiles(dir);
      assert.ok(file, 'a cache file was written');
      const written = readFileSync(join(dir, file));
      const stamp = statSync(join(dir, file)).mtimeMs;

      // Accepted by V8: the same findings, and the file is not written again.
      assert.deepEqual(await checkOnce(dir, root), first);
      assert.equal(statSync(join(dir, file)).mtimeMs, stamp, 'a cache that was used is not rewritten');

      // Damaged (a byte changed in its middle): never handed to V8; the server starts as usual and writes a good one.
      const damaged = Buffer.from(written);
      damaged[Math.floor(damaged.length / 2)] ^= 0xff;
      writeFileSync(join(dir, file), damaged);
      assert.deepEqual(await checkOnce(dir, root), first);
      await new Promise((r) => setTimeout(r, 100));
      assert.deepEqual(cacheFiles(dir), [file]);
      assert.ok(!readFileSync(join(dir, file)).equals(damaged), 'the damaged cache was replaced');
    });

    it('a folder that cannot be written costs nothing but the cache', async () => {
      const root = tempDir('agency-docs-cache-ws-');
      writeFileSync(join(root, 'card.md'), jobCard(job(1), 'Northwind Coffee'));
      // A file where the folder should be: neither created nor written.
      const blocked = join(tempDir('agency-docs-cache-'), 'not-a-folder');
      writeFileSync(blocked, 'x');
      const found = await checkOnce(blocked, root);
      assert.deepEqual(
        found.filter((l) => l.includes('unknown-job')).map((l) => l.split(' ')[1]),
        ['unknown-job'],
        found.join(' | '),
      );
      assert.equal(readFileSync(blocked, 'utf8'), 'x');
    });
  });
});
