/**
 * Forms of the twenty-seventh session's blind samples of real Chinese and Spanish minutes (eval62), written here in
 * our own words: owners named the Chinese way, and the fixtures under test/fixtures/real-world (工作安排纪要,
 * 分工引用纪要, 聚焦标准纪要, 任务截止纪要, acta-fecha-limite) for the lists read as tasks.
 */
import { strict as assert } from 'node:assert';
import { continuedOwners, findOwners } from '../server/core/actions';
import { MINUTES_HEAD, findingsOf } from './helpers/minutes';

const owners = (t: string) => findOwners(t, 0).map((o) => o.name);

describe('the twenty-seventh blind samples of real minutes', () => {
  it('names separated by a full-width comma lead the item: `王芳，李雷：支付接口`', () => {
    assert.deepEqual(owners('王芳，李雷：支付接口'), ['王芳', '李雷']);
    assert.deepEqual(owners('王芳，李雷负责海报'), ['王芳', '李雷']);
    assert.deepEqual(owners('王总，这个周五前交'), []);
  });

  it('a person after a dash with no space before it, after Chinese: `工艺监控- 魏浩`', () => {
    assert.deepEqual(owners('工艺监控- 魏浩'), ['魏浩']);
    assert.deepEqual(owners('接口文档- 下周'), []);
    assert.deepEqual(owners('前端-张量计算'), []);
  });

  it('continuation lines each led by who and a colon give the item its owners', () => {
    const src = '每人选择后续方向\n   王芳：点单页\n   李雷，陈思：会员页';
    assert.deepEqual(
      continuedOwners(src, 0, undefined).map((o) => o.name),
      ['王芳', '李雷', '陈思'],
    );
    // A line of something else: no owners read from the others.
    assert.deepEqual(continuedOwners('每人选择后续方向\n王芳：点单页\n另外再讨论', 0, undefined), []);
    const text = `${MINUTES_HEAD}# 周会\n\n## 会议结论\n- 保持。\n\n## 后续工作安排\n- 每人选择后续方向  \n  王芳：点单页\n  李雷，陈思：会员页\n`;
    assert.deepEqual(findingsOf(text, 'action-missing-owner'), []);
    assert.deepEqual(findingsOf(text, 'action-missing-due'), ['15 next-actions']);
  });

  it('`### 下次会议任务` names the next actions; `### 下次会议内容` is not read as such (often the next agenda)', () => {
    const tasks = `${MINUTES_HEAD}# 周会\n\n## 会议结论\n- 保持。\n\n## 下次会议任务\n- 完成需求文档\n`;
    assert.deepEqual(findingsOf(tasks, 'action-missing-owner'), ['15 next-actions']);
    const agenda = `${MINUTES_HEAD}# 周会\n\n## 会议结论\n- 保持。\n\n## 下次会议内容\n- 需求文档评审\n`;
    assert.deepEqual(findingsOf(agenda, 'action-missing-owner'), []);
  });

  it('a list closed by the tasks’ deadline: the items above are tasks due then; a list of fields is not', () => {
    const text = `${MINUTES_HEAD}# 周会\n\n## 会议结论\n- 保持。\n\n## 第二次周会\n- 补齐规则说明\n- 任务截至时间2026.11.30\n\n## 项目信息\n- 客户：青禾\n- 截止日期：2026.11.30\n`;
    assert.deepEqual(findingsOf(text, 'action-missing-owner'), ['15 next-actions']);
    assert.deepEqual(findingsOf(text, 'action-missing-due'), []);
  });
});
