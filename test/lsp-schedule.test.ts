/**
 * Scheduling (issue 21, item 1): checks run as soon as the server is idle,
 * with no fixed pause, and the edits that arrive while a check runs are
 * coalesced into one follow-up. What is pinned is behaviour, not time: over
 * random bursts of edits, the server with the default setting ends on the
 * same diagnostics as a server that waits (agencyDocs.debounce 80 ms), on the
 * final version, with versions published in order; and a burst sent at once
 * costs a few checks, not one per edit.
 *
 * Build first: `node esbuild.mjs`.
 */
import { strict as assert } from 'node:assert';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { LspTestClient, type Publish } from './helpers/lspClient';
import { tempDir } from './helpers/temp';
import { benchDocument, CONFIG } from '../bench/generate';
import { rng, TYPED_BASICS } from './helpers/random';
import { CheckScheduler } from '../server/lsp/scheduler';

const PIECES = [
  ...TYPED_BASICS,
  '- [ ] ',
  '@alice ',
  'due 2026-12-01',
  '2026-02-30',
  '中文',
  '|',
  'TBD',
  '31/12/2026 ',
  'Northwind Coffee ',
];

const shape = (p: Publish) =>
  p.diagnostics.map((d) => `${String(d.code)} ${JSON.stringify(d.range)} ${d.message}`).sort();

async function server(root: string, settings: object): Promise<LspTestClient> {
  const { client } = await LspTestClient.start({
    cwd: root,
    today: '2026-11-22',
    settings,
    rootUri: pathToFileURL(root).toString(),
  });
  await client.logLine('agency-docs: indexed', 30000);
  return client;
}

describe('scheduling checks (over stdio)', function () {
  this.timeout(120000);
  let root: string;
  let auto: LspTestClient;
  let delayed: LspTestClient;

  before(async () => {
    root = tempDir('agency-schedule-');
    writeFileSync(join(root, '.agency-docs.json'), JSON.stringify(CONFIG));
    // The default (0: as soon as the server is idle) against a server that waits 80 ms after each edit.
    [auto, delayed] = await Promise.all([server(root, { debounce: 0 }), server(root, { debounce: 80 })]);
  });

  it('the default of agencyDocs.debounce is 0: no fixed pause', () => {
    const pkg = JSON.parse(readFileSync(join(__dirname, '..', 'package.json'), 'utf8'));
    assert.equal(pkg.contributes.configuration.properties['agencyDocs.debounce'].default, 0);
  });
  after(async () => {
    await auto?.stop();
    await delayed?.stop();
  });

  it('random bursts of edits end on the same diagnostics as a delayed check, for the final version, published in order', async () => {
    const random = rng(2121);
    for (let round = 0; round < 4; round++) {
      const uri = pathToFileURL(join(root, `minutes-${round}.md`)).toString();
      const text = benchDocument(100);
      await Promise.all([auto.open(uri, text, 1, 30000), delayed.open(uri, text, 1, 30000)]);
      let version = 1;
      for (let burst = 0; burst < 12; burst++) {
        const size = 1 + Math.floor(random() * 15);
        for (let i = 0; i < size; i++) {
          const current = auto.texts.get(uri)!;
          const lines = current.split('\n');
          const line = Math.floor(random() * lines.length);
          const character = Math.floor(random() * (lines[line].length + 1));
          const remove = random() < 0.25 ? Math.min(lines[line].length - character, 1 + Math.floor(random() * 6)) : 0;
          const change = {
            range: { start: { line, character }, end: { line, character: character + remove } },
            text: remove && random() < 0.5 ? '' : PIECES[Math.floor(random() * PIECES.length)],
          };
          version = auto.change(uri, [change]);
          delayed.change(uri, [change]);
        }
        // A pause of 0–150 ms: sometimes shorter than a check, sometimes longer than the delay.
        await new Promise((r) => setTimeout(r, Math.floor(random() * 150)));
      }
      assert.equal(auto.texts.get(uri), delayed.texts.get(uri));
      const [a, d] = await Promise.all([auto.waitLatest(uri, version, 30000), delayed.waitLatest(uri, version, 30000)]);
      assert.equal(a.version, version, 'the default setting published the final version');
      assert.equal(d.version, version, 'the delayed server published the final version');
      assert.deepEqual(shape(a), shape(d), `round ${round}: the same final diagnostics`);
      // Nothing older comes after it.
      await new Promise((r) => setTimeout(r, 300));
      assert.equal(auto.lastPublish(uri)!.version, version);
      const versions = auto.publishes.filter((p) => p.uri === uri).map((p) => p.version!);
      for (let i = 1; i < versions.length; i++)
        assert.ok(versions[i] >= versions[i - 1], `versions in order: ${versions.join(',')}`);
      auto.close(uri);
      delayed.close(uri);
    }
    assert.deepEqual(auto.errorsLogged(), []);
    assert.deepEqual(delayed.errorsLogged(), []);
  });

  it('a burst of 40 edits sent at once on a long document is checked a few times, not 40', async () => {
    const uri = pathToFileURL(join(root, 'long-log.md')).toString();
    const text = benchDocument(10000);
    await auto.open(uri, text, 1, 60000);
    const from = auto.publishes.length;
    let version = 1;
    const line = text.split('\n').findIndex((l) => l.startsWith('- [ ] '));
    for (let i = 0; i < 40; i++)
      version = auto.change(uri, [
        { range: { start: { line, character: 6 + i }, end: { line, character: 6 + i } }, text: 'a' },
      ]);
    const last = await auto.waitLatest(uri, version, 60000);
    assert.equal(last.version, version);
    await new Promise((r) => setTimeout(r, 300));
    const checks = auto.publishes.slice(from).filter((p) => p.uri === uri);
    // Each check of this document publishes (its version changed); one check per edit was 40 before.
    assert.ok(
      checks.length <= 5,
      `${checks.length} publishes for a burst of 40 edits: ${checks.map((p) => p.version).join(',')}`,
    );
    auto.close(uri);
  });
});

describe('background work waits for the checks that are due (CheckScheduler.whenIdle)', () => {
  it('settles at once when nothing is due, after the due checks have run, and not later for a debounced one', async () => {
    let clock = 0;
    const ran: string[] = [];
    const scheduler = new CheckScheduler(
      (key) => ran.push(key),
      () => clock,
    );
    const order: string[] = [];
    await scheduler.whenIdle();
    order.push('idle with nothing pending');

    scheduler.request('a', 0, true);
    scheduler.request('b', 0, false);
    await scheduler.whenIdle();
    order.push(`idle after ${ran.join(',')}`);

    // A check that waits for its debounce is not due: the background work does not wait 5 s for it.
    scheduler.request('c', 5000, true);
    await scheduler.whenIdle();
    order.push(`idle with c waiting (${ran.join(',')})`);
    assert.ok(scheduler.has('c'));
    clock = 6000;
    scheduler.cancel('c');
    assert.deepEqual(order, ['idle with nothing pending', 'idle after a,b', 'idle with c waiting (a,b)']);
  });
});
