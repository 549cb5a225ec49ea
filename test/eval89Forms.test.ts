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

  it('a heading naming the agreements and the tasks: a work area’s sub-heading with its owner in brackets', () => {
    const acta = `${HEAD}# Acta de la reunión de arranque\n\n**Fecha:** 03/03/2026\n\n### Asistentes\n- Marta López\n- Iván Ruiz\n\n### Discusión, acuerdos y tareas\n#### Trabajo del primer sprint\n##### Frontend (Marta)\n- Pantalla de reservas\n- Formulario de alta\n- Animaciones (?)\n\n##### Backend (Iván Ruiz)\n- Entidad Cliente\n- Servicio de pagos\n- Entidad Reserva → (¿por noche o por plaza?)\n\n##### DevOps\n- Pipeline de despliegue. (Iván)\n- ¿Contenedores por versión?\n`;
    assert.deepEqual(found(acta, 'missing-section', 'action-missing-due', 'action-missing-owner'), [
      '15 action-missing-due decisions',
      '16 action-missing-due decisions',
      '20 action-missing-due decisions',
      '21 action-missing-due decisions',
      '22 action-missing-due decisions',
      '25 action-missing-due decisions',
    ]);
  });

  it('the attendees under `### Lista de asistentes` (a table) name who carries a part', () => {
    const acta = `${HEAD}# Acta de arranque\n\n### Lista de asistentes\n| Integrante | Asistencia |\n|---|---|\n| Marta López (Jefa de frontend) | ✅ |\n| Iván Ruiz | ❌ |\n\n### Discusión, acuerdos y tareas\n##### Frontend (Marta)\n- Pantalla de reservas\n`;
    assert.deepEqual(found(acta, 'action-missing-due', 'action-missing-owner'), ['14 action-missing-due decisions']);
  });

  it('not under other headings, nor a part named with its tool in brackets', () => {
    const notes = `${HEAD}# Acta\n\n### Asistentes\n- Marta López\n\n### Acuerdos\n- Usamos Vue.\n\n### Próximos pasos\n- Marta: revisar el diseño, fecha límite 2026-03-20\n\n### Discusión\n##### Frontend (Marta)\n- Pantalla de reservas\n`;
    assert.deepEqual(found(notes, 'missing-section', 'action-missing-due', 'action-missing-owner'), []);
    const tool = `${HEAD}# Acta\n\n### Asistentes\n- Marta López\n\n### Discusión, acuerdos y tareas\n##### Frontend (React)\n- Pantalla de reservas\n`;
    assert.deepEqual(found(tool, 'action-missing-due', 'action-missing-owner'), []);
  });

  it('names the decisions: 小结 under each meeting of a log, an agreed procedure', () => {
    const log = `${HEAD}# 小组会议记录\n\n## 第一次（2026.3.2）\n\n### 概要\n\n- 成员：全体组员\n\n### 小结\n\n- 确定选题为校园导航；\n- 下周开始原型设计。\n\n### 分工\n\n|序号|人员|任务|\n|:-:|:-|:-|\n|1|@lin|设计首页|\n`;
    assert.deepEqual(found(log, 'missing-section'), []);
    const agreed = `${HEAD}# Client review\n\n**Attendees:**\n- Nora Field (Client)\n- Sam Lee\n\n### **Agreed Procedure**\n- The client went through the first build\n- The team will rework the menu after the feedback\n\n### **Action Items**\n- **Design team** Rework the menu by 2026-12-01\n`;
    assert.deepEqual(found(agreed, 'missing-section', 'action-missing-due', 'action-missing-owner'), []);
  });

  it('an action table whose action column names the owner too (`Actions: Responsible / Note`)', () => {
    const table = `${HEAD}# Steering call 2026-11-02\n\n## Attendees\n\n* Dora Quint\n* Felix Amt\n\n| Topic | Notes | Actions: Responsible / Note |\n| --- | --- | --- |\n| Budget | Dora went over the budget. | Members to read the budget sheet. |\n| Charter | Felix read the charter. | Tidy the charter. Dora to send the link. |\n| Events | Nothing new. | None specified. |\n| Outreach | A new channel. | Open the channel on the forum. |\n`;
    assert.deepEqual(found(table, 'missing-section', 'action-missing-due', 'action-missing-owner'), [
      '4 missing-section decisions',
      '13 action-missing-due next-actions',
      '14 action-missing-due next-actions',
      '16 action-missing-due next-actions',
      '16 action-missing-owner next-actions',
    ]);
    // (A notes table whose column only says what was noted names no actions.)
    const notes = `${HEAD}# Steering call 2026-11-02\n\n## Attendees\n\n* Dora Quint\n\n## Decisions\n\n- Keep the charter.\n\n| Topic | Notes: Responsible / Note |\n| --- | --- |\n| Budget | Dora went over the budget. |\n`;
    assert.deepEqual(found(notes, 'missing-section', 'action-missing-due', 'action-missing-owner'), [
      '4 missing-section next-actions',
    ]);
  });

  it('a table with who and by when under another heading (`## Deliverables:`) gives the minutes their actions', () => {
    const text = `${HEAD}# Sync 2026-11-02\n\n**Attendees**\n* Ana Ruiz\n* Ben Ode\n\n## Decisions\n- Ship the beta.\n\n## Deliverables:\n\nName | Assigned To | Deadline | Notes\n-----|-------------|----------|------\nBeta QA | Ana Ruiz | Sunday | N/A\nRelease notes | Ben Ode | 2026-11-09 | N/A\n`;
    assert.deepEqual(found(text, 'missing-section', 'action-missing-due', 'action-missing-owner'), [
      '17 action-missing-due next-actions',
    ]);
  });

  it('a title opening with a two-digit year (`# 24-03-10 Supervisor meeting`) dates the minutes', () => {
    const text = `${HEAD}# 24-03-10 Supervisor meeting\n\n## Decisions\n- Keep the scope.\n\n## Action Items\n\n| Item | Action | Assignee | Due Date |\n|---|---|---|---|\n| 1 | Book the lab | All members | 3.14 (next week) |\n`;
    const r = analyze(text, 'minutes.md', 'en');
    const overdue = r.findings
      .filter((f) => f.rule === 'action-overdue')
      .map((f) => /\d{4}-\d{2}-\d{2}/.exec(f.message)?.[0]);
    assert.deepEqual(overdue, ['2024-03-14']);
    // (Day first, `10-03-24`, or a first number that may be a month, `10-03-14`, says nothing: today's year.)
    const other = analyze(text.replace('24-03-10', '10-03-14'), 'minutes.md', 'en');
    const was = other.findings
      .filter((f) => f.rule === 'action-overdue')
      .map((f) => /\d{4}-\d{2}-\d{2}/.exec(f.message)?.[0]);
    assert.deepEqual(was, ['2026-03-14']);
  });

  it('a due column’s dates read one way only decide its others, a time or a bracket after them', () => {
    const text = `${HEAD}# 24-03-10 Supervisor meeting\n\n## Decisions\n- Keep the scope.\n\n## Action Items\n\n| Item | Action | Assignee | Due Date |\n|---|---|---|---|\n| 1 | Book the lab | All members | 3.10 11.00pm |\n| 2 | Weekly reflection | All members | 3.11 (Friday) |\n| 3 | Prepare the demo | Ana | 3.14 (next week) |\n`;
    const r = analyze(text, 'minutes.md', 'en');
    assert.deepEqual(
      r.findings.filter((f) => f.rule === 'ambiguous-date').map((f) => f.rule),
      [],
    );
    const overdue = r.findings
      .filter((f) => f.rule === 'action-overdue')
      .map((f) => /\d{4}-\d{2}-\d{2}/.exec(f.message)?.[0]);
    assert.deepEqual(overdue, ['2024-03-10', '2024-03-11', '2024-03-14']);
  });

  it('an event’s start in the front matter (`start: 2026-02-08T15:00`) is the meeting’s day', () => {
    const text = `---\ntype: minutes\nstart: 2026-02-08T15:00\nend: 2026-02-08T16:00\n---\n\n## Minutes\n\n### Attendance\n_Ana Ruiz, Ben Ode_\n`;
    assert.deepEqual(
      found(text, 'missing-field').filter((f) => f.includes('meeting')),
      [],
    );
    const plain = `---\ntype: minutes\nstart: soon\n---\n\n## Minutes\n\n### Attendance\n_Ana Ruiz, Ben Ode_\n`;
    assert.deepEqual(
      found(plain, 'missing-field').filter((f) => f.includes('meeting')),
      ['1 missing-field meeting'],
    );
  });

  it('the client marked among the attendees of the details table (`| Attendees | Jo Park(client), … |`)', () => {
    const text = `${HEAD}# Client meeting\n\n| | |\n|---|---|\n| Time | 10:30am |\n| Attendees | Jo Park(client), Ana Ruiz, Ben Ode |\n\n## Decisions\n- Web first.\n`;
    assert.deepEqual(
      found(text, 'missing-field').filter((f) => f.includes('client')),
      [],
    );
    const none = text.replace('Jo Park(client)', 'Jo Park');
    assert.deepEqual(
      found(none, 'missing-field').filter((f) => f.includes('client')),
      ['1 missing-field client'],
    );
  });

  it('`[new for Ana Ruiz]` closing an item names its owner', () => {
    const text = `${HEAD}# Group meeting\n\n### Attendance\n_Ana Ruiz, Ben Ode_\n\n### Decisions\n- Keep the form.\n\n### Actions\n\n1. Take the audit to the board [new for Ana Ruiz]\n2. Comments on the draft [new for all members]\n3. Book the room [new]\n`;
    assert.deepEqual(found(text, 'action-missing-owner'), ['16 action-missing-owner next-actions']);
  });
});
