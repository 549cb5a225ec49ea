/**
 * Issue 21, item 6: `check` writes its report as the documents are done, in the files' order, and keeps
 * no findings for the end. The streamed report is byte for byte the one written all at once; the order
 * and the exit codes are those of one thread, also when workers run, and when a worker runs out of its
 * heap and the main thread takes its files over.
 */
import { strict as assert } from 'node:assert';
import { spawnSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Finding } from '../server/core/analyze';
import {
  JsonReport,
  SarifReport,
  TextReport,
  toJson,
  toSarif,
  toText,
  type FileFindings,
  type StreamedReport,
} from '../server/cli/format';
import { RULE_IDS } from '../server/core/rules/index';
import { BRIEF_MISSING_BUTTON } from './helpers/documents';
import { tempDir } from './helpers/temp';

const BIN = join(__dirname, '..', 'bin', 'agency-docs.js');

/** A small seeded random generator (mulberry32), so a failure can be replayed. */
function random(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const MESSAGES = ['Add a “Button” section', 'línea\nnueva "entre comillas"', '缺少 按钮 部分 \\ \t', 'x'];
const SEVERITIES = ['error', 'warning', 'information', 'hint'] as const;

function randomResults(rnd: () => number): FileFindings[] {
  const pick = <T>(xs: readonly T[]) => xs[Math.floor(rnd() * xs.length)];
  return Array.from({ length: Math.floor(rnd() * 6) }, (_, i) => ({
    file: `docs/${i} ${pick(['a', 'ü', '会议', 'b c'])}.md`,
    findings: Array.from({ length: Math.floor(rnd() * 4) }, (): Finding => {
      const line = Math.floor(rnd() * 300);
      return {
        rule: pick(RULE_IDS),
        severity: pick(SEVERITIES),
        message: pick(MESSAGES),
        range: {
          start: { line, character: Math.floor(rnd() * 40) },
          end: { line: line + Math.floor(rnd() * 2), character: Math.floor(rnd() * 40) },
        },
        data: rnd() < 0.5 ? {} : { section: 'button', insertAt: 12, list: [1, 'two', { three: null }] },
      } as unknown as Finding;
    }),
  }));
}

function streamed(report: StreamedReport, results: FileFindings[], problems: { path: string; message: string }[]) {
  return results.map((r) => report.file(r)).join('') + report.end(problems, results.length);
}

describe('check: the streamed report (issue 21)', () => {
  it('is byte for byte the report written all at once, in every format', () => {
    const rnd = random(21);
    for (let round = 0; round < 120; round++) {
      const results = randomResults(rnd);
      const problems = rnd() < 0.3 ? [{ path: 'bad "one".md', message: 'cannot be read (EACCES)' }] : [];
      assert.equal(
        streamed(new JsonReport(), results, problems),
        JSON.stringify(toJson(results), null, 2) + '\n',
        `json, round ${round}`,
      );
      assert.equal(
        streamed(new SarifReport('9.9.9'), results, problems),
        JSON.stringify(toSarif(results, '9.9.9', problems), null, 2) + '\n',
        `sarif, round ${round}`,
      );
      const color = rnd() < 0.5;
      assert.equal(
        streamed(new TextReport(color), results, problems),
        toText(results, problems, results.length, color),
        `text, round ${round}`,
      );
    }
    assert.equal(streamed(new JsonReport(), [], []), '[]\n');
  });

  it('says its summary and severities in the language of the messages (a Spanish or Chinese reader reads one language)', () => {
    const finding = (severity: Finding['severity']) =>
      ({
        rule: 'missing-field',
        severity,
        message: 'x',
        range: { start: { line: 0, character: 0 }, end: { line: 0, character: 1 } },
        data: {},
      }) as unknown as Finding;
    const results: FileFindings[] = [{ file: 'a.md', findings: [finding('error'), finding('warning')] }];
    const problems = [{ path: 'b.md', message: 'cannot be read' }];
    const es = streamed(new TextReport(false, 'es'), results, problems);
    assert.match(es, / {2}1:1 {2}error +missing-field/);
    assert.match(es, / {2}1:1 {2}aviso +missing-field/);
    assert.match(es, /✖ 2 problemas \(1 error, 1 aviso, 0 info\) en 1 de 1 archivo\. Una ruta no se pudo revisar\./);
    const zh = streamed(new TextReport(false, 'zh'), results, []);
    assert.match(zh, / {2}1:1 {2}警告 +missing-field/);
    assert.match(zh, /✖ 2 个问题（1 个错误，1 个警告，0 条信息），见于 1 个文件中的 1 个。/);
    assert.equal(streamed(new TextReport(false, 'es'), [], []), '✔ Ningún problema en 0 archivos.\n');
    // English stays what scripts and the README show.
    assert.match(
      streamed(new TextReport(false), results, problems),
      /✖ 2 problems \(1 error, 1 warning, 0 info\) in 1 of 1 file\. 1 path could not be checked\./,
    );
    // The CLI speaks the language it was asked for.
    const dir = tempDir('agency-report-lang-');
    writeFileSync(join(dir, 'brief.md'), BRIEF_MISSING_BUTTON);
    const r = spawnSync(process.execPath, [BIN, 'check', '.', '--locale', 'es', '--today', '2026-11-22'], {
      cwd: dir,
      encoding: 'utf8',
      env: { ...process.env, NO_COLOR: '1', LANG: 'en_US.UTF-8' },
    });
    assert.match(r.stdout, /✖ \d+ problemas? \(.*\) en 1 de 1 archivo\./);
  });

  it('writes the files in their sorted order with the exit codes of one thread, with workers and after a worker ran out of memory', function () {
    this.timeout(300000);
    const dir = tempDir('agency-stream-');
    // 60 documents (workers start from 48): errors, clean ones, and files that cannot be checked.
    for (let i = 0; i < 60; i++) {
      const sub = join(dir, 'docs', `team-${i % 4}`);
      mkdirSync(sub, { recursive: true });
      const text =
        i % 3 === 0
          ? BRIEF_MISSING_BUTTON
          : i % 3 === 1
            ? '# Notes\n\nNothing agency here.\n'
            : BRIEF_MISSING_BUTTON.replace('# ', `# Brief ${i} `);
      writeFileSync(join(sub, `doc-${String(i).padStart(2, '0')}.md`), text);
    }
    writeFileSync(join(dir, 'docs', 'binary.md'), Buffer.from([0x23, 0x20, 0, 1, 2]));
    // One long document, which a small worker heap cannot take.
    writeFileSync(
      join(dir, 'docs', 'team-0', 'long.md'),
      BRIEF_MISSING_BUTTON + '\n## Log\n\n' + '- [ ] Call the printer about the proofs by Friday\n'.repeat(8000),
    );
    const run = (format: string, env: Record<string, string>, extra: string[] = []) => {
      const r = spawnSync(
        process.execPath,
        [BIN, 'check', 'docs', ...extra, '--format', format, '--today', '2026-11-22'],
        {
          cwd: dir,
          encoding: 'utf8',
          env: { ...process.env, NO_COLOR: '', FORCE_COLOR: '', LANG: 'en_US.UTF-8', ...env },
        },
      );
      return { code: r.status, out: r.stdout, err: r.stderr };
    };
    for (const [format, extra, code] of [
      ['json', [], 1],
      ['sarif', [], 1],
      // A file named on the command line that cannot be checked: exit 2, listed after the files.
      ['text', ['docs/binary.md'], 2],
    ] as const) {
      const one = run(format, { AGENCY_DOCS_THREADS: '1' }, [...extra]);
      assert.equal(one.code, code, one.err);
      const two = run(format, { AGENCY_DOCS_THREADS: '2' }, [...extra]);
      assert.deepEqual(two, one, `${format} ${extra.join(' ')}: two threads`);
      // Workers with a heap too small for some documents: the main thread checks them, with the same report.
      const small = run(format, { AGENCY_DOCS_THREADS: '2', AGENCY_DOCS_OLD_MB: '24', AGENCY_DOCS_TRACE: '1' }, [
        ...extra,
      ]);
      // One trace line per worker that ran out: under load the other worker may run out too.
      const trace = /^worker out of memory: .*\n/gm;
      assert.match(small.err, trace, 'the long document is too much for a worker of 24 MB');
      assert.deepEqual(
        { ...small, err: small.err.replace(trace, '') },
        one,
        `${format} ${extra.join(' ')}: a worker out of memory`,
      );
      if (format === 'json') {
        const files = (JSON.parse(one.out) as { file: string }[]).map((f) => f.file);
        assert.ok(files.length > 40, `${files.length} findings`);
        assert.deepEqual(
          files,
          [...files].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0)),
          'findings in the files’ order',
        );
      }
      if (extra.length) assert.match(one.out, /docs\/binary\.md: skipped: this looks like a binary file[^\n]*\n\n✖/);
    }
  });
});
