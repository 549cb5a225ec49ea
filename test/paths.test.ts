/** Paths without Node's `path` (server/core/paths.ts): the same answers as node:path for file paths, URIs resolved as URIs. */
import * as assert from 'node:assert';
import { posix } from 'node:path';
import { dirOf, joinPath, relativePath, resolveLink } from '../server/core/paths';

describe('core paths (no node:path)', () => {
  it('agrees with node:path on POSIX paths', () => {
    const cases: [string, string][] = [
      ['/ws/briefs/a.md', 'b.md'], ['/ws/briefs/a.md', '../jobs/j.md'], ['/ws/briefs/a.md', './x/../y.md'],
      ['/ws/a.md', '../../../up.md'], ['/a.md', 'sub/b.md'],
    ];
    for (const [from, target] of cases) assert.strictEqual(resolveLink(from, target), posix.join(posix.dirname(from), target), `${from} + ${target}`);
    assert.strictEqual(resolveLink('/ws/a.md', '/abs/b.md'), '/abs/b.md');
    assert.strictEqual(relativePath('/ws/jobs/a.md', '/ws/jobs/b.md'), 'b.md');
    assert.strictEqual(relativePath('/ws/jobs/a.md', '/ws/other/b.md'), posix.relative('/ws/jobs', '/ws/other/b.md'));
    assert.strictEqual(dirOf('/ws/jobs/a.md'), '/ws/jobs');
    assert.strictEqual(joinPath('/ws/', '.agency-docs.json'), '/ws/.agency-docs.json');
  });

  it('keeps Windows paths whole', () => {
    assert.strictEqual(dirOf('C:\\ws\\a.md'), 'C:\\ws');
    assert.strictEqual(resolveLink('C:\\ws\\briefs\\a.md', '..\\jobs\\j.md'), 'C:/ws/jobs/j.md');
    assert.strictEqual(resolveLink('C:\\ws\\a.md', 'D:\\x.md'), 'D:\\x.md');
    assert.strictEqual(relativePath('C:\\ws\\jobs\\a.md', 'C:\\ws\\jobs\\b.md'), 'b.md');
    assert.strictEqual(joinPath('C:\\ws', '.agency-docs.json'), 'C:\\ws\\.agency-docs.json');
  });

  it('resolves links between documents known by URI (github.dev, code-server) as the editor spells URIs', () => {
    const from = 'vscode-vfs://github/acme/docs/briefs/a.md';
    assert.strictEqual(resolveLink(from, '../jobs/j.md'), 'vscode-vfs://github/acme/docs/jobs/j.md');
    // Encoded as VS Code encodes (the index's keys are the editor's URI text).
    assert.strictEqual(resolveLink('vscode-remote://127.0.0.1:8080/ws/a.md', '会议 纪要.md'), 'vscode-remote://127.0.0.1:8080/ws/%E4%BC%9A%E8%AE%AE%20%E7%BA%AA%E8%A6%81.md');
    assert.strictEqual(resolveLink(from, '/x.md'), 'vscode-vfs://github/x.md');
    assert.strictEqual(relativePath(from, 'vscode-vfs://github/acme/docs/jobs/j.md'), '../jobs/j.md');
    assert.strictEqual(relativePath(from, 'vscode-vfs://github/other/docs/j.md'), '../../../other/docs/j.md');
    assert.strictEqual(relativePath(from, 'vscode-remote://h/j.md'), 'vscode-remote://h/j.md');
    assert.strictEqual(joinPath('vscode-vfs://github/acme/docs', '.agency-docs.json'), 'vscode-vfs://github/acme/docs/.agency-docs.json');
  });
});
