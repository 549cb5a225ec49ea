/**
 * Another tool's `type:` (docs/types.md): note-taking and planning tools type every page (`type: plan`,
 * `type: idea`, `type: review`), and some of their words are ours (`type: research`, `type: strategy`).
 * In a workspace whose `type:` values are that other vocabulary, a page typed by its `type:` alone is
 * ordinary Markdown; one that also says "agency" (a client, a job number) stays a document. The same in
 * the core, the editor's session and the CLI (one thread, worker threads, with and without the cache).
 */
import { strict as assert } from 'node:assert';
import { spawnSync } from 'node:child_process';
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { Session } from '../server/core/session';
import { TypeVocabulary, declaredTypeValue, detectType } from '../server/core/typeDetection';
import { readFrontMatter } from '../server/core/frontmatter';
import { tempDir } from './helpers/temp';

const BIN = join(__dirname, '..', 'bin', 'agency-docs.js');
const TODAY = '2026-11-22';

/** A research note as such tools write it: their own keys, sections a research summary has too. */
const researchNote = (n: number) =>
  `---\ndate: 2026-02-${10 + n}\ngithub_issue: ${100 + n}\nstatus: complete\ntype: research\n---\n\n# GH-${100 + n}: Routing triggers\n\n## Findings\n\nThe workflow needs a token with project scope.\n\n- Job: \`ubuntu-latest\`, Node 18, 20 and 22\n`;
const otherNote = (type: string, n: number) =>
  `---\ntype: ${type}\ndate: 2026-02-${10 + n}\n---\n\n# ${type} ${n}\n\nNotes.\n`;
/** Minutes that say "agency" besides their `type:` (a client): a document whatever the vocabulary. */
const clientMinutes =
  '---\ntype: minutes\nclient: Brightwell Foods\ndate: 2026-11-20\n---\n\n# Contact report\n\n## Discussion\n\nThe sampling tour.\n\n## Next actions\n\n- Send the revised route\n';

function frontMatterOf(text: string) {
  const m = /^---\n([\s\S]*?)\n---/.exec(text)!;
  return readFrontMatter(m[1], 0, m[0].length, 4);
}

describe("another tool's type: vocabulary", function () {
  this.timeout(300000);

  it('is another tool’s from two values on three files not ours, as many as the files naming ours', () => {
    const v = new TypeVocabulary();
    v.set('a.md', 'research');
    v.set('b.md', 'research');
    v.set('c.md', 'plan');
    v.set('d.md', 'idea');
    assert.equal(v.othersVocabulary(), false, 'two files of other values');
    v.set('e.md', 'plan');
    assert.equal(v.othersVocabulary(), true, 'three files of two other values, against two of ours');
    v.set('f.md', 'minutes');
    v.set('g.md', 'brief');
    assert.equal(v.othersVocabulary(), false, 'more files of ours than of the others');
  });

  it('counts files, values and changes of a file', () => {
    const v = new TypeVocabulary();
    for (const [p, t] of [
      ['a', 'research'],
      ['b', 'plan'],
      ['c', 'plan'],
      ['d', 'plan'],
    ] as const)
      v.set(p, t);
    assert.equal(v.othersVocabulary(), false, 'one other value only (plan)');
    v.set('e', 'review');
    assert.equal(v.othersVocabulary(), true);
    v.set('e', 'brief');
    assert.equal(v.othersVocabulary(), false, 'a file changed to one of ours');
    v.set('e', 'breif');
    assert.equal(v.othersVocabulary(), false, 'a near miss of ours is no other tool’s word');
    v.set('e', 'idea');
    assert.equal(v.othersVocabulary(), true);
    v.set('e', undefined);
    assert.equal(v.othersVocabulary(), false, 'a file removed');
  });

  it('leaves untyped a page typed by its type: alone, not one with an agency sign', () => {
    const note = researchNote(1);
    const fm = frontMatterOf(note);
    assert.equal(declaredTypeValue(fm), 'research');
    const signs = {
      path: 'thoughts/r1.md',
      frontMatter: fm,
      title: 'GH-101: Routing triggers',
      headings: ['Findings'],
    };
    const alone = detectType({ ...signs, body: note.slice(note.indexOf('# GH')) });
    assert.equal(alone.type?.id, 'research');
    assert.equal(alone.declaredOnly, true, 'a Job: line in code is a CI job, no agency sign');
    assert.equal(detectType({ ...signs, othersTypeVocabulary: true }).type, undefined);
    const withClient = frontMatterOf(clientMinutes);
    const minutes = detectType({
      path: 'm.md',
      frontMatter: withClient,
      title: 'Contact report',
      headings: [],
      othersTypeVocabulary: true,
    });
    assert.equal(minutes.type?.id, 'minutes');
    assert.equal(minutes.declaredOnly, false);
    assert.equal(
      detectType({ ...signs, agencyWorkspace: true, othersTypeVocabulary: true }).type?.id,
      'research',
      'a .agency-docs.json says the workspace is an agency’s',
    );
  });

  it('in the editor: the open page is checked again when the workspace’s values turn out to be another tool’s', () => {
    const session = new Session({ today: () => ({ year: 2026, month: 11, day: 22 }), fileExists: () => false });
    const stale: string[][] = [];
    session.onWorkspaceChange = (paths) => stale.push([...paths]);
    session.update('/w/r1.md', researchNote(1), 1);
    session.update('/w/m.md', clientMinutes, 1);
    assert.ok(session.analysis('/w/r1.md')!.findings.length > 0, 'a research summary lacking its parts');
    const minutesFindings = session.analysis('/w/m.md')!.findings.length;
    session.indexFile('/w/r2.md', researchNote(2));
    assert.ok(session.index.get('/w/r2.md'), 'indexed while the values are ours');
    session.indexFile('/w/p1.md', otherNote('plan', 1));
    session.indexFile('/w/i1.md', otherNote('idea', 2));
    assert.equal(stale.length, 0);
    session.indexFile('/w/p2.md', otherNote('plan', 3));
    assert.equal(stale.length, 1, 'three pages of two other values, as many as ours');
    session.indexFile('/w/v1.md', otherNote('review', 4));
    assert.equal(stale.length, 1, 'no change of the verdict, nothing checked again');
    assert.ok(stale[0].includes('/w/r1.md') && stale[0].includes('/w/m.md'));
    assert.equal(session.index.get('/w/r2.md'), undefined, 'the closed research note left the index');
    const r1 = session.analysis('/w/r1.md')!;
    assert.equal(r1.doc.type, undefined);
    assert.deepEqual(r1.findings, []);
    assert.equal(session.analysis('/w/m.md')!.findings.length, minutesFindings, 'minutes with a client stay checked');
    // The other tool's pages gone: the research notes are ours again.
    session.removeFile('/w/p2.md');
    session.removeFile('/w/v1.md');
    session.removeFile('/w/i1.md');
    assert.equal(stale.length, 2);
    assert.ok(session.index.get('/w/r2.md'));
    assert.equal(session.analysis('/w/r1.md')!.doc.type?.id, 'research');
  });

  function run(args: string[], cwd: string, threads: string) {
    const r = spawnSync(process.execPath, [BIN, ...args], {
      cwd,
      encoding: 'utf8',
      env: { ...process.env, NO_COLOR: '', FORCE_COLOR: '', LANG: 'en_US.UTF-8', AGENCY_DOCS_THREADS: threads },
    });
    return { code: r.status, out: r.stdout, err: r.stderr };
  }

  it('in the CLI: the same on one thread and on workers, with and without the cache, as the vocabulary changes', () => {
    const dir = tempDir('agency-vocabulary-');
    mkdirSync(join(dir, 'notes'));
    writeFileSync(join(dir, 'notes', 'r1.md'), researchNote(1));
    writeFileSync(join(dir, 'notes', 'r2.md'), researchNote(2));
    writeFileSync(join(dir, 'm.md'), clientMinutes);
    // The tool's page whose YAML cannot be read (a second colon): its `type: research` is ours only while the
    // vocabulary is (sweep37).
    writeFileSync(
      join(dir, 'notes', 'broken.md'),
      '---\ntitle: Process: fix the index paths\ntype: research\nstatus: parking-lot\n---\n\n# Process: fix the index paths\n\nStale files.\n',
    );
    // Enough plain pages for the worker threads to be used (PARALLEL_FROM in check.ts).
    for (let i = 0; i < 50; i++) writeFileSync(join(dir, 'notes', `page${i}.md`), `# Page ${i}\n\nText.\n`);
    const files = (threads: string, cache?: string) => {
      const args = ['check', '.', '--format', 'json', '--today', TODAY, ...(cache ? [`--cache=${cache}`] : [])];
      const r = run(args, dir, threads);
      assert.ok(r.code === 0 || r.code === 1, r.err);
      const shown = (JSON.parse(r.out) as { file: string }[]).map((f) => f.file);
      return { out: r.out, files: [...new Set(shown)].sort() };
    };
    const same = (step: string) => {
      const cold = files('1');
      for (const [threads, cache] of [
        ['2', undefined],
        ['1', '.c1'],
        ['2', '.c2'],
      ] as const)
        assert.equal(files(threads, cache).out, cold.out, `${step}: threads ${threads}, cache ${cache ?? 'none'}`);
      return cold.files;
    };
    assert.deepEqual(same('ours only'), ['m.md', 'notes/broken.md', 'notes/r1.md', 'notes/r2.md']);
    writeFileSync(join(dir, 'notes', 'p1.md'), otherNote('plan', 1));
    writeFileSync(join(dir, 'notes', 'i1.md'), otherNote('idea', 2));
    assert.deepEqual(same('two other pages'), ['m.md', 'notes/broken.md', 'notes/r1.md', 'notes/r2.md']);
    writeFileSync(join(dir, 'notes', 'p2.md'), otherNote('plan', 3));
    // (As many other pages as pages naming ours, the broken one among them.)
    writeFileSync(join(dir, 'notes', 'i2.md'), otherNote('idea', 4));
    assert.deepEqual(same('another tool’s vocabulary'), ['m.md']);
    rmSync(join(dir, 'notes', 'p2.md'));
    assert.deepEqual(same('one page fewer'), ['m.md', 'notes/broken.md', 'notes/r1.md', 'notes/r2.md']);
  });
});
