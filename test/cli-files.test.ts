/**
 * The command line's handling of files, as an unlucky user or an attacker meets it: stale and failed
 * writes, links, odd names, odd bytes, deep folders, ignore files (docs/robustness.md, "The command
 * line's files"). End to end through bin/ (the bundle), plus the write step with failures injected.
 */
import { strict as assert } from 'node:assert';
import { spawn, spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import {
  writeFileSync,
  mkdirSync,
  readFileSync,
  symlinkSync,
  readdirSync,
  statSync,
  chmodSync,
  lstatSync,
  existsSync,
} from 'node:fs';
import { join } from 'node:path';
import { tempDir } from './helpers/temp';
import { readText, type ReadStamp } from '../server/cli/files';
import { writeBack, type WriteIO } from '../server/cli/write';
import { forTerminal, padColumns } from '../server/cli/format';
import { BRIEF_MISSING_BUTTON as BRIEF } from './helpers/documents';

const BIN = join(__dirname, '..', 'bin', 'agency-docs.js');
const ENV = { ...process.env, NO_COLOR: '', FORCE_COLOR: '', LANG: 'en_US.UTF-8', AGENCY_DOCS_THREADS: '1' };

function run(args: string[], cwd: string) {
  const r = spawnSync(process.execPath, [BIN, ...args], { cwd, encoding: 'utf8', env: ENV });
  return { code: r.status, out: r.stdout, err: r.stderr };
}

const TODAY = ['--today', '2026-11-22'];

/** `check PATHS --format json` run in `dir`: each finding as `file rule`, sorted. */
function fileAndRule(paths: string[], dir: string): string[] {
  return (
    JSON.parse(run(['check', ...paths, '--format', 'json', ...TODAY], dir).out) as { file: string; rule: string }[]
  )
    .map((f) => `${f.file} ${f.rule}`)
    .sort();
}

/** Every character of `original`, in order, is in `fixed` (fixes only insert). */
function keepsEveryCharacter(original: string, fixed: string): boolean {
  let i = 0;
  for (let k = 0; k < fixed.length && i < original.length; k++) if (fixed[k] === original[i]) i++;
  return i === original.length;
}

function stampOf(path: string): ReadStamp {
  const r = readText(path, 1e9, true);
  assert.ok(r.ok && r.stamp);
  return r.stamp;
}

describe('command line: files', () => {
  describe('item 2: --fix never writes back a file that changed after it was read', () => {
    it('a file changed or deleted between read and write is left alone, with a note', () => {
      const dir = tempDir('agency-stale-');
      const edited = join(dir, 'edited.md');
      writeFileSync(edited, BRIEF);
      const stamp = stampOf(edited);
      writeFileSync(edited, BRIEF + '\nA line typed while the check ran.\n');
      const r = writeBack(edited, stamp, Buffer.from('fixed text'));
      assert.equal(r.kind, 'changed');
      assert.equal(readFileSync(edited, 'utf8'), BRIEF + '\nA line typed while the check ran.\n');

      // Same size, same modification time, other content: the content decides.
      const same = join(dir, 'same.md');
      writeFileSync(same, 'abc\n');
      const t = statSync(same).mtime;
      const s2 = stampOf(same);
      writeFileSync(same, 'xyz\n');
      fs.utimesSync(same, t, t);
      assert.equal(writeBack(same, s2, Buffer.from('fixed')).kind, 'changed');
      assert.equal(readFileSync(same, 'utf8'), 'xyz\n');

      const gone = join(dir, 'gone.md');
      writeFileSync(gone, BRIEF);
      const s3 = stampOf(gone);
      fs.unlinkSync(gone);
      assert.equal(writeBack(gone, s3, Buffer.from('fixed')).kind, 'changed');
      assert.equal(existsSync(gone), false, 'a deleted file is not recreated');
    });

    it('end to end: a line added and a file deleted while --fix runs are not lost or brought back', async function () {
      this.timeout(120000);
      const dir = tempDir('agency-stale-run-');
      // Enough files that the last ones are written seconds after they were read.
      for (let i = 0; i < 150; i++) writeFileSync(join(dir, `a${String(i).padStart(3, '0')}.brief.md`), BRIEF);
      writeFileSync(join(dir, 'zz-edited.brief.md'), BRIEF);
      writeFileSync(join(dir, 'zz-gone.brief.md'), BRIEF);
      const child = spawn(process.execPath, [BIN, 'check', '.', '--fix', ...TODAY], { cwd: dir, env: ENV });
      let err = '';
      let touched = false;
      let touchedBeforeTheirTurn = true;
      child.stdout.resume();
      const done = new Promise<number>((resolve) => child.on('close', (c) => resolve(c ?? -1)));
      child.stderr.on('data', (d: Buffer) => {
        err += d.toString();
        // The first fix is written after every file was read: change the last two now.
        if (!touched && /fixed a000/.test(err)) {
          touched = true;
          touchedBeforeTheirTurn = !/zz-/.test(err);
          fs.appendFileSync(join(dir, 'zz-edited.brief.md'), '\nA line typed while the check ran.\n');
          fs.unlinkSync(join(dir, 'zz-gone.brief.md'));
        }
      });
      await done;
      assert.ok(touched && touchedBeforeTheirTurn, `the files were changed before their turn to be written:\n${err}`);
      assert.equal(
        readFileSync(join(dir, 'zz-edited.brief.md'), 'utf8'),
        BRIEF + '\nA line typed while the check ran.\n',
      );
      assert.equal(existsSync(join(dir, 'zz-gone.brief.md')), false, 'the deleted file was recreated');
      assert.match(err, /note: zz-edited\.brief\.md: not fixed: it changed after it was read/);
      assert.match(err, /note: zz-gone\.brief\.md: not fixed: it was deleted or moved after it was read/);
      assert.ok(readFileSync(join(dir, 'a149.brief.md'), 'utf8').includes('## Button'), 'the other files were fixed');
    });
  });

  describe('item 3 and 13: writes are atomic; a failed write loses nothing and the run goes on', () => {
    function failing(at: 'writeSync' | 'fsyncSync' | 'renameSync' | 'openSync', code: string): WriteIO {
      const fail = () => {
        const e = new Error(code) as NodeJS.ErrnoException;
        e.code = code;
        throw e;
      };
      const io: WriteIO = { ...fs };
      if (at === 'writeSync') {
        // A full disk: the first 100 bytes go, then no more room.
        let wrote = 0;
        io.writeSync = ((fd: number, buf: Uint8Array, off: number, len: number) => {
          if (wrote >= 100) fail();
          const n = Math.min(len, 100 - wrote);
          wrote += n;
          return fs.writeSync(fd, buf, off, n);
        }) as WriteIO['writeSync'];
      } else if (at === 'openSync')
        io.openSync = ((p: fs.PathLike, flags: fs.OpenMode, mode?: fs.Mode) =>
          flags === 'wx' ? fail() : fs.openSync(p, flags, mode)) as WriteIO['openSync'];
      else io[at] = fail as never;
      return io;
    }

    for (const [at, code] of [
      ['writeSync', 'ENOSPC'],
      ['fsyncSync', 'EIO'],
      ['renameSync', 'EXDEV'],
      ['openSync', 'EACCES'],
    ] as const) {
      it(`${at} failing with ${code}: the original stays byte for byte, no temporary file is left`, () => {
        const dir = tempDir('agency-atomic-');
        const path = join(dir, 'brief.md');
        const original = Buffer.from('\uFEFF' + BRIEF.repeat(40)); // about 20 KB
        writeFileSync(path, original);
        const r = writeBack(
          path,
          stampOf(path),
          Buffer.from('\uFEFF' + BRIEF.repeat(40) + '## Button\n'),
          failing(at, code),
        );
        assert.equal(r.kind, 'failed');
        assert.match((r as { message: string }).message, new RegExp(`${code}\\b.*left as it was`));
        assert.ok(readFileSync(path).equals(original), 'the original is whole');
        assert.deepEqual(readdirSync(dir), ['brief.md']);
      });
    }

    it('the rewritten file keeps its mode', () => {
      const dir = tempDir('agency-mode-');
      const path = join(dir, 'brief.md');
      writeFileSync(path, BRIEF);
      chmodSync(path, 0o640);
      assert.equal(writeBack(path, stampOf(path), Buffer.from(BRIEF + 'more\n')).kind, 'written');
      assert.equal(statSync(path).mode & 0o777, 0o640);
      assert.equal(readFileSync(path, 'utf8'), BRIEF + 'more\n');
      assert.deepEqual(readdirSync(dir), ['brief.md']);
    });

    it('end to end, a disk that fills up: the big file stays whole, the others are fixed, the failure is reported, exit 2', () => {
      const dir = tempDir('agency-full-');
      const big = BRIEF + '\n' + 'Background paragraph that makes this brief long. '.repeat(400) + '\n'; // about 20 KB
      writeFileSync(join(dir, 'big.brief.md'), big);
      writeFileSync(join(dir, 'small.brief.md'), BRIEF);
      // `ulimit -f 12`: no file of this process may grow past 12 KB, as on a disk that has 12 KB left.
      const r = spawnSync(
        'bash',
        ['-c', `ulimit -f 12; exec "${process.execPath}" "${BIN}" check . --fix --today 2026-11-22`],
        { cwd: dir, encoding: 'utf8', env: ENV },
      );
      assert.ok(
        readFileSync(join(dir, 'big.brief.md')).equals(Buffer.from(big)),
        'the big file is byte for byte as it was',
      );
      assert.ok(
        readFileSync(join(dir, 'small.brief.md'), 'utf8').includes('## Button'),
        'the small file was still fixed',
      );
      assert.match(
        r.stdout,
        /big\.brief\.md: could not be fixed: the file would be too large \(EFBIG\); the file was left as it was/,
      );
      assert.doesNotMatch(r.stderr + r.stdout, /\n\s+at /, 'no stack trace');
      assert.equal(r.status, 2);
      assert.deepEqual(readdirSync(dir).sort(), ['big.brief.md', 'small.brief.md'], 'no temporary file left');
    });

    it('`check . > /dev/full` says the report could not be written, in one line, exit 2', function () {
      if (!existsSync('/dev/full')) this.skip();
      const dir = tempDir('agency-devfull-');
      writeFileSync(join(dir, 'a.brief.md'), BRIEF);
      const r = spawnSync('bash', ['-c', `"${process.execPath}" "${BIN}" check . > /dev/full`], {
        cwd: dir,
        encoding: 'utf8',
        env: ENV,
      });
      assert.equal(r.status, 2);
      assert.equal(r.stderr, 'agency-docs: the report could not be written (the disk is full, ENOSPC)\n');
    });
  });

  it('item 4: --fix keeps the UTF-8 byte-order mark', () => {
    const dir = tempDir('agency-bom-');
    writeFileSync(join(dir, 'a.brief.md'), '\uFEFF' + BRIEF);
    run(['check', '.', '--fix', ...TODAY], dir);
    const bytes = readFileSync(join(dir, 'a.brief.md'));
    assert.deepEqual([...bytes.subarray(0, 3)], [0xef, 0xbb, 0xbf]);
    assert.equal(bytes.subarray(3, 6).toString(), '---');
    assert.ok(bytes.toString('utf8').includes('## Button'));
  });

  describe('item 5: links never lead reads or writes out of the folders being checked', () => {
    function repo() {
      const dir = tempDir('agency-links-');
      mkdirSync(join(dir, 'victim'));
      mkdirSync(join(dir, 'repo'));
      writeFileSync(join(dir, 'victim', 'bashrc.md'), 'export PATH=/usr/bin\n');
      writeFileSync(join(dir, 'victim', 'x.brief.md'), BRIEF);
      symlinkSync('../victim/bashrc.md', join(dir, 'repo', 'notes.brief.md'));
      symlinkSync('../victim', join(dir, 'repo', 'folder'));
      writeFileSync(join(dir, 'repo', 'own.brief.md'), BRIEF);
      return dir;
    }

    it('walking: a link to a file outside is not read or written (a note says so); a link to a folder is not followed', () => {
      const dir = repo();
      const r = run(['check', '.', '--fix', '--format', 'json', ...TODAY], join(dir, 'repo'));
      assert.equal(readFileSync(join(dir, 'victim', 'bashrc.md'), 'utf8'), 'export PATH=/usr/bin\n');
      assert.equal(readFileSync(join(dir, 'victim', 'x.brief.md'), 'utf8'), BRIEF);
      assert.ok(readFileSync(join(dir, 'repo', 'own.brief.md'), 'utf8').includes('## Button'));
      assert.match(r.err, /note: notes\.brief\.md: skipped: a link to a file outside the folders being checked/);
      assert.equal(r.code, 0, r.err);
    });

    it('named on the command line: a link out of its folder is refused (exit 2); sub/../x.md goes through the link as the file system does', () => {
      const dir = repo();
      const named = run(['check', 'notes.brief.md', '--fix', ...TODAY], join(dir, 'repo'));
      assert.equal(named.code, 2);
      assert.match(named.out, /notes\.brief\.md: skipped: a link to a file outside the folders being checked/);
      assert.equal(readFileSync(join(dir, 'victim', 'bashrc.md'), 'utf8'), 'export PATH=/usr/bin\n');
      // repo/folder -> ../victim, so folder/../x.brief.md is the victim's folder's parent… as the file system reads it.
      writeFileSync(join(dir, 'x.brief.md'), BRIEF);
      const dotdot = run(['check', 'folder/../x.brief.md', '--format', 'json', ...TODAY], join(dir, 'repo'));
      const files = new Set(JSON.parse(dotdot.out).map((f: { file: string }) => f.file));
      assert.deepEqual([...files], [join(dir, 'x.brief.md')], 'the file the file system opens, not repo/x.brief.md');
    });

    it('a link inside the folder is followed, written through (it stays a link), and its file is reported once', () => {
      const dir = tempDir('agency-twice-');
      writeFileSync(join(dir, 'a.brief.md'), BRIEF);
      symlinkSync('a.brief.md', join(dir, 'b.brief.md'));
      const r = run(['check', '.', '--format', 'json', ...TODAY], dir);
      const files = [...new Set(JSON.parse(r.out).map((f: { file: string }) => f.file))];
      assert.deepEqual(files, ['a.brief.md'], 'one file, one report');
      run(['check', 'b.brief.md', '--fix', ...TODAY], dir);
      assert.ok(lstatSync(join(dir, 'b.brief.md')).isSymbolicLink(), 'the link is still a link');
      assert.ok(readFileSync(join(dir, 'a.brief.md'), 'utf8').includes('## Button'));
    });
  });

  it('item 6: a file named like an option does not switch it on; -- ends the options', () => {
    const dir = tempDir('agency-argv-');
    writeFileSync(join(dir, '--fix=x.md'), '# Notes\n');
    writeFileSync(join(dir, 'a.brief.md'), BRIEF);
    const r = spawnSync('bash', ['-c', `"${process.execPath}" "${BIN}" check *.md --today 2026-11-22`], {
      cwd: dir,
      encoding: 'utf8',
      env: ENV,
    });
    assert.equal(r.status, 2);
    assert.match(r.stderr, /--fix takes no value \(“--fix=x\.md”\); to check a file of that name, put -- before it/);
    assert.equal(readFileSync(join(dir, 'a.brief.md'), 'utf8'), BRIEF, 'nothing was fixed');
    const safe = run(['check', '--today', '2026-11-22', '--format', 'json', '--', '--fix=x.md', 'a.brief.md'], dir);
    assert.equal(safe.code, 1);
    assert.equal(readFileSync(join(dir, 'a.brief.md'), 'utf8'), BRIEF, 'nothing was fixed');
  });

  it('item 10: 2,000 nested folders are walked in seconds', function () {
    this.timeout(120000);
    const dir = tempDir('agency-deep-');
    let p = dir;
    for (let i = 0; i < 2000; i++) p += '/d';
    mkdirSync(p, { recursive: true });
    writeFileSync(join(p, 'deep.brief.md'), BRIEF);
    const t = Date.now();
    const r = run(['check', '.', '--format', 'json', ...TODAY], dir);
    const ms = Date.now() - t;
    assert.equal(r.code, 1, r.err);
    assert.equal(JSON.parse(r.out)[0].rule, 'missing-section');
    assert.ok(ms < 15000, `${ms} ms`);
  });

  describe('item 15: control characters and line breaks never reach the terminal raw', () => {
    it('forTerminal shows them as escapes', () => {
      assert.equal(forTerminal('a\x1b[2Jb\nc\rd\te\x07f\u202eg\x9bh'), 'a\\x1b[2Jb\\nc\\rd\\te\\x07f\\u202eg\\x9bh');
      assert.equal(forTerminal('Añadir “Botón” 中文 😀'), 'Añadir “Botón” 中文 😀');
    });

    it('a column after Chinese names still lines up: two columns a character (blind16)', () => {
      assert.equal(padColumns('@张伟', 8), '@张伟   ');
      assert.equal(padColumns('@Sam', 8), '@Sam    ');
      assert.equal(padColumns('@Muy-largo-nombre', 8), '@Muy-largo-nombre');
    });

    it('in file names and document values', () => {
      const dir = tempDir('agency-ctl-');
      const name = 'evil\x1b[2J\nfake.brief.md';
      writeFileSync(join(dir, name), BRIEF.replace('type: brief', 'type: "brief\\u001b]0;owned\\u0007\\nX"'));
      writeFileSync(join(dir, 'b.brief.md'), BRIEF.replace('## Deliverables', '## Deliverables\x1b[31m'));
      const r = run(['check', '.', ...TODAY], dir);
      assert.doesNotMatch(r.out, /[\x00-\x08\x0b-\x1f\x7f]/, 'no control character in the output');
      assert.match(r.out, /evil\\x1b\[2J\\nfake\.brief\.md/);
      for (const line of r.out.split('\n')) assert.doesNotMatch(line, /^fake/, 'no line made up by a file name');
    });
  });

  describe('item 16: odd arguments and odd files', () => {
    it('--today 0000-01-01 and --locale xx are refused with a clear message, exit 2', () => {
      const dir = tempDir('agency-args-');
      writeFileSync(join(dir, 'a.brief.md'), BRIEF);
      const today = run(['check', '.', '--today', '0000-01-01'], dir);
      assert.equal(today.code, 2);
      assert.match(today.err, /--today wants a date like 2026-11-22 \(years 1000 to 2999\), not “0000-01-01”/);
      const locale = run(['check', '.', '--locale', 'xx', ...TODAY], dir);
      assert.equal(locale.code, 2);
      assert.match(locale.err, /--locale must be en, zh \(zh-cn\) or es, not “xx”/);
      assert.equal(run(['check', '.', '--locale', 'zh-CN', ...TODAY], dir).code, 1);
    });

    it('a file over the longest text V8 can hold is "too large", not "not UTF-8"', () => {
      const dir = tempDir('agency-huge-');
      writeFileSync(join(dir, '.agency-docs.json'), JSON.stringify({ maxFileSize: 2 ** 31 }));
      const path = join(dir, 'huge.md');
      fs.writeFileSync(path, '# Notes\n');
      fs.truncateSync(path, 600 * 1024 * 1024); // sparse: 600 MB without using the disk
      const r = run(['check', 'huge.md', ...TODAY], dir);
      assert.equal(r.code, 2);
      assert.match(r.out, /huge\.md: skipped: too large to check \(600\.0 MB; the most is \d+\.\d MB\)/);
    });

    it('a file with CR-only line endings gets CR line breaks from --fix', () => {
      const dir = tempDir('agency-cr-');
      const cr = BRIEF.replace(/\n/g, '\r');
      writeFileSync(join(dir, 'a.brief.md'), cr);
      run(['check', '.', '--fix', ...TODAY], dir);
      const fixed = readFileSync(join(dir, 'a.brief.md'), 'utf8');
      assert.ok(fixed.includes('## Button\r'), JSON.stringify(fixed));
      assert.ok(!fixed.includes('\n'), JSON.stringify(fixed));
      assert.ok(keepsEveryCharacter(cr, fixed));
    });
  });

  describe('walking folders (issue 16)', () => {
    it('a file skipped while walking is a note on stderr and does not change the exit code; named, it is exit 2', () => {
      const dir = tempDir('agency-walk-');
      writeFileSync(join(dir, 'latin1.md'), Buffer.from('# Caf\xe9\n', 'latin1'));
      writeFileSync(join(dir, 'binary.md'), Buffer.from([0x23, 0x20, 0x00, 0x01]));
      writeFileSync(join(dir, 'ok.md'), '# Notes\n\nPlain Markdown.\n');
      const walked = run(['check', '.', ...TODAY], dir);
      assert.equal(walked.code, 0, walked.out + walked.err);
      assert.match(walked.err, /note: latin1\.md: skipped: not UTF-8 text/);
      assert.match(walked.err, /note: binary\.md: skipped: this looks like a binary file/);
      const named = run(['check', 'latin1.md', 'ok.md', ...TODAY], dir);
      assert.equal(named.code, 2);
      assert.match(named.out, /latin1\.md: skipped: not UTF-8 text/);
    });

    it('UTF-16 text is named so; a NUL far into UTF-8 text (pasted in a code block) leaves it text, checked', () => {
      const dir = tempDir('agency-nul-');
      writeFileSync(
        join(dir, 'utf16.md'),
        Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('# Notes\n', 'utf16le')]),
      );
      const late = `${BRIEF}\n${'Plain words.\n'.repeat(1000)}\n\`\`\`\nraw \u0000 byte\n\`\`\`\n`;
      writeFileSync(join(dir, 'late-nul.brief.md'), late);
      writeFileSync(join(dir, 'early-nul.md'), `# x\u0000\n${'y\n'.repeat(5000)}`);
      const walked = run(['check', '.', ...TODAY], dir);
      assert.match(walked.err, /note: utf16\.md: skipped: UTF-16 text \(save it as UTF-8\)/);
      assert.match(walked.err, /note: early-nul\.md: skipped: this looks like a binary file/);
      assert.doesNotMatch(walked.err, /late-nul/);
      assert.match(walked.out, /late-nul\.brief\.md/);
    });

    it('each path is checked with the configuration above it, whatever the order of the paths (blind13)', () => {
      const dir = tempDir('agency-configs-');
      mkdirSync(join(dir, '.git'));
      mkdirSync(join(dir, 'ws'));
      mkdirSync(join(dir, 'bare'));
      writeFileSync(
        join(dir, 'ws', '.agency-docs.json'),
        JSON.stringify({ clients: [{ name: 'Harbour Dairy', aliases: ['Harbour'] }, { name: 'Kestrel Cycles' }] }),
      );
      // A memo for one client naming the other: said only where the configuration lists both.
      writeFileSync(
        join(dir, 'ws', 'memo.md'),
        '---\ntype: memo\nto: Rosa\nfrom: Iker\ndate: 2026-12-01\nsubject: shelf cards\nclient: Kestrel Cycles\n---\n\n# Memo: shelf cards\n\nThe same stock as the Harbour leaflet.\n',
      );
      // A one-word title and a list: ordinary Markdown outside an agency workspace.
      writeFileSync(join(dir, 'bare', 'agenda.md'), '# Agenda\n\n## Topics\n- Budget\n');
      const found = (paths: string[]) => fileAndRule(paths, dir);
      const alone = [...found(['ws']), ...found(['bare'])].sort();
      assert.ok(alone.includes('ws/memo.md other-client-mentioned'), alone.join('\n'));
      assert.ok(!alone.some((f) => f.startsWith('bare/')), alone.join('\n'));
      assert.deepEqual(found(['ws', 'bare']), alone);
      assert.deepEqual(found(['bare', 'ws']), alone);
      // The text report counts every file once.
      assert.match(run(['check', 'bare', 'ws', ...TODAY], dir).out, / in 1 of 2 files\./);
    });

    it('a file under two paths given is checked once, with the configuration of the inner one', () => {
      const dir = tempDir('agency-nested-');
      mkdirSync(join(dir, '.git'));
      mkdirSync(join(dir, 'ws', 'madrid'), { recursive: true });
      // The Madrid office reads 04/02/2026 as 4 February.
      writeFileSync(join(dir, 'ws', 'madrid', '.agency-docs.json'), JSON.stringify({ dateOrder: 'dmy' }));
      const memo = (to: string) =>
        `---\ntype: memo\nto: ${to}\nfrom: Iker\ndate: 2026-12-01\nsubject: shelf cards\n---\n\n# Memo: shelf cards\n\nProofs by 04/02/2026.\n`;
      writeFileSync(join(dir, 'ws', 'memo.md'), memo('Rosa'));
      writeFileSync(join(dir, 'ws', 'madrid', 'memo.md'), memo('Lucía'));
      const found = (paths: string[]) => fileAndRule(paths, dir);
      const alone = [...found(['ws/madrid']), ...found(['ws/memo.md'])].sort();
      assert.ok(alone.includes('ws/memo.md ambiguous-date'), alone.join('\n'));
      assert.ok(!alone.some((f) => f.startsWith('ws/madrid/')), alone.join('\n'));
      assert.deepEqual(found(['ws', 'ws/madrid']), alone);
      assert.deepEqual(found(['ws/madrid', 'ws']), alone);
      assert.match(run(['check', 'ws', 'ws/madrid', ...TODAY], dir).out, / in 1 of 2 files\./);
      // Walking ws alone, Madrid's configuration is not read: said on stderr, not when ws/madrid is given too.
      const walked = run(['check', 'ws', ...TODAY], dir);
      assert.match(walked.err, /madrid[/\\]\.agency-docs\.json: not used/);
      assert.doesNotMatch(run(['check', 'ws', 'ws/madrid', ...TODAY], dir).err, /not used/);
      assert.doesNotMatch(run(['check', 'ws/madrid', ...TODAY], dir).err, /not used/);
    });

    it("folders are skipped by .gitignore and the configuration's ignore, not by a fixed list; node_modules and .git always", () => {
      const dir = tempDir('agency-ignore-');
      mkdirSync(join(dir, '.git'));
      for (const d of ['dist', 'out', 'build', 'drafts', 'node_modules', 'docs/generated', 'docs/keep'])
        mkdirSync(join(dir, d), { recursive: true });
      for (const d of ['dist', 'out', 'build', 'drafts', 'node_modules', 'docs/generated', 'docs/keep'])
        writeFileSync(join(dir, d, 'x.brief.md'), BRIEF);
      writeFileSync(join(dir, '.gitignore'), 'build/\n*.old.md\n');
      writeFileSync(join(dir, 'docs', '.gitignore'), 'generated/\n');
      writeFileSync(join(dir, 'a.old.md'), BRIEF);
      writeFileSync(join(dir, '.agency-docs.json'), JSON.stringify({ ignore: ['drafts/'] }));
      // Checking a folder below: the ignore files above it, up to the repository's top, still count.
      const r = run(['check', '.', '--format', 'json', ...TODAY], dir);
      const files = [...new Set(JSON.parse(r.out).map((f: { file: string }) => f.file))].sort();
      assert.deepEqual(files, ['dist/x.brief.md', 'docs/keep/x.brief.md', 'out/x.brief.md']);
      const below = run(['check', '.', '--format', 'json', ...TODAY], join(dir, 'docs'));
      assert.deepEqual([...new Set(JSON.parse(below.out).map((f: { file: string }) => f.file))], ['keep/x.brief.md']);
      // Named on the command line, an ignored file is still checked.
      assert.equal(
        JSON.parse(run(['check', 'build/x.brief.md', '--format', 'json', ...TODAY], dir).out)[0].file,
        'build/x.brief.md',
      );
    });
  });
});
