/**
 * Forms of real minutes read in the 34th session (eval80): a development team's `#### 开发任务：`, `## 讨论成果`, minutes
 * pasted as plain lines (`Attendance` over the names and `Absent: None`, `Decisions Made` over the decisions), `Goals for
 * next week (…)` over the list of tasks. Our own words, the same forms.
 */
import { strict as assert } from 'node:assert';
import { analyze } from './helpers/analyze';
import { linesOf as lines, sameEverywhere as sameIn } from './helpers/minutes';

const sameEverywhere = (text: string) => sameIn(text, '/tmp/m80.md');
const missingSection = (doc: string, name: RegExp) =>
  analyze(doc).findings.some((f) => f.rule === 'missing-section' && name.test(f.message));
const missingField = (doc: string, name: string) =>
  analyze(doc).findings.some((f) => f.rule === 'missing-field' && f.message.includes(`“${name}”`));

describe('fresh real minutes, the 34th session', () => {
  it('`#### 开发任务：` over numbered tasks is the actions list; a side of the app leading a task (`商家端：`) owns it', () => {
    const doc = `---\ntype: minutes\n---\n## 第三次开发例会\n\n**参加人员**：全组\n\n#### 分组：\n\n王磊，周婷：商家端\n\n#### 开发任务：\n\n1. 搭好订单表和商品表\n\n2. 商家端：店铺首页和上架页面\n\n3. 学习小程序的云开发\n`;
    assert.ok(!missingSection(doc, /后续行动|Next actions/u));
    assert.deepEqual(lines(doc, 'action-missing-owner'), [14, 18]);
    assert.deepEqual(lines(doc, 'action-missing-due'), [14, 16, 18]);
    sameEverywhere(doc);
  });

  it('`## 讨论成果` (what the discussion came to) holds the decisions', () => {
    const doc = `---\ntype: minutes\n---\n# 第二次组会\n\n## 讨论成果\n\n- 首页改为卡片式布局\n\n## 后续安排\n\n- 刘洋：周五前交原型图\n`;
    assert.ok(!missingSection(doc, /结论|Decisions/u));
    const empty = `---\ntype: minutes\n---\n# 第二次组会\n\n## 讨论成果\n\n## 后续安排\n\n- 刘洋：周五前交原型图\n`;
    assert.deepEqual(lines(empty, 'empty-section'), [6]);
  });

  it('minutes pasted as plain lines: `Attendance` over the names closed by `Absent: None`, `Decisions Made` over the decisions', () => {
    const doc = (absent: string) =>
      `---\ntype: minutes\n---\nTeam meeting 2: design review\nDate: April 14, 2026\n\nAttendance\nOrla Brennan (S1042)\nTeodor Vasile (S1187)\nMina Sato (S1203)\n${absent}\n\nTopics\nReviewed the first screens.\n\nDecisions Made\nThe team keeps the dark theme.\nMina owns the colour tokens.\n`;
    assert.ok(!missingField(doc('Absent: None'), 'attendees'));
    assert.ok(!missingField(doc('Apologies: Luca Moretti'), 'attendees'));
    assert.ok(!missingSection(doc('Absent: None'), /Decisions/u));
    // A line that names nobody under the label is still no list of names.
    assert.ok(missingField(doc('We met in room 4.'), 'attendees'));
    // `Decisions` alone without `Made` was read before; a line that goes on is not the label.
    const prose = doc('Absent: None').replace('Decisions Made', 'Decisions made by the client are pending');
    assert.ok(missingSection(prose, /Decisions/u));
  });

  it('`Goals for next week (include responsibilities)` alone on its line over the list labels the actions', () => {
    const doc = (label: string) =>
      `---\ntype: minutes\n---\n# Meeting minutes\n\nMembers present: Ines, Pavel, Ruth\n\nDate: 03/10/2026\n\nDiscussion points:\n\n* Finished the poster draft\n\n${label}\n\n* Ines: Book the lab for the demo\n* All: Rehearse the talk\n`;
    assert.deepEqual(lines(doc('Goals for next week (include responsibilities)'), 'action-missing-due'), [16, 17]);
    assert.deepEqual(lines(doc('Goals for next week'), 'action-missing-due'), [16, 17]);
    assert.deepEqual(lines(doc('Goals for next week (include responsibilities)'), 'action-missing-owner'), []);
    assert.ok(!missingSection(doc('Goals for next week (include responsibilities)'), /Next actions/u));
    sameEverywhere(doc('Goals for next week (include responsibilities)'));
    // A sentence is no label.
    assert.deepEqual(lines(doc('Goals for next week are on the board'), 'action-missing-due'), []);
  });

  it('`### Other notes` under `## Tasks:` holds notes, not more tasks', () => {
    const doc = (notes: string, line = 'Meeting length: about half an hour on Tuesday March 3.') =>
      `---\ntype: minutes\n---\n# Meeting 2:\n\n## Tasks:\nNadia: Draw the sign-up screen\n\nOmar: Set up the database tables\n\n${notes}\n${line}\n`;
    assert.deepEqual(lines(doc('### Other notes'), 'action-missing-owner'), []);
    assert.deepEqual(lines(doc('### Other notes'), 'action-missing-due'), [7, 9]);
    assert.deepEqual(lines(doc('### Other notes'), 'action-overdue'), []);
    sameEverywhere(doc('### Other notes'));
    // A sub-heading of another kind is still part of the tasks.
    assert.deepEqual(lines(doc('### Later', 'Priya: Order the stickers'), 'action-missing-due'), [7, 9, 12]);
    assert.deepEqual(lines(doc('### Other notes', 'Priya: Order the stickers'), 'action-missing-due'), [7, 9]);
  });

  it('`by Wednesday **14 May 2026** review`: the weekday, then its date in bold, is a date', () => {
    const doc = (task: string) =>
      `---\ntype: minutes\nmeeting: 2026-05-11\n---\n# Sprint meeting\n\n## Decisions\n\n- Keep the weekly demo.\n\n## Action items\n\n- ${task}\n`;
    assert.deepEqual(
      lines(doc('Everyone to sketch the mockups by Wednesday **14 May 2026** review'), 'action-missing-due'),
      [],
    );
    assert.deepEqual(lines(doc('Everyone to sketch the mockups by Wednesday review'), 'action-missing-due'), [13]);
    sameEverywhere(doc('Everyone to sketch the mockups by Wednesday **14 May 2026** review'));
  });

  it('`- Responsible for …` after a task with its owners goes on with theirs', () => {
    const doc = (second: string, first = 'Lena and Marco will build the main screens.') =>
      `---\ntype: minutes\n---\n# Kickoff\n\n## Decisions\n\n- Ship the beta in June.\n\n## Task Assignments\n\n### Front page work\n- ${first}\n- ${second}\n\n### Testing\n- ${second}\n`;
    const text = doc('Responsible for the styling of the screens too.');
    assert.deepEqual(lines(text, 'action-missing-owner'), [17]);
    assert.deepEqual(lines(text, 'action-missing-due'), [13, 14, 17]);
    sameEverywhere(text);
    // After a task nobody owns, it is nobody's either.
    assert.deepEqual(
      lines(doc(text.split('\n')[13].slice(2), 'Build the main screens.'), 'action-missing-owner'),
      [13, 14, 17],
    );
  });

  it('a title dated with the month in small letters and its year (`# Week 3: 5th november 2026`) gives the meeting’s day', () => {
    const doc = (title: string) => `---\ntype: minutes\n---\n# ${title}\n\n## Tasks\n1. Run the baseline model\n`;
    assert.ok(!missingField(doc('Week 3: 5th november 2026'), 'meeting'));
    assert.ok(!missingField(doc('Sync of 12 june, 2026'), 'meeting'));
    // Without its year it is no date.
    assert.ok(missingField(doc('Week 3: 5th november'), 'meeting'));
  });

  it('a grid table (pandoc’s) with an `AGREEMENTS` column holds the decisions', () => {
    const doc = (column: string) =>
      `---\ntype: minutes\n---\n**ACTA 3. Consejo escolar**\n\n**4 de marzo, 2026**\n\n+------------+-------------------------------+------------------+\n| TEMA       | DESCRIPCIÓN                   | ${column.padEnd(16)} |\n+============+===============================+==================+\n| Comedor    | Se revisó el menú de marzo.   | Cambiar el menú  |\n|            |                               | de los viernes.  |\n+------------+-------------------------------+------------------+\n`;
    assert.ok(!missingSection(doc('AGREEMENTS'), /Acuerdos|Decisions/u));
    assert.ok(!missingSection(doc('ACUERDOS'), /Acuerdos|Decisions/u));
    assert.ok(missingSection(doc('NOTAS'), /Acuerdos|Decisions/u));
  });

  it('`Complete A2 - Project Setup`: the part of the coursework after the dash is no owner', () => {
    const doc = (task: string) =>
      `---\ntype: minutes\n---\n# Meeting 01\n\n## Attendees\n\n- Hana Ito\n- Jonas Berg\n\n## Decisions Made\n\n1. The repository is public.\n\n## Action Items\n\n1. ${task}\n`;
    assert.deepEqual(lines(doc('Complete A2 - Project Setup'), 'action-missing-owner'), [17]);
    assert.deepEqual(lines(doc('Complete A2 - Jonas Berg'), 'action-missing-owner'), []);
    sameEverywhere(doc('Complete A2 - Project Setup'));
  });

  it('`due next week (June 22/24)`: two days of the month after the month’s name, the first is the deadline', () => {
    const doc = (task: string) =>
      `---\ntype: minutes\nmeeting: 2026-06-15\n---\n# Sprint sync\n\n## Decisions\n\n- Demo on the big screen.\n\n## Action Items\n\n- ${task}\n`;
    assert.deepEqual(lines(doc('ALL: Start the demo slides, due next week (June 22/24)'), 'action-missing-due'), []);
    assert.deepEqual(lines(doc('ALL: Start the demo slides, due next week'), 'action-missing-due'), [13]);
    sameEverywhere(doc('ALL: Start the demo slides, due next week (June 22/24)'));
  });

  it('minutes pasted as plain lines: `Next Steps` over one task a line, in one paragraph', () => {
    const doc = (steps: string) =>
      `---\ntype: minutes\n---\nTeam meeting 3: sprint review\nDate: April 21, 2026\n\nDecisions Made\nThe demo moves to Friday.\n\nNext Steps\n${steps}\n`;
    const tasks = doc(
      'Polish the onboarding screens before the demo\nWrite the test plan\nSend the build to the client',
    );
    assert.deepEqual(lines(tasks, 'action-missing-owner'), [11, 12, 13]);
    assert.deepEqual(lines(tasks, 'action-missing-due'), [11, 12, 13]);
    assert.ok(!missingSection(tasks, /Next actions/u));
    sameEverywhere(tasks);
    // Prose wrapped over lines is no list of tasks.
    const prose = doc('We will meet again once the build is out and\nthe client has had a look at it.');
    assert.deepEqual(lines(prose, 'action-missing-owner'), []);
    // Nor is one line alone (a sentence under the label, as other tools read it).
    assert.deepEqual(lines(doc('Polish the onboarding screens'), 'action-missing-owner'), []);
  });

  it('`- Lena is handling the sign-up flow` in a list of tasks: the task, hers', () => {
    const doc = (section: string, item: string) =>
      `---\ntype: minutes\n---\n# Kickoff\n\n## Decisions\n\n- Ship the beta in June.\n\n## ${section}\n\n- ${item}\n- Marco will set up the database.\n`;
    assert.deepEqual(
      lines(doc('Task Assignments', 'Lena is handling the sign-up flow and the password reset.'), 'action-missing-due'),
      [12, 13],
    );
    assert.deepEqual(
      lines(doc('Task Assignments', 'Lena is in charge of the launch party.'), 'action-missing-due'),
      [12, 13],
    );
    assert.deepEqual(
      lines(doc('Task Assignments', 'Lena is in charge of the launch party.'), 'action-missing-owner'),
      [],
    );
    sameEverywhere(doc('Task Assignments', 'Lena is handling the sign-up flow and the password reset.'));
    // What someone said is still no task.
    assert.deepEqual(lines(doc('Task Assignments', 'Lena said the sign-up flow is slow.'), 'action-missing-due'), [13]);
    // Under a heading of notes, it is not read as a task.
    assert.deepEqual(
      lines(doc('Discussion', 'Lena is handling the sign-up flow and the password reset.'), 'action-missing-due'),
      [13],
    );
  });
});
