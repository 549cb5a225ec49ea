/** The cheap scan used to index the workspace agrees with the full analysis on every example and fixture. */
import { strict as assert } from 'node:assert';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildDocument } from '../server/core/document';
import { actionsOf, analyzeDocument, readersOrderOf } from '../server/core/analyze';
import { resolveConfig } from '../server/core/config';
import { isPlainMarkdown, scanSummary } from '../server/core/scan';
import { summarize, type DocumentSummary } from '../server/core/workspaceIndex';
import { TODAY } from './helpers/analyze';
import { markdownFiles, markdownUnder } from './helpers/random';
import { Session } from '../server/core/session';
import { ChunkCache } from '../server/core/markdown';
import { workspaceDocuments } from '../bench/generate';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';

function comparable(s: DocumentSummary | undefined) {
  if (!s) return undefined;
  return {
    type: s.type,
    title: s.title,
    client: s.client,
    job: s.job,
    owner: s.owner,
    due: s.due,
    status: s.status,
    date: s.date,
    week: s.week,
    estimate: s.estimate,
    owners: [...s.owners].sort(),
    actions: s.actions.map((a) => ({
      owners: [...a.owners].sort(),
      due: a.due,
      done: a.done,
      line: a.line,
      job: a.job,
    })),
    jobRefs: s.jobRefs,
  };
}

describe('workspace scan', () => {
  const config = resolveConfig();
  const options = { locale: 'en' as const, today: TODAY, config };
  const files = [
    ...markdownFiles(join(__dirname, '..', 'examples')),
    ...markdownFiles(join(__dirname, 'fixtures', 'rules')),
    ...markdownFiles(join(__dirname, 'fixtures', 'real-world')),
    ...markdownFiles(join(__dirname, 'fixtures', 'agency-blind')),
    ...markdownFiles(join(__dirname, 'fixtures', 'agency-blind-2')),
    ...markdownFiles(join(__dirname, 'fixtures', 'agency-blind-3')),
  ].filter((p) => !p.endsWith('README.md'));
  it(`agrees with the full analysis on ${files.length} documents`, () => {
    let typed = 0;
    let actionsCompared = 0;
    for (const path of files) {
      const text = readFileSync(path, 'utf8');
      const doc = buildDocument(path, text);
      const full = doc.type
        ? summarize(doc, actionsOf(doc, options), config.jobPattern, TODAY.year, readersOrderOf(doc, options))
        : undefined;
      const cheap = scanSummary(path, text, { today: TODAY, jobPattern: config.jobPattern });
      assert.deepEqual(comparable(cheap), comparable(full), path);
      if (full) typed++;
      actionsCompared += full?.actions.length ?? 0;
    }
    assert.ok(typed > 100, `${typed} agency documents compared`);
    assert.ok(actionsCompared > 30, `${actionsCompared} actions compared`);
  });

  it('without listings gives the same summary, with no actions and no job references', () => {
    for (const path of files) {
      const text = readFileSync(path, 'utf8');
      const whole = comparable(scanSummary(path, text, { today: TODAY, jobPattern: config.jobPattern }));
      const lean = comparable(
        scanSummary(path, text, { today: TODAY, jobPattern: config.jobPattern, listings: false }),
      );
      assert.deepEqual(lean, whole && { ...whole, actions: [], jobRefs: [] }, path);
    }
  });

  it("keeps no indexed file's text alive", () => {
    // A summary's title, client, owners and action texts are cut from the file's text, and a slice keeps its
    // whole source string: the index of a workspace would hold every file it ever read.
    setFlagsFromString('--expose-gc');
    const gc = runInNewContext('gc') as () => void;
    let session: Session | undefined = new Session({ today: () => TODAY, fileExists: () => false });
    let textMb = 0;
    for (const d of workspaceDocuments(100)) {
      // Each file made fresh here and dropped after the scan: only the index can keep it.
      const text = d.text + '\n' + 'Background, read once. '.repeat(4000);
      textMb += text.length / 2 ** 20;
      session.indexFile('/ws/' + d.path, text);
    }
    assert.equal([...session.summaries()].length, 100);
    // Several collections first: V8 drops the compiled code of patterns no longer run only after a few (by age),
    // and what other tests compiled would otherwise be freed between the two figures and counted as the index.
    for (let i = 0; i < 3; i++) gc();
    const withIndex = process.memoryUsage().heapUsed;
    session = undefined;
    gc();
    const indexMb = (withIndex - process.memoryUsage().heapUsed) / 2 ** 20;
    // The summaries themselves take about 1 MB; before the fix the index held all the text too.
    assert.ok(
      indexMb < textMb / 4,
      `the index holds ${indexMb.toFixed(1)} MB after scanning ${textMb.toFixed(1)} MB of text`,
    );
  });
});

describe('the scan of a folder', () => {
  it("keeps no scanned file's text alive in what it remembers between files", () => {
    // Memos of heading texts and the like outlive a file: keyed by a slice of its text they would keep the whole
    // file (a folder's check held every job card and estimate it scanned, ~1.7 KB a document on the benchmark's).
    setFlagsFromString('--expose-gc');
    const gc = runInNewContext('gc') as () => void;
    const jobPattern = resolveConfig().jobPattern;
    const scanAll = (round: number) => {
      let textMb = 0;
      for (const d of workspaceDocuments(120, 11 + round)) {
        const text = d.text + '\n' + `Background, read once (${round}). `.repeat(12000);
        textMb += text.length / 2 ** 20;
        // As the CLI scans (no parsed chunk kept: the editor's shared cache of chunks is bounded on its own).
        scanSummary('/ws/' + d.path, text, { today: TODAY, jobPattern, listings: false, cache: new ChunkCache(0) });
      }
      return textMb;
    };
    // A first round for what is made once (patterns, the catalog's tables).
    scanAll(0);
    for (let i = 0; i < 3; i++) gc();
    const before = process.memoryUsage().heapUsed;
    const textMb = scanAll(1);
    for (let i = 0; i < 3; i++) gc();
    const keptMb = (process.memoryUsage().heapUsed - before) / 2 ** 20;
    assert.ok(keptMb < textMb / 10, `${keptMb.toFixed(1)} MB kept after scanning ${textMb.toFixed(1)} MB of text`);
  });
});

describe('ordinary Markdown the CLI does not parse (isPlainMarkdown)', () => {
  const config = resolveConfig();
  const options = { locale: 'en' as const, today: TODAY, config, fileExists: () => false };
  const findingsOf = (path: string, text: string) => analyzeDocument(buildDocument(path, text), options);

  it('is only a file the full analysis finds nothing in (fixtures, examples, node_modules)', function () {
    this.timeout(120_000);
    const files = [
      ...markdownFiles(join(__dirname, '..', 'examples')),
      ...markdownFiles(join(__dirname, 'fixtures')),
      ...markdownUnder(join(__dirname, '..', 'node_modules')),
    ];
    let plain = 0;
    let withFindings = 0;
    for (const path of files) {
      const text = readFileSync(path, 'utf8');
      const findings = findingsOf(path, text);
      if (findings.length > 0) withFindings++;
      if (!isPlainMarkdown(path, text, {})) continue;
      plain++;
      assert.deepEqual(
        findings.map((f) => f.rule),
        [],
        path,
      );
    }
    // The same documents with another tool's `type:` added: skipped only where they have no finding either.
    for (const path of files.slice(0, 700)) {
      const text = readFileSync(path, 'utf8');
      const typed = text.startsWith('---\n')
        ? text.replace(/^---\n(?:type:.*\n)?/, '---\ntype: docs\n')
        : `---\ntype: docs\n---\n${text}`;
      if (isPlainMarkdown(path, typed, {}))
        assert.deepEqual(
          findingsOf(path, typed).map((f) => f.rule),
          [],
          `${path} with type: docs`,
        );
    }
    assert.ok(plain > 500, `${plain} plain files`);
    assert.ok(withFindings > 200, `${withFindings} files with findings`);
  });

  it('parses what the line reader cannot be sure of', () => {
    const body = '\n## Objective\n\nMore visits.\n\n## Target audience\n\nParents.\n';
    // A title underlined (the line reader reads `#` headings only).
    const underlined = `Creative brief: Spring launch\n=============================\n${body}`;
    assert.ok(findingsOf('a.md', underlined).length > 0);
    assert.equal(isPlainMarkdown('a.md', underlined, {}), false);
    assert.equal(isPlainMarkdown('a.md', `# Creative brief: Spring launch\n${body}`, {}), false);
    // A `type:` (unknown-type may speak), front matter in error (frontmatter-syntax).
    assert.equal(isPlainMarkdown('a.md', '---\ntype: breif\n---\n\n# Notes\n', {}), false);
    assert.equal(isPlainMarkdown('a.md', '---\ntype: agenda\n---\n\n# Notes\n', {}), false);
    // Another tool's `type:` (a Hugo site's `docs`, `post`) types nothing: ordinary, unless the file name is ours.
    assert.equal(isPlainMarkdown('a.md', '---\ntype: docs\n---\n\n# Notes\n', {}), true);
    assert.equal(isPlainMarkdown('a.md', '---\ntype: post\ntitle: Notes\n---\n\n# Notes\n', {}), true);
    assert.equal(isPlainMarkdown('a.minutes.md', '---\ntype: docs\n---\n\n# Notes\n', {}), false);
    assert.equal(isPlainMarkdown('a.md', '---\ntitle: [unclosed\n---\n\n# Notes\n', {}), false);
    assert.equal(isPlainMarkdown('a.md', '---\ntitle: Notes\n', {}), false);
    // An underlined heading that makes the page an agency document: a section under a title that needs one.
    assert.equal(
      isPlainMarkdown(
        'a.md',
        '# Spring launch\n\nObjective\n---------\n\nMore visits.\n\nTarget audience\n---------------\n\nParents.\n',
        {},
      ),
      isPlainMarkdown(
        'a.md',
        '# Spring launch\n\n## Objective\n\nMore visits.\n\n## Target audience\n\nParents.\n',
        {},
      ),
    );
    // Ordinary pages.
    assert.equal(
      isPlainMarkdown('README.md', '# my-lib\n\nA small library.\n\n## Install\n\n    npm i my-lib\n', {}),
      true,
    );
    // A log with a heading underlined somewhere in it, typing nothing either way: not parsed (a megabyte of such a
    // log took micromark over a minute).
    const log =
      '# Review log\n\n## Entry 1\n\n```\nsome output\n```\n\n---\n\nPipeline check\n==============\n\ntext\n';
    assert.equal(isPlainMarkdown('log.md', log, {}), true);
    assert.deepEqual(findingsOf('log.md', log), []);
    assert.equal(
      isPlainMarkdown('a.md', '---\ntitle: Notes\nlayout: post\n---\n\n# Notes\n\n---\n\nText.\n', {}),
      true,
    );
  });
});
