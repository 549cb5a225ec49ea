/**
 * `check --cache` (issue 21, item 5): after any sequence of edits, a check with the cache prints
 * exactly what a check without it prints, and it does reuse what nothing changed for. Runs the
 * bundled CLI (dist/cli.js through bin/), as a user does.
 */
import { strict as assert } from 'node:assert';
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { tempDir } from './helpers/temp';
import { CACHE_VERSION } from '../server/cli/cache';

const BIN = join(__dirname, '..', 'bin', 'agency-docs.js');
const EXAMPLES = join(__dirname, '..', 'examples');
const TODAY = '2026-11-22';

function run(args: string[], cwd: string, threads = '1') {
  const r = spawnSync(process.execPath, [BIN, ...args], {
    cwd,
    encoding: 'utf8',
    env: { ...process.env, NO_COLOR: '', FORCE_COLOR: '', LANG: 'en_US.UTF-8', AGENCY_DOCS_THREADS: threads },
  });
  return { code: r.status, out: r.stdout, err: r.stderr };
}

/** A seeded generator (mulberry32): the same edit sequence on every run. */
function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function markdownFiles(dir: string): string[] {
  const out: string[] = [];
  for (const e of readdirSync(dir, { withFileTypes: true })) {
    if (e.name.startsWith('.')) continue;
    const p = join(dir, e.name);
    if (e.isDirectory()) out.push(...markdownFiles(p));
    else if (e.name.endsWith('.md')) out.push(p);
  }
  return out.sort();
}

/** The examples, plus a client known only from a document, mentioned in another one, and links between them. */
function workspace(copies = 1): string {
  const dir = tempDir('agency-cache-');
  for (let i = 0; i < copies; i++) cpSync(EXAMPLES, copies === 1 ? dir : join(dir, `copy${i}`), { recursive: true });
  if (copies > 1) cpSync(join(EXAMPLES, '.agency-docs.json'), join(dir, '.agency-docs.json'));
  const base = copies === 1 ? dir : join(dir, 'copy0');
  mkdirSync(join(base, 'acme'), { recursive: true });
  writeFileSync(
    join(base, 'acme', 'AW-2026-001-job-card.md'),
    readFileSync(join(EXAMPLES, 'northwind', 'NW-2026-014-launch-film.md'), 'utf8')
      .replace(/^client: .*$/m, 'client: Acme Widgets')
      .replace(/^job: .*$/m, 'job: AW-2026-001'),
  );
  writeFileSync(
    join(base, 'northwind', 'memo-links.md'),
    readFileSync(join(EXAMPLES, 'northwind', 'memo-sampling-tour.md'), 'utf8') +
      '\nSee [the plan](./later-plan.md) and [the film](./NW-2026-014-launch-film.md). Acme Widgets liked the idea too.\n',
  );
  return dir;
}

/** Marks every cached entry; an entry the next run reused keeps the mark (the output never shows it). */
function probe(cacheFile: string): void {
  const c = JSON.parse(readFileSync(cacheFile, 'utf8'));
  for (const e of Object.values(c.files) as { facts?: Record<string, unknown> }[]) if (e.facts) e.facts.probe = 1;
  writeFileSync(cacheFile, JSON.stringify(c));
}
function reused(cacheFile: string): string[] {
  const c = JSON.parse(readFileSync(cacheFile, 'utf8'));
  return Object.entries(c.files as Record<string, { facts?: { probe?: number } }>)
    .filter(([, e]) => e.facts?.probe === 1)
    .map(([p]) => p);
}

type Edit = { kind: string; apply: (dir: string, r: () => number) => string | undefined };
const pick = <T>(xs: readonly T[], r: () => number): T => xs[Math.floor(r() * xs.length)];
const deleted: { path: string; text: string }[] = [];

const EDITS: Edit[] = [
  {
    kind: 'body',
    apply: (dir, r) => {
      const f = pick(markdownFiles(dir), r);
      writeFileSync(f, readFileSync(f, 'utf8') + '\nOne more line of notes.\n');
      return f;
    },
  },
  {
    kind: 'duplicate job number',
    apply: (dir, r) => {
      const cards = markdownFiles(dir).filter((f) => /^job: /m.test(readFileSync(f, 'utf8')));
      const f = pick(cards, r);
      const copy = f.replace(/\.md$/, `-copy${Math.floor(r() * 1000)}.md`);
      writeFileSync(copy, readFileSync(f, 'utf8'));
      return copy;
    },
  },
  {
    kind: 'job number changed',
    apply: (dir, r) => {
      const cards = markdownFiles(dir).filter((f) => /^job: /m.test(readFileSync(f, 'utf8')));
      const f = pick(cards, r);
      writeFileSync(f, readFileSync(f, 'utf8').replace(/^job: .*$/m, `job: NW-2026-0${10 + Math.floor(r() * 9)}`));
      return f;
    },
  },
  {
    kind: 'client removed',
    apply: (dir, r) => {
      const withClient = markdownFiles(dir).filter((f) => /^client: /m.test(readFileSync(f, 'utf8')));
      const f = withClient.find((x) => x.includes('AW-2026-001')) ?? pick(withClient, r);
      writeFileSync(f, readFileSync(f, 'utf8').replace(/^client: .*\n/m, ''));
      return f;
    },
  },
  {
    kind: 'link target deleted',
    apply: (dir, r) => {
      const f = pick(
        markdownFiles(dir).filter((x) => !x.endsWith('memo-links.md')),
        r,
      );
      deleted.push({ path: f, text: readFileSync(f, 'utf8') });
      rmSync(f);
      return f;
    },
  },
  {
    kind: 'link target created',
    apply: (dir, r) => {
      const back = deleted.length && r() < 0.6 ? deleted.splice(Math.floor(r() * deleted.length), 1)[0] : undefined;
      const f = back?.path ?? join(dir, 'northwind', 'later-plan.md');
      if (existsSync(f)) return undefined;
      writeFileSync(f, back?.text ?? '# Later plan\n\nTo be written.\n');
      return f;
    },
  },
];

describe('check --cache', function () {
  this.timeout(600000);

  it('prints exactly what a check without the cache prints, over random edits, and reuses the unaffected documents', () => {
    const dir = workspace();
    const cache = join(dir, '.agency-docs-cache');
    const r = rng(2126);
    const first = run(['check', '.', '--format', 'json', '--today', TODAY, '--cache'], dir);
    const cold0 = run(['check', '.', '--format', 'json', '--today', TODAY], dir);
    assert.deepEqual(first, cold0);
    assert.ok(JSON.parse(first.out).length > 30);
    const kinds = new Set<string>();
    let bodyReuse = 0;
    for (let step = 0; step < 14; step++) {
      // Every kind once in order first, then at random.
      const edit = step < EDITS.length ? EDITS[step] : pick(EDITS, r);
      const changed = edit.apply(dir, r);
      if (!changed) continue;
      kinds.add(edit.kind);
      probe(cache);
      const format = step % 3 === 2 ? 'text' : 'json';
      const warm = run(['check', '.', '--format', format, '--today', TODAY, '--cache'], dir);
      const cold = run(['check', '.', '--format', format, '--today', TODAY], dir);
      const what = `step ${step} (${edit.kind}: ${relative(dir, changed)})`;
      assert.equal(warm.out, cold.out, what);
      assert.equal(warm.err, cold.err, what);
      assert.equal(warm.code, cold.code, what);
      const kept = reused(cache);
      assert.ok(!kept.includes(changed), `${what}: the changed document itself was reused`);
      if (edit.kind === 'body') {
        // Appending a line changes no fact another document read: every other checked document is reused.
        const checkedCount = markdownFiles(dir).length;
        assert.equal(kept.length, checkedCount - 1, `${what}: ${kept.length} of ${checkedCount} reused`);
        bodyReuse++;
      }
    }
    assert.equal(kinds.size, EDITS.length, [...kinds].join(', '));
    assert.ok(bodyReuse > 0);
  });

  it('is the same on worker threads, and the same as on one thread', () => {
    const dir = workspace(2);
    const r = rng(7);
    for (let step = 0; step < 4; step++) {
      EDITS[step % EDITS.length].apply(dir, r);
      const warm = run(['check', '.', '--format', 'json', '--today', TODAY, '--cache'], dir, '2');
      const cold = run(['check', '.', '--format', 'json', '--today', TODAY], dir, '2');
      const oneThread = run(['check', '.', '--format', 'json', '--today', TODAY, '--cache=.other-cache'], dir, '1');
      assert.equal(warm.out, cold.out, `step ${step}`);
      assert.equal(oneThread.out, cold.out, `step ${step}, one thread`);
      assert.equal(warm.code, cold.code);
    }
  });

  it('another day, configuration or locale does not use the entries of the last one', () => {
    const dir = workspace();
    run(['check', '.', '--today', TODAY, '--cache'], dir);
    assert.deepEqual(
      run(['check', '.', '--today', '2027-03-01', '--cache'], dir),
      run(['check', '.', '--today', '2027-03-01'], dir),
    );
    assert.deepEqual(
      run(['check', '.', '--today', '2027-03-01', '--locale', 'es', '--cache'], dir),
      run(['check', '.', '--today', '2027-03-01', '--locale', 'es'], dir),
    );
    const config = JSON.parse(readFileSync(join(dir, '.agency-docs.json'), 'utf8'));
    config.rules = { 'missing-section': 'off' };
    writeFileSync(join(dir, '.agency-docs.json'), JSON.stringify(config));
    assert.deepEqual(
      run(['check', '.', '--today', '2027-03-01', '--locale', 'es', '--cache'], dir),
      run(['check', '.', '--today', '2027-03-01', '--locale', 'es'], dir),
    );
  });

  it('a damaged cache is ignored with a note and written again; a file that is not a cache is left as it is', () => {
    const dir = workspace();
    const cold = run(['check', '.', '--format', 'json', '--today', TODAY], dir);
    const cache = join(dir, '.agency-docs-cache');
    run(['check', '.', '--format', 'json', '--today', TODAY, '--cache'], dir);
    const good = readFileSync(cache, 'utf8');
    // Cut in the middle (as a full disk would have left a non-atomic write).
    writeFileSync(cache, good.slice(0, good.length >> 1));
    const damaged = run(['check', '.', '--format', 'json', '--today', TODAY, '--cache'], dir);
    assert.equal(damaged.out, cold.out);
    assert.equal(damaged.code, cold.code);
    assert.match(damaged.err, /note: \.agency-docs-cache: the cache is damaged; every file is checked/);
    assert.doesNotThrow(() => JSON.parse(readFileSync(cache, 'utf8')));
    // Well-formed JSON whose entries are not what they should be: not used, no crash.
    const c = JSON.parse(readFileSync(cache, 'utf8'));
    for (const e of Object.values(c.files) as Record<string, unknown>[]) {
      e.findings = [{ rule: 7 }];
      e.summary = 'x';
    }
    writeFileSync(cache, JSON.stringify(c));
    const bad = run(['check', '.', '--format', 'json', '--today', TODAY, '--cache'], dir);
    assert.equal(bad.out, cold.out);
    assert.equal(bad.err, cold.err);
    // Somebody else's file given as the cache: not read as one, never overwritten.
    writeFileSync(join(dir, 'notes.txt'), 'My notes. Do not lose them.\n');
    const foreign = run(['check', '.', '--format', 'json', '--today', TODAY, '--cache=notes.txt'], dir);
    assert.equal(foreign.out, cold.out);
    assert.match(foreign.err, /notes\.txt: this file is not an agency-docs cache: it is not used and is left as it is/);
    assert.equal(readFileSync(join(dir, 'notes.txt'), 'utf8'), 'My notes. Do not lose them.\n');
    // A folder: said, no crash.
    mkdirSync(join(dir, 'cachedir'));
    const folder = run(['check', '.', '--format', 'json', '--today', TODAY, '--cache=cachedir'], dir);
    assert.equal(folder.out, cold.out);
    assert.match(folder.err, /cachedir: the cache is a folder/);
    // No temporary file is left behind by the atomic writes.
    assert.deepEqual(
      readdirSync(dir).filter((n) => n.includes('.tmp')),
      [],
    );
    // A cache from another version of the format starts again, silently.
    const v = JSON.parse(readFileSync(cache, 'utf8'));
    v.version = 0;
    writeFileSync(cache, JSON.stringify(v));
    assert.deepEqual(run(['check', '.', '--format', 'json', '--today', TODAY, '--cache'], dir), cold);
    assert.equal(JSON.parse(readFileSync(cache, 'utf8')).version, CACHE_VERSION);
  });

  it('--cache= with no name is a usage error; the cache is off by default', () => {
    const dir = workspace();
    const r = run(['check', '.', '--cache='], dir);
    assert.equal(r.code, 2);
    assert.match(r.err, /--cache= needs a file name/);
    run(['check', '.', '--today', TODAY], dir);
    assert.equal(existsSync(join(dir, '.agency-docs-cache')), false);
    run(['check', '.', '--today', TODAY, '--cache-location', 'elsewhere.cache'], dir);
    assert.equal(existsSync(join(dir, 'elsewhere.cache')), true);
  });
});
