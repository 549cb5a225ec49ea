/**
 * Re-check storms (issue 17, item 12): 300 documents opened over stdio, each
 * one an index change (none is on disk). Before, every index change re-checked
 * and re-published every open document (n²: 45,151 publishes for 300). Now a
 * document is checked again only when a workspace fact it read changed, and a
 * publish identical to the last one is not sent: the publishes are bounded by
 * what can change, and the final diagnostics equal a fresh analysis of the
 * complete workspace.
 *
 * Build first: `node esbuild.mjs`.
 */
import { strict as assert } from 'node:assert';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { Diagnostic, PublishDiagnosticsParams } from 'vscode-languageserver-protocol';
import { Session } from '../server/core/session';
import { parseIsoDay } from '../server/core/dates';
import { LspClient } from './helpers/encodedClient';
import { tempDir } from './helpers/temp';

const GROUPS = 100; // job cards, status reports and minutes: 300 documents
const CLIENTS = [
  'Northwind Coffee',
  'Harbor Bank',
  'Qingshan Tea',
  'Sol de Mayo',
  'Atlas Tyres',
  'Blue Fern',
  'Cobalt Air',
  'Dune Outdoor',
  'Ember Foods',
  'Fjord Water',
];
const job = (i: number) => `AC-2026-${String(i).padStart(3, '0')}`;
const clientOf = (i: number) => CLIENTS[i % CLIENTS.length];

const jobCard = (i: number) => `---
type: job
job: ${job(i)}
client: ${clientOf(i)}
opened: 2026-11-01 09:00
owner: ben
due: 2026-12-11
status: in-progress
---

# Job card ${job(i)}

## Request

Film and OOH for the launch.

## Deliverables

- One film

## Schedule

- Shoot 2026-12-01
`;

/** Refers to its own job, the next group's job (known once that card opens) and one job that never exists. */
const statusReport = (i: number) => `---
type: status
client: ${clientOf(i)}
week: 2026-W47
issued: 2026-11-20
---

# Weekly status ${i}

## Jobs in progress

- ${job(i)}: edit in progress.
- ${job((i + 1) % GROUPS)}: layouts sent.
- ZZ-2026-${String(900 + i)}: waiting.

## Completed

- Nothing this week.

## Decisions needed

- None.

## Next week

- Review call.
`;

/** Mentions the next client, a finding once a document of that client is in the workspace. */
const minutes = (i: number) => `---
type: minutes
client: ${clientOf(i)}
meeting: 2026-11-18 10:00
issued: 2026-11-18 16:30
attendees: alice, ben
distribution: alice, ben
---

# Minutes ${i}

## Decisions

- We compared the idea with what ${clientOf(i + 1)} did last year.

## Next actions

- [ ] Send the deck @alice due 2026-11-27
`;

const shape = (ds: readonly { code?: unknown; range: unknown; message: unknown }[]) =>
  ds.map((d) => `${String(d.code)} ${JSON.stringify(d.range)} ${String(d.message)}`).sort();

describe('re-checks after index changes (300 open documents over stdio)', function () {
  this.timeout(120000);
  let client: LspClient;
  let root: string;
  const docs: { uri: string; text: string }[] = [];

  before(async () => {
    root = tempDir('agency-recheck-');
    for (let i = 0; i < GROUPS; i++) {
      docs.push({ uri: pathToFileURL(join(root, `jobs/${job(i)}.md`)).toString(), text: jobCard(i) });
      docs.push({ uri: pathToFileURL(join(root, `status/status-${i}.md`)).toString(), text: statusReport(i) });
      docs.push({ uri: pathToFileURL(join(root, `minutes/minutes-${i}.md`)).toString(), text: minutes(i) });
    }
    // Opened in a scrambled order, so references and mentions often come before what they name.
    for (let i = docs.length - 1; i > 0; i--) {
      const j = (i * 7919) % (i + 1);
      [docs[i], docs[j]] = [docs[j], docs[i]];
    }
    client = await LspClient.start(root, ['utf-16']);
  });
  after(async () => {
    await client?.stop();
  });

  /** Waits until every document has been published and no publish came for `quietMs`. */
  async function settle(quietMs = 1500, limitMs = 60000): Promise<number> {
    const start = Date.now();
    let seen = -1;
    let since = Date.now();
    for (;;) {
      const all = docs.every((d) => client.last(d.uri) !== undefined);
      if (client.publishes.length !== seen) {
        seen = client.publishes.length;
        since = Date.now();
      }
      if (all && Date.now() - since >= quietMs) return Date.now() - start - quietMs;
      if (Date.now() - start > limitMs)
        throw new Error(`not settled after ${limitMs} ms: ${client.publishes.length} publishes`);
      await new Promise((r) => setTimeout(r, 50));
    }
  }

  it('publishes at most once per document plus once per finding that can change, and settles', async () => {
    for (const d of docs) {
      client.texts.set(d.uri, d.text);
      client.versions.set(d.uri, 1);
      void client.conn.sendNotification('textDocument/didOpen', {
        textDocument: { uri: d.uri, languageId: 'markdown', version: 1, text: d.text },
      });
    }
    const ms = await settle();
    const count = client.publishes.length;
    // The bound: each document is published once when opened, and again only when one of its findings
    // changes. A status report names two jobs that can become known (2 more), minutes mention one other
    // client that can appear (1 more), a job card's findings cannot change: 100 + 300 + 200 = 600.
    // Before, every open re-published every open document: 45,151 publishes for 300 documents.
    const bound = GROUPS * 1 + GROUPS * 3 + GROUPS * 2;
    console.log(`      ${docs.length} documents: ${count} publishes, settled in ${ms} ms`);
    assert.ok(count <= bound, `${count} publishes for ${docs.length} documents (bound ${bound})`);
  });

  it('the final diagnostics equal a fresh analysis of the whole workspace', async () => {
    const today = parseIsoDay('2026-11-22')!;
    const fresh = new Session({ today: () => today });
    for (const d of docs) fresh.update(fileURLToPath(d.uri), d.text, 1);
    for (const d of docs) fresh.analysis(fileURLToPath(d.uri)); // indexes every document
    fresh.invalidateAll();
    let unknown = 0;
    let mentions = 0;
    for (const d of docs) {
      const expected = fresh
        .analysis(fileURLToPath(d.uri))!
        .findings.map((f) => ({ code: f.rule, range: f.range, message: f.message }));
      const got: Diagnostic[] = client.last(d.uri)!.diagnostics;
      assert.deepEqual(shape(got), shape(expected), d.uri.split('/').slice(-2).join('/'));
      unknown += got.filter((x) => x.code === 'unknown-job').length;
      mentions += got.filter((x) => x.code === 'other-client-mentioned').length;
    }
    // Each status report keeps exactly its never-existing job unknown; each minutes mentions one other client.
    assert.equal(unknown, GROUPS);
    assert.equal(mentions, GROUPS);
  });

  it('changing one job card’s number re-publishes only the documents whose findings change', async () => {
    const card = docs.find((d) => d.uri.endsWith(`/${job(5)}.md`))!;
    const from = client.publishes.length;
    const at = card.text.indexOf(job(5));
    const line = card.text.slice(0, at).split('\n').length - 1;
    await client.change(card.uri, [
      { range: { start: { line, character: 5 }, end: { line, character: 5 + job(5).length } }, text: 'AC-2026-555' },
    ]);
    await settle();
    const touched = new Set(client.publishes.slice(from).map((p: PublishDiagnosticsParams) => p.uri.split('/').pop()));
    // The card itself (new version), and the two status reports that named AC-2026-005 (now unknown).
    assert.deepEqual([...touched].sort(), [`${job(5)}.md`, 'status-4.md', 'status-5.md']);
  });
});
