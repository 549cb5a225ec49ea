/**
 * Forms of real minutes read in the 34th session (eval82): an actions heading qualified by the columns its items
 * give (`Action Items with Suggested Owners and Deadlines`), a `Task:` line detailing a person's item beside its
 * `Due:` line. Our own words, the same forms.
 */
import { strict as assert } from 'node:assert';
import { analyze } from './helpers/analyze';
import { linesOf as lines, sameEverywhere as sameIn } from './helpers/minutes';

const sameEverywhere = (text: string) => sameIn(text, '/tmp/m82.md');
const missingSection = (doc: string, name: RegExp) =>
  analyze(doc).findings.some((f) => f.rule === 'missing-section' && name.test(f.message));

describe('fresh real minutes, eval82 forms', () => {
  it('`### Next Steps with Proposed Owners and Due Dates` is the actions section', () => {
    const doc = `---\ntype: minutes\n---\n# Studio sync\n\n### Decisions\n\n- The poster keeps the orange frame.\n\n### Next Steps with Proposed Owners and Due Dates\n\n1. **Order the print proofs** — ask two printers for a quote. **Owner:** Lena;\n`;
    assert.ok(!missingSection(doc, /Next actions/u));
    assert.deepEqual(lines(doc, 'action-missing-due'), [12]);
    // Not any words after `with`: a topic is no column.
    const topic = doc.replace('with Proposed Owners and Due Dates', 'with the Printer');
    assert.ok(missingSection(topic, /Next actions/u));
    sameEverywhere(doc);
  });

  it('a `Task:` line under a person’s item is that item’s detail: the person owns it, its `Due:` sibling dates it', () => {
    const doc = `---\ntype: minutes\n---\n# Team sync – 2 March 2026\n\n## Decisions\n\n- We keep the blue palette.\n\n## Work Assignments and Updates\n\n- **Priya** will draft the **launch brief** for the shoe campaign.\n  - **Due:** end of the month (est. March 27th)\n  - **Task:** Gather the survey results and the mood boards into one brief\n  - **Reviewer:** Marco\n\n- **Kenji** is responsible for the **media plan**.\n  - **Task:** Turn the channel list into a weekly schedule\n  - **Note:** No need to price the print slots yet\n`;
    assert.deepEqual(lines(doc, 'action-missing-owner'), []);
    // Kenji's task gives no date: still one missing.
    assert.deepEqual(lines(doc, 'action-missing-due'), [18]);
    sameEverywhere(doc);
  });

  it('`* 测评分组：` over `- 甲组：names`: who is in which group, no tasks', () => {
    const doc = `---\ntype: minutes\n---\n# 第九周例会\n\n## 结论\n\n- 采用新的接口规范\n\n## 下周任务\n\n* 整理接口文档，周3中午前完成\n* 测评分组：\n  - 甲组：李明、赵倩、孙浩\n  - 乙组：周杰、吴磊、钱芳\n`;
    assert.deepEqual(lines(doc, 'action-missing-due'), [12]);
    // A group over a task stays a task.
    const task = doc.replace('  - 乙组：周杰、吴磊、钱芳', '  - 乙组：整理测试报告');
    assert.ok(lines(task, 'action-missing-due').includes(15));
    sameEverywhere(doc);
  });

  it('`#### 会议收获总结` closing the minutes is a summary at its place, not decisions out of order', () => {
    const doc = (closing: string) =>
      `---\ntype: minutes\n---\n# 第六周例会\n\n#### 本周任务\n\n- 王磊：完成登录页面，12月12日前\n\n#### ${closing}\n\n本次会议明确了接口的统一方式，大家达成一致。\n`;
    assert.deepEqual(lines(doc('会议收获总结：'), 'section-order'), []);
    assert.deepEqual(lines(doc('会议总结'), 'section-order'), []);
    // Decisions proper after the actions are still asked to move.
    assert.deepEqual(lines(doc('决议'), 'section-order'), [10]);
  });

  it('a sub-heading naming a part of the work (`### Screens`, `### Data`) under the actions owns nothing; a name does', () => {
    const doc = `---\ntype: minutes\n---\n# Sprint review – 4 March 2026\n\n## Decisions\n\n- The checkout stays on one page.\n\n## Action items\n\n### Screens\n\n- Redraw the cart screen by 2026-03-20\n\n### Data\n\n- Clean up the product feed by 2026-03-20\n\n### Marta\n\n- Book the usability lab by 2026-03-20\n`;
    assert.deepEqual(lines(doc, 'action-missing-owner'), [14, 18]);
    sameEverywhere(doc);
  });

  it('a typed table (`Type | Description | Owner | Deadline`, rows `D` and `T`) holds the decisions and the actions', () => {
    const doc = (delimiter: string) =>
      `---\ntype: minutes\n---\n# Client call\n\n* **Tasks** (T) have an owner and a deadline\n* **Decisions** (D)\n\nType | Description                  | Owner    | Deadline\n${delimiter}\nD    | We go with the green logo.   |   -      |    -\nT    | Send the moodboard           | Ana Ruiz | 2026-02-10\n`;
    for (const delimiter of [
      '---- | ----------- | ----- | --------',
      '---------------------------------------------',
    ]) {
      assert.ok(!missingSection(doc(delimiter), /Decisions/u));
      assert.ok(!missingSection(doc(delimiter), /Next actions/u));
    }
    // Without a `D` row, no decisions.
    const tasksOnly = doc('-----------------').replace(/^D .*\n/mu, '');
    assert.ok(missingSection(tasksOnly, /Decisions/u));
  });

  it('`**Action:** Name is leading …` among a topic’s notes is an action, the person’s', () => {
    const doc = (line: string) =>
      `---\ntype: minutes\n---\n# Weekly sync\n\n## Decisions\n\n- Keep the grid.\n\n## Topics\n\n### Posters\n\n- The drafts are half done.\n- ${line}\n`;
    assert.deepEqual(lines(doc('**Action:** Omar is leading the poster refresh.'), 'action-missing-due'), [15]);
    assert.deepEqual(lines(doc('**Action:** Omar is leading the poster refresh.'), 'action-missing-owner'), []);
    // Without the label, a note of who is doing what.
    assert.deepEqual(lines(doc('Omar is leading the poster refresh.'), 'action-missing-due'), []);
  });
});
