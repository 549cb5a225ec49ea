/**
 * `agencyDocs/workspaceActions` over stdio (server/lsp/actions.ts): the action items of the whole workspace.
 */
import { strict as assert } from 'node:assert';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { WorkspaceActionsRequest } from '../../server/lsp/protocol';
import {
  MINUTES_EN,
  STATUS_014_LINE,
  TODAY,
  lineNo,
  useWorkspaceServer,
  type Client,
  type WorkspaceServer,
} from '../helpers/lspWorkspace';

describe('language server: workspace actions', function () {
  this.timeout(30000);
  const server = useWorkspaceServer(['minutes']);
  let client: Client;
  let root: string;
  let uris: WorkspaceServer['uris'];
  before(() => ({ client, root, uris } = server));

  it('agencyDocs/workspaceActions: open actions with uri, line, owners, due, overdue', async () => {
    const list = await client.request(WorkspaceActionsRequest.type, {});
    const mine = list.filter((a) => a.uri === uris.minutes);
    assert.equal(
      mine.length,
      2,
      `two open actions in the minutes (the done one is left out); got ${JSON.stringify(mine)}`,
    );
    const story = mine.find((a) => /storyboard/.test(a.text))!;
    assert.deepEqual(
      { line: story.line, owners: story.owners, due: story.due, overdue: story.overdue },
      { line: lineNo(MINUTES_EN, 'storyboard'), owners: ['alice'], due: '2026-11-27', overdue: false },
    );
    const vo = mine.find((a) => /voice-over/.test(a.text))!;
    assert.deepEqual(
      { line: vo.line, owners: vo.owners, due: vo.due, overdue: vo.overdue },
      { line: lineNo(MINUTES_EN, 'voice-over'), owners: ['ben'], due: '2026-11-20', overdue: true },
    );
    // Actions of documents that are only on disk are listed too (the Chinese minutes were never closed, the status report is indexed).
    assert.ok(
      list.some((a) => a.uri === uris.status && a.line === STATUS_014_LINE),
      `status report rows are actions; got ${JSON.stringify(list.map((a) => `${a.uri.split('/').pop()}:${a.line}`))}`,
    );
    for (const a of list) assert.equal(a.done, false);
    const withDone = await client.request(WorkspaceActionsRequest.type, { includeDone: true });
    assert.ok(
      withDone.some((a) => a.uri === uris.minutes && a.done && a.line === lineNo(MINUTES_EN, 'Circulate')),
      'includeDone lists the done item',
    );
  });
  it('agencyDocs/workspaceActions: no template sample actions, no placeholder owners; due today marked', async () => {
    // A fresh Chinese minutes from the template (its sample action "需要完成的事项 @负责人 截止 YYYY-MM-DD"), one real
    // task whose owner is still the fix's placeholder, and one due today.
    const uri = pathToFileURL(join(root, 'sample-actions.md')).toString();
    const text =
      '---\ntype: minutes\n---\n# 会议记录\n\n## 后续行动\n\n- [ ] 需要完成的事项 @负责人 截止 YYYY-MM-DD\n- [ ] What needs doing @owner due YYYY-MM-DD\n- [ ] 预订录音棚 @负责人 截止 2026-12-01\n- [ ] 确认预算 @张伟 截止 ' +
      TODAY +
      '\n';
    await client.open(uri, text);
    try {
      const mine = (await client.request(WorkspaceActionsRequest.type, {})).filter((a) => a.uri === uri);
      assert.deepEqual(
        mine.map((a) => [a.text.slice(0, 5), a.owners, a.dueToday, a.overdue]),
        [
          ['预订录音棚', [], false, false],
          ['确认预算 ', ['张伟'], true, false],
        ],
      );
    } finally {
      client.close(uri);
    }
  });
});
