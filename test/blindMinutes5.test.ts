/**
 * Forms of a fifth round of blind samples (issue 16, 2026-12-05, nineteenth session): minutes, actas and
 * 会议纪要, briefs and reports of public repositories never read here before, every finding of the
 * session-start build labelled by hand before any fix. Written here in our own words, in the same forms.
 */
import { strict as assert } from 'node:assert';
import { MINUTES_HEAD, findingsOf } from './helpers/minutes';

const HEAD = MINUTES_HEAD;
const findings = findingsOf;

describe('a fifth blind sample of real writing', () => {
  it('dates written with dashes show their writer’s order as slashes do: two settle it, one does not', () => {
    // Not in a table: a column shows its writer's order with one date (rules/ambiguous-date.ts).
    const text = (dates: string[]) =>
      `${HEAD}# Weekly sync\n\n### Date : ${dates[0]}\n\n## Decisions\n- Keep the slot.\n\n## Action items\n\n- Ven to wire the payments page by 10-03-2022\n${dates
        .slice(1)
        .map((d) => `- Ana to check the rig by ${d}\n`)
        .join('')}`;
    assert.deepEqual(findings(text(['23-02-2022', '15-03-2022']), 'ambiguous-date'), []);
    assert.deepEqual(findings(text(['23-02-2022']), 'ambiguous-date'), ['18']);
    // Year first (`2022-02-23`) or after a version (`1.2-15-03-2022`) is no evidence.
    assert.deepEqual(findings(text(['2022-02-23', 'v1.2-15-03-2022']), 'ambiguous-date'), ['18']);
  });

  it('a task table whose names stand under an empty header, or under `成员` / `Member`, has them as owners', () => {
    const table = (header: string, rows: string[]) =>
      `${HEAD}# 周会\n\n## 会议结论\n- 采用单一仓库。\n\n### 分工\n\n| ${header} | 工作 |\n| --- | --- |\n${rows.map((r) => `| ${r} |\n`).join('')}`;
    const rows = ['于润昊 | 后端/数据库', '朱奎荣 | 前端编辑页面 12月10日前', '杨皓然 | 题目列表'];
    assert.deepEqual(findings(table('', rows), 'action-missing-owner'), []);
    assert.deepEqual(findings(table('', rows), 'action-missing-due'), ['18 next-actions', '20 next-actions']);
    assert.deepEqual(findings(table('成员', rows), 'action-missing-owner'), []);
    // Not names (numbers): no owner column, and the table is not read as tasks of anyone.
    assert.deepEqual(findings(table('', ['1 | 后端/数据库', '2 | 题目列表']), 'action-missing-due'), []);
    const en = `${HEAD}# Sync\n\n## Decisions\n- Keep it.\n\n## Action items\n\n| Member | Task |\n|---|---|\n| Ana Ruiz | Book the studio by 2026-12-10 |\n| Ben | Draft the copy by 2026-12-11 |\n`;
    assert.deepEqual(findings(en, 'action-missing-owner'), []);
  });
});
