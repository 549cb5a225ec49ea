/**
 * Silent misses a fourth blind set of messy agency documents found (eval25/blind4, 2026-12-05, nineteenth
 * session): a client's name glued to Chinese text, a Chinese title whose first part ends with a type name,
 * a sign-off under a bold label, and the meeting's dates written as body lines. Written here in our own words,
 * in the same forms.
 */
import { strict as assert } from 'node:assert';
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
});
