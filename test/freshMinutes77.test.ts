/**
 * Forms of a fresh blind set of real minutes (eval77): a heading giving its tasks the next meeting's day (`Action
 * Items by next meeting: 10am Monday 5th July`), the next meeting's time set among the actions (`Schedule next
 * meeting: 4pm Tue 19th Oct`), an owner after a dash with no space before it (`Use_cases- Jaishnoor`), a request
 * addressed to the group (`To all members of the WG, please review …`), a task's progress or owner line under its
 * heading, and a line holding only a zero-width space.
 * Our own words, the same forms.
 */
import { strict as assert } from 'node:assert';
import { analyze } from './helpers/analyze';

const HEAD = '---\ntype: minutes\ndate: 2026-07-01\n---\n';
const lines = (text: string, rule: string) =>
  analyze(text)
    .findings.filter((f) => f.rule === rule)
    .map((f) => f.range.start.line + 1);

describe('fresh real minutes, eval77', () => {
  it('a heading giving the next meeting’s day, its hour first, dates the tasks under it', () => {
    const doc = (heading: string) =>
      `${HEAD}# Meeting #3: 1st July\n\n## Decisions\n\n- Keep the grid.\n\n### ${heading}\n\n- ALL: Read the starter code\n- Ines: Draft the test plan\n`;
    assert.deepEqual(
      lines(doc('Action Items by next meeting: 10am Monday 6th July (7pm Lisbon Sunday?)'), 'action-missing-due'),
      [],
    );
    assert.deepEqual(lines(doc('Action Items by next meeting: Monday 6th July'), 'action-missing-due'), []);
    assert.deepEqual(lines(doc('Action Items for the next meeting'), 'action-missing-due'), [13, 14]);
  });

  it('the next meeting’s time set among the actions is no task', () => {
    const doc = `${HEAD}# Sprint call\n\n### 4. Action Items\n* Plan the first milestone @ines by 2026-07-10\n* Schedule next meeting: 4pm Tue 7th July 2026\n`;
    assert.deepEqual(lines(doc, 'action-missing-owner'), []);
    assert.deepEqual(lines(doc, 'action-missing-due'), []);
    // Without a day, setting up the meeting is a task of its own.
    assert.deepEqual(lines(doc.replace(': 4pm Tue 7th July 2026', ''), 'action-missing-owner'), [9]);
  });

  it('an owner after a dash written against the task (`Use_cases- Ines`)', () => {
    const doc = `${HEAD}# Group meeting\n\n## Tasks\n\n - Assigned tasks (main person):\n   - Use_cases- Ines\n   - Sequence_diagram- Omar + Lola\n   - Class_diagram\n`;
    assert.deepEqual(lines(doc, 'action-missing-owner'), [12]);
  });

  it('a request addressed to the group (`To all members of the WG, please …`) is the group’s', () => {
    const doc = `${HEAD}# Working group\n\n## Next steps\n\n* **TODO:** To all members of the WG, please review the pull request by 2026-07-08.\n* **TODO:** Review the glossary by 2026-07-08.\n`;
    assert.deepEqual(lines(doc, 'action-missing-owner'), [10]);
  });

  it('under a task’s heading, its progress line and its owner line alone are fields, not tasks', () => {
    const doc = `${HEAD}# 7月1日会议记录\n\n## 决定\n\n- 用新框架。\n\n## 明确分工\n\n#### 测试文档的编写\n\n###### 负责人：张伟\n\n\u200b\t\t完成进度：完成单元测试\n\n负责人：李娜\n`;
    assert.deepEqual(lines(doc, 'action-missing-owner'), []);
    assert.deepEqual(lines(doc, 'action-missing-due'), []);
  });

  it('`下周工作：` over lines numbered `1、`: next week’s work, each line a task (`大家准备…` is everyone’s)', () => {
    const doc = `${HEAD}# 会议记录\n\n2026年6月28日\n下周工作：\n1、王磊填写设计文档初稿；\n2、大家准备下周三的答辩；\n3、整理会议记录。\n`;
    assert.deepEqual(lines(doc, 'action-missing-owner'), [11]);
    assert.deepEqual(lines(doc, 'action-missing-due'), [9, 10, 11]);
  });

  it('a paragraph holding only a zero-width space and tabs is no task', () => {
    const doc = `${HEAD}# 7月1日会议记录\n\n## 决定\n\n- 用新框架。\n\n## 明确分工\n\n张伟：整理测试文档，7月3日前\n\n\u200b\t\t\n`;
    assert.deepEqual(lines(doc, 'action-missing-owner'), []);
    assert.deepEqual(lines(doc, 'action-missing-due'), []);
  });
});
