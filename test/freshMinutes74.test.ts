/**
 * Forms of a fresh blind set of real minutes (eval74): a sign-up table of tasks (`| Task | Deadline | Person(s) |
 * Complete |`) with bold rows naming each group of tasks, a task table copied from a word processor whose owner
 * cells were merged over each person's rows, and a team writing its meeting's day year first between slashes
 * (`2021/02/03`) whose year-less deadlines (`2.6`) put the month first. Our own words, the same forms.
 */
import { strict as assert } from 'node:assert';
import { analyze, reportsMissing as has } from './helpers/analyze';

/** The 1-based lines of one rule's findings. */
const linesOf = (text: string, rule: string) =>
  analyze(text)
    .findings.filter((f) => f.rule === rule)
    .map((f) => f.range.start.line + 1);

const HEAD = '---\ntype: minutes\n---\n';

describe('fresh real minutes, eval74', () => {
  it('a sign-up table: Person(s) names the owner, Complete = Yes closes the task, a bold row names a group', () => {
    const doc = `${HEAD}# Team 7 kickoff 2026-04-12\n\n## Task Assignments\n\n| Task | Deadline | Person(s) | Complete |\n|---|---|---|---|\n| **Kickoff** | | | |\n| Draw the mascot | 2026-04-19 | Lena | Yes |\n| Team page | 2026-04-19 | Omar | |\n| Demo video | 2026-04-21 | | |\n`;
    // Lines 10-13: the group row, a done task, an owned task, a task nobody took.
    assert.deepEqual(linesOf(doc, 'action-missing-owner'), [13]);
    assert.deepEqual(linesOf(doc, 'action-missing-due'), []);
    // The done task is not overdue; the open ones are.
    assert.deepEqual(linesOf(doc, 'action-overdue'), [12, 13]);
  });
  it('owner cells merged over each person’s rows: an empty cell is the owner’s above', () => {
    const tasks = [
      'Draft the brief',
      'Book the studio',
      'Send the deck',
      'Call the printer',
      'Order samples',
      'Fix the plan',
    ];
    const rows = (cells: string[]) => cells.map((who, i) => `| ${tasks[i]} | ${who} | 2026-12-2${i} |`).join('\n');
    const doc = (cells: string[]) =>
      `${HEAD}# Sprint meeting 2026-12-01\n\n## Action points\n\n| Task | Members | DDL |\n|---|---|---|\n${rows(cells)}\n`;
    assert.deepEqual(linesOf(doc(['Mia', '', '', 'Noor', '', '']), 'action-missing-owner'), []);
    // A table whose owners are mostly filled in: the empty cell is a task nobody took.
    assert.deepEqual(linesOf(doc(['Mia', 'Noor', '', 'Kai', 'Mia', 'Noor']), 'action-missing-owner'), [12]);
    // One name atop empty cells is no pattern of merged cells: nobody owns the rest.
    assert.deepEqual(linesOf(doc(['Mia', '', '', '']), 'action-missing-owner'), [11, 12, 13]);
  });
  it('a meeting’s day written year first between slashes: its year-less deadlines read month first', () => {
    const doc = (time: string) =>
      `${HEAD}# Team 3 - 12th Meeting\n\n**Time:** ${time}\n\n### Action points\n\n| Task | Members | DDL |\n|---|---|---|\n| fix the sorting animation | Mia | 2.6 |\n`;
    assert.deepEqual(linesOf(doc('2021/02/03'), 'ambiguous-date'), []);
    assert.deepEqual(linesOf(doc('2021/02/03'), 'action-overdue'), [12]);
    // Written day first or ISO, the meeting's day says nothing of how its writers order a year-less date.
    assert.deepEqual(linesOf(doc('2021-02-03'), 'ambiguous-date'), [12]);
  });
  it('the meeting’s day under a heading naming when (and where), in an unspaced title, or dashed with a short year', () => {
    const under = (heading: string, line: string) =>
      `${HEAD}### ACTA No. 004\n\n# ${heading}\n${line}\n\n## Temas\n\n- Avance del prototipo.\n`;
    assert.ok(!has(under('CIUDAD Y FECHA.', '14/05/2026 Cartagena, Bolívar.'), 'meeting'));
    assert.ok(!has(under('Time and Place:', 'May 17, 2026 | 3-4pm Discord'), 'meeting'));
    assert.ok(!has(under('时间地点', '2026/05/14 三楼会议室'), 'meeting'));
    // A heading on the time alone over an hour is no day.
    assert.ok(has(under('HORA DE INICIO.', '15:00 HORAS'), 'meeting'));
    const titled = (title: string) => `${HEAD}${title}\n\nAttending: Ana, Ben, Carla\n\n## Notes\n\n- Scope agreed.\n`;
    assert.ok(!has(titled('#6/02/26 Kickoff Call Main Points'), 'meeting'));
    assert.ok(!has(titled('# Meeting Minutes 05-21-26 - Team 9'), 'meeting'));
    assert.ok(has(titled('# Meeting Minutes - Team 9'), 'meeting'));
  });
  it('attendees under a label alone over a table of people, anywhere', () => {
    const filler = Array.from({ length: 45 }, (_, i) => `- Point ${i + 1} discussed.`).join('\n');
    const doc = (label: string) =>
      `${HEAD}# Reunión 2026-02-18\n\n${filler}\n\n**${label}**\n\n| Nombre completo | Rol |\n|---|---|\n| Lucía Pardo | Secretaria |\n| Tomás Gil | Presidente |\n`;
    assert.ok(!has(doc('Participantes'), 'attendees'));
    // A table of people under another label is not who attended.
    assert.ok(has(doc('Pendientes'), 'attendees'));
  });
  it('an action closed by a link to where it was done', () => {
    const doc = (mark: string) =>
      `${HEAD}# Working group 2026-09-24\n\n## Notes\n\n* Topic: naming\n   * **Action item**: Rosa to reply on the issue${mark}\n`;
    assert.deepEqual(linesOf(doc(' [[done](https://example.org/issues/12#c3)]'), 'action-missing-due'), []);
    assert.deepEqual(linesOf(doc(''), 'action-missing-due'), [9]);
  });
  it('attendees named on an `Attending the meeting:` line own tasks even when their names are words (April, Bill)', () => {
    const doc = (line: string) =>
      `${HEAD}# Kickoff 2026-05-18\n\n${line}\n\n## Action items\n\n- ACTION: April to poke at the API by 2026-06-01\n- Bill to record the interviews by 2026-06-01\n`;
    assert.deepEqual(linesOf(doc('Attending the meeting: Adam, April, Bill, Carla'), 'action-missing-owner'), []);
    // Without them on the roster, `April` and `Bill` read as a month and a word.
    assert.deepEqual(linesOf(doc('Topics of the meeting: budget, API'), 'action-missing-owner'), [10, 11]);
  });
  it('a slash or a dash in the owner column says nobody', () => {
    const doc = `${HEAD}# 周会 2026-05-18\n\n## 行动项\n\n| 任务 | 负责人 | 截止日期 |\n|---|---|---|\n| 整理需求 | 王明 | 2026-12-01 |\n| 画原型 | / | 2026-12-01 |\n| 写文档 | — | 2026-12-01 |\n`;
    assert.deepEqual(linesOf(doc, 'action-missing-owner'), [11, 12]);
  });
});

describe('a relative day where the deadline goes is named in the message', () => {
  const messages = (text: string, locale: 'en' | 'zh' | 'es' = 'en') =>
    analyze(text, 'doc.md', locale)
      .findings.filter((f) => f.rule === 'action-missing-due')
      .map((f) => f.message);
  it('in a due cell, after a due word or in brackets; not a weekday elsewhere in the task', () => {
    const doc = `${HEAD}# Call 2026-05-18\n\n## Action items\n\n- Ana to send the deck by Friday\n- Ben to book the Monday shoot\n- Unir las ramas (primera semana) -> Carla\n\n| Task | Deadline | Owner |\n|---|---|---|\n| Logo | Sunday | Dana |\n`;
    const m = messages(doc);
    assert.equal(m.length, 4);
    assert.match(m[0], /^“Friday” is not a date: write the deadline of/u);
    assert.match(m[1], /^Every next action needs a deadline/u);
    assert.match(m[2], /^“primera semana” is not a date/u);
    assert.match(m[3], /^“Sunday” is not a date/u);
    const zh = messages(
      `${HEAD}# 周会 2026-05-18\n\n## 行动项\n\n| 任务 | 截止 | 负责人 |\n|---|---|---|\n| 画原型 | 周日 | 王明 |\n`,
      'zh',
    );
    assert.match(zh[0], /^「周日」不是具体日期/u);
  });
  it('a weekday with its hour in the due cell, and the next meeting, are named too', () => {
    const doc = `${HEAD}# Call 2026-05-18\n\n## Action items\n\n- Ben to bring the figures to the next meeting\n- Ana to share the draft by the next meeting\n\n| Task | Deadline | Owner |\n|---|---|---|\n| Logo | Friday 5pm | Dana |\n`;
    const m = messages(doc);
    assert.equal(m.length, 3);
    assert.match(m[0], /^Every next action needs a deadline/u, 'the meeting named as a place, not a deadline');
    assert.match(m[1], /^“the next meeting” is not a date/u);
    assert.match(m[2], /^“Friday 5pm” is not a date/u);
  });
});

describe('a topic heading closed by the handles of who carries it', () => {
  it('owns the tasks under it in the actions section', () => {
    const doc = `${HEAD}# 周会 2026-04-02\n\n## 行动项\n\n### 支付接口 @陈玄\n\n- 对比两家服务商\n\n### Search @ana @li\n\n- Compare the engines\n\n### 其他\n\n- 整理文档\n`;
    assert.deepEqual(linesOf(doc, 'action-missing-owner'), [18]);
  });
});

describe('a to-do list labelled by days in bold', () => {
  it('takes the day as the deadline, and quotes the task without its due label', () => {
    const doc = `${HEAD}# Warm-up meeting 2026-04-19\n\n## To Do\n\n* **Due April 25th:** Finish the research notes.\n* **April 27th:** Rehearse the presentation together.\n`;
    const a = analyze(doc);
    assert.deepEqual(linesOf(doc, 'action-missing-due'), []);
    assert.deepEqual(linesOf(doc, 'action-overdue'), [8, 9]);
    const quoted = a.findings.filter((f) => f.rule === 'action-missing-owner').map((f) => f.message);
    assert.match(quoted[0], /“Finish the research notes\.”/u);
  });
});
