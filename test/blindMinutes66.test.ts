/**
 * Forms of the twenty-eighth session's blind Chinese minutes (eval66, eval62): owners leading each clause of a
 * to-do paragraph, the surname 司, a standing practice among the to-dos, a day of the month with the time of day.
 * Written here in our own words, in the same forms.
 */
import { strict as assert } from 'node:assert';
import { findOwners } from '../server/core/actions';
import { resolveConfig } from '../server/core/config';
import { scanSummary } from '../server/core/scan';
import { TODAY } from './helpers/analyze';
import { MINUTES_HEAD, findingsOf } from './helpers/minutes';

const owners = (t: string) => findOwners(t, 0).map((o) => o.name);

describe('the twenty-eighth blind samples of Chinese minutes', () => {
  it('a name leading a clause, then a verb of the work (打印, 补拍, 录制, 上传…): the clause is that person’s', () => {
    assert.deepEqual(owners('**待办事项**：韩雪打印报名表并盖章；周宁补拍两张截图'), ['韩雪']);
    assert.deepEqual(owners('孟飞录制演示视频'), ['孟飞']);
    assert.deepEqual(owners('宋佳上传源代码并回填链接'), ['宋佳']);
    // A word that starts with a surname's character is no name (`白板`, `司机`).
    assert.deepEqual(owners('白板汇报流程'), []);
    assert.deepEqual(owners('司机负责接送'), []);
  });

  it('司 is a surname: `仓库盘点 - 司文涛` names its owner', () => {
    assert.deepEqual(owners('仓库盘点 - 司文涛'), ['司文涛']);
    assert.deepEqual(owners('司文涛：整理盘点表'), ['司文涛']);
  });

  it('`定期汇报: 每两天向组长汇报进展` among the to-dos is how the team works, nobody’s task to finish', () => {
    const text = `${MINUTES_HEAD}# 周会\n\n## 待办\n\n- 定期汇报: 每两天向组长汇报进展\n- 整理接口文档\n`;
    assert.deepEqual(findingsOf(text, 'action-missing-owner'), ['14 next-actions']);
    assert.deepEqual(findingsOf(text, 'action-missing-due'), ['14 next-actions']);
  });

  it('`8号晚同步进度`: a day of the month with the time of day is a due date, in the meeting’s month', () => {
    const text = `${MINUTES_HEAD}# 周会\n\n## 待办\n\n1. **全员**：8号晚同步进度\n2. **后端**：15日前完成接口联调\n3. **前端**：整理3号楼的平面图\n`;
    assert.deepEqual(findingsOf(text, 'action-missing-due'), ['15 next-actions']);
    // The meeting of 20 November: the 8th is in December, after it (no overdue on the 8th of November).
    assert.deepEqual(findingsOf(text, 'action-overdue'), []);
    // Without a date for the meeting, the day is a due date all the same (its month unknown), and no ambiguous date.
    const undated = `---\ntype: minutes\n---\n# 周会\n\n## 待办\n\n1. **全员**：8号晚同步进度\n`;
    assert.deepEqual(findingsOf(undated, 'action-missing-due'), []);
    assert.deepEqual(findingsOf(undated, 'ambiguous-date'), []);
  });

  it('`#### DDL` over `5月14日会议前` after the tasks: their due date, in the analysis and the scan', () => {
    const text = `---\ntype: minutes\nclient: Acme\nmeeting: 2026-05-07\n---\n# 例会\n\n### 第一次会议\n\n#### 本周任务\n\n- 王芳：绘制登录页的原型图\n- 整理需求文档并发给客户确认\n\n#### 说明\n\n只需完成接口调用。\n\n#### DDL\n\n5月14日会议前\n\n### 第二次会议\n\n#### 本周任务\n\n- 王芳：整理测试用例\n\n#### 备注\n\n5月21日另行通知\n`;
    // The second meeting's `#### 备注` over a date is no deadline; nor does the first meeting's reach its tasks.
    assert.deepEqual(findingsOf(text, 'action-missing-due'), ['27 next-actions']);
    const scanned = scanSummary('doc.md', text, { today: TODAY, jobPattern: resolveConfig().jobPattern });
    assert.deepEqual(
      scanned?.actions.map((a) => [a.line, a.due]),
      [
        [11, '2026-05-14'],
        [12, '2026-05-14'],
        [26, undefined],
      ],
    );
  });

  it('a deadline heading holds one date alone: not a sentence, not two lines', () => {
    const base = (body: string) =>
      `${MINUTES_HEAD}# 例会\n\n## 本周任务\n\n- 王芳：绘制登录页的原型图\n\n## 截止日期\n\n${body}\n`;
    assert.deepEqual(findingsOf(base('12月4日'), 'action-missing-due'), []);
    assert.deepEqual(findingsOf(base('**2026-12-04**'), 'action-missing-due'), []);
    assert.deepEqual(findingsOf(base('12月4日前提交初稿，12月9日终稿'), 'action-missing-due'), ['13 next-actions']);
    assert.deepEqual(findingsOf(base('12月4日\n\n另见群公告'), 'action-missing-due'), ['13 next-actions']);
  });
});
