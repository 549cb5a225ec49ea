/**
 * Forms of a fifth round of blind samples (issue 16, 2026-12-05, nineteenth session): minutes, actas and
 * 会议纪要, briefs and reports of public repositories never read here before, every finding of the
 * session-start build labelled by hand before any fix. Written here in our own words, in the same forms.
 */
import { strict as assert } from 'node:assert';
import { matchHeading, sectionTable } from '../server/core/headings';
import { typeById } from '../server/core/catalog';
import { MINUTES_HEAD, findingsOf } from './helpers/minutes';
import { analyze } from './helpers/analyze';

const HEAD = MINUTES_HEAD;
const findings = findingsOf;

describe('a fifth blind sample of real writing', () => {
  it('dates written with dashes show their writer’s order as slashes do: two settle it, one does not', () => {
    // Not in a table: a column shows its writer's order with one date (rules/ambiguous-date.ts).
    const text = (dates: string[]) =>
      `${HEAD}# Weekly sync\n\n### Date : ${dates[0]}\n\n## Decisions\n- Keep the slot.\n\n## Action items\n\n- Ven to wire the payments page by 10-03-2022\n${dates
        .slice(1)
        .map((d) => `- Ana to check the rig by ${d}\n`)
        .join('')}`;
    assert.deepEqual(findings(text(['23-02-2022', '15-03-2022']), 'ambiguous-date'), []);
    assert.deepEqual(findings(text(['23-02-2022']), 'ambiguous-date'), ['18']);
    // Year first (`2022-02-23`) or after a version (`1.2-15-03-2022`) is no evidence.
    assert.deepEqual(findings(text(['2022-02-23', 'v1.2-15-03-2022']), 'ambiguous-date'), ['18']);
  });

  it('a task table whose names stand under an empty header, or under `成员` / `Member`, has them as owners', () => {
    const table = (header: string, rows: string[]) =>
      `${HEAD}# 周会\n\n## 会议结论\n- 采用单一仓库。\n\n### 分工\n\n| ${header} | 工作 |\n| --- | --- |\n${rows.map((r) => `| ${r} |\n`).join('')}`;
    const rows = ['于润昊 | 后端/数据库', '朱奎荣 | 前端编辑页面 12月10日前', '杨皓然 | 题目列表'];
    assert.deepEqual(findings(table('', rows), 'action-missing-owner'), []);
    assert.deepEqual(findings(table('', rows), 'action-missing-due'), ['18 next-actions', '20 next-actions']);
    assert.deepEqual(findings(table('成员', rows), 'action-missing-owner'), []);
    // Not names (numbers): no owner column, and the table is not read as tasks of anyone.
    assert.deepEqual(findings(table('', ['1 | 后端/数据库', '2 | 题目列表']), 'action-missing-due'), []);
    const en = `${HEAD}# Sync\n\n## Decisions\n- Keep it.\n\n## Action items\n\n| Member | Task |\n|---|---|\n| Ana Ruiz | Book the studio by 2026-12-10 |\n| Ben | Draft the copy by 2026-12-11 |\n`;
    assert.deepEqual(findings(en, 'action-missing-owner'), []);
  });

  it('headings real minutes give their takeaways, motions and the work shared out', () => {
    const table = sectionTable(typeById('minutes')!);
    for (const heading of ['1. Key takeaways:', 'Takeaways', 'Key Decisions & Discussions', 'Formal motions'])
      assert.equal(matchHeading(table, heading)?.section.id, 'decisions', heading);
    for (const heading of [
      'Distribution of work for this week',
      'Tasks to be completed',
      'Action items or follow-ups',
      'Summarize action points: Who, what, when?',
      'Reparto de tareas',
    ])
      assert.equal(matchHeading(table, heading)?.section.id, 'next-actions', heading);
  });

  it('lines numbered `1、` in an actions section are its actions, each with its owner and due', () => {
    const zh = `${HEAD}# 会议纪要\n\n## 一、会议结论\n\n1. 直播延长至两小时。\n\n## 二、待办\n\n1、确认参与门店名单。负责人：李娜，12月10日前\n2、新品海报终稿（王芳）12.15\n3、跟进KOL排期\n`;
    assert.deepEqual(findings(zh, 'action-missing-owner'), ['19 next-actions']);
    assert.deepEqual(findings(zh, 'action-missing-due'), ['19 next-actions']);
    // Outside an actions section, such lines are not read as tasks.
    const notes = `${HEAD}# 会议纪要\n\n## 一、会议结论\n\n1、直播延长至两小时\n2、海报采用方案B\n\n## 二、待办\n\n- @李娜 确认门店名单，12月10日前\n`;
    assert.deepEqual(findings(notes, 'action-missing-owner'), []);
  });

  it('a date right after the bracketed owner closing the item is its due date', () => {
    const text = `${HEAD}# Sync\n\n## Decisions\n- Keep it.\n\n## Action items\n- Draft the deck (Ana) 15 Dec\n- Book the room (Ben) 2026-12-15\n- Improve the load time (Ana) 3.5\n`;
    assert.deepEqual(findings(text, 'action-missing-due'), ['17 next-actions']);
  });

  it('a sub-heading naming a team or party owns the tasks under it; a topic about the team does not', () => {
    const under = (heading: string) =>
      `${HEAD}# Reunión\n\n## Acuerdos\n- Seguir con el prototipo.\n\n## Pendientes\n\n### ${heading}\n\n- Ajustar el prototipo por 2026-12-20\n- Revisar la navegación por 2026-12-20\n`;
    for (const team of ['Equipo estudiantil', 'Museo / stakeholders', 'Dev team', '前端组', 'Equipo de desarrollo'])
      assert.deepEqual(findings(under(team), 'action-missing-owner'), [], team);
    for (const topic of ['Team building', 'Group decisions'])
      assert.deepEqual(findings(under(topic), 'action-missing-owner'), ['18 next-actions', '19 next-actions'], topic);
  });

  it('a bold lead-in of four names (two given names, two surnames) is the owner', () => {
    const text = `${HEAD}# Acta\n\n## Acuerdos\n- Reunión los lunes.\n\n## Compromisos individuales de la semana\n\n* **Lincoln Werner Yupanqui Calle:** convocar las reuniones por 2026-12-20\n* **Rosa María Quispe Mamani:** redactar el acta por 2026-12-20\n`;
    assert.deepEqual(findings(text, 'action-missing-owner'), []);
  });

  it('after a label calling them tasks, the lists under each group’s own line are tasks too', () => {
    const text = `${HEAD}# Minuta\n\n## Temas\n\n- Se usará JWT.\n\n**Próximas tareas:**\n\n🔐 Backend (Node.js + Express)\n\n- Crear el modelo Usuario\n\n🖥️ Frontend (React)\n\n- Crear el formulario de login @ana por 2026-12-20\n\nLa reunión terminó a las 18:00.\n\n- Revisar el tablero\n`;
    assert.deepEqual(findings(text, 'action-missing-owner'), ['19 next-actions']);
  });

  it('when the group meets next is no task: `Next calls: Monday 10:00`, `Próxima reunión: 20/12`, `下次会议：12月20日`', () => {
    const text = `${HEAD}# Sync\n\n## Decisions\n- Keep.\n\n## Next steps:\n- Send the list to @ana by 2026-12-20\n- Next calls: Monday February 6 10:00 and 17:00 EST\n- Next meeting: 2026-12-20\n- Próxima reunión: 20/12\n- 下次会议：12月20日\n- Schedule the next meeting\n`;
    assert.deepEqual(findings(text, 'action-missing-owner'), ['20 next-actions']);
  });

  it('a sub-heading dating another call with its time of day ends the next steps of a pad that keeps several', () => {
    const pad = `${HEAD}# Planning calls\n\n## Decisions\n- Keep the venue.\n\n## Next steps:\n- @ana send the sponsor list by 2026-12-20\n\n### Monday, January 23, 17:00 Eastern\n- Rae Holt, rae@example.org\n- Jon Webb, jon@example.org\n\nMinutes:\n- JH: could we co-locate with another event\n`;
    assert.deepEqual(findings(pad, 'action-missing-owner'), []);
    assert.deepEqual(findings(pad, 'action-missing-due'), []);
    // A running log's sessions, dated without a time, group its actions: they are still read.
    const log = pad.replace('### Monday, January 23, 17:00 Eastern', '### Session 2 · 2026-01-23');
    assert.deepEqual(findings(log, 'action-missing-due'), ['18 next-actions', '19 next-actions', '22 next-actions']);
  });

  it('Chinese and Spanish names of the tasks: 核心任务, 前期任务（4-5天）, 后续行动建议, Actividades específicas; 确认事项 decides', () => {
    const table = sectionTable(typeById('minutes')!);
    for (const heading of [
      '核心任务',
      '三、前期任务（4-5天）',
      '8. 后续行动建议',
      'Actividades específicas:',
      '**待做：**',
    ])
      assert.equal(matchHeading(table, heading)?.section.id, 'next-actions', heading);
    assert.equal(matchHeading(table, '确认事项')?.section.id, 'decisions');
  });

  it('a plain label line over the tasks: 分配了任务：, **待做：**, **Quedó pendiente (responsable):**', () => {
    for (const label of ['分配了任务：', '**待做：**', '**Quedó pendiente (responsable):**']) {
      const text = `${HEAD}# 周会\n\n## 会议结论\n- 采用单一仓库。\n\n## 讨论\n\n${label}\n\n- 完成登录页面\n- @王芳 整理需求文档 12月10日前\n`;
      assert.deepEqual(findings(text, 'action-missing-owner'), ['18 next-actions'], label);
    }
  });

  it('a task table quoted in the actions section, its members named with their role, is read', () => {
    const text = `${HEAD}# 第八周组会\n\n## 会议结论\n- 采用方案一。\n\n### 人员分工\n\n初步拟定人员分工如下：\n\n> | 成员姓名 | 本周任务 |\n> | :--: | :-- |\n> | 刘涛（组长） | 统筹项目进度 |\n> | 别铭旸 | 后端开发 12月20日前 |\n> | 王天麒 | 前端开发 |\n`;
    assert.deepEqual(findings(text, 'action-missing-owner'), []);
    assert.deepEqual(findings(text, 'action-missing-due'), ['20 next-actions', '22 next-actions']);
    // Each member's part in the project (`成员分工`, `职责`, `Role`) is a table of roles, not of tasks.
    assert.deepEqual(findings(text.replace('本周任务', '成员分工'), 'action-missing-due'), []);
  });

  it('`Jakub will be adding …` is Jakub’s task; `The page will be updated` has no owner', () => {
    const text = `${HEAD}# Sync\n\n## Decisions\n- Keep.\n\n## Distribution of work for this week\n* Jakub will be adding support for status codes by 2026-12-20\n* The page will be updated by 2026-12-20\n`;
    assert.deepEqual(findings(text, 'action-missing-owner'), ['16 next-actions']);
  });

  it('decisions after the actions each topic lists one level down are not out of order', () => {
    const board = `${HEAD}# Board meeting\n\n## Updates\n\n### Treasurer\n\n#### Action items\n- @ana file the report by 2026-12-20\n\n## Formal motions\n- Approved the budget.\n`;
    assert.deepEqual(findings(board, 'section-order'), []);
    const flat = `${HEAD}# Board meeting\n\n## Action items\n- @ana file the report by 2026-12-20\n\n## Formal motions\n- Approved the budget.\n`;
    assert.deepEqual(findings(flat, 'section-order'), ['14 decisions']);
  });

  it('decisions and tasks given without their heading: 确认事项：, `asignada a Johan`, `任务1：`, `Las responsabilidades quedaron así:`', () => {
    const missing = (body: string) => findings(`${HEAD}# 会议\n\n${body}`, 'missing-section');
    assert.deepEqual(missing('确认事项：\n\n1. 采用单一仓库\n\n## 待办\n\n- @王芳 整理文档 12月10日前\n'), []);
    const withDecisions = (actions: string) => missing(`## Acuerdos\n\n- Usar Flowable.\n${actions}`);
    assert.deepEqual(withDecisions('- Documentación asignada a Johan\n'), []);
    assert.deepEqual(withDecisions('\n1、任务1：研究项目可行性\n'), []);
    assert.deepEqual(withDecisions('\nLas responsabilidades quedaron así:\n\n- Parte 2.1: Ana\n'), []);
    assert.deepEqual(withDecisions('- Usar Postgres.\n'), ['9 next-actions']);
    // Someone saying they took it on is no task handed out (and `\p{Lu}` is matched case-sensitively).
    assert.deepEqual(withDecisions("- [oliver] I'm assigned to it.\n"), ['9 next-actions']);
  });

  it('`Acuerdos adoptados para la próxima reunión` are the next actions', () => {
    const table = sectionTable(typeById('minutes')!);
    assert.equal(matchHeading(table, 'Acuerdos adoptados para la próxima reunión')?.section.id, 'next-actions');
    assert.equal(matchHeading(table, 'Acuerdos adoptados')?.section.id, 'decisions');
    // An agenda's purpose, of its first meeting.
    assert.equal(
      matchHeading(sectionTable(typeById('agenda')!), 'Objetivo de la Primera Reunión')?.section.id,
      'purpose',
    );
  });

  it('a work log named with its link in brackets is no task', () => {
    const text = `${HEAD}# 会议\n\n## 会议结论\n- 同意。\n\n## 工作安排\n1. 完成移植工作 @张三 2026-12-20\n2. 具体工作记录 ([链接](https://example.com/docs/log.md))\n`;
    assert.deepEqual(findings(text, 'action-missing-owner'), []);
  });

  it('a log keeping each meeting’s tasks under its own dated heading has no duplicate', () => {
    const log = (second: string) =>
      `${HEAD}# 会议记录\n\n## 会议结论\n- 同意。\n\n### 20240710-工作安排\n1. @张三 完成移植 2026-12-20\n\n### ${second}\n1. @李四 调试 2026-12-20\n`;
    assert.deepEqual(findings(log('20240717-工作安排'), 'duplicate-section'), []);
    assert.deepEqual(findings(log('20240710-工作安排'), 'duplicate-section'), ['17 next-actions']);
  });

  it('a pad keeping two calls, each with its own next steps, has no duplicate', () => {
    const pad = `${HEAD}# Planning calls\n\n## Decisions\n- Keep the venue.\n\n## Next steps:\n- @ana send the list by 2026-12-20\n\n### Monday, January 23, 17:00 Eastern\n- Rae Holt\n\n## Next steps:\n- @jon book the room by 2026-12-20\n`;
    assert.deepEqual(findings(pad, 'duplicate-section'), []);
    assert.deepEqual(
      findings(pad.replace('### Monday, January 23, 17:00 Eastern', '### Attendees'), 'duplicate-section'),
      ['20 next-actions'],
    );
  });

  it('per topic: `**Action items or follow-ups:** …` is an action, and the list after `**Team Member Tasks To Complete:**` its tasks', () => {
    const text = `${HEAD}# Call\n\n## Decisions\n- Keep.\n\n## Topics\n\n### Tools\n- Discussed tools.\n- **Action items or follow-ups:** Investigate tools for tracing\n\n### Docs\n**Discussed Team Member Tasks To Complete:**\n- **Adam**: write the README\n- **Beth**: fix the CI by 2026-12-20\n\n**Tasks completed:**\n- Fixed the build\n\n## Action items\n- @ana send notes by 2026-12-20\n`;
    assert.deepEqual(findings(text, 'action-missing-owner'), ['18 next-actions']);
    assert.deepEqual(findings(text, 'action-missing-due'), ['18 next-actions', '22 next-actions']);
  });

  it('a lead-in after another sentence on its line, `before next meeting:`, `need to be completed` lead the tasks', () => {
    const text = `${HEAD}# Reunión\n\n## Acuerdos\n- Seguir.\n\n## 11 de julio\nRevisión de la versión. Se concreta que los siguientes pasos a seguir son:\n1. Exportar las configuraciones\n\nThe following documents need to be completed this week:\n\n- The charter @ana by 2026-12-20\n\nbefore next meeting:\n- Book the room\n`;
    assert.deepEqual(findings(text, 'action-missing-owner'), ['16 next-actions', '23 next-actions']);
    assert.deepEqual(findings(text, 'missing-section'), []);
  });

  it('an item named as the actions (`4. Reparto de tareas`, `4. _Nuevas tareas:_`) over its sub-items, owners linked to their profile', () => {
    const text = `${HEAD}# Reuniones\n\n## Reunión 1\n\n1. Colores\n    Los acordados blanco y negro.\n\n2. Reparticion de tareas\n    - Home (index.html) [Leon Negro](https://github.com/leon)\n    - Carrito (cart.html) [Felipe Bustos](Link de su git)\n    - Formulario de registro (register.html)\n    - Leer [Guía de Marca](https://example.org/guia.pdf)\n`;
    assert.deepEqual(findings(text, 'action-missing-owner'), ['19 next-actions', '20 next-actions']);
    assert.deepEqual(findings(text, 'missing-section'), ['9 decisions']);
  });

  it('a year-less due date takes the year of the meeting’s own heading under a project title', () => {
    const text = `---\ntype: minutes\n---\n# Course++\n\n## Team Meeting 6 - Week 10 - 2023-10-11\n\n## Decisions\n- Keep.\n\n## Action items\n- @ana consider where to put the activity by 17/10\n`;
    const overdue = analyze(text, 'minutes.md').findings.filter((f) => f.rule === 'action-overdue');
    assert.equal(overdue.length, 1);
    assert.match(overdue[0].message, /2023-10-17/);
  });

  it('sub-headings that say each one’s part after a colon fill their section; a list item’s lead-in leads its sub-items', () => {
    const zh = `${HEAD}# 会议\n\n## 会议结论\n- 同意。\n\n## 4.分工\n\n### 张三：负责前端页面\n\n### 李四：负责后端接口\n`;
    assert.deepEqual(findings(zh, 'empty-section'), []);
    assert.deepEqual(findings(zh.replace('：负责前端页面', '').replace('：负责后端接口', ''), 'empty-section'), [
      '14 next-actions',
    ]);
    const en = `${HEAD}# Minutes\n\n## Decisions\n- Keep the scope.\n\n## Notes\n\n-  The following documents need to be completed this week:\n\n   - Project plan\n   - Project charter @ana by 2026-12-20\n`;
    assert.deepEqual(findings(en, 'action-missing-owner'), ['18 next-actions']);
    assert.deepEqual(findings(en, 'missing-section'), []);
  });

  it('the items after a name alone (`* Xin:`) are theirs; `Asignación de la tarea: Name` below a task owns it; `con fecha` dates it', () => {
    const en = `${HEAD}# Sync\n\n## Decisions\n- Keep.\n\n## Action items\n* Mvp by 2026-12-20\n* Xin:\n* finish integration on login page by 2026-12-20\n* Notes:\n* Check the build by 2026-12-20\n`;
    assert.deepEqual(findings(en, 'action-missing-owner'), ['15 next-actions', '19 next-actions']);
    const es = `${HEAD}# Actas\n\n## Acuerdos\n- Seguir.\n\n## Reunión 2\n\n4. _Nuevas tareas:_\n    - Crear el proyecto en GitHub.\n        - Asignación de la tarea: Bianca Popa.\n    - Preparar la actividad para la reunión con fecha 22 de diciembre de 2026.\n        - Asignación de la tarea: Sonia Palomo.\n`;
    assert.deepEqual(findings(es, 'action-missing-owner'), []);
    assert.deepEqual(findings(es, 'action-missing-due'), ['17 next-actions']);
  });

  it('the whole team as owner: a lead-in whose subject is the team, `Everyone start …`, `Each person to …`; not `Everyone agreed`', () => {
    const text = `${HEAD}# Sync\n\n## Decisions\n- Keep.\n\n## Action items\n\nEl equipo ha acordado enfocarse en el Sprint. Se espera que se concentren en los siguientes aspectos:\n\n- Resolver los inconvenientes por 2026-12-20\n\n1. Everyone start brainstorming ideas by 2026-12-20\n2. Each person to review a document by 2026-12-20\n3. Everyone agreed to check the CI by 2026-12-20\n`;
    assert.deepEqual(findings(text, 'action-missing-owner'), ['22 next-actions']);
  });

  it('a bold label (`**Obstáculos:**`) ends the run of task groups after `**Tareas:**`', () => {
    const text = `${HEAD}# Acta\n\n## Acuerdos\n- Seguir.\n\n## Semana 13\n\n**Próximas tareas:**\n\nBackend\n\n- Crear el modelo @ana para el 2026-12-20\n\n**Obstáculos:**\n\n- Ninguno reportado por los integrantes.\n`;
    assert.deepEqual(findings(text, 'action-missing-owner'), []);
    assert.deepEqual(findings(text, 'action-missing-due'), []);
  });

  it('a field line of the body still holding a placeholder or TBD is reported on its line, with no fix', () => {
    const text = `---\ntype: brief\n---\n# Creative brief\n\n**Client:** <client>\n**Budget:** TBD\n\n## Objective\nSell more.\n`;
    const missing = analyze(text, 'brief.md').findings.filter((f) => f.rule === 'missing-field');
    const onLine = (line: number) => missing.filter((f) => f.range.start.line + 1 === line);
    assert.equal(onLine(6)[0]?.data.field, 'client');
    assert.equal(onLine(7)[0]?.data.field, 'budget');
    assert.ok(!missing.some((f) => f.data.field === 'client' && f.range.start.line === 0));
    // Blanks run together are still blanks: `{{CONTACT_NAME}}, {{TITLE}} — {{CLIENT_COMPANY}}`.
    const quote = text.replace(
      '**Client:** <client>',
      '**Prepared for**: {{CONTACT_NAME}}, {{TITLE}} — {{CLIENT_COMPANY}}',
    );
    const q = analyze(quote, 'brief.md').findings.filter(
      (f) => f.rule === 'missing-field' && f.data.field === 'client',
    );
    assert.deepEqual(
      q.map((f) => f.range.start.line + 1),
      [6],
    );
  });

  it('Chinese owners leading with more verbs (继续, 先, 开发) and rarer surnames (俞); `纪要：` and `焦点：` are no names', () => {
    const zh = `${HEAD}# 周会\n\n## 会议结论\n- 同意。\n\n## 下一步工作计划\n- 石凯与贾云哲继续优化前端界面 12月20日前\n- 俞树人完成后端登录功能 12月20日前\n- 李扬先写开发报告 12月20日前\n- 纪要：见附件 12月20日前\n`;
    assert.deepEqual(findings(zh, 'action-missing-owner'), ['18 next-actions']);
  });

  it('`Asignación de tareas:` and `Asignación de las tareas:` below a task own it', () => {
    const es = `${HEAD}# Actas\n\n## Acuerdos\n- Seguir.\n\n## Reunión 5\n\n4. _Nuevas tareas:_\n    - Comenzar con el caso del profesor para el 20/12/2026.\n        - Asignación de tareas: Bianca Popa.\n    - Revisar los documentos para el 20/12/2026.\n        - Asignación de las tareas: Todos los miembros.\n`;
    assert.deepEqual(findings(es, 'action-missing-owner'), []);
  });
});
