/**
 * Forms from the twelfth blind stand-in for the hidden agency sets (written to the handbook by someone who had not
 * read the checker): what a message quotes of an action, from a status table that names each job's work and its
 * next step, and from a task whose due date the quote leaves out.
 */
import { strict as assert } from 'node:assert';
import { clip } from '../server/core/l10n';
import { analyze } from './helpers/analyze';

const ownerMessages = (text: string) =>
  analyze(text, 'report.md', 'zh')
    .findings.filter((f) => f.rule === 'action-missing-owner')
    .map((f) => f.message);

describe('blind agency set 12', () => {
  it('a status row naming its work and its next step is quoted by the step', () => {
    const doc = (step: string) =>
      `---\ntype: status\nclient: 海岸茶饮\nweek: 2026-W49\nissued: 2026-12-04\n---\n# 周报\n\n## 进行中的工作\n\n| 工作单号 | 工作内容 | 负责人 | ${step} | 截止日期 |\n|---|---|---|---|---|\n| HA-2026-040 | 新年礼盒 | 待定 | 提交包装方向 | 2026-12-18 |\n`;
    const withStep = ownerMessages(doc('下一步'));
    assert.equal(withStep.length, 1);
    assert.match(withStep[0], /提交包装方向/u);
    // Without a next-step column, the work is the action.
    const withoutStep = ownerMessages(doc('备注'));
    assert.equal(withoutStep.length, 1);
    assert.match(withoutStep[0], /新年礼盒/u);
  });
  it('a whole quote drops the separator its removed due date leaves behind', () => {
    assert.equal(clip('确认杯身印刷色号，'), '确认杯身印刷色号');
    assert.equal(clip('Send the deck to Ana;'), 'Send the deck to Ana');
    assert.equal(clip('Send the deck.'), 'Send the deck.');
  });
});
