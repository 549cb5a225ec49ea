/**
 * Completeness at a glance over stdio (server/lsp/codeLens.ts): the lens on the title and
 * `agencyDocs/documentStatus` (server/lsp/protocol.ts), which the status bar shows.
 */
import { strict as assert } from 'node:assert';
import type { CodeLens } from 'vscode-languageserver-protocol';
import { DocumentStatusRequest } from '../../server/lsp/protocol';
import {
  BRIEF_TITLE_LINE,
  uriIn,
  useWorkspaceServer,
  type Client,
  type WorkspaceServer,
} from '../helpers/lspWorkspace';

describe('language server: code lens and document status', function () {
  this.timeout(30000);
  const server = useWorkspaceServer(['brief']);
  let client: Client;
  let root: string;
  let uris: WorkspaceServer['uris'];
  before(() => ({ client, root, uris } = server));

  it('codeLens on the title: type and section count', async () => {
    const lenses = await client.request<CodeLens[]>('textDocument/codeLens', { textDocument: { uri: uris.brief } });
    assert.equal(lenses.length, 1, JSON.stringify(lenses));
    assert.equal(lenses[0].range.start.line, BRIEF_TITLE_LINE);
    assert.equal(lenses[0].command?.title, 'Creative brief · 6/8 sections');
  });
  it('agencyDocs/documentStatus', async () => {
    const s = await client.request(DocumentStatusRequest.type, { uri: uris.brief });
    assert.ok(s);
    assert.equal(s.type, 'brief');
    assert.equal(s.sectionsFilled, 6);
    assert.equal(s.sectionsRequired, 8);
    assert.deepEqual(s.missingSections, ['Tone', 'Mandatories']);
    assert.equal(s.errors, 2);
    assert.equal(s.text, 'Creative brief · 6/8 sections');
    const plain = await client.request(DocumentStatusRequest.type, { uri: uriIn(root, 'never-opened.md') });
    assert.equal(plain, null);
  });
});
