/** The command line end to end, as a user runs it (the bundled dist/cli.js through bin/). */
import { strict as assert } from 'node:assert';
import { spawnSync } from 'node:child_process';
import { writeFileSync, mkdirSync, readFileSync, symlinkSync } from 'node:fs';
import { join } from 'node:path';
import { tempDir } from './helpers/temp';
import { DOCUMENT_TYPES } from '../server/core/catalog';
import { RULE_IDS } from '../server/core/rules/index';
import { BRIEF_MISSING_BUTTON } from './helpers/documents';

const BIN = join(__dirname, '..', 'bin', 'agency-docs.js');

function run(args: string[], cwd: string) {
  const r = spawnSync(process.execPath, [BIN, ...args], {
    cwd,
    encoding: 'utf8',
    env: { ...process.env, NO_COLOR: '', FORCE_COLOR: '', LANG: 'en_US.UTF-8' },
  });
  return { code: r.status, out: r.stdout, err: r.stderr };
}

function workspace(): string {
  const dir = tempDir('agency-cli-');
  mkdirSync(join(dir, 'docs'));
  writeFileSync(join(dir, 'docs', 'acme.md'), BRIEF_MISSING_BUTTON);
  writeFileSync(
    join(dir, 'docs', 'README.md'),
    '# Project notes\n\nNothing agency here. 30/11/2026 is a date in prose.\n',
  );
  return dir;
}

describe('command line', () => {
  it('check: text output with file, line, column, severity, rule, message and a summary; exit 1 on errors', () => {
    const dir = workspace();
    const r = run(['check', 'docs', '--today', '2026-11-22'], dir);
    assert.equal(r.code, 1, r.err);
    assert.match(r.out, /^docs\/acme\.md$/m);
    assert.match(r.out, /^\s+10:1\s+error\s+missing-section\s+.*Button/m);
    assert.match(r.out, /1 problem \(1 error, 0 warnings, 0 info\) in 1 of 2 files\./);
    assert.ok(!r.out.includes('\x1b['), 'no colour when not on a terminal');
    assert.ok(!r.out.includes('README.md'), 'ordinary Markdown has no finding');
  });

  it('check --format json prints the documented JSON fields', () => {
    const dir = workspace();
    const r = run(['check', 'docs', '--format', 'json', '--today', '2026-11-22'], dir);
    assert.equal(r.code, 1);
    const json = JSON.parse(r.out);
    assert.deepEqual(json, [
      {
        file: 'docs/acme.md',
        line: 10,
        column: 1,
        endLine: 10,
        endColumn: 17,
        severity: 'error',
        rule: 'missing-section',
        message: json[0].message,
        data: { section: 'button' },
      },
    ]);
  });

  it('check --format sarif is SARIF 2.1.0 with rules, help and regions', () => {
    const dir = workspace();
    const r = run(['check', 'docs', '--format', 'sarif', '--today', '2026-11-22'], dir);
    const sarif = JSON.parse(r.out);
    assert.equal(sarif.version, '2.1.0');
    const run0 = sarif.runs[0];
    assert.equal(run0.tool.driver.name, 'agency-docs');
    assert.equal(run0.tool.driver.rules.length, RULE_IDS.length); // every rule of the registry
    assert.ok(run0.tool.driver.rules.every((x: { help: { text: string } }) => x.help.text.length > 20));
    const res = run0.results[0];
    assert.equal(res.ruleId, 'missing-section');
    assert.equal(res.level, 'error');
    assert.equal(run0.tool.driver.rules[res.ruleIndex].id, 'missing-section');
    assert.deepEqual(res.locations[0].physicalLocation.region, {
      startLine: 10,
      startColumn: 1,
      endLine: 10,
      endColumn: 17,
    });
    assert.equal(res.locations[0].physicalLocation.artifactLocation.uri, 'docs/acme.md');
  });

  it('exit 0 when there is no error, and for a folder of ordinary Markdown', () => {
    const dir = workspace();
    writeFileSync(
      join(dir, 'docs', 'acme.md'),
      BRIEF_MISSING_BUTTON.replace(
        '## Support points',
        '## Button\n\nThe cheap lift that tastes like a treat.\n\n## Support points',
      ),
    );
    const r = run(['check', 'docs', '--today', '2026-11-22'], dir);
    assert.equal(r.code, 0, r.out);
    assert.match(r.out, /No problems in 2 files/);
  });

  it('expands globs', () => {
    const dir = workspace();
    writeFileSync(join(dir, 'docs', 'x.brief.md'), '# Creative brief\n');
    const r = run(['check', 'docs/*.brief.md', '--format', 'json', '--today', '2026-11-22'], dir);
    const files = new Set(JSON.parse(r.out).map((f: { file: string }) => f.file));
    assert.deepEqual([...files], ['docs/x.brief.md']);
  });

  it('reports missing paths (exit 2), notes binary and non-UTF-8 files met in a folder, does not loop on a symlink loop, checks the rest', () => {
    const dir = workspace();
    writeFileSync(join(dir, 'docs', 'binary.md'), Buffer.from([0x23, 0x20, 0x00, 0x01, 0x02]));
    writeFileSync(join(dir, 'docs', 'latin1.md'), Buffer.from('# Caf\xe9 brief\n', 'latin1'));
    symlinkSync(join(dir, 'docs'), join(dir, 'docs', 'loop'));
    const r = run(['check', 'docs', 'nope.md', '--today', '2026-11-22'], dir);
    assert.equal(r.code, 2);
    assert.match(r.out, /nope\.md: no such file or folder/);
    assert.match(r.err, /note: docs\/binary\.md: skipped: this looks like a binary file/);
    assert.match(r.err, /note: docs\/latin1\.md: skipped: not UTF-8 text/);
    assert.match(r.out, /missing-section/, 'the other files were still checked');
    const named = run(['check', 'docs/binary.md', 'docs/latin1.md', '--today', '2026-11-22'], dir);
    assert.equal(named.code, 2);
    assert.match(named.out, /binary\.md: skipped: this looks like a binary file/);
    assert.match(named.out, /latin1\.md: skipped: not UTF-8 text/);
  });

  it('a file over maxFileSize is skipped with a note when met in a folder (exit code unchanged), exit 2 when named', () => {
    const dir = workspace();
    writeFileSync(join(dir, '.agency-docs.json'), JSON.stringify({ maxFileSize: 1500 }));
    writeFileSync(join(dir, 'docs', 'huge.md'), '# Notes\n\n' + 'word '.repeat(1000));
    const r = run(['check', 'docs', '--today', '2026-11-22'], dir);
    assert.equal(r.code, 1);
    assert.match(r.err, /huge\.md: skipped: .* over the .* limit \(maxFileSize\)/);
    assert.match(r.out, /missing-section/);
    const named = run(['check', 'docs/huge.md', '--today', '2026-11-22'], dir);
    assert.equal(named.code, 2);
    assert.match(named.out, /huge\.md: skipped: .* over the .* limit \(maxFileSize\)/);
  });

  it('a large folder is checked on worker threads with the same findings as on one thread', () => {
    const dir = tempDir('agency-par-');
    const { cpSync } = require('node:fs') as typeof import('node:fs');
    for (let i = 0; i < 3; i++) cpSync(join(__dirname, '..', 'examples'), join(dir, `copy${i}`), { recursive: true });
    const env = (threads: string) => ({ ...process.env, AGENCY_DOCS_THREADS: threads });
    const one = spawnSync(process.execPath, [BIN, 'check', '.', '--format', 'json', '--today', '2026-11-22'], {
      cwd: dir,
      encoding: 'utf8',
      env: env('1'),
    });
    const two = spawnSync(process.execPath, [BIN, 'check', '.', '--format', 'json', '--today', '2026-11-22'], {
      cwd: dir,
      encoding: 'utf8',
      env: env('2'),
    });
    assert.equal(one.status, 1, one.stderr);
    assert.equal(two.status, 1, two.stderr);
    const findings = JSON.parse(two.stdout);
    assert.ok(findings.length > 80, `${findings.length} findings`);
    assert.deepEqual(findings, JSON.parse(one.stdout));
  });

  it('usage errors exit 2 with a clear message', () => {
    const dir = workspace();
    assert.equal(run(['check', '--today', '2026-13-45'], dir).code, 2);
    const r = run(['check', '--frobnicate'], dir);
    assert.equal(r.code, 2);
    assert.match(r.err, /unknown option --frobnicate/);
    assert.equal(run(['check', '--format', 'xml'], dir).code, 2);
    assert.equal(run(['explode'], dir).code, 2);
  });

  it('--fix inserts the missing sections and leaves the words alone', () => {
    const dir = workspace();
    const r = run(['check', 'docs', '--fix', '--today', '2026-11-22'], dir);
    const fixed = readFileSync(join(dir, 'docs', 'acme.md'), 'utf8');
    assert.ok(fixed.includes('## Button\n'), fixed);
    let i = 0;
    for (let k = 0; k < fixed.length; k++) if (fixed[k] === BRIEF_MISSING_BUTTON[i]) i++;
    assert.equal(i, BRIEF_MISSING_BUTTON.length, 'every original character kept');
    assert.ok(!r.out.includes('missing-section'));
  });

  it('new prints a template in the asked language; types lists every type of the catalog', () => {
    const dir = workspace();
    const es = run(['new', 'brief', '--lang', 'es', '--today', '2026-11-22'], dir);
    assert.equal(es.code, 0);
    assert.match(es.out, /^type: brief$/m);
    assert.match(es.out, /^# Brief creativo$/m);
    assert.match(es.out, /^## Botón$/m);
    assert.match(es.out, /^fecha: 2026-11-22$/m); // keys in the template's language, as Spanish documents write them
    assert.equal(run(['new', 'nonsense'], dir).code, 2);
    const types = JSON.parse(run(['types', '--format', 'json'], dir).out);
    assert.deepEqual(
      types.map((t: { id: string }) => t.id),
      DOCUMENT_TYPES.map((t) => t.id),
    );
  });

  it('actions says a due date that reads two ways is unclear, not missing (blind25)', () => {
    const dir = workspace();
    writeFileSync(
      join(dir, 'docs', 'm.md'),
      '---\ntype: minutes\nclient: Acme\nmeeting: 2026-11-10\nissued: 2026-11-10\nattendees: [a]\ndistribution: [b]\n---\n# Minutes\n\n## Decisions\n\nGo.\n\n## Next actions\n\n- [ ] Book studio @bob by 03/04/2027\n- [ ] Send deck @alice\n',
    );
    const text = run(['actions', 'docs', '--today', '2026-11-22'], dir).out;
    assert.match(text, /\[ \] unclear +@bob/u, text);
    assert.match(text, /\[ \] no date +@alice/u, text);
    const rows = JSON.parse(run(['actions', 'docs', '--format', 'json', '--today', '2026-11-22'], dir).out);
    assert.deepEqual(
      rows.map((r: { dueUnclear?: string }) => r.dueUnclear),
      ['03/04/2027', undefined],
    );
  });

  it('actions lists action items with owner and due date, and filters', () => {
    const dir = workspace();
    writeFileSync(
      join(dir, 'docs', 'm.md'),
      '---\ntype: minutes\nclient: Acme\nmeeting: 2026-11-10\nissued: 2026-11-10\nattendees: [a]\ndistribution: [b]\n---\n# Minutes\n\n## Decisions\n\nGo.\n\n## Next actions\n\n- [ ] Send deck @alice due 2026-11-12\n- [ ] Book studio @bob due 2026-12-01\n- [x] Call client @alice due 2026-11-11\n',
    );
    const all = JSON.parse(run(['actions', 'docs', '--format', 'json', '--today', '2026-11-22'], dir).out);
    assert.equal(all.length, 3);
    const overdue = JSON.parse(
      run(['actions', 'docs', '--overdue', '--format', 'json', '--today', '2026-11-22'], dir).out,
    );
    assert.deepEqual(
      overdue.map((a: { action: string }) => a.action),
      ['Send deck @alice due 2026-11-12'],
    );
    const bob = JSON.parse(
      run(['actions', 'docs', '--owner', '@bob', '--format', 'json', '--today', '2026-11-22'], dir).out,
    );
    assert.deepEqual(
      bob.map((a: { due: string }) => a.due),
      ['2026-12-01'],
    );
    // Each owner as the roster names them too (blind16: scripts group by person, not by how they were written).
    writeFileSync(
      join(dir, '.agency-docs.json'),
      JSON.stringify({ team: [{ name: 'Alice Chen', aliases: ['alice'] }] }),
    );
    const people = JSON.parse(run(['actions', 'docs', '--format', 'json', '--today', '2026-11-22'], dir).out);
    assert.deepEqual(
      people.map((a: { owners: string[]; people: string[] }) => [a.owners, a.people]),
      [
        [['alice'], ['Alice Chen']],
        [['bob'], ['bob']],
        [['alice'], ['Alice Chen']],
      ],
    );
  });

  it('actions --owner finds a name written with a note in brackets or in full; a template’s @owner is nobody (blind17)', () => {
    const dir = workspace();
    writeFileSync(
      join(dir, 'docs', 'm.md'),
      '---\ntype: minutes\nclient: Acme\nmeeting: 2026-11-10\nissued: 2026-11-10\nattendees: [a]\ndistribution: [b]\n---\n# Minutes\n\n## Decisions\n\nGo.\n\n## Next actions\n\n| Task | Owner | Due |\n|---|---|---|\n| Approve the casting | Jo Marsh (Kestrel) | 2026-12-14 |\n| Retouch the hero images | Dana Lee | 2026-12-11 |\n| 确认排期 | 陈静（星河） | 2026-12-11 |\n| Book the studio | @owner | 2026-12-12 |\n| What needs doing | @owner | YYYY-MM-DD |\n\n- [ ] Dana to send the cut-downs by 2026-12-15\n- [ ] Danae to check the subtitles by 2026-12-15\n',
    );
    const actions = (...args: string[]) =>
      JSON.parse(run(['actions', 'docs', ...args, '--format', 'json', '--today', '2026-11-22'], dir).out) as {
        action: string;
        owners: string[];
      }[];
    const texts = (...args: string[]) => actions(...args).map((a) => a.action);
    assert.deepEqual(texts('--owner', 'Jo Marsh'), ['Approve the casting']);
    assert.deepEqual(texts('--owner', 'dana'), ['Retouch the hero images', 'Dana to send the cut-downs by 2026-12-15']);
    // Asked for in full, the first name written alone is hers too (blind18); another first name is not.
    assert.deepEqual(texts('--owner', 'Dana Lee'), [
      'Retouch the hero images',
      'Dana to send the cut-downs by 2026-12-15',
    ]);
    assert.deepEqual(texts('--owner', '陈静'), ['确认排期']);
    assert.deepEqual(texts('--owner', 'owner'), []);
    // The template's sample row is no task; the placeholder owner is nobody; a note in brackets after a name in an
    // owner cell is not part of it (blind24).
    assert.deepEqual(
      actions().map((a) => [a.action, a.owners]),
      [
        ['Approve the casting', ['Jo Marsh']],
        ['Retouch the hero images', ['Dana Lee']],
        ['确认排期', ['陈静']],
        ['Book the studio', []],
        ['Dana to send the cut-downs by 2026-12-15', ['Dana']],
        ['Danae to check the subtitles by 2026-12-15', ['Danae']],
      ],
    );
  });

  it('a reader that closes the pipe early (check | head) ends the output without a crash', () => {
    const dir = tempDir('agency-pipe-');
    // Enough findings that the output is far larger than a pipe's buffer.
    for (let i = 0; i < 300; i++) writeFileSync(join(dir, `b${i}.brief.md`), BRIEF_MISSING_BUTTON);
    const r = spawnSync(
      'bash',
      [
        '-c',
        `"${process.execPath}" "${BIN}" check . --format json | head -c 100 > /dev/null; echo "exit \${PIPESTATUS[0]}" >&2`,
      ],
      { cwd: dir, encoding: 'utf8' },
    );
    assert.doesNotMatch(r.stderr, /EPIPE|Error|at /, r.stderr);
    assert.match(r.stderr, /exit (1|141)\b/);
  });
});
