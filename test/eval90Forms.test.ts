/**
 * What a ninetieth evaluation set of real documents found (eval90, 2026-12-08: minutes, agendas, a brief,
 * strategies): forms read wrong. Written here in our own words.
 */
import { strict as assert } from 'node:assert';
import { analyze } from './helpers/analyze';

const HEAD = '---\ntype: minutes\nmeeting: 2026-11-02\nissued: 2026-11-02\nattendees: 林晓, 王芳\ndistribution: 林晓\n---\n\n';

/** The lines of the findings of a rule. */
function lines(text: string, rule: string, lang: 'en' | 'zh' | 'es' = 'en'): number[] {
  return analyze(text, 'minutes.md', lang)
    .findings.filter((f) => f.rule === rule)
    .map((f) => f.range.start.line + 1);
}

describe('eval90: forms read wrong', () => {
  it('an owner column headed 相关人 / 负责人员 / 相关负责人 names each row’s owner', () => {
    for (const col of ['相关人', '负责人员', '相关负责人']) {
      const text = `${HEAD}# 组会纪要\n\n## 决议\n\n- 定下选题\n\n## 分工\n\n| 模块 | ${col} | 截止时间 |\n| --- | --- | --- |\n| 访谈提纲 | 林晓 | 2026-12-20 |\n| 问卷初稿 | 王芳 | 2026-12-21 |\n`;
      assert.deepEqual(lines(text, 'action-missing-owner', 'zh'), [], col);
      assert.deepEqual(lines(text, 'action-missing-due', 'zh'), [], col);
    }
  });

  it('标准： / Criteria: alone under the actions is guidance up to the next heading, no tasks', () => {
    const zh = `${HEAD}# 组会纪要\n\n## 决议\n\n- 定下选题\n\n## 分工\n\n- @林晓 写访谈提纲 截止 2026-12-20\n\n标准：\n\n1.提纲（给访谈用）\n\n- 每题不超过两行\n- 先问经历再问看法\n\n## 其他\n\n无\n`;
    assert.deepEqual(lines(zh, 'action-missing-owner', 'zh'), []);
    assert.deepEqual(lines(zh, 'action-missing-due', 'zh'), []);
    const en = `${HEAD}# Team sync\n\n## Decisions\n\n- Keep the survey short\n\n## Next actions\n\n- @Ana draft the survey due 2026-12-20\n\n**Criteria:**\n\n- Ten questions at most\n- Plain words only\n`;
    assert.deepEqual(lines(en, 'action-missing-owner'), []);
    assert.deepEqual(lines(en, 'action-missing-due'), []);
    // (A task after the next heading is read again.)
    assert.deepEqual(lines(`${zh.replace('## 其他\n\n无\n', '### 下周\n\n- 整理录音\n')}`, 'action-missing-owner', 'zh').length, 1);
  });

  it('`- 方法：…` / `- Method: …` under the actions is how a task is done, a label, no task', () => {
    const text = `${HEAD}# 组会纪要\n\n## 决议\n\n- 定下选题\n\n## 行动点\n\n- @林晓 整理现有理论 截止 2026-12-20\n\n- 方法：保留原始材料，输出一份文档\n`;
    assert.deepEqual(lines(text, 'action-missing-owner', 'zh'), []);
    assert.deepEqual(lines(text, 'action-missing-due', 'zh'), []);
  });
});
