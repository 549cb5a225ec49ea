/**
 * Forms of real minutes read in the 37th session (eval84, second round): who does a task written on its sub-items
 * (`- Add icons to the mockups` / `  - Login page, Settings: Omar`), the attendees a heading names itself
 * (`### Attendees: Omar, Priya`), a short first name in lower case closing an item (`- Night mode - lise`). Our own
 * words, the same forms.
 */
import { strict as assert } from 'node:assert';
import { analyze } from './helpers/analyze';
import { linesOf as lines, sameEverywhere as sameIn } from './helpers/minutes';

const sameEverywhere = (text: string) => sameIn(text, '/tmp/m84b.md');

const meeting = (attendees: string, actions: string) =>
  `---\ntype: minutes\n---\n# Meeting 7: 9th July 2021\n\n${attendees}\n\n### Discussion Points\n\n- Which screens to draw first\n\n### Action Items\n\n${actions}`;

describe('fresh real minutes, eval84 forms (second round)', () => {
  it('`- Add icons to the mockups` over `  - Login page, Settings: Omar`: the people the parts name own the task', () => {
    const doc = meeting(
      '### Attendees',
      '- Add colours, fonts, icons to the mockups (split by screen from sprint 1)\n\t- Login page, Settings: Omar\n\t- Shop, Checkout: Priya\n\t- Profile: Jan\n- Learn the test runner\n\t- Try one each first\n',
    );
    assert.deepEqual(lines(doc, 'action-missing-owner'), [18]);
    sameEverywhere(doc);
    // One part named is no sharing out.
    const one = doc.replace('Shop, Checkout: Priya', 'Shop, Checkout').replace('Profile: Jan', 'Profile');
    assert.deepEqual(lines(one, 'action-missing-owner'), [14, 18]);
  });

  it('`### Attendees: Omar, Priya` and `### Attendees [Omar, Priya]`: the heading names the people there', () => {
    for (const heading of ['### Attendees: Omar, Priya, Lisette', '### Attendees [Omar, Priya, Lisette]']) {
      const doc = meeting(heading, '- Report on the survey - omar\n- Fix the tiles - priya\n');
      assert.deepEqual(lines(doc, 'action-missing-owner'), [], heading);
      sameEverywhere(doc);
    }
    // Without them, a word in lower case after a dash names nobody.
    const none = meeting('### Attendees', '- Report on the survey - omar\n');
    assert.deepEqual(lines(none, 'action-missing-owner'), [14]);
    // `### Attendees: None`: no one named (`- Report on the survey - none` names no owner).
    assert.deepEqual(
      lines(meeting('### Attendees: None', '- Report on the survey - none\n'), 'action-missing-owner'),
      [14],
    );
    // `## Attendees (remote)`: no names.
    assert.deepEqual(
      lines(meeting('### Attendees (remote)', '- Report on the survey - remote\n'), 'action-missing-owner'),
      [14],
    );
  });

  it('`- Night mode - lise`, `- Score board - Jan`: the start of one attendee’s first name, a short name for them', () => {
    const doc = meeting(
      '### Attendees: Omar, Priya, Lisette, Jannet',
      '- New night mode - lise\n- New score board - Jan\n- Polishing the levels\n\t- New levels - omar\n\t\t- Desert\n\t- New skins - Priya\n',
    );
    assert.deepEqual(lines(doc, 'action-missing-owner'), []);
    sameEverywhere(doc);
    // The start of two people's names is neither's (`- jan` with Jannet and Janek there).
    const two = meeting('### Attendees: Omar, Jannet, Janek', '- New score board - jan\n');
    assert.deepEqual(lines(two, 'action-missing-owner'), [14]);
  });

  it('`Patterns to apply …`, `Check Voltage and Resistance to make sure …`: things before `to`, no owners', () => {
    const doc = `---\ntype: minutes\n---\n# Meeting 6: 7th July 2021\n\n### Attendees [Omar, Priya]\n\n### Discussion Points\n\n- Patterns to apply for the mockups and options\n- Requirements to check with the tutor\n\nFeedback by the tutor:\n\n* Check Voltage and Resistance to make sure it holds at 12V\n\n### Action Items\n\n- Finish the mockups - Omar\n- Florence to send the survey\n`;
    // Only the two actions; Florence is a name, not a thing.
    assert.deepEqual(lines(doc, 'action-missing-due'), [19, 20]);
    assert.deepEqual(lines(doc, 'action-missing-owner'), []);
    sameEverywhere(doc);
  });

  it('`Resolves to have …`: the meeting’s own resolution, no one named its owner', () => {
    const doc = `---\ntype: minutes\n---\n# Meeting 2\n\n- Sharing of the first analysis\n- Resolves to have sharper questions and examples\n`;
    assert.deepEqual(lines(doc, 'action-missing-owner'), [7]);
    sameEverywhere(doc);
  });

  it('`## 4. Action Plan & Next Steps` in a file of several meetings: its table is the first meeting’s actions', () => {
    const doc = (heading: string) =>
      `---\ntype: minutes\n---\n# Minutes: Kick-off\n\n## 3. Decisions\n\n- Weekly calls.\n\n## ${heading}\n\n| Task | Responsibility | Deadline |\n| :--- | :--- | :--- |\n| Share phone numbers | Students | ASAP |\n| Progress report | Students | 1 Month |\n\n# Minutes: Planning\n\n## 4. Action Items\n\n| Task Description | Assigned To | Due Date |\n| :--- | :--- | :--- |\n| Send the brief | Tanya | Early next week |\n`;
    assert.deepEqual(lines(doc('4. Action Plan & Next Steps'), 'action-missing-due'), [14, 15, 23]);
    sameEverywhere(doc('4. Action Plan & Next Steps'));
    // A retrospective's action plan alone, or beside something else, is no list of tasks.
    assert.deepEqual(lines(doc('Action Plan'), 'action-missing-due'), [23]);
    assert.deepEqual(lines(doc('Action Plan & Budget'), 'action-missing-due'), [23]);
  });

  it('`* None, wait for the tutor’s approval` among the goals: nothing to do, then why; no task', () => {
    const doc = `---\ntype: minutes\n---\n# Shuttle planner\n\nNext week's goals:\n* None, topic proposal only\n* Nothing - waiting for the tutor's approval\n* draw the stop map\n`;
    assert.deepEqual(lines(doc, 'action-missing-due'), [9]);
    assert.deepEqual(lines(doc, 'action-missing-owner'), [9]);
    sameEverywhere(doc);
  });

  it('`3-25号前整理需求`, `3.26前`: a month and a day in figures before 前 is the task’s deadline', () => {
    const doc = `---\ntype: minutes\n---\n# 2017-3-22 讨论记录\n\n## 结论\n\n- 先做推荐。\n\n## 后续行动\n\n- 张伟：3-25号前整理需求\n- 李娜：3.26前联系老师\n- 王强：1-2周内读论文\n`;
    assert.deepEqual(lines(doc, 'action-missing-due'), [14]);
    assert.deepEqual(lines(doc, 'action-overdue'), [12, 13]);
    sameEverywhere(doc);
  });

  it('`Tareas<TAB>Responsable` over `1. …<TAB>Programadora` lines: a table of tasks pasted as lines, each row a task', () => {
    const doc =
      '---\ntype: minutes\n---\nTareas \tResponsable\n    1. Añadir el filtro por región\tProgramadora\n    2. El listado debe mostrar diez filas\n como máximo por página\tProgramadora\n    3. \t    4. Preparar la guía de uso\tLaura Pineda\n    5. \t    6. Se cambió el nombre del portal.\t\n';
    // Rows 1, 2 (two lines) and 4; the last one, nobody's, records what was agreed.
    assert.deepEqual(lines(doc, 'action-missing-due'), [5, 6, 8]);
    assert.deepEqual(lines(doc, 'action-missing-owner'), []);
    assert.deepEqual(
      analyze(doc)
        .findings.filter((f) => f.rule === 'missing-section')
        .map((f) => f.data.section),
      ['decisions'],
    );
    sameEverywhere(doc);
    // Tab-separated lines under no header of tasks are no table of tasks.
    assert.deepEqual(lines(doc.replace('Tareas \tResponsable', 'Notas \tFecha'), 'action-missing-due'), []);
  });

  it('`- Finish the screens:` over `- Controls: All` / `- Jump, crouch, etc.`: examples of the part before; long parts are parts too', () => {
    const doc = `---\ntype: minutes\n---\n# Meeting 2: 29th June 2021\n\n### Action Items\n\n- Finish the screens:\n\t- World map: Omar\n\t- Controls: All\n\t- Jump, crouch, etc.\n\t- Battle: Priya\n\n- Finish the stories:\n\t- Add more stories and epics to cover the whole spec: Omar\n\t- Add figures from the assumptions: All\n`;
    assert.deepEqual(lines(doc, 'action-missing-owner'), []);
    assert.deepEqual(lines(doc, 'action-missing-due'), [9, 10, 12, 15, 16]);
    sameEverywhere(doc);
  });

  it('`- liang：文档留存很重要；沟通很重要` among next week’s tasks: what matters, a remark, no task', () => {
    const doc = `---\ntype: minutes\n---\n# 周会\n\n## 结论\n\n- 继续部署。\n\n## 下周任务\n\n- @阿强：部署测试环境\n- liang：文档留存很重要；团队沟通很重要；工具用飞书\n`;
    assert.deepEqual(lines(doc, 'action-missing-due'), [12]);
    assert.deepEqual(lines(doc, 'action-missing-owner'), []);
    sameEverywhere(doc);
  });
});
