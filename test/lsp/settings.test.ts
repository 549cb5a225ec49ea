/**
 * The editor's settings over stdio (server/lsp/settings.ts): pulled with workspace/configuration or
 * pushed with didChangeConfiguration; rules off, severities, enable.
 */
import { strict as assert } from 'node:assert';
import { BRIEF_EN, Client, codes, summary, useWorkspaceServer, type WorkspaceServer } from '../helpers/lspWorkspace';

describe('language server: settings', function () {
  this.timeout(30000);
  const server = useWorkspaceServer(['brief', 'zh']);
  let client: Client;
  let root: string;
  let uris: WorkspaceServer['uris'];
  before(() => ({ client, root, uris } = server));

  it('a client without workspace/configuration: settings pushed in didChangeConfiguration apply', async () => {
    const { client: c } = await Client.start(root, { pull: false });
    try {
      const p = await c.open(uris.brief, BRIEF_EN);
      assert.deepEqual(codes(p), ['missing-section', 'missing-section'], summary(p));
      assert.equal(c.configurationRequests, 0, 'no workspace/configuration request to a client that cannot answer it');
      const from = c.publishes.length;
      c.notify('workspace/didChangeConfiguration', {
        settings: { agencyDocs: { rules: { 'missing-section': 'warning' } } },
      });
      const p2 = await c.waitPublish(
        uris.brief,
        'missing-section as warnings',
        (x) => x.diagnostics.length === 2 && x.diagnostics.every((d) => d.severity === 2),
        from,
      );
      assert.deepEqual(codes(p2), ['missing-section', 'missing-section']);
    } finally {
      await c.stop();
    }
  });

  it('configuration change: missing-section off removes those diagnostics, on again brings them back', async () => {
    const from = client.publishes.length;
    client.settings = { rules: { 'missing-section': 'off' } };
    client.notify('workspace/didChangeConfiguration', { settings: null });
    const p = await client.waitPublish(uris.brief, 'without missing-section', () => true, from);
    assert.deepEqual(p.diagnostics, [], summary(p));
    const from2 = client.publishes.length;
    client.settings = {};
    client.notify('workspace/didChangeConfiguration', { settings: null });
    const p2 = await client.waitPublish(uris.brief, 'with missing-section again', () => true, from2);
    assert.deepEqual(codes(p2), ['missing-section', 'missing-section'], summary(p2));
  });

  it('configuration change: enable false clears every diagnostic, true brings them back', async () => {
    const from = client.publishes.length;
    client.settings = { enable: false };
    client.notify('workspace/didChangeConfiguration', { settings: null });
    await client.waitPublish(uris.brief, 'empty with enable: false', (x) => x.diagnostics.length === 0, from);
    await client.waitPublish(uris.zh, 'empty with enable: false', (x) => x.diagnostics.length === 0, from);
    const from2 = client.publishes.length;
    client.settings = {};
    client.notify('workspace/didChangeConfiguration', { settings: null });
    const p = await client.waitPublish(uris.brief, 'back with enable: true', (x) => x.diagnostics.length > 0, from2);
    assert.deepEqual(codes(p), ['missing-section', 'missing-section']);
  });

  it('configuration change: a severity override changes the diagnostic severity', async () => {
    const from = client.publishes.length;
    client.settings = { rules: { 'missing-section': 'hint' } };
    client.notify('workspace/didChangeConfiguration', { settings: null });
    const p = await client.waitPublish(
      uris.brief,
      'missing-section as hint',
      (x) => x.diagnostics.length > 0 && x.diagnostics.every((d) => d.severity === 4),
      from,
    );
    assert.equal(p.diagnostics.length, 2);
    client.settings = {};
    const from2 = client.publishes.length;
    client.notify('workspace/didChangeConfiguration', { settings: null });
    await client.waitPublish(
      uris.brief,
      'missing-section as error',
      (x) => x.diagnostics.length === 2 && x.diagnostics.every((d) => d.severity === 1),
      from2,
    );
  });
});
