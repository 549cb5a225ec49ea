/**
 * Forms of the labelled blind sets (eval45–eval73) whose parts are there under another name or shape, read in the
 * thirty-second session: written here in our own words, in the same forms.
 */
import { strict as assert } from 'node:assert';
import { ruleFindings } from './helpers/analyze';
import { headsNone, headsSection } from './helpers/headings';

const found = ruleFindings;
const minutes = (body: string) => `---\ntype: minutes\n---\n# Reunión del equipo\n\n${body}`;
const lacks = (text: string, section: string) => found(text, 'missing-section').some((f) => f.endsWith(` ${section}`));

describe('a thirty-second look at sections of the blind sets', () => {
  it('names: how the work is split, what an agenda is to produce, a talk’s flow, who approved a strategy', () => {
    headsSection(
      'minutes',
      ['Work division', 'Work division and deadlines', 'División de tareas', 'División de tareas esta semana'],
      'next-actions',
    );
    headsSection('minutes', ['Upcoming tasks:', '三、项目分工细化', '项目分工'], 'next-actions');
    headsSection('agenda', ['Outcome', 'Desired outcome', 'Expected outcome', 'Resultado esperado'], 'purpose');
    headsSection('proposal', ['Presentation flow'], 'outline');
    headsSection('strategy', ['Aprobado por', '审批人'], 'sign-off');
    // Two names of one thing and a remark in brackets after them.
    headsSection('strategy', ['渠道/推广目标（按优先级排序）', 'Web / Goals (in order)'], 'marketing-objective');
    // Not in minutes: their headings are the meeting's topics.
    headsNone('minutes', ['Agenda / Tasks (today)']);
  });

  it('minutes: who answers for a topic’s follow-up, under the topic, records an action; under the old items, not', () => {
    const topic = (heading: string) =>
      minutes(
        `## 参会人员\n\n- 林晓\n- 周航\n\n## ${heading}\n\n### 周航：镜像站迁移\n\n讨论了新机房的带宽。\n\n责任人：@周航，会后联系机房确认上线时间。\n\n## 结论\n\n- 迁移推迟到下月。\n`,
      );
    assert.ok(!lacks(topic('本次议题'), 'next-actions'));
    // The review of the last meeting's items says whose each old item was: no action of this meeting.
    assert.ok(lacks(topic('上次会议遗留事项进度'), 'next-actions'));
    // A name alone, no task after it: who leads the topic.
    const lead = minutes(`## 本次议题\n\n### 镜像站迁移\n\n负责人：周航\n\n## 结论\n\n- 迁移推迟到下月。\n`);
    assert.ok(lacks(lead, 'next-actions'));
  });

  it('minutes: a person, an arrow and the work handed to them, for two people named elsewhere too', () => {
    const split = (items: string) =>
      minutes(
        `## Asistentes\n\n- Lucía Ferrer\n- Mateo Ruiz\n- Irene Soto\n\n## Sprint 3\n\n- Acuerdos:\n${items}\n- Fecha de cierre: 14/11/2026\n`,
      );
    const people = '  - Lucía → Pantallas de registro\n  - Mateo -> Pruebas de la API\n  - Irene → Documentación';
    assert.ok(!lacks(split(people), 'next-actions'));
    // A choice of tools, nobody named: the decisions, no actions.
    const tools = '  - Frontend → Vue\n  - Backend → Django';
    assert.ok(lacks(split(tools), 'next-actions'));
  });

  it('minutes: a commitment led into in a sentence, over its list, is the next actions', () => {
    const commitment = (lead: string) =>
      minutes(
        `### Conclusiones\n\nTras visitar a los tres proveedores elegimos la imprenta del barrio, ${lead}\n\n 1. enviarles los archivos de la portada antes del viernes.\n\n### Responsables\n\n* Lucía Ferrer\n`,
      );
    assert.ok(!lacks(commitment('y ahora tenemos como compromiso lo siguiente:'), 'next-actions'));
    assert.ok(lacks(commitment('y quedamos contentos con lo siguiente:'), 'next-actions'));
  });

  it('minutes: a stand-up table of members and their planned tasks, in Markdown or HTML, is the next actions', () => {
    const standup = (table: string) => minutes(`## 结论\n\n- 保持现状。\n\n## 任务反馈\n\n${table}\n`);
    const md =
      '| 团队成员 | 完成任务 | 计划任务 |\n|---|---|---|\n| 林晓 | 登录页 | 注册页 |\n| 周航 | 接口封装 | 接口测试 |';
    assert.ok(!lacks(standup(md), 'next-actions'));
    const html =
      '<table>\n  <tr><th>Member</th><th>Done</th><th>Planned tasks</th></tr>\n  <tr><th>Ana</th><td>Login</td><td>Sign-up</td></tr>\n  <tr><th>Tom</th><td>API</td><td>Tests</td></tr>\n</table>';
    assert.ok(!lacks(standup(html), 'next-actions'));
    // What each one did only: no plan.
    const done = '| 团队成员 | 完成任务 |\n|---|---|\n| 林晓 | 登录页 |\n| 周航 | 接口封装 |';
    assert.ok(lacks(standup(done), 'next-actions'));
  });

  it('minutes: a label naming what was agreed (`Plazo acordado`) records a decision', () => {
    const summary = (label: string) =>
      minutes(
        `| Aspecto | Detalle |\n|---|---|\n| **Cliente** | Librería Norte |\n| **${label}** | Entrega a mediados de marzo |\n\n## Próximos pasos\n\n- Lucía: enviar la propuesta, 30/11/2026\n`,
      );
    assert.ok(!lacks(summary('Plazo acordado'), 'decisions'));
    assert.ok(lacks(summary('Plazo'), 'decisions'));
  });

  it('a strategy’s key value proposition, as a list item’s label, is its Button', () => {
    const strategy = `---\ntype: strategy\n---\n# Estrategia de captación\n\n* Propuesta de Valor Clave: mostramos al cliente su web ya terminada desde la primera visita, sin pedirle nada.\n`;
    assert.ok(!lacks(strategy, 'button'));
    headsSection('strategy', ['Key value proposition', '核心价值主张'], 'button');
  });

  it('minutes: proposals each marked with what the meeting made of them are its decisions', () => {
    const motions = (mark: string) =>
      minutes(
        `## 讨论\n\n1. 每周五下午例会。（提议人：林晓）${mark}\n2. 接口文档统一放在共享盘。（提议人：周航）${mark}\n\n## 后续行动\n\n- 周航：整理接口文档，11月30日前\n`,
      );
    assert.ok(!lacks(motions('**通过**'), 'decisions'));
    assert.ok(!lacks(motions('（通过）'), 'decisions'));
    assert.ok(lacks(motions(''), 'decisions'));
    const english = minutes(
      `## Motions\n\n- Move the monthly call to Thursdays **passed**\n- Raise the annual fee **rejected**\n\n## Next steps\n\n- Ana: update the calendar by 30 Nov\n`,
    );
    assert.ok(!lacks(english, 'decisions'));
  });

  it('minutes: a bold label naming the decision on one matter, the word misspelt or not', () => {
    const point = (label: string) =>
      minutes(
        `## Puntos tratados\n\n1. **${label}:**\nSe cambia la paleta por una más sobria.\n\n## Próximos pasos\n\n- Mateo: nueva paleta, 30/11/2026\n`,
      );
    assert.ok(!lacks(point('Decisión sobre los colores'), 'decisions'));
    assert.ok(!lacks(point('Desicion de rehacer la paleta '), 'decisions'));
    assert.ok(!lacks(point('Decision on the colours'), 'decisions'));
    assert.ok(lacks(point('Colores'), 'decisions'));
  });

  it('minutes: what everyone is working on, one member a line, is their part of the work, not tasks to date', () => {
    const roundup = `---\ntype: minutes\n---\n# Dev sync 2026-11-20\n\n* Decisions\n  - Keep the beta behind a flag\n* What everyone is working on:\n  - Priya: search filters (#212)\n  - Tom: export to CSV, then the settings page\n  - Ines: reviewing open PRs\n`;
    assert.ok(!lacks(roundup, 'next-actions'));
    assert.deepEqual(found(roundup, 'action-missing-due'), []);
  });

  it('minutes kept as a table of points: a row whose label is the whole name of a part holds it', () => {
    const table = minutes(
      `## Puntos\n\n| Punto | Detalle |\n|---|---|\n| **1. Tareas realizadas** | Lucía terminó el registro. |\n| **2. División de tareas esta semana** | Lucía: pagos. Mateo: informes. |\n\n## Conclusión\n\n- Se mantiene el plan.\n`,
    );
    assert.ok(!lacks(table, 'next-actions'));
    // A row with nothing in its text cell names a point of the agenda, not its content.
    const agenda = minutes(
      `## Puntos\n\n| Punto |\n|---|\n| 2. División de tareas esta semana |\n\n## Conclusión\n\n- Se mantiene el plan.\n`,
    );
    assert.ok(lacks(agenda, 'next-actions'));
  });

  it('agendas: a group that meets to discuss, or whose purpose is to, says what the meeting is for', () => {
    const agenda = (intro: string) =>
      `---\ntype: agenda\n---\n# Docs WG — December 2026\n\n${intro}\n\n## Agenda\n\n1. Review open proposals (Ana, 10 min)\n2. Release plan (Tom, 15 min)\n`;
    assert.deepEqual(
      found(
        agenda('The Docs Working Group meets monthly to review proposed changes to the style guide.'),
        'missing-section',
      ),
      [],
    );
    assert.deepEqual(
      found(
        agenda('The Docs subcommittee meets on the second Tuesday of each\nmonth to progress the glossary.'),
        'missing-section',
      ),
      [],
    );
    assert.deepEqual(
      found(agenda("The Docs WG's primary purpose is to discuss and agree on changes."), 'missing-section'),
      [],
    );
    // The goal of the work is no purpose of the meeting.
    assert.deepEqual(found(agenda('The goal is to ship the glossary by Friday.'), 'missing-section'), ['3 purpose']);
  });

  it('an agenda that is one numbered list under the meeting’s date alone has its topics', () => {
    const agenda = (heading: string) =>
      `---\ntype: agenda\ntitle: Board call, March\n---\n\n${heading}\n\nThe purpose of this meeting is to approve the budget.\n\n1. **Welcome**\n    - Chair\n2. **Budget 2027**\n    - Treasurer\n`;
    assert.deepEqual(found(agenda('#### 12th March 2027'), 'missing-section'), []);
    assert.deepEqual(found(agenda('## March 12, 2027'), 'missing-section'), []);
    assert.deepEqual(found(agenda('## 12 de marzo de 2027'), 'missing-section'), []);
    assert.deepEqual(found(agenda('## 2027年3月12日'), 'missing-section'), []);
    // A heading with words of its own heads a part, not the date: the list is under it, no agenda of topics.
    assert.deepEqual(found(agenda('#### Notes from the chair'), 'missing-section'), ['5 topics']);
  });

  it('minutes: a label naming the tasks and, in brackets, their owner and deadline', () => {
    const tasks = (label: string) =>
      minutes(
        `## Acuerdos\n\n- Se mantiene el calendario.\n\n${label}\n\nRevisar el diagrama de clases: 1 - Irene Soto - 20/11/26\n\nPreparar la demo: 2 - Mateo Ruiz - 21/11/26\n`,
      );
    assert.ok(!lacks(tasks('Tareas de cada integrante (Nº. Tarea - Responsable - Fecha límite):'), 'next-actions'));
    assert.ok(!lacks(tasks('Tasks per member (task - owner - deadline):'), 'next-actions'));
    assert.ok(lacks(tasks('Temas revisados (Nº - tema):'), 'next-actions'));
  });

  it('a template’s note in italics under each heading, and nothing else but empty items, leaves the part empty', () => {
    const notes = (decisions: string) =>
      `---\ntype: minutes\n---\n# Monthly notes\n\n## News\n*Items you want to share with the team*\n\n- New release out\n\n## Questions\n*Items you wish to raise*\n\n- Who owns the docs site?\n\n## Decisions needed\n*Items that need a team decision*\n\n${decisions}\n\n## Next actions\n*What each of us will do next*\n\n- Ana: update the docs site by 2026-11-30\n`;
    assert.deepEqual(found(notes('-\n-'), 'empty-section'), ['15 decisions']);
    assert.deepEqual(found(notes('- Adopt the new release calendar'), 'empty-section'), []);
    // One note in italics is no template: it may be what was decided.
    const once = `---\ntype: minutes\n---\n# Notes\n\n## Decisions\n*Keep the release on Friday*\n\n## Next actions\n\n- Ana: update the docs site by 2026-11-30\n`;
    assert.deepEqual(found(once, 'empty-section'), []);
  });
});
