/**
 * `agencyDocs/workspaceActions` over stdio (server/lsp/actions.ts): the action items of the whole workspace.
 */
import { strict as assert } from 'node:assert';
import { WorkspaceActionsRequest } from '../../server/lsp/protocol';
import {
  MINUTES_EN, STATUS_014_LINE, lineNo, useWorkspaceServer, type Client, type WorkspaceServer,
} from '../helpers/lspWorkspace';

describe('language server: workspace actions', function () {
  this.timeout(30000);
  const server = useWorkspaceServer(['minutes']);
  let client: Client;
  let uris: WorkspaceServer['uris'];
  before(() => ({ client, uris } = server));

  it('agencyDocs/workspaceActions: open actions with uri, line, owners, due, overdue', async () => {
    const list = await client.request(WorkspaceActionsRequest.type, {});
    const mine = list.filter((a) => a.uri === uris.minutes);
    assert.equal(mine.length, 2, `two open actions in the minutes (the done one is left out); got ${JSON.stringify(mine)}`);
    const story = mine.find((a) => /storyboard/.test(a.text))!;
    assert.deepEqual({ line: story.line, owners: story.owners, due: story.due, overdue: story.overdue }, { line: lineNo(MINUTES_EN, 'storyboard'), owners: ['alice'], due: '2026-11-27', overdue: false });
    const vo = mine.find((a) => /voice-over/.test(a.text))!;
    assert.deepEqual({ line: vo.line, owners: vo.owners, due: vo.due, overdue: vo.overdue }, { line: lineNo(MINUTES_EN, 'voice-over'), owners: ['ben'], due: '2026-11-20', overdue: true });
    // Actions of documents that are only on disk are listed too (the Chinese minutes were never closed, the status report is indexed).
    assert.ok(list.some((a) => a.uri === uris.status && a.line === STATUS_014_LINE), `status report rows are actions; got ${JSON.stringify(list.map((a) => `${a.uri.split('/').pop()}:${a.line}`))}`);
    for (const a of list) assert.equal(a.done, false);
    const withDone = await client.request(WorkspaceActionsRequest.type, { includeDone: true });
    assert.ok(withDone.some((a) => a.uri === uris.minutes && a.done && a.line === lineNo(MINUTES_EN, 'Circulate')), 'includeDone lists the done item');
  });
});
