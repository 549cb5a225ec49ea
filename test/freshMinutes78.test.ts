/**
 * Forms of real minutes read in the 32nd session (eval76, eval77): a heading giving its tasks a deadline by weekday
 * and day of the month, without the month (`Action Items by next meeting: 10pm Thursday 1st`).
 * Our own words, the same forms.
 */
import { strict as assert } from 'node:assert';
import { analyze } from './helpers/analyze';
import { linesOf as lines, sameEverywhere as sameIn } from './helpers/minutes';

const sameEverywhere = (text: string) => sameIn(text, '/tmp/m78.md');

describe('fresh real minutes, the 32nd session', () => {
  it('a heading’s deadline by weekday and day of the month is that day after the meeting’s date', () => {
    const doc = (day: string) =>
      `---\ntype: minutes\n---\n# Team log\n\n## Decisions\n\n- Keep the grid.\n\n## Sync #2: 28th October\n\n### Action Items by next meeting: 6pm ${day}\n\n- Draft the storyboard: Ines\n\n**Copy:**\n\n- Everyone reads the brief again\n\n## Sync #3: 3rd November\n\n### Action Items\n\n- Ines: book the studio\n`;
    // 2nd: 2 November, after the meeting of 28 October; overdue on 22 November.
    assert.deepEqual(lines(doc('Monday 2nd'), 'action-missing-due'), [24]);
    assert.deepEqual(lines(doc('Monday 2nd'), 'action-overdue'), [14, 18]);
    const overdue = analyze(doc('Monday 2nd')).findings.find((f) => f.rule === 'action-overdue');
    assert.match(overdue!.message, /2026-11-02/);
    // 30th: 30 October, the same month.
    assert.match(analyze(doc('Fri 30th')).findings.find((f) => f.rule === 'action-overdue')!.message, /2026-10-30/);
    // A day followed by its month is read as before; an ordinal that names no day is no deadline.
    assert.deepEqual(lines(doc('Monday 2nd November'), 'action-missing-due'), [24]);
    assert.deepEqual(lines(doc('the 2nd draft'), 'action-missing-due'), [14, 18, 24]);
    sameEverywhere(doc('Monday 2nd'));
  });

  it('without the meeting’s date the day is a deadline all the same, its date unknown', () => {
    const doc = `---\ntype: minutes\n---\n# Team log\n\n## Decisions\n\n- Keep the grid.\n\n## Action Items by next meeting: Friday 6th\n\n- Ines: draft the storyboard\n`;
    assert.deepEqual(lines(doc, 'action-missing-due'), []);
    assert.deepEqual(lines(doc, 'action-overdue'), []);
    sameEverywhere(doc);
  });

  it('`DDL：周五(6_12)晚上` closing the tasks handed out is their deadline, no task of its own', () => {
    const doc = (ddl: string) =>
      `---\ntype: minutes\ndate: 2026-06-08\n---\n# 6月8日组会\n\n## 参会人员\n\n- 王芳\n- 李强\n\n## 会议结论\n\n- 确定了接口\n- 分配了每个人的任务\n  - 王芳：排版设计\n  - 李强：数据接口\n  - ${ddl}\n`;
    assert.deepEqual(lines(doc('DDL：周五(6_12)晚上'), 'action-missing-due'), []);
    assert.deepEqual(lines(doc('DDL：周五(6_12)晚上'), 'action-missing-owner'), []);
    assert.deepEqual(lines(doc('DDL：周五(6_12)晚上'), 'action-overdue'), [16, 17]);
    assert.deepEqual(lines(doc('DDL: 6/12'), 'action-overdue'), [16, 17]);
    // A closing line that is no date is a task like the others.
    assert.deepEqual(lines(doc('DDL：尽快'), 'action-missing-due'), [16, 17, 18]);
    sameEverywhere(doc('DDL：周五(6_12)晚上'));
    // Closing the list of an actions section too.
    const actions = `---\ntype: minutes\ndate: 2026-06-08\n---\n# 6月8日组会\n\n## 决定\n\n- 确定了接口\n\n## 下一步行动\n\n- 王芳：排版设计\n- 李强：数据接口\n- DDL：周五(6_12)晚上\n`;
    assert.deepEqual(lines(actions, 'action-missing-due'), []);
    assert.deepEqual(lines(actions, 'action-overdue'), [13, 14]);
  });

  it('`###### 负责人：王芳` under a task’s heading owns the task its date line below gives', () => {
    const doc = (owner: string) =>
      `---\ntype: minutes\ndate: 2026-06-08\n---\n# 6月8日会议记录\n\n## 决定\n\n- 用新框架。\n\n## 明确分工\n\n#### \t接口文档的编写\n\n###### \t\t${owner} \n\n\u200b\t\t完成进度：完成接口说明\n\n\u200b\t\t日期：6月12日\n\n#### \t页面开发\n\n\u200b\t\t日期：6月15日\n`;
    assert.deepEqual(lines(doc('负责人：王芳 李强'), 'action-missing-owner'), [23]);
    assert.deepEqual(lines(doc('负责人：王芳 李强'), 'action-overdue'), [19, 23]);
    // A sub-heading that is no owner's label owns nothing.
    assert.deepEqual(lines(doc('完成接口说明'), 'action-missing-owner'), [19, 23]);
    sameEverywhere(doc('负责人：王芳 李强'));
  });

  it('`* Schedule next meeting: …` then `TODO:` over a list: the list’s items are tasks, due at that meeting', () => {
    const doc = `---\ntype: minutes\n---\n# Studio log\n\n## Decisions\n\n- Keep the grid.\n\n## Action Items\n\n* Sketch the poster\n* Schedule next meeting: 5pm Wed 4th Nov 2026  \n    TODO:\n    - Colour study\n    - Pick the typeface @lola\n\n* Schedule next meeting: 2pm Mon 9th Nov 2026\n\n  TODO **BEFORE** next meeting:\n  - Print the proofs\n\n  Notes from the call:\n  - the printer is slow\n`;
    assert.deepEqual(lines(doc, 'action-missing-owner'), [12, 15, 21]);
    assert.deepEqual(lines(doc, 'action-missing-due'), [12]);
    assert.deepEqual(lines(doc, 'action-overdue'), [15, 16, 21]);
    const due = analyze(doc)
      .findings.filter((f) => f.rule === 'action-overdue')
      .map((f) => f.message.slice(23, 33));
    assert.deepEqual(due, ['2026-11-04', '2026-11-04', '2026-11-09']);
    sameEverywhere(doc);
  });

  it('nicknames and names in lower case before a colon own the task, when the log writes them as people', () => {
    const doc = (report: string) =>
      `---\ntype: minutes\n---\n# 周会 2026-06-07\n\n## 上周汇报\n\n${report}\n\n## 决定\n\n- 先做后端。\n\n## 下周任务\n\n- 阿杰：写登录页，2026-06-14\n- 小林：整理接口，2026-06-14\n- mia: 跑通测试，2026-06-14\n- mia：补文档，2026-06-14\n- tom,小林：部署服务器，2026-06-14\n- 数据库：确定用 mysql，2026-06-14\n`;
    const reported = '- @阿杰：\n  - 看了框架\n- @小林：调研了部署\n- mia：看了需求';
    assert.deepEqual(lines(doc(reported), 'action-missing-owner'), [24]);
    // Without the report writing them as handles, the nicknames are no one's (`mia` opens two lines: a person).
    assert.deepEqual(lines(doc('- 看了框架'), 'action-missing-owner'), [16, 17, 20, 21]);
    sameEverywhere(doc(reported));
  });

  it('a Chinese name leading the task, then what they will do (`陈思远补充…`, `周海宁进一步核对…`)', () => {
    const doc = `---\ntype: minutes\ndate: 2026-06-07\n---\n# 小组会议记录\n\n## 决定\n\n- 先做访谈。\n\n### 下周计划\n\n1. 陈思远补充访谈记录，6月14日前。\n2. 周海宁进一步核对样本边界，6月14日前。\n3. 何嘉怡梳理文献综述的写作逻辑，6月14日前。\n4. 文献梳理要覆盖近五年，6月14日前。\n`;
    assert.deepEqual(lines(doc, 'action-missing-owner'), [16]);
    sameEverywhere(doc);
  });

  it('names in full-width brackets closing the task, apart by a space (`（何嘉怡 温子涵）`)', () => {
    const doc = `---\ntype: minutes\ndate: 2026-06-07\n---\n# 第二周\n\n## 决定\n\n- 用 Vue。\n\n## 长期任务\n\n- 自学前端工具链（何嘉怡 温子涵），6月30日前\n- 对接后台接口（劳文博），6月30日前\n- 整理设计规范（前端 后端），6月30日前\n`;
    assert.deepEqual(lines(doc, 'action-missing-owner'), [15]);
    sameEverywhere(doc);
  });

  it('`Nadia and Omar:` over a list: the two own its tasks', () => {
    const doc = (lead: string) =>
      `---\ntype: minutes\n---\n# Minutes for Meeting 2\n\n## Decisions\n\n- Use the survey data.\n\n## Actions:\nPaul:\n  * Book the room by 2026-12-01\n\n${lead}\n  * Clean the survey data by 2026-12-01\n  * Draw two first plots by 2026-12-01\n`;
    assert.deepEqual(lines(doc('Nadia and Omar:'), 'action-missing-owner'), []);
    assert.deepEqual(lines(doc('Nadia, Omar and Lea:'), 'action-missing-owner'), []);
    assert.deepEqual(lines(doc('Risks and Issues:'), 'action-missing-owner'), [15, 16]);
    sameEverywhere(doc('Nadia and Omar:'));
  });

  it('the parts of a dated task (`1. Task 1: …` under `+ [ ] send the report by 9/12`) are due when it is', () => {
    const doc = (parent: string) =>
      `---\ntype: minutes\n---\n# Mentoring notes\n\n## 09/08/2026 (regular meeting)\n\n+ [ ] ${parent}\n  1. Task 1: give Ana the link to the benchmark\n  2. Task 2: write down how to build the demo\n`;
    assert.deepEqual(lines(doc('send the report by 9/12'), 'action-missing-due'), []);
    assert.deepEqual(lines(doc('send the report by 9/12'), 'action-overdue'), []);
    assert.deepEqual(lines(doc('send the report'), 'action-missing-due'), [9, 10]);
    sameEverywhere(doc('send the report by 9/12'));
  });

  it('a group’s label with its deadline (`**Ana + Ben (due 2026-05-31):**`) dates its own list, not the next group’s', () => {
    const doc = (label: string) =>
      `---\ntype: minutes\ndate: 2026-05-20\n---\n# Lab meeting\n\n## Decisions\n\n- Profile first.\n\n### Action items\n\n${label}\n- Profile the index lookups\n- Write the report\n\n**Omar + Lea:**\n- Read up on the new basecaller\n`;
    assert.deepEqual(lines(doc('**Ana + Ben (due 2026-05-31):**'), 'action-missing-due'), [18]);
    assert.deepEqual(lines(doc('**Ana + Ben (due 2026-05-31):**'), 'action-overdue'), [14, 15]);
    // A label naming no one opens the section's deadline, for every list under it.
    assert.deepEqual(lines(doc('**To be done by 2026-05-31:**'), 'action-missing-due'), []);
    sameEverywhere(doc('**Ana + Ben (due 2026-05-31):**'));
  });

  it('a task whose own status says done (`; Status: Submitted …`, `— **done same day**`) is no open task', () => {
    const doc = (task: string) =>
      `---\ntype: minutes\n---\n# Working group\n\n## Decisions\n\n- Go with the charter.\n\n## Action Items\n\n* ${task}\n`;
    const open = 'Ines: send the charter to the board by 2026-11-01';
    assert.deepEqual(lines(doc(open), 'action-overdue'), [12]);
    assert.deepEqual(lines(doc(`${open}; Status: Submitted, awaiting the vote.`), 'action-overdue'), []);
    assert.deepEqual(
      lines(doc('Write the onboarding guide — **done same day**, `GUIDE.md`'), 'action-missing-due'),
      [],
    );
    assert.deepEqual(lines(doc('Write the onboarding guide — **due soon**'), 'action-missing-due'), [12]);
    sameEverywhere(doc(`${open}; Status: Submitted, awaiting the vote.`));
  });

  it('`we want feedback from everyone; please review …`: asked of everyone', () => {
    const doc = (task: string) =>
      `---\ntype: minutes\n---\n# Working group\n\n## Decisions\n\n- Go with the draft.\n\n## Next steps\n\n**TODO**: ${task}\n`;
    assert.deepEqual(
      lines(
        doc('The draft is a first cut, and we want feedback from everyone; please review it by 2026-11-30.'),
        'action-missing-owner',
      ),
      [],
    );
    assert.deepEqual(
      lines(doc('The draft is a first cut; please review it by 2026-11-30.'), 'action-missing-owner'),
      [12],
    );
  });

  it('`before the 13 Sept conference`: the day and its month after the article are the deadline', () => {
    const doc = (task: string) =>
      `---\ntype: minutes\ndate: 2026-08-20\n---\n# Lab meeting\n\n## Decisions\n\n- Ship one package.\n\n### Action items\n\n- Ines: ${task}\n`;
    assert.deepEqual(
      lines(doc('build the package, working before the 13 Sept conference date'), 'action-missing-due'),
      [],
    );
    assert.deepEqual(lines(doc('build the package before the 3 demos are given'), 'action-missing-due'), [13]);
  });

  it('`## 有問題須調整` over what the demo showed to fix: the fixes are the next actions', () => {
    const doc = (heading: string) =>
      `---\ntype: minutes\n---\n# 第 3 次小組會議\n\n## 結論\n\n- 週五前上線。\n\n## ${heading}\n\n* 登入頁按鈕太小，需調整\n* 後台列表破版(名稱太長)\n`;
    assert.deepEqual(lines(doc('有問題須調整'), 'action-missing-owner'), [12, 13]);
    assert.deepEqual(lines(doc('待调整'), 'action-missing-owner'), [12, 13]);
    assert.deepEqual(
      analyze(doc('有問題須調整')).findings.filter((f) => f.rule === 'missing-section').length,
      analyze(doc('待办')).findings.filter((f) => f.rule === 'missing-section').length,
    );
    assert.deepEqual(lines(doc('討論內容'), 'action-missing-owner'), []);
  });

  it('`* Nadia:` over her tasks in the actions: the sub-items are the tasks, hers', () => {
    const doc = `---\ntype: minutes\n---\n# Minutes for Meeting 3\n\n## Decisions\n\n- Use the survey data.\n\n## Actions:\n\n* Nadia: \n  * Upload the notebook to GitHub\n  * Plot income against age by 2026-12-01\n* Omar / Lea:\n  * Start on the slides\n`;
    assert.deepEqual(lines(doc, 'action-missing-due'), [13, 16]);
    assert.deepEqual(lines(doc, 'action-missing-owner'), []);
    sameEverywhere(doc);
    // A topic over its parts is no person: `- Requirements Analysis:` gives its sub-items no owner.
    const topic = doc.replace('* Nadia: ', '* Requirements Analysis:');
    assert.deepEqual(
      analyze(topic).findings.filter((f) => f.rule === 'action-missing-owner' && f.message.includes('Requirements')),
      [],
    );
  });
});
