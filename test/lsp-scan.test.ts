/**
 * The language server's walk of a workspace folder on disk (server/lsp/scan.ts):
 * deep trees cost what their size costs (issue 17 item 10, the server's side),
 * links to folders are not followed (no loop), the limit holds.
 */
import { strict as assert } from 'node:assert';
import { mkdirSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { markdownFiles } from '../server/lsp/scan';
import { tempDir } from './helpers/temp';

describe('server workspace walk', () => {
  it('walks 2,000 nested folders quickly and finds the file at the bottom', async () => {
    const root = tempDir('deep-');
    let dir = root;
    for (let i = 0; i < 2000; i++) dir = join(dir, 'd');
    mkdirSync(dir, { recursive: true });
    writeFileSync(join(dir, 'bottom.brief.md'), '# Creative brief\n');
    writeFileSync(join(root, 'top.md'), '# Top\n');
    const started = Date.now();
    const found = await markdownFiles(root);
    const ms = Date.now() - started;
    assert.deepEqual(found.map((p) => p.slice(p.lastIndexOf('/') + 1)).sort(), ['bottom.brief.md', 'top.md']);
    // A realpath per folder made this quadratic in depth (seconds to minutes); the walk itself is milliseconds.
    assert.ok(ms < 5000, `${ms} ms`);
  });

  it('does not follow a link to a folder (a loop is never entered) and keeps to its limit', async () => {
    const root = tempDir('loop-');
    mkdirSync(join(root, 'a'));
    writeFileSync(join(root, 'a', 'x.md'), '# x\n');
    symlinkSync(root, join(root, 'a', 'back'));
    for (let i = 0; i < 10; i++) writeFileSync(join(root, `f${i}.md`), '# f\n');
    const all = await markdownFiles(root);
    assert.equal(all.length, 11);
    assert.equal((await markdownFiles(root, 4)).length, 4);
  });
});
