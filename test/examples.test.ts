/** `agency-docs check examples` reports exactly the findings examples/EXPECTED.md lists, and nothing else. */
import { strict as assert } from 'node:assert';
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

const ROOT = join(__dirname, '..');

describe('examples', () => {
  it('check --format json reports what EXPECTED.md lists', () => {
    const expected = readFileSync(join(ROOT, 'examples', 'EXPECTED.md'), 'utf8')
      .split('\n')
      .map((l) => /^\| ([^|]+\.md) \| (\d+) \| ([a-z-]+) \| (error|warning|information) \|/.exec(l))
      .filter((m): m is RegExpExecArray => m !== null)
      .map((m) => `examples/${m[1].trim()}:${m[2]} ${m[3]} ${m[4]}`)
      .sort();
    assert.ok(expected.length >= 29, `EXPECTED.md lists ${expected.length} findings`);
    const r = spawnSync(
      process.execPath,
      [join(ROOT, 'bin', 'agency-docs.js'), 'check', 'examples', '--format', 'json', '--today', '2026-11-22'],
      { cwd: ROOT, encoding: 'utf8' },
    );
    assert.equal(r.status, 1, r.stderr);
    const actual = (JSON.parse(r.stdout) as { file: string; line: number; rule: string; severity: string }[])
      .map((f) => `${f.file}:${f.line} ${f.rule} ${f.severity}`)
      .sort();
    assert.deepEqual(actual, expected);
  });

  it('every rule id is shown by the examples', () => {
    const r = spawnSync(
      process.execPath,
      [join(ROOT, 'bin', 'agency-docs.js'), 'check', 'examples', '--format', 'json', '--today', '2026-11-22'],
      { cwd: ROOT, encoding: 'utf8' },
    );
    const rules = new Set((JSON.parse(r.stdout) as { rule: string }[]).map((f) => f.rule));
    assert.equal(
      rules.size,
      29,
      `missing: ${['unknown-type', 'frontmatter-syntax', 'missing-field', 'missing-section', 'empty-section'].filter((x) => !rules.has(x))}`,
    );
  });
});
