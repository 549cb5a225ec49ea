/**
 * Hostile and mistaken configuration, and links that leave the workspace, through
 * the command line as a user runs it (bin/ → dist/cli.js) and through the core
 * (docs/robustness.md: "Configuration of the wrong shape", "Job patterns",
 * "Configuration file", "Links stay in the workspace").
 */
import { strict as assert } from 'node:assert';
import { spawnSync, execFileSync } from 'node:child_process';
import { mkdirSync, writeFileSync, symlinkSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { tempDir } from './helpers/temp';
import { parseConfigText, resolveConfig, checkSettings } from '../server/core/config';
import { placeOfLink } from '../server/core/links';
import { jobNumberAtStart, jobNumbersAnywhere, jobNumbersPlain } from '../server/core/jobPattern';
import { allMatches } from '../server/core/text';
import { analyze } from './helpers/analyze';
import { analyzeDocument } from '../server/core/analyze';
import { BRIEF_MISSING_BUTTON as BRIEF } from './helpers/documents';

/** AGENCY_DOCS_BIN may point at another build (to see these tests fail on an older one). */
const BIN = process.env.AGENCY_DOCS_BIN ?? join(__dirname, '..', 'bin', 'agency-docs.js');

/** Runs the CLI; a run that does not end within `timeout` ms fails the test (a hang). */
function run(args: string[], cwd: string, timeout = 20000, lang = 'en_US.UTF-8') {
  const r = spawnSync(process.execPath, [BIN, ...args], {
    cwd,
    encoding: 'utf8',
    timeout,
    env: { ...process.env, NO_COLOR: '', FORCE_COLOR: '', LANG: lang, LC_ALL: '' },
  });
  if (r.error) throw new Error(`agency-docs ${args.join(' ')}: ${(r.error as Error).message}`);
  return { code: r.status, out: r.stdout, err: r.stderr };
}

const MINUTES = (actions: string) => `---
type: minutes
client: Acme
meeting: 2026-11-10
issued: 2026-11-10
attendees: [alice]
distribution: [bob]
---
# Minutes

## Decisions

Go.

## Next actions

${actions}
`;

/** A project folder (a repository) holding `.agency-docs.json` and docs/. */
function project(config: unknown, files: Record<string, string> = {}): string {
  const dir = tempDir('agency-config-');
  mkdirSync(join(dir, '.git'));
  mkdirSync(join(dir, 'docs'));
  if (config !== undefined)
    writeFileSync(join(dir, '.agency-docs.json'), typeof config === 'string' ? config : JSON.stringify(config));
  for (const [name, text] of Object.entries(files)) writeFileSync(join(dir, 'docs', name), text);
  return dir;
}

const configLines = (err: string) => err.split('\n').filter((l) => l.includes('configuration:'));

describe('configuration of the wrong shape (item 7, and the settings part of item 16)', () => {
  const BAD = {
    team: [
      { name: 'alice', aliases: 5 },
      { name: 'bob', aliases: [5] },
      { name: 'carla', aliases: [null] },
      { name: 'dan', aliases: ['Dan', 7] },
    ],
    clients: [{ name: 'Acme', aliases: [7] }],
    rules: { x: { y: 1 }, 'missing-field': 'loud', 'missing-section': 'off' },
    maxFileSize: '1',
  };

  it('check: each bad value is reported once on stderr and the rest of the configuration applies', () => {
    const dir = project(BAD, { 'acme.md': BRIEF });
    const r = run(['check', 'docs', '--today', '2026-11-22'], dir);
    assert.doesNotMatch(r.err, /unexpected failure/i);
    const lines = configLines(r.err);
    // aliases 5, [5] item, [null] item, dan's 7, Acme's 7, rule x, level loud, maxFileSize "1".
    assert.equal(lines.length, 8, r.err);
    assert.equal(new Set(lines).size, 8, 'each once');
    assert.ok(
      lines.some((l) => /“team” › entry 1 › “aliases”: 5 should be a list/.test(l)),
      r.err,
    );
    assert.ok(
      lines.some((l) => /“x” is not a rule of agency-docs/.test(l)),
      r.err,
    );
    assert.ok(
      lines.some((l) => /“maxFileSize”: "1" should be a whole number/.test(l)),
      r.err,
    );
    // missing-section: off still applies, so the brief without Button passes.
    assert.ok(!r.out.includes('missing-section'), r.out);
    assert.equal(r.code, 0, r.out + r.err);
  });

  it('the messages speak the user’s language (zh-cn, es)', () => {
    const dir = project({ team: [{ name: 'alice', aliases: 5 }] }, { 'acme.md': BRIEF });
    const zh = run(['check', 'docs', '--locale', 'zh-cn', '--today', '2026-11-22'], dir);
    assert.match(zh.err, /“team” › 第 1 项 › “aliases”：5 应为方括号 \[ \] 中的列表/);
    const es = run(['check', 'docs', '--locale', 'es', '--today', '2026-11-22'], dir);
    assert.match(es.err, /“team” › elemento 1 › “aliases”: 5 debería ser una lista/);
  });

  it('a configuration that is not an object, or not JSON, is reported and the defaults apply', () => {
    for (const text of ['[1, 2]', '{ "rules": ', '"off"', 'null']) {
      const dir = project(text, { 'acme.md': BRIEF });
      const r = run(['check', 'docs', '--today', '2026-11-22'], dir);
      assert.equal(configLines(r.err).length, 1, `${text}: ${r.err}`);
      assert.match(r.out, /missing-section/, text);
      assert.equal(r.code, 1, text);
    }
  });

  it('core: the good values of a bad configuration are kept', () => {
    const parsed = parseConfigText(JSON.stringify(BAD));
    const c = resolveConfig(parsed.config);
    assert.equal(parsed.problems.length, 8);
    assert.deepEqual(
      c.team.map((m) => [m.name, m.aliases]),
      [
        ['alice', undefined],
        ['bob', []],
        ['carla', []],
        ['dan', ['Dan']],
      ],
    );
    assert.equal(c.severity['missing-section'], 'off');
    assert.equal(c.maxFileSize, 5 * 1024 * 1024);
    // An entry without a name is left out whole, and said so.
    const noName = parseConfigText('{"team":[{"aliases":["x"]},{"name":"ok"}]}');
    assert.equal(noName.problems.length, 1);
    assert.match(noName.problems[0].message.en, /entry 1 has no “name”/);
    assert.deepEqual(
      resolveConfig(noName.config).team.map((m) => m.name),
      ['ok'],
    );
  });

  it('settings: wrong types are reported and the defaults used for them (rules "off", maxFileSize "1", jobPattern 5, aliases "xyz")', () => {
    const s = checkSettings({
      rules: 'off',
      maxFileSize: '1',
      jobPattern: 5,
      team: [{ name: 'alice', aliases: 'xyz' }],
      enable: true,
      debounce: 'fast',
      locale: '',
    });
    assert.equal(s.problems.length, 5, s.problems.map((p) => p.message.en).join('\n'));
    const c = resolveConfig(s.settings);
    assert.deepEqual(
      c.team.map((m) => [m.name, m.aliases]),
      [['alice', undefined]],
      'no alias per letter',
    );
    assert.equal(c.maxFileSize, 5 * 1024 * 1024);
    assert.equal(c.jobPattern.source, resolveConfig().jobPattern.source);
    assert.equal((s.settings as { enable?: boolean }).enable, true);
  });

  it('analysis with any of these never throws', () => {
    for (const config of [
      BAD,
      { team: 5 },
      { team: [null, 5, 'x'] },
      { clients: [{ name: 'A', aliases: 'xyz' }] },
      { rules: [] },
      { locale: 7 },
    ]) {
      const doc = MINUTES('- [ ] Send deck @alice due 2026-11-12\n');
      assert.doesNotThrow(() => analyze(doc, 'm.md', 'en', JSON.stringify(config)), JSON.stringify(config));
    }
  });
});

describe('job patterns run in linear time (item 8)', () => {
  it('check: (a?){30}a{30} on 29 letters and \\d*\\d*\\d*\\d*\\d*\\d*X on 100 digits finish at once', function () {
    this.timeout(60000);
    const words =
      '- [ ] ' + 'a'.repeat(29) + ' @alice due 2026-12-01\n- [ ] ' + '1'.repeat(100) + ' @alice due 2026-12-01\n';
    for (const pattern of ['(a?){30}a{30}', '\\d*\\d*\\d*\\d*\\d*\\d*X']) {
      const dir = project(
        { jobPattern: pattern },
        { 'm.md': MINUTES(words) + '\n' + 'a'.repeat(29) + ' ' + '1'.repeat(100) + '\n' },
      );
      const started = Date.now();
      const r = run(['check', 'docs', '--today', '2026-11-22'], dir, 15000);
      assert.ok(Date.now() - started < 10000, `${pattern}: ${Date.now() - started} ms`);
      assert.equal(configLines(r.err).length, 0, r.err);
      assert.ok(r.code === 0 || r.code === 1, r.err);
    }
  });

  it('a user pattern finds job numbers like the default does, with the same word edges', () => {
    const user = resolveConfig({ jobPattern: '[A-Z]{2}-\\d{4}' }).jobPattern;
    const text = 'See AC-2026, xAC-2026, AC-20261, (QS-2025) and 中文AC-2027.';
    assert.deepEqual(
      allMatches(jobNumbersAnywhere(user), text).map((m) => [m[0], m.index]),
      [
        ['AC-2026', 4],
        ['QS-2025', 34],
      ],
    );
    const native = /[A-Z]{2}-\d{4}/u;
    assert.deepEqual(
      allMatches(jobNumbersAnywhere(user), text).map((m) => m[0]),
      allMatches(jobNumbersAnywhere(native), text).map((m) => m[0]),
    );
    const lead = jobNumberAtStart(user, true).exec('  [AC-2026] Book the studio');
    assert.deepEqual([lead?.[0], lead?.[1], lead?.index], ['  [AC-2026', 'AC-2026', 0]);
    assert.equal(jobNumberAtStart(user, true).exec('AC-20261 x'), null);
    assert.deepEqual(
      [...'AC-2026 and QS-2025'.matchAll(jobNumbersPlain(user))].map((m) => m.index),
      [0, 12],
    );
    // Back-references and look-around cannot run in linear time: refused, in plain words.
    const refused = resolveConfig({ jobPattern: '(AC)-\\1' });
    assert.match(refused.problems[0].message.en, /back-references or look-around/);
  });
});

describe('reading .agency-docs.json (item 9)', () => {
  it('a FIFO is not read: no hang, a plain message, the defaults apply', function () {
    this.timeout(30000);
    const dir = project(undefined, { 'acme.md': BRIEF });
    execFileSync('mkfifo', [join(dir, '.agency-docs.json')]);
    const r = run(['check', 'docs', '--today', '2026-11-22'], dir, 15000);
    assert.match(r.err, /not a regular file/, r.err);
    assert.match(r.out, /missing-section/);
  });

  it('a link to /dev/zero is not read', function () {
    if (!existsSync('/dev/zero')) this.skip();
    const dir = project(undefined, { 'acme.md': BRIEF });
    symlinkSync('/dev/zero', join(dir, '.agency-docs.json'));
    const r = run(['check', 'docs', '--today', '2026-11-22'], dir, 15000);
    assert.match(r.err, /not a regular file/, r.err);
  });

  it('a file over 1 MB is not read', () => {
    const dir = project(JSON.stringify({ team: [{ name: 'a', role: 'x'.repeat(1100000) }] }), { 'acme.md': BRIEF });
    const r = run(['check', 'docs', '--today', '2026-11-22'], dir);
    assert.match(r.err, /larger than 1 MB/, r.err);
  });

  it('the search stops at the repository root: a stray file in a parent folder changes nothing', () => {
    const parent = tempDir('agency-parent-');
    writeFileSync(join(parent, '.agency-docs.json'), JSON.stringify({ rules: { 'missing-section': 'off' } }));
    const repo = join(parent, 'repo');
    mkdirSync(join(repo, '.git'), { recursive: true });
    mkdirSync(join(repo, 'docs'));
    writeFileSync(join(repo, 'docs', 'acme.md'), BRIEF);
    assert.match(run(['check', 'docs', '--today', '2026-11-22'], repo).out, /missing-section/);
    // Run from the parent on the repository's folder: still the repository's own (absent) configuration.
    assert.match(run(['check', 'repo/docs', '--today', '2026-11-22'], parent).out, /missing-section/);
  });

  it('outside a repository the search stops at the working folder', () => {
    const parent = tempDir('agency-parent-');
    writeFileSync(join(parent, '.agency-docs.json'), JSON.stringify({ rules: { 'missing-section': 'off' } }));
    const proj = join(parent, 'proj');
    mkdirSync(join(proj, 'docs'), { recursive: true });
    writeFileSync(join(proj, 'docs', 'acme.md'), BRIEF);
    assert.match(run(['check', 'docs', '--today', '2026-11-22'], proj).out, /missing-section/);
    // A configuration in the working folder itself is found from a sub-folder.
    writeFileSync(join(proj, '.agency-docs.json'), JSON.stringify({ rules: { 'missing-section': 'off' } }));
    assert.doesNotMatch(run(['check', 'docs', '--today', '2026-11-22'], proj).out, /missing-section/);
  });
});

describe('links stay in the workspace (item 14, and `/` links of issue 16)', () => {
  const withLinks = (links: string) => MINUTES('- [ ] Send deck @alice due 2026-12-01\n') + '\n' + links + '\n';

  it('check: links leaving the workspace are reported as outside whether or not the file exists', () => {
    const ws = project({}, {});
    const outside = tempDir('agency-outside-');
    writeFileSync(join(outside, 'secret.md'), '# secret\n');
    const rel = (p: string) => '../'.repeat(12) + p.replace(/^\//, '');
    writeFileSync(
      join(ws, 'docs', 'm.md'),
      withLinks(
        [
          `[a](${rel(join(outside, 'secret.md'))})`,
          `[b](${rel(join(outside, 'nothing.md'))})`,
          '[c](../../../../etc/passwd.md)',
          '[d](//host/share/x.md)',
          // Markdown escapes: the link's URL is \\host\share\y.md.
          '[e](\\\\\\\\host\\\\share\\\\y.md)',
        ].join(' '),
      ),
    );
    const r = run(['check', 'docs', '--format', 'json', '--today', '2026-11-22'], ws);
    const links = JSON.parse(r.out).filter((f: { rule: string }) => f.rule === 'broken-link');
    assert.equal(links.length, 5, r.out);
    for (const f of links) assert.match(f.message, /is outside this workspace, so it is not checked\.$/);
    // Not looked up, so not a problem found: a note, which leaves the exit code alone.
    for (const f of links) assert.equal(f.severity, 'information');
    assert.equal(r.code, JSON.parse(r.out).some((f: { severity: string }) => f.severity === 'error') ? 1 : 0);
  });

  it('a link that starts with / is read from the workspace root, not the file-system root', () => {
    const ws = project({}, { 'b.md': '# b\n' });
    writeFileSync(join(ws, 'docs', 'm.md'), withLinks('[b](/docs/b.md) [gone](/docs/gone.md)'));
    const r = run(['check', 'docs', '--format', 'json', '--today', '2026-11-22'], ws);
    const links = JSON.parse(r.out).filter((f: { rule: string }) => f.rule === 'broken-link');
    assert.deepEqual(
      links.map((f: { message: string }) => f.message),
      ["“/docs/gone.md” doesn't exist: check the path or the file name."],
    );
  });

  it('core: confinement is decided from the text of the path alone', () => {
    const roots = ['/ws'];
    assert.deepEqual(placeOfLink('/ws/docs/a.md', 'b.md', roots), { inside: true, path: '/ws/docs/b.md' });
    assert.deepEqual(placeOfLink('/ws/docs/a.md', '../b.md', roots), { inside: true, path: '/ws/b.md' });
    assert.deepEqual(placeOfLink('/ws/docs/a.md', '/x/b.md', roots), { inside: true, path: '/ws/x/b.md' });
    for (const t of [
      '../../b.md',
      '/../b.md',
      '//host/share/x.md',
      '\\\\host\\share\\y.md',
      '..\\..\\etc\\passwd.md',
      'C:/Windows/x.md',
      'sub/../../../b.md',
    ]) {
      assert.deepEqual(placeOfLink('/ws/docs/a.md', t, roots), { inside: false }, t);
    }
    assert.deepEqual(placeOfLink('C:\\ws\\docs\\a.md', '..\\b.md', ['C:\\ws']), { inside: true, path: 'C:\\ws\\b.md' });
    assert.deepEqual(placeOfLink('C:\\ws\\docs\\a.md', '..\\..\\b.md', ['C:\\ws']), { inside: false });
    // The file system is never asked about a path outside.
    const asked: string[] = [];
    const r = analyze(withLinks('[x](../../../../etc/passwd.md) [y](//host/share/x.md)'), '/ws/docs/m.md');
    const findings = analyzeDocument(r.doc, {
      ...r.options,
      roots,
      fileExists: (p: string) => {
        asked.push(p);
        return true;
      },
    });
    assert.equal(findings.filter((f) => f.rule === 'broken-link' && f.data.outside).length, 2);
    assert.deepEqual(asked, []);
  });
});
