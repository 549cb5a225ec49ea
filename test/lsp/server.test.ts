/**
 * The server's lifecycle over stdio (server/lsp/server.ts, main.ts): what `initialize` advertises, what it
 * asks of the editor once initialized, and a clean shutdown.
 */
import { strict as assert } from 'node:assert';
import type { InitializeResult } from 'vscode-languageserver-protocol';
import { Client, useWorkspaceServer } from '../helpers/lspWorkspace';

describe('language server: initialize and shutdown', function () {
  this.timeout(30000);
  const server = useWorkspaceServer();
  let client: Client;
  let root: string;
  let init: InitializeResult;
  before(() => ({ client, root, init } = server));

  it('advertises the capabilities an editor needs', () => {
    const c = init.capabilities;
    const sync = c.textDocumentSync;
    assert.ok(sync && typeof sync === 'object', 'textDocumentSync should be an options object');
    assert.equal(sync.change, 2, 'incremental sync (TextDocumentSyncKind.Incremental = 2)');
    assert.equal(sync.openClose, true);
    assert.ok(c.codeActionProvider && typeof c.codeActionProvider === 'object', 'codeActionProvider with options');
    assert.ok(c.codeActionProvider.codeActionKinds?.includes('quickfix'), 'kind quickfix');
    assert.ok(
      c.codeActionProvider.codeActionKinds?.includes('source.fixAll.agencyDocs'),
      'kind source.fixAll.agencyDocs',
    );
    assert.ok(
      c.codeActionProvider.codeActionKinds?.includes('refactor.rewrite'),
      'kind refactor.rewrite (a date to ISO)',
    );
    assert.ok(c.completionProvider, 'completionProvider');
    assert.ok(c.completionProvider.triggerCharacters?.includes('@'), '@ triggers completion');
    for (const k of [
      'hoverProvider',
      'documentSymbolProvider',
      'workspaceSymbolProvider',
      'foldingRangeProvider',
      'definitionProvider',
      'referencesProvider',
      'codeLensProvider',
    ] as const) {
      assert.ok(c[k], `${k} should be advertised`);
    }
    assert.equal(c.positionEncoding, 'utf-16');
    assert.equal(init.serverInfo?.name, 'agency-docs');
  });

  it('after initialized: pulls agencyDocs settings, registers its watchers, reports indexing progress', async () => {
    await client.waitFor('workspace/configuration request', () =>
      client.configurationRequests > 0 ? true : undefined,
    );
    const watch = await client.waitFor('registration of workspace/didChangeWatchedFiles', () =>
      client.registrations.find((r) => r.method === 'workspace/didChangeWatchedFiles'),
    );
    const globs = JSON.stringify(watch.registerOptions);
    assert.match(globs, /md/, `the watchers should cover Markdown files: ${globs}`);
    assert.ok(
      client.registrations.some((r) => r.method === 'workspace/didChangeConfiguration'),
      'didChangeConfiguration registered',
    );
    await client.waitFor('window/workDoneProgress/create', () => (client.progressTokens.length ? true : undefined));
  });
  it('shutdown then exit: the process exits with code 0', async () => {
    const { client: c } = await Client.start(root);
    const r = await c.request('shutdown', null);
    assert.equal(r, null);
    c.notify('exit', null);
    const code = await Promise.race([
      c.exited,
      new Promise<string>((res) => setTimeout(() => res('still running'), 5000)),
    ]);
    if (code === 'still running') c.proc.kill('SIGKILL');
    assert.equal(code, 0);
  });
});
