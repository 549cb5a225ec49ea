/**
 * Go to definition and references for job numbers over stdio (server/lsp/navigation.ts).
 */
import { strict as assert } from 'node:assert';
import type { Location } from 'vscode-languageserver-protocol';
import {
  STATUS_014_LINE,
  STATUS_015_LINE,
  STATUS_EN,
  lineNo,
  useWorkspaceServer,
  type Client,
  type WorkspaceServer,
} from '../helpers/lspWorkspace';

describe('language server: navigation', function () {
  this.timeout(30000);
  const server = useWorkspaceServer(['status']);
  let client: Client;
  let uris: WorkspaceServer['uris'];
  before(() => ({ client, uris } = server));

  it('definition: a job number in a status report jumps to the job card’s job: line', async () => {
    const locs = await client.request<Location[]>('textDocument/definition', {
      textDocument: { uri: uris.status },
      position: { line: STATUS_014_LINE, character: 4 },
    });
    assert.ok(Array.isArray(locs) && locs.length >= 1, JSON.stringify(locs));
    assert.equal(locs[0].uri, uris.job14);
    assert.equal(locs[0].range.start.line, 2, 'the `job:` line of the job card');
    const nothing = await client.request<Location[] | null>('textDocument/definition', {
      textDocument: { uri: uris.status },
      position: { line: STATUS_014_LINE, character: 20 },
    });
    assert.ok(nothing === null || (Array.isArray(nothing) && nothing.length === 0), JSON.stringify(nothing));
  });

  it('references: every mention of the job number', async () => {
    const locs = await client.request<Location[]>('textDocument/references', {
      textDocument: { uri: uris.status },
      position: { line: STATUS_014_LINE, character: 4 },
      context: { includeDeclaration: true },
    });
    const at = locs.map((l) => `${l.uri.split('/').pop()}:${l.range.start.line}:${l.range.start.character}`).sort();
    for (const want of [
      `status-w47.md:${STATUS_014_LINE}:2`,
      `status-w47.md:${lineNo(STATUS_EN, '- NW-2026-014')}:2`,
      'NW-2026-014-launch-film.md:2:5',
      'launch-brief.md:4:5',
    ]) {
      assert.ok(at.includes(want), `${want} expected among ${at}`);
    }
    assert.ok(!at.some((a) => a.startsWith(`status-w47.md:${STATUS_015_LINE}`)), `NW-2026-015 is another job: ${at}`);
    const r = locs.find((l) => l.uri === uris.status && l.range.start.line === STATUS_014_LINE)!;
    assert.equal(r.range.end.character - r.range.start.character, 'NW-2026-014'.length);
  });
});
