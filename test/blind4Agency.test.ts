/**
 * Silent misses a fourth blind set of messy agency documents found (eval25/blind4, 2026-12-05, nineteenth
 * session): a client's name glued to Chinese text, a Chinese title whose first part ends with a type name,
 * a sign-off under a bold label, and the meeting's dates written as body lines. Written here in our own words,
 * in the same forms.
 */
import { strict as assert } from 'node:assert';
import { buildDocument } from '../server/core/document';
import { scanSummary } from '../server/core/scan';
import { DEFAULT_JOB_PATTERN } from '../server/core/actions';
import { titleSign } from '../server/core/typeDetection';
import { analyze } from './helpers/analyze';

const CONFIG = JSON.stringify({
  agency: { name: 'Northlight Creative', aliases: ['Northlight', '北光广告'] },
  clients: [
    { name: 'Acme Foods', aliases: ['Acme'] },
    { name: 'Solaria Bebidas', aliases: ['Solaria'] },
    { name: '青禾乳业', aliases: ['青禾', 'Qinghe Dairy'] },
  ],
});

/** A rule's findings on a text in an agency's workspace, each as its 1-based line. */
const lines = (text: string, rule: string, config = CONFIG, path = 'doc.md') =>
  analyze(text, path, 'en', config)
    .findings.filter((f) => f.rule === rule)
    .map((f) => f.range.start.line + 1);

describe('a fourth blind set of agency documents', () => {
  it('a client’s Latin name glued to Chinese characters is named there (a change of script is a word boundary)', () => {
    const memo = (body: string) =>
      `---\n客户: 青禾乳业\n会议时间: 2026-12-03 16:00\n发出日期: 2026-12-03 19:00\n参会人员: 赵敏、李娜\n抄送: 赵敏、李娜\n---\n\n# 通话记录\n\n## 结论\n- ${body}\n\n## 下一步\n- 李娜：提交媒介排期，12月11日前\n`;
    for (const body of [
      '赵敏提到Solaria去年在同一平台的投放效果不错。',
      '参考Acme的做法。',
      '参考Acme Foods的做法。',
      '参考 Acme Foods 的做法。',
    ])
      assert.deepEqual(lines(memo(body), 'other-client-mentioned'), [12], body);
    // Inside a Latin word it is still no name: `Acmeline`, `Solarias2`, `ProAcme`.
    for (const body of ['参考Acmeline的做法。', '参考Solarias2的做法。', '参考ProAcme的做法。'])
      assert.deepEqual(lines(memo(body), 'other-client-mentioned'), [], body);
  });

  it('a Chinese title whose first part ends with a type’s name names it, as an everyday phrase does', () => {
    const typeOf = (text: string, agencyWorkspace = false) =>
      buildDocument('notes.md', text, { agencyWorkspace }).type?.id;
    const scanType = (text: string, agencyWorkspace = false) =>
      scanSummary('notes.md', text, {
        today: { year: 2026 },
        jobPattern: new RegExp(DEFAULT_JOB_PATTERN, 'u'),
        agencyWorkspace,
      })?.type;
    const report = (title: string) =>
      `---\n客户: 青禾乳业\n周: 2026-W49\n发出日期: 2026-12-04\n---\n\n# ${title}\n\n## 进行中的工作\n\n| 工作单号 | 负责人 | 下一步 | 截止日期 |\n|---|---|---|---|\n| QH-0310 | 刘洋 | 主视觉第一轮提案 | 2026-12-10 |\n| QH-0305 |  | 海报终稿交付 | 2026-12-15 |\n`;
    for (const title of ['项目周报（第49周）', '项目周报 第49周', '月度进度报告（2026年11月）']) {
      assert.equal(typeOf(report(title)), 'status', title);
      assert.equal(scanType(report(title)), 'status', title);
    }
    assert.equal(typeOf(report('项目会议纪要【终稿】')), 'minutes');
    // Typed, the report is checked: the row without its owner.
    assert.deepEqual(lines(report('项目周报（第49周）'), 'action-missing-owner'), [14]);
    // An everyday phrase: with no other sign, ordinary Markdown; with a .agency-docs.json, typed.
    const bare = '# 项目周报（第49周）\n\n本周完成了登录页。\n';
    assert.equal(typeOf(bare), undefined);
    assert.equal(scanType(bare), undefined);
    assert.equal(typeOf(bare, true), 'status');
    assert.equal(titleSign('项目周报（第49周）')?.points, 2);
    // Even a name only agencies use counts as an everyday phrase after other words: `如何写创意简报（上）` alone is no brief.
    assert.equal(titleSign('如何写创意简报（上）')?.points, 2);
    assert.equal(typeOf('# 如何写创意简报（上）\n\n先说目标。\n'), undefined);
    // A name inside the first part names nothing; nor does a bracket that is no type's name.
    assert.equal(titleSign('写周报的技巧（第49周）'), undefined);
    assert.equal(titleSign('读书笔记（第3周）'), undefined);
  });
});
