/** The .vsix builds, small and bundled: no node_modules inside. */
import { strict as assert } from 'node:assert';
import { spawnSync } from 'node:child_process';
import { statSync } from 'node:fs';
import { join } from 'node:path';
import { tempDir } from './helpers/temp';

describe('extension package', () => {
  it('npx vsce package produces a small .vsix with the bundles and no node_modules', function () {
    this.timeout(180000);
    const out = join(tempDir('vsix-'), 'agency-docs.vsix');
    const root = join(__dirname, '..');
    const r = spawnSync(
      'npx',
      ['vsce', 'package', '--no-dependencies', '--allow-missing-repository', '--no-rewrite-relative-links', '-o', out],
      { cwd: root, encoding: 'utf8' },
    );
    assert.equal(r.status, 0, r.stdout + r.stderr);
    const size = statSync(out).size;
    assert.ok(size < 2 * 1024 * 1024, `vsix is ${size} bytes`);
    const list = spawnSync('unzip', ['-l', out], { encoding: 'utf8' }).stdout;
    for (const f of [
      'extension/dist/client.js',
      'extension/dist/server.js',
      'extension/dist/server-main.js',
      // The HTML export, which each server loads on first use (server/lsp/htmlExport.ts).
      'extension/dist/html.js',
      'extension/dist/web/client.js',
      'extension/dist/web/server.js',
      'extension/dist/web/html.js',
      'extension/package.json',
      'extension/snippets/agency-docs.code-snippets',
      'extension/schemas/agency-docs.schema.json',
      // The rule reference a rule code opens, in each language; the icon and the README's pictures (relative paths).
      'extension/docs/rules.md',
      'extension/docs/rules.zh-cn.md',
      'extension/docs/rules.es.md',
      'extension/images/icon.png',
      'extension/docs/images/vscode-quick-fix.png',
      'extension/docs/images/vscode-action-items.png',
      'extension/docs/images/vscode-chinese.png',
    ]) {
      assert.ok(list.includes(f), `${f} in the vsix`);
    }
    assert.ok(!list.includes('node_modules'), 'no node_modules in the vsix');
    assert.ok(!list.includes('.map'), 'no source maps in the vsix');
  });
});
