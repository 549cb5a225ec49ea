/**
 * Forms of three blind sets labelled in the twenty-fifth session (eval57: English minutes, eval58: Spanish and
 * Chinese minutes, eval59: agency documents): parts written under names or in forms the checker did not read.
 * Written here in our own words, in the same forms.
 */
import { strict as assert } from 'node:assert';
import { ruleFindings } from './helpers/analyze';
import { headsNone, headsSection } from './helpers/headings';

const found = ruleFindings;

const heads = headsSection;
const none = headsNone;

describe('a twenty-fifth blind set of sections (eval57, eval58, eval59)', () => {
  it('a strategy’s customer profile, its goals, its plans for the future', () => {
    heads('strategy', ['一、目标客户画像', '客户画像'], 'target-consumer');
    heads('strategy', ['Goal', '🎯 Goals', '本周目标', '本月目标', 'Metas'], 'marketing-objective');
    heads('strategy', ['💡 Future Plans', '未来规划', 'Planes a futuro'], 'where-are-we-going');
    // A goal inside a phase's heading is that phase's figure, not the strategy's objective.
    none('strategy', ['Phase 2 · 第 7~12 周：增长期（目标：800 用户）']);
  });

  it('a status report’s work in progress, its progress tracker, what is left', () => {
    heads('status', ["What's In Progress", '3. 内容进度追踪 (Progress Tracker)'], 'jobs-in-progress');
    heads('status', ["What's Left to Build", "What's left", "What's next"], 'next-week');
  });

  it('an agenda’s goals of this call, its purpose said in a sentence, its one topic in prose', () => {
    heads('agenda', ['Goals of this telcon', 'Aim of this call', 'Objectives for today’s meeting'], 'purpose');
    const agenda = (body: string) =>
      `---\ntype: agenda\nclient: Norte Café\n---\n# Agenda – 9 Dec 2026\n\n${body}\n\n## Materials\n\n- The draft deck\n`;
    const sentence = agenda('## Agenda\n\nThis meeting is to settle the spring poster with the client.\n');
    assert.deepEqual(found(sentence, 'missing-section'), []);
    assert.deepEqual(found(sentence, 'empty-section'), []);
    const spanish = agenda(
      'Estas reuniones son para:\n\n- Revisar el cartel\n- Cerrar el calendario\n\n## Temas\n\n- Cartel',
    );
    assert.deepEqual(found(spanish, 'missing-section'), []);
    // A goal of the work discussed is not the meeting’s purpose; prose under the topics is still no list of topics.
    const work = agenda('## Agenda\n\nThe goal is to ship the poster by Friday.\n');
    assert.deepEqual(found(work, 'missing-section'), ['4 purpose']);
    assert.deepEqual(
      found(work, 'empty-section').map((f) => f.split(' ')[1]),
      ['topics'],
    );
  });

  it('minutes whose open tasks are listed by whose they are: Pendientes del equipo …', () => {
    heads('minutes', ['Pendientes del equipo estudiantil', 'Pendientes del museo / stakeholders'], 'next-actions');
    const minutes = `---\ntype: minutes\nclient: Museo del Agua\nmeeting: 2026-12-02\n---\n# Acta de reunión\n\n## Acuerdos\n\n- Se mantiene el formulario actual.\n\n## Pendientes del equipo de diseño\n\n- Ajustar el prototipo de la portada.\n`;
    assert.deepEqual(found(minutes, 'missing-section'), []);
    // The heading names whose tasks they are: no owner is missing, the due date is.
    assert.deepEqual(found(minutes, 'action-missing-owner'), []);
    assert.deepEqual(found(minutes, 'action-missing-due'), ['13']);
  });

  it('Chinese minutes by topic whose outcome is a `结果:` label under each point', () => {
    const minutes = (label: string) =>
      `---\ntype: minutes\nclient: 青禾乳业\nmeeting: 2026-12-02\n---\n# 会议记录\n\n## 议题一：海报配色\n\n- 讨论：主色用绿色还是白色\n- ${label}\n  - 采用浅绿色为主色\n\n## 后续行动\n\n- 王芳：12月9日前交初稿\n`;
    assert.deepEqual(found(minutes('结果:'), 'missing-section'), []);
    // A result of a test is no label of the meeting’s outcome.
    assert.deepEqual(found(minutes('测试结果:'), 'missing-section'), ['5 decisions']);
  });

  it('a daily stand-up’s table of each member’s plan for tomorrow holds the next actions', () => {
    const standup = `---\ntype: minutes\nclient: 青禾乳业\nmeeting: 2026-12-02\n---\n# 每日站会\n\n## 结论\n\n- 海报延期一天\n\n## 个人进度\n\n| 姓名 | 今日完成 | 明日计划 |\n| --- | --- | --- |\n| 王芳 | 海报初稿 | 修改海报配色 |\n| 李雷 | 文案 | 12月4日前交文案定稿 |\n`;
    assert.deepEqual(found(standup, 'missing-section'), []);
    // Each row’s member owns the plan; a plan without a date has no due date.
    assert.deepEqual(found(standup, 'action-missing-owner'), []);
    assert.deepEqual(found(standup, 'action-missing-due'), ['15']);
  });

  it('a log of meetings written newest first compares the sections of each meeting only', () => {
    const log = `---\ntype: minutes\nclient: Cooperativa Norte\n---\n# Reuniones\n\n# 2026-11-20 19:00\n\n## Situación\n\n- La web está parada\n\n## Tareas\n\n- Lucía: presupuesto antes del 27/11/2026\n\n# 2026-10-02 19:00\n\n## Acuerdos\n\n- Se cambia la cuota\n`;
    assert.deepEqual(found(log, 'section-order'), []);
    // One meeting whose actions come before its decisions is still asked to reorder them.
    const one = `---\ntype: minutes\nclient: Cooperativa Norte\n---\n# Acta 2026-11-20\n\n## Tareas\n\n- Lucía: presupuesto antes del 27/11/2026\n\n## Acuerdos\n\n- Se renueva la web\n`;
    assert.equal(found(one, 'section-order').length, 1);
  });
});
