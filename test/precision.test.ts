/**
 * Precision on Markdown nobody here wrote: every README, changelog and doc
 * page under node_modules/ (several hundred, after `npm ci`) is ordinary
 * Markdown, so the checker must find nothing there and exit 0 (issue 16).
 * Runs the bundled CLI, as a user would (`npm run build` first; `npm test` does).
 */
import { strict as assert } from 'node:assert';
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { markdownUnder } from './helpers/random';

const root = join(__dirname, '..');

describe('precision on real Markdown (node_modules)', function () {
  this.timeout(300_000);
  it('finds nothing in any *.md under node_modules and exits 0', () => {
    const files = markdownUnder(join(root, 'node_modules'));
    assert.ok(files.length >= 300, `only ${files.length} Markdown files under node_modules: run npm ci`);
    const r = spawnSync(
      process.execPath,
      [
        join(root, 'bin', 'agency-docs.js'),
        'check',
        '--format',
        'json',
        '--today',
        '2026-11-22',
        '--locale',
        'en',
        ...files,
      ],
      { cwd: root, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 },
    );
    const findings = JSON.parse(r.stdout) as { file: string; line: number; rule: string; message: string }[];
    assert.deepEqual(
      findings.map((f) => `${f.file}:${f.line} ${f.rule} ${f.message}`),
      [],
      'ordinary Markdown got findings',
    );
    assert.equal(r.status, 0, r.stderr);
  });
});
