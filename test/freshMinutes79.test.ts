/**
 * Forms of real minutes read in the 33rd session (eval79): labels over the actions written the short way (`- AR:`,
 * `To-Do's:`), a log kept by one person of their own work, whose tasks are the writer's.
 * Our own words, the same forms.
 */
import { strict as assert } from 'node:assert';
import { analyze } from './helpers/analyze';
import { linesOf as lines, sameEverywhere as sameIn } from './helpers/minutes';

const sameEverywhere = (text: string) => sameIn(text, '/tmp/m79.md');

describe('fresh real minutes, the 33rd session', () => {
  it('`- AR:` (action required) over boxes to tick labels the actions; a template’s `Ar 1` is no task', () => {
    const doc = `---\ntype: minutes\n---\n# Robot arm team notes\n\nTemplate:\n- Points:\n    1.\n- AR:\n    - [ ] Ar 1\n    - [ ] Ar 2\n\n## 03.02.26 - what we covered\n\n- Points:\n    1. The gripper slips on glass.\n- AR:\n    - [ ] Try a softer pad on the gripper.\n    - [x] Order the spare servo.\n`;
    assert.deepEqual(lines(doc, 'action-missing-owner'), [18]);
    assert.deepEqual(lines(doc, 'action-missing-due'), [18]);
    // Its actions are there: no “Next actions” section is missing.
    assert.ok(!analyze(doc).findings.some((f) => f.rule === 'missing-section' && /Next actions/.test(f.message)));
    sameEverywhere(doc);
    // In small letters it is no label (`ar` is a word of other languages).
    const small = doc.replace(/- AR:/g, '- ar:');
    assert.deepEqual(lines(small, 'action-missing-owner'), []);
  });

  it('`To-Do’s:` over a list labels the actions', () => {
    const doc = (label: string) =>
      `---\ntype: minutes\n---\n## Working group notes\n\n### 2026-02-10\n\n${label}\n- draft the survey questions (Odile)\n- ask the foundation for the logo files (Petr)\n`;
    assert.deepEqual(lines(doc("To-Do's:"), 'action-missing-due'), [9, 10]);
    assert.deepEqual(lines(doc('To-Do’s:'), 'action-missing-due'), [9, 10]);
    assert.ok(
      !analyze(doc("To-Do's:")).findings.some((f) => f.rule === 'missing-section' && /Next actions/.test(f.message)),
    );
    sameEverywhere(doc("To-Do's:"));
  });

  it('a log of one person’s meetings with a label of the writer’s own actions: the other unlabelled lists are the writer’s too', () => {
    const doc = (label: string) =>
      `---\ntype: minutes\n---\n# Meeting notes\n\nNotes of my catch-ups with Rosa about the thesis.\n\n## 2026-03-02\n\n${label}\n- redo the survey charts\n\nAction Items for Rosa:\n- send the ethics form\n\n## 2026-02-16\n\nNext steps:\n- read the two papers on panel data\n- draft the methods chapter\n`;
    assert.deepEqual(lines(doc('Action Items for me:'), 'action-missing-owner'), []);
    assert.deepEqual(lines(doc('Action items for myself:'), 'action-missing-owner'), []);
    // Deadlines are still asked for.
    assert.deepEqual(lines(doc('Action Items for me:'), 'action-missing-due'), [11, 14, 19, 20]);
    sameEverywhere(doc('Action Items for me:'));
    // Without that label nothing says whose they are.
    assert.deepEqual(lines(doc('Action Items for Tomas:'), 'action-missing-owner'), [19, 20]);
  });

  it('minutes titled as a weekly report that name nobody present: next week’s plan is the writer’s own', () => {
    const doc = (title: string, people = '') =>
      `---\ntype: minutes\n---\n# ${title}\n${people}\n## 本周完成\n\n1. 清洗了订单数据\n\n## 下周计划\n\n1. 试验新的特征\n2. 整理实验记录\n`;
    assert.deepEqual(lines(doc('销量预测周报（第 3 周）'), 'action-missing-owner'), []);
    assert.deepEqual(lines(doc('Weekly report – week 3'), 'action-missing-owner'), []);
    assert.deepEqual(lines(doc('销量预测周报（第 3 周）'), 'action-missing-due'), [12, 13]);
    sameEverywhere(doc('销量预测周报（第 3 周）'));
    // With attendees it is a team's: the plan needs its owners.
    const team = doc('销量预测周报（第 3 周）', '\n## 参会人员\n\n- 王芳\n- 李强\n');
    assert.deepEqual(lines(team, 'action-missing-owner'), [17, 18]);
    // A meeting's title is no report of one's own work.
    assert.deepEqual(lines(doc('周报会议'), 'action-missing-owner'), [12, 13]);
  });

  it('`**Pendientes para la próxima**` over a list labels the actions', () => {
    const doc = `---\ntype: minutes\n---\n# Actas del grupo\n\n### 14/05/2026 — Repaso del sprint\n\n**Participantes:** Lara Gil, Tomás Ruiz\n\n**Decisiones**\n\n- Se mantiene el diseño actual.\n\n**Pendientes para la próxima**\n\n- Repartir las pruebas de la API entre los dos.\n- Elegir dónde se publica la demo.\n`;
    assert.deepEqual(lines(doc, 'action-missing-owner'), [16, 17]);
    assert.deepEqual(lines(doc, 'action-missing-due'), [16, 17]);
    sameEverywhere(doc);
  });

  it('`### 🎯 Puntos tratados y acuerdos:` holds the decisions; `### Asignación de roles y tareas:` the actions', () => {
    const doc = `---\ntype: minutes\n---\n# Registro de reuniones\n\n## Reunión del 2 de marzo de 2026\n\n**Asistentes:** Lara, Tomás, Irene.\n\n### 🎯 Puntos tratados y acuerdos:\n* **Alcance:** se acuerda cerrar el catálogo en dos pantallas.\n\n### 📋 Asignación de roles y tareas:\n* **Lara (Diseño):** Se encargará de los bocetos de las dos pantallas.\n* **Tomás (Datos):** Preparar el esquema de la base de datos.\n`;
    const found = analyze(doc).findings;
    assert.ok(!found.some((f) => f.rule === 'missing-section'));
    assert.deepEqual(lines(doc, 'action-missing-due'), [14, 15]);
    assert.deepEqual(lines(doc, 'action-missing-owner'), []);
  });

  it('`* Action Items for 3/26 Meeting` over sub-items among the notes: the minutes have their actions block', () => {
    const doc = (label: string) =>
      `---\ntype: minutes\ndate: 2026-03-12\n---\n# Club board meeting\n\n## Attendees\n\nChair: Rita\n\n## Agenda\n* Budget\n    * Approved the spring budget\n* ${label}\n    * Sticker order tabled\n    * Venue for May tabled\n`;
    const missing = (label: string) =>
      analyze(doc(label)).findings.filter((f) => f.rule === 'missing-section' && /Next actions/.test(f.message));
    assert.equal(missing('Action Items for 3/26 Meeting').length, 0);
    assert.equal(missing('Action Items for the next meeting').length, 0);
    assert.equal(missing('Items for the 3/26 meeting').length, 1);
  });

  it('`## Conclusiones generales` closing the document is where it belongs: not asked to move above the actions', () => {
    const doc = (closing: string) =>
      `---\ntype: minutes\n---\n# Acta de entrega\n\n## Asistentes\n\n- Lara Gil\n\n## Resumen\n\n- Se entrega la versión 1.\n\n## Compromisos\n\n- Lara Gil enviará el manual el 2026-12-01.\n\n## Firmas\n\nLara Gil\n\n## ${closing}\n\nEl trabajo cumplió su objetivo.\n\n## Anexos\n\n- Manual\n`;
    const order = (closing: string) => lines(doc(closing), 'section-order');
    assert.deepEqual(order('Conclusiones generales'), []);
    assert.deepEqual(order('Conclusiones finales'), []);
    // Decisions after the actions are still asked to move up.
    assert.deepEqual(order('Decisiones tomadas'), [22]);
  });

  it('`Work on assigned stories` is every member’s, each on the work already theirs', () => {
    const doc = (task: string) =>
      `---\ntype: minutes\n---\n# Sprint sync\n\n## Decisions\n\n- Move the demo to Friday.\n\n## Action Items\n* ${task}\n* Ask the tutor about the rubric\n## Contributors\n* Ana Ruiz\n* Ben Ode\n`;
    assert.deepEqual(lines(doc('Work on assigned stories'), 'action-missing-owner'), [12]);
    assert.deepEqual(lines(doc('Keep working on their assigned tasks.'), 'action-missing-owner'), [12]);
    assert.deepEqual(lines(doc('Seguir con las tareas asignadas'), 'action-missing-owner'), [12]);
    assert.deepEqual(lines(doc('Work on assigned stories'), 'action-missing-due'), [11, 12]);
    sameEverywhere(doc('Work on assigned stories'));
    // Work to hand out is nobody's yet.
    assert.deepEqual(lines(doc('Assign the stories'), 'action-missing-owner'), [11, 12]);
  });

  it('`… by the 20th` under a meeting’s dated heading is that day of the meeting’s month, or of the next', () => {
    const doc = (task: string) =>
      `---\ntype: minutes\n---\n# Supervision notes\n\n## Decisions\n\n- Keep the panel design.\n\n## 1-14-2026\n\nAction Steps:\n- Nadia: ${task}\n`;
    const overdue = (task: string) => analyze(doc(task)).findings.filter((f) => f.rule === 'action-overdue');
    assert.match(overdue('send the draft to Omar by the 20th')[0].message, /2026-01-20/);
    assert.match(overdue('send the draft to Omar by the 3rd, then book the room')[0].message, /2026-02-03/);
    assert.deepEqual(lines(doc('send the draft to Omar by the 20th'), 'action-missing-due'), []);
    // An ordinal of something else, or a whole date, is read as before.
    assert.deepEqual(lines(doc('finish it by the 2nd draft'), 'action-missing-due'), [13]);
    assert.match(overdue('send it by the 20th of March')[0].message, /2026-03-20/);
    sameEverywhere(doc('send the draft to Omar by the 20th'));
  });

  it('`Limit to just …` among the notes is no one called Limit taking on a task', () => {
    const doc = `---\ntype: minutes\n---\n# Supervision notes\n\n## Decisions\n\n- Keep the panel design.\n\n## Notes\n\n- For the second model:\n-   Limit to just the weekday sales so the totals match\n-   Also use the weather data\n`;
    assert.deepEqual(lines(doc, 'action-missing-due'), []);
    assert.deepEqual(lines(doc, 'action-missing-owner'), []);
  });

  it('Chinese owners written as groups, a role or `由` a Latin name: `各组内部…`, `x和y一组`, `主持人应该…`, `由kai开始`', () => {
    const doc = (task: string) =>
      `---\ntype: minutes\n---\n# 周会\n\n## 参会人员\n\n- 周婷\n- 林峰\n\n## 决定\n\n- 采用新的配色。\n\n## 下周任务\n\n- ${task}\n- 准备演示稿\n`;
    const owners = (task: string) => lines(doc(task), 'action-missing-owner');
    assert.deepEqual(owners('初稿出来后，各组内部审核'), [18]);
    assert.deepEqual(owners('接口设计：mia和leo一组，小舟、阿青、kai一组。'), [18]);
    assert.deepEqual(owners('主持人应该提前确认会议大纲'), [18]);
    assert.deepEqual(owners('下周的会议记录由kai开始。'), [18]);
    assert.deepEqual(lines(doc('下周的会议记录由kai开始。'), 'unknown-owner'), []);
    sameEverywhere(doc('接口设计：mia和leo一组，小舟、阿青、kai一组。'));
    // Opinions of the groups are no one taking a task on.
    assert.deepEqual(owners('各组意见并未统一'), [17, 18]);
  });

  it('a paragraph closing with `Some actions:` leads into the list of actions', () => {
    const doc = (lead: string) =>
      `---\ntype: minutes\n---\n# Working group notes\n\n## Decisions\n\n- Keep the REST API.\n\n## May 4, 2026\nWe went through the open pull requests and the plan for the summit. ${lead}\n- @rkoval will write the selection criteria\n- Ines will rework the current draft of the spec\n`;
    assert.deepEqual(lines(doc('Some actions:'), 'action-missing-due'), [12, 13]);
    assert.deepEqual(lines(doc('Some actions:'), 'action-missing-owner'), []);
    assert.deepEqual(lines(doc('The following actions were agreed:'), 'action-missing-due'), [12, 13]);
    sameEverywhere(doc('Some actions:'));
    // Actions as a topic of the talk lead into no list of them.
    assert.deepEqual(lines(doc('Some actions we considered were risky.'), 'action-missing-due'), []);
  });

  it('`- Interface design:` over `- Map screen: Rosa` / `- Inputs: All` in the actions: each part is a task of the one named', () => {
    const doc = `---\ntype: minutes\n---\n# Project meetings\n\n## Decisions\n\n- Use the grid layout.\n\n### Action Items\n\n-   Interface design:\n\t-   Map screen: Rosa\n\t-   Inputs: All\n\t-   Pause and quit screens\n\t-   Shop: Jan\n-   Update the notes\n`;
    assert.deepEqual(lines(doc, 'action-missing-due'), [13, 14, 15, 16, 17]);
    assert.deepEqual(lines(doc, 'action-missing-owner'), [15, 17]);
    assert.deepEqual(lines(doc, 'unknown-owner'), []);
    sameEverywhere(doc);
    // A topic whose parts name no one stays a topic over its notes.
    const notes = doc
      .replace(': Rosa', ' needs a legend')
      .replace(': All', ' work on touch')
      .replace(': Jan', ' closes at six');
    assert.deepEqual(lines(notes, 'action-missing-due'), [17]);
  });

  it('`Undecided: Set up the repo` leaves its owner to be settled: no owner yet', () => {
    const doc = (who: string) =>
      `---\ntype: minutes\n---\n# Sprint sync\n\n## Decisions\n\n- Use the grid layout.\n\n## Action Items\n\n-   ALL: Learn the test framework\n-   ${who}: Set up the starter repo\n`;
    assert.deepEqual(lines(doc('Undecided'), 'action-missing-owner'), [13]);
    assert.deepEqual(lines(doc('Unassigned'), 'action-missing-owner'), [13]);
    assert.deepEqual(lines(doc('Marta'), 'action-missing-owner'), []);
  });

  it('`- ## Action Items` (a heading written in a list item) over its sub-items labels the actions', () => {
    const doc = `---\ntype: minutes\n---\n\n# 9 Mar 2026\n- Nothing new on the data side\n- ## Action Items\n    - Lena & Tom will finish the survey analysis\n    - Omar will retrain the model\n`;
    assert.deepEqual(lines(doc, 'action-missing-due'), [8, 9]);
    assert.ok(!analyze(doc).findings.some((f) => f.rule === 'missing-section' && /Next actions/.test(f.message)));
    sameEverywhere(doc);
  });

  it('a note closed by `-- Hao will write …` after a double dash hands the work to Hao', () => {
    const doc = (note: string) =>
      `---\ntype: minutes\n---\n# Board meeting\n\n## Attendees\n\nChair: Rita\n\n## Decisions\n\n- Budget approved.\n\n## Agenda\n* Sign-in sheets\n    * The booking export has the fields we need ${note}\n`;
    assert.deepEqual(lines(doc('-- Hao will write a script to trim it'), 'action-missing-due'), [16]);
    assert.deepEqual(lines(doc('-- Hao will write a script to trim it'), 'action-missing-owner'), []);
    sameEverywhere(doc('-- Hao will write a script to trim it'));
    // A clause that foretells nothing of anyone's is no task.
    assert.deepEqual(lines(doc('-- Export is the easy part'), 'action-missing-due'), []);
  });

  it('`确定UML工具为StarUML` among the tasks records the choice made, no task', () => {
    const doc = (task: string) =>
      `---\ntype: minutes\n---\n# 第二周例会\n\n## 参会人员\n\n- 周婷\n- 林峰\n\n## 决定\n\n- 采用新的配色。\n\n## 长期任务\n\n- ${task}\n- 原型维护与更新（周婷）\n`;
    assert.deepEqual(lines(doc('确定绘图工具为[Draw.io](https://example.org)'), 'action-missing-owner'), []);
    assert.deepEqual(lines(doc('选定 Vue 作为前端框架'), 'action-missing-due'), [18]);
    // Still to choose: a task.
    assert.deepEqual(lines(doc('确定绘图工具'), 'action-missing-owner'), [17]);
    assert.deepEqual(lines(doc('确定由谁负责部署'), 'action-missing-owner'), [17]);
  });

  it('`Carried over: get the aligner running` is the task left from the meeting before, no record of something done', () => {
    const doc = `---\ntype: minutes\n---\n# Lab notes\n\n## Decisions\n\n- Keep the test set.\n\n### Action items\n- Write up the framing as a short report\n- Carried over: apply the patch and measure the real gain (still outstanding)\n- Carried over: get the aligner running\n`;
    assert.deepEqual(lines(doc, 'action-missing-due'), [11, 12, 13]);
    assert.deepEqual(lines(doc, 'action-missing-owner'), [11, 12, 13]);
    sameEverywhere(doc);
  });

  it('`* Jingxin` alone over their tasks, beside `* Linyuan:` over theirs, is a person’s label', () => {
    const doc = (name: string) =>
      `---\ntype: minutes\n---\n# Group notes\n\n## Decisions\n\n- Keep the medal data.\n\n## Actions:\n\n* Linyuan:\n  * Upload the export file\n* ${name}\n  * Explore the attributes\n* Mark / Tim:\n  * Start the slides\n`;
    assert.deepEqual(lines(doc('Jingxin'), 'action-missing-due'), [13, 15, 17]);
    assert.deepEqual(lines(doc('Jingxin'), 'action-missing-owner'), []);
    sameEverywhere(doc('Jingxin'));
    // A topic alone is no one's label: its item is the task.
    assert.deepEqual(lines(doc('Research'), 'action-missing-owner'), [14]);
  });

  it('`Can also start …` among the actions is no one called Can', () => {
    const doc = `---\ntype: minutes\n---\n## March 2, 2026\n## Action items\n- Tidy the survey data\n- Can also start the clustering steps\n\n## Decisions\n\n- Keep the sample size.\n`;
    assert.deepEqual(lines(doc, 'action-missing-owner'), [6, 7]);
    sameEverywhere(doc);
  });
});
