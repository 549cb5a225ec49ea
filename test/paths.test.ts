/** Paths without Node's `path` (server/core/paths.ts, server/core/links.ts): the same answers as node:path for file paths; documents known by URI resolved as URIs. */
import * as assert from 'node:assert';
import { posix } from 'node:path';
import { dirOf, joinPath, relativePath } from '../server/core/paths';
import { placeOfLink } from '../server/core/links';

describe('core paths (no node:path)', () => {
  it('agrees with node:path on POSIX paths', () => {
    assert.strictEqual(relativePath('/ws/jobs/a.md', '/ws/jobs/b.md'), 'b.md');
    assert.strictEqual(relativePath('/ws/jobs/a.md', '/ws/other/b.md'), posix.relative('/ws/jobs', '/ws/other/b.md'));
    assert.strictEqual(relativePath('/ws/a/b/c.md', '/x.md'), posix.relative('/ws/a/b', '/x.md'));
    assert.strictEqual(dirOf('/ws/jobs/a.md'), '/ws/jobs');
    assert.strictEqual(joinPath('/ws/', '.agency-docs.json'), '/ws/.agency-docs.json');
    assert.deepStrictEqual(placeOfLink('/ws/briefs/a.md', '../jobs/./j.md', ['/ws']), {
      inside: true,
      path: '/ws/jobs/j.md',
    });
    assert.deepStrictEqual(placeOfLink('/ws/a.md', '../../up.md', ['/ws']), { inside: false });
    // The writer's home folder (sweep44: `~/workspace/…/PROJECT-OVERVIEW.md`), whatever the roots.
    assert.deepStrictEqual(placeOfLink('/ws/a.md', '~/workspace/notes.md', ['/ws']), { inside: false });
    assert.deepStrictEqual(placeOfLink('/ws/a.md', '~notes.md', ['/ws']), { inside: true, path: '/ws/~notes.md' });
  });

  it('keeps Windows paths whole', () => {
    assert.strictEqual(dirOf('C:\\ws\\a.md'), 'C:\\ws');
    assert.strictEqual(relativePath('C:\\ws\\jobs\\a.md', 'C:\\ws\\jobs\\b.md'), 'b.md');
    assert.strictEqual(joinPath('C:\\ws', '.agency-docs.json'), 'C:\\ws\\.agency-docs.json');
    assert.deepStrictEqual(placeOfLink('C:\\ws\\briefs\\a.md', '..\\jobs\\j.md', ['C:\\ws']), {
      inside: true,
      path: 'C:\\ws\\jobs\\j.md',
    });
  });

  it('resolves links between documents known by URI (github.dev, code-server) as the editor spells URIs', () => {
    const from = 'vscode-vfs://github/acme/docs/briefs/a.md';
    const root = ['vscode-vfs://github/acme/docs'];
    assert.deepStrictEqual(placeOfLink(from, '../jobs/j.md', root), {
      inside: true,
      path: 'vscode-vfs://github/acme/docs/jobs/j.md',
    });
    // Encoded as VS Code encodes (the index's keys are the editor's URI text).
    assert.deepStrictEqual(
      placeOfLink('vscode-remote://127.0.0.1:8080/ws/a.md', '会议 纪要.md', ['vscode-remote://127.0.0.1:8080/ws']),
      { inside: true, path: 'vscode-remote://127.0.0.1:8080/ws/%E4%BC%9A%E8%AE%AE%20%E7%BA%AA%E8%A6%81.md' },
    );
    assert.deepStrictEqual(
      placeOfLink(from, '/x.md', root),
      { inside: true, path: 'vscode-vfs://github/acme/docs/x.md' },
      'from the workspace root',
    );
    assert.deepStrictEqual(placeOfLink(from, '../../../other/x.md', root), { inside: false }, 'out of the repository');
    assert.deepStrictEqual(
      placeOfLink(from, 'x.md', ['vscode-vfs://github/other']),
      { inside: true, path: 'vscode-vfs://github/acme/docs/briefs/x.md' },
      "a root of another repository is not this one's",
    );
    assert.strictEqual(relativePath(from, 'vscode-vfs://github/acme/docs/jobs/j.md'), '../jobs/j.md');
    assert.strictEqual(relativePath(from, 'vscode-remote://h/j.md'), 'vscode-remote://h/j.md');
    assert.strictEqual(dirOf(from), 'vscode-vfs://github/acme/docs/briefs');
    assert.strictEqual(
      joinPath('vscode-vfs://github/acme/docs', '.agency-docs.json'),
      'vscode-vfs://github/acme/docs/.agency-docs.json',
    );
  });
});
