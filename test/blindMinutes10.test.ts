/**
 * Forms of the twenty-fourth session's blind samples (issue 16, 2026-12-06): real minutes from repositories not
 * read before (eval53) and agency documents (eval55), every finding labelled by hand before the fix. Written
 * here in our own words, in the same forms.
 */
import { strict as assert } from 'node:assert';
import { findOwners } from '../server/core/actions';
import { NO_ACTION } from '../server/core/text';
import { MINUTES_HEAD, findingsOf } from './helpers/minutes';
import { missingFieldsOf } from './helpers/analyze';

const HEAD = MINUTES_HEAD;
const findings = findingsOf;
const owners = (t: string) => findOwners(t, 0).map((o) => o.name);

describe('the twenty-fourth blind samples of real minutes', () => {
  it('members’ initials in brackets lead the item: `[NM]<TAB>Create …`, `[ML, NM]  Investigate …`', () => {
    assert.deepEqual(owners('[KO]\tDraft the venue shortlist.'), ['KO']);
    assert.deepEqual(owners('[KO, TR]  Collect the speaker bios.'), ['KO', 'TR']);
    // A status or a placeholder in brackets is no one.
    assert.deepEqual(owners('[WIP] Collect the speaker bios.'), []);
    assert.deepEqual(owners('[TBD] Collect the speaker bios.'), []);
    const text = `${HEAD}# Steering call\n\n## Decisions\n- Keep it.\n\n## Actions\n- [KO]\tDraft the venue shortlist by 2026-12-20.\n- [WIP] Collect the speaker bios by 2026-12-20.\n`;
    assert.deepEqual(findings(text, 'action-missing-owner'), ['16 next-actions']);
  });

  it('a group after a bold label, with a remark in brackets, owns the item: `**Review:** All board members (…) are to read …`', () => {
    assert.deepEqual(owners('**Budget review:** All board members (present or not) are to read the draft.'), [
      'All board members',
    ]);
    assert.deepEqual(owners('All committee members are to vote by Friday.'), ['All committee members']);
    assert.deepEqual(owners('**Budget review:** read the draft.'), []);
  });

  it('less common surnames name an owner too: `姬明远和韩雪负责…`; not a word opening like one (`简报：`, `纪要：`)', () => {
    assert.deepEqual(owners('姬明远和韩雪负责接口文档'), ['姬明远', '韩雪']);
    assert.deepEqual(owners('宫小岚负责测试用例'), ['宫小岚']);
    assert.deepEqual(owners('简报：见附件'), []);
    assert.deepEqual(owners('季度报告：下周提交'), []);
  });

  it('what a speaker reports having done is no task: `Mark T: Spoke to the vendor`, `Met with the printer`', () => {
    const text = `${HEAD}# Board call\n\n## Decisions\n- Keep it.\n\n## Next steps\n- Lena T: Spoke to the vendor about the stands.\n- Met with the printer on Monday.\n- Kim: Send the quote to the board.\n`;
    assert.deepEqual(findings(text, 'action-missing-due'), ['17 next-actions']);
  });

  it('a heading naming a person of the roster, then a topic, owns the work listed under it (`### Ian - Loader update` / `Work to do:`)', () => {
    const text = `${HEAD}# Team meeting\n\n## Decisions\n- Keep it.\n\n### Ana - Loader update\n\nWork to do:\n\n- Finish the loader tests\n\n### Budget - open points\n\nWork to do:\n\n- Close the quote\n`;
    // Ana is an attendee; `Budget` is nobody.
    assert.deepEqual(findings(text, 'action-missing-owner'), ['24 decisions']);
  });

  it('`None, all covered in the agenda` under the actions is no action', () => {
    assert.ok(NO_ACTION.test('None, all covered in the agenda'));
    assert.ok(NO_ACTION.test('None - everything was handled at the meeting.'));
    assert.ok(!NO_ACTION.test('None of the slides are ready: redo them'));
  });

  it('a task named by its sub-heading, described by a list (who, when done), is no task of its own', () => {
    const task = (n: number, list: string) => `### ${n}: Task number ${n}\n${list}\n\n`;
    const text = `${HEAD}# Project sync\n\n## Decisions\n- Keep it.\n\n## Action Items\n${task(1, '- Ana\n- Done: 2/21')}${task(2, '- assigned to everyone\n- Done: 2/23')}${task(3, '- assigned to: Lee\n- Done:')}`;
    // Done ones: nothing to chase. The open one (`Done:` blank) is one job on its heading: who, and no date.
    assert.deepEqual(findings(text, 'action-missing-due'), ['23 next-actions']);
    assert.deepEqual(findings(text, 'action-overdue'), []);
    // A list of real tasks under a sub-heading is read.
    const real = `${HEAD}# Project sync\n\n## Decisions\n- Keep it.\n\n## Action Items\n### Week 2\n- Ana to send the deck\n- Done: the poster\n`;
    assert.deepEqual(findings(real, 'action-missing-due'), ['16 next-actions', '17 next-actions']);
  });

  it('a lead-in naming the work to come (`确定接下来前后端工作：`, `制定下一阶段开发计划：`) holds tasks; a team’s label owns its own', () => {
    const text = `${HEAD}# 项目会议\n\n## 结论\n- 保留现有方案\n\n## 第六次会议\n\n- 确定接下来前后端工作：\n  - 前端继续完善登录页面\n  - 整理接口文档\n- 制定下一阶段开发计划：\n  - 前端：\n    - 调研图表组件\n  - 设计稿：\n    - 补充空状态插图\n`;
    assert.deepEqual(findings(text, 'action-missing-due'), [
      '17 next-actions',
      '18 next-actions',
      '21 next-actions',
      '23 next-actions',
    ]);
    // 前端 (the front-end team) leads or labels its own; `设计稿` is no team: its item names nobody.
    assert.deepEqual(findings(text, 'action-missing-owner'), ['18 next-actions', '23 next-actions']);
    // Under a split of roles (`Responsibilities:`), a group's lines say what the role is: no tasks.
    const roles = `${HEAD}# Kickoff\n\n## Decisions\n- Keep it.\n\n## Notes\n\n- Responsibilities:\n  - Designers:\n    - Come up with the page structure\n`;
    assert.deepEqual(findings(roles, 'action-missing-due'), []);
  });

  it('a deadline line opening the section (`To be done until **Friday 4.12.2026**:`) is every task’s up to the next heading', () => {
    const text = `${HEAD}# Team sync\n\n## Decisions\n- Keep it.\n\n## Tasks for everyone\n\nTo be done until **Friday 4.12.2026**:\n\n1. Ana: update the plan\n\nIf there is time:\n\n- Lee: review the open PRs\n\n### Later\n\n- Ana: tidy the wiki\n`;
    // The list after the second lead-in keeps the deadline; the sub-heading ends it.
    assert.deepEqual(findings(text, 'action-missing-due'), ['26 next-actions']);
    // A deadline line after a list is that list's lead-in no more than before: the list before it has none.
    const after = text.replace(
      'To be done until **Friday 4.12.2026**:\n\n1. Ana: update the plan\n\n',
      '1. Ana: update the plan\n\nTo be done until **Friday 4.12.2026**:\n\n',
    );
    assert.deepEqual(findings(after, 'action-missing-due'), ['16 next-actions', '22 next-actions', '26 next-actions']);
  });

  it('a sub-heading `From David` owns the tasks under it; `Future Discussions` holds topics, not tasks', () => {
    // (Ana and Lee are the attendees.)
    const text = `${HEAD}# Kickoff with the client\n\n## Decisions\n- Keep it.\n\n## Action Items\n\n### From Ana\n- [ ] Send the brand assets by 2026-12-20\n\n### From Lee\n- [ ] Build the first pages by 2026-12-22\n\n### Future Discussions\n- Payment for the later phases\n- Hosting choices\n`;
    assert.deepEqual(findings(text, 'action-missing-owner'), []);
    assert.deepEqual(findings(text, 'action-missing-due'), []);
    // Not a person: `For review` owns nothing.
    const review = text.replace('### From Ana', '### For review');
    assert.deepEqual(findings(review, 'action-missing-owner'), ['17 next-actions']);
    // Topics under another sub-heading are read as tasks.
    assert.deepEqual(findings(text.replace('Future Discussions', 'Week 3'), 'action-missing-due').length, 2);
  });

  it('a brief’s target date is its due date: `Fecha objetivo:`, `Target date:`, `目标日期：`', () => {
    const brief = (line: string) =>
      `---\ntype: brief\nclient: Acme\nbrand: Lumo\njob: AC-1\ndate: 2026-12-01\nbudget: 1000 EUR\n---\n# Brief creativo\n\n${line}\n`;
    assert.ok(missingFieldsOf(brief('Texto.')).includes('due'));
    for (const line of ['- Fecha objetivo: `2026-12-24`', '**Target date:** 2026-12-24', '目标日期：2026-12-24'])
      assert.ok(!missingFieldsOf(brief(line)).includes('due'), line);
  });
});
