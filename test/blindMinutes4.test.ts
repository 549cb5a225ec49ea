/**
 * Forms of a fourth round of blind samples (issue 16, 2026-12-05, eighteenth session): working-group and
 * team minutes of open-source projects in English (and real briefs in three languages), every finding of the
 * session-start build labelled by hand before any fix. Written here in our own words, in the same forms.
 */
import { strict as assert } from 'node:assert';
import { matchHeading, sectionTable } from '../server/core/headings';
import { typeById } from '../server/core/catalog';
import { MINUTES_HEAD, findingsOf } from './helpers/minutes';
import { analyze } from './helpers/analyze';

const HEAD = MINUTES_HEAD;
const findings = findingsOf;

describe('a fourth blind sample of real minutes', () => {
  it('`Actionables`, `This week’s action items`, `Action items for two weeks` name the next actions; `Last week’s action items` does not', () => {
    const table = sectionTable(typeById('minutes')!);
    for (const heading of [
      'Actionables',
      'Actionable Items',
      "This Week's Action Items",
      'Today’s action items',
      'Action Items for two weeks',
      'Tasks for the next two weeks',
    ])
      assert.equal(matchHeading(table, heading)?.section.id, 'next-actions', heading);
    assert.equal(matchHeading(table, "Last Week's Action Items"), null);
    // Read as such: the tasks under it are checked, and the section is not missing.
    const text = `${HEAD}# Team sync\n\n## Decisions\n- Keep the weekly call.\n\n### Actionables\n\n- [ ] @lee draft the landing page copy by 2026-12-10\n- [ ] Read the new RFC\n`;
    assert.deepEqual(findings(text, 'missing-section'), []);
    assert.deepEqual(findings(text, 'action-missing-owner'), ['17 next-actions']);
  });

  it('a thing named and its link, a call for a volunteer: no task; a task with its link stays one', () => {
    const text = `${HEAD}# Team sync\n\n## Decisions\n- Keep it.\n\n## Action items\n\n- [ ] Next week’s agenda: https://example.com/issues/12\n- Proposal for the content type: https://example.com/pull/3\n- Evaluate the metadata schema @ana by 2026-12-12\n- Volunteer needed.\n- [ ] Help wanted on [the CI task](https://example.com/issues/45)!\n- Review PR: https://example.com/pull/4\n- Update the slides: https://example.com/deck\n`;
    assert.deepEqual(findings(text, 'action-missing-owner'), ['21 next-actions', '22 next-actions']);
  });

  it('`possible actions:` over `Action:` items: options weighed in the discussion, not tasks', () => {
    const text = `${HEAD}# Team sync\n\n## Decisions\n- Keep it.\n\n## Discussion\n\n* The random generator\n    * possible actions:\n        * Action: change the documentation to match the code.\n        * Action: open an issue on the migration path.\n* The website\n    * Action: Ana to update the footer by 2026-12-20\n\n## Action items\n\n- Lee to book the room by 2026-12-20\n`;
    assert.deepEqual(findings(text, 'action-missing-owner'), []);
    assert.deepEqual(findings(text, 'action-missing-due'), []);
  });

  it('the actions reviewed at the top and the new ones after the decisions: in order', () => {
    const minutes = (top: string) =>
      `${HEAD}# Sync\n\n${top}## Decisions\n\n- Meet at the conference.\n\n## Action Items\n\n- Lee to review the spreadsheet by 2026-12-20\n`;
    assert.deepEqual(
      findings(
        minutes('## Pending Action Items:\n\n- Ana to update the definition by 2026-12-18\n\n'),
        'section-order',
      ),
      [],
    );
    // Only after the decisions is out of place.
    const late = `${HEAD}# Sync\n\n## Action Items\n\n- Lee to review it by 2026-12-20\n\n## Decisions\n\n- Meet.\n`;
    assert.deepEqual(findings(late, 'section-order'), ['15 decisions']);
  });

  it('an open box with a handle under a topic is a task; a box with nobody named under a topic is not read', () => {
    const text = `${HEAD}# IPLD sync\n\n## Decisions\n- Keep the spec.\n\n## Action items\n- Lee to book the room by 2026-12-20\n\n## 21: Come up with a story\n\n- [ ] @nicola go through the draft and write the first chapter\n- [ ] Possibly a hero header on the site @victor\n- [ ] Nice to have: a logo\n- [x] @ana done already\n* [ ] Still need feedback on the traits\n  * [ ] @adam to check the first implementation\n`;
    assert.deepEqual(findings(text, 'action-missing-due'), ['19 next-actions', '20 next-actions', '24 next-actions']);
    assert.deepEqual(findings(text, 'action-missing-owner'), []);
  });

  it('`### Follow-up` as a point of the agenda reviews last meeting’s actions; the new ones have their own heading', () => {
    const text = `${HEAD}# Ecosystem WG\n\n## Agenda\n\n### Follow-up\n- @ana: Email the vendor about the preferences.\n    - Fell through the cracks, doing it now.\n- @lee: Find a better meeting time.\n    - Next meeting moved one hour later.\n\n### New items\n* Old apps: delete them. **We are fine with this.**\n\n## Decisions\n- Delete the old apps.\n\n## Action Items\n- @ana to update the script by 2026-12-20\n`;
    assert.deepEqual(findings(text, 'action-missing-due'), []);
    assert.deepEqual(findings(text, 'section-order'), []);
    // At the top level, `## Follow-ups` is where the actions are.
    const own = `${HEAD}# Sync\n\n## Decisions\n- Keep it.\n\n## Follow-ups\n- @ana: Email the vendor.\n`;
    assert.deepEqual(findings(own, 'action-missing-due'), ['15 next-actions']);
  });

  it('`**Verdict:** Approved` under each point records the decisions', () => {
    const text = `${HEAD}# Releases WG\n\n## Agenda\n\n### Backport the fix to 12.x\n\n**Verdict:** Approved\n\n## Action items\n\n- Lee to tag the release by 2026-12-20\n`;
    assert.deepEqual(findings(text, 'missing-section'), []);
  });

  it('the message quotes the task without the colon the owner left: `@ana: Join the call`', () => {
    const text = `${HEAD}# Sync\n\n## Decisions\n- Keep it.\n\n## Action items\n\n- @ana: Join the call with the printer\n`;
    const [message] = analyze(text, 'doc.md')
      .findings.filter((f) => f.rule === 'action-missing-due')
      .map((f) => f.message);
    assert.match(message, /“Join the call with the printer”/);
  });
});

describe('real briefs, status reports and quotes (the same blind round)', () => {
  const brief = (
    body: string,
    head = 'client: Greenleaf\nbrand: Refill\njob: GL-101\ndate: 2026-11-20\ndue: 2026-12-18\nbudget: EUR 40,000\n',
  ) => `---\ntype: brief\n${head}---\n# Creative brief\n\n${body}`;
  const sections = (type: string, headings: string[]) => {
    const table = sectionTable(typeById(type)!);
    return headings.map((h) => matchHeading(table, h.replace(/^#+ /, ''))?.section.id ?? null);
  };

  it('section names as real briefs write them, with the words that only qualify them', () => {
    assert.deepEqual(
      sections('brief', [
        '### Project Objective',
        '### Campaign Goals',
        '## 11. Objetivos y KPIs',
        '### Target Demographics',
        '## 3. Audiencia y JTBD',
        '## 🎯 目标用户分析',
        '## Promise',
        '### Messaging Framework',
        '## 🎬 Key Message Framework (REVISED)',
        '## 3. 核心信息与角度 (Core Message & Angle)',
        '## Differentiators',
        '### Attitude',
        '## Tone & Personality',
        '## 7. 语气与风格 (Tone & Style)',
        '### Brand Requirements',
        "## Do's and Don'ts",
        '### Restricciones Creativas',
        '## Deliverables Needed',
        '### Deliverables Requested',
        '## Creative Assets',
        '### Formato de Entrega',
      ]),
      [
        'objective',
        'objective',
        'objective',
        'target-consumer',
        'target-consumer',
        'target-consumer',
        'button',
        'button',
        'button',
        'button',
        'support-points',
        'tone',
        'tone',
        'tone',
        'mandatories',
        'mandatories',
        'mandatories',
        'deliverables',
        'deliverables',
        'deliverables',
        'deliverables',
      ],
    );
    assert.deepEqual(
      sections('status', [
        '## Progress This Week',
        '### Accomplishments',
        '## 🚀 TRABAJOS REALIZADOS',
        '## Next Week Focus',
        '## 下周主要工作',
      ]),
      ['completed', 'completed', 'completed', 'next-week', 'next-week'],
    );
    assert.deepEqual(
      sections('estimate', ['## SERVICES QUOTED', '## PRICING SUMMARY', '## ACCEPTANCE', '## Resumen económico']),
      ['line-items', 'total', 'sign-off', 'total'],
    );
    // Not a name of anything: the brief's background, a style alone (a second name of the tone beside `Attitude`).
    assert.deepEqual(sections('brief', ['## Background', '### Style']), [null, null]);
  });

  it('a part given by a bold label, not a heading: `**Target Audience**: …`, `- **目标用户 (Target Audience):**`', () => {
    const body = `**Target Audience**: Space enthusiasts and students\n\n- **主要目标 (Primary Goal):** 提高报名人数\n\n## Key message\nLook up.\n\n## Reasons to believe\n- Real images.\n\n## Tone\nWarm.\n\n## Mandatories\n- Logo.\n\n## Deliverables\n- Landing page.\n\n## Approvals\n| Role | Name | Date |\n|---|---|---|\n| Client | Ana Ruiz | 2026-11-21 |\n`;
    assert.deepEqual(findings(brief(body), 'missing-section'), []);
  });

  it('a section holding only another template’s blanks is empty; one with words is not', () => {
    const body = `## Objective\n{Descripción breve del objetivo}\n\n### Main objectives\n{Qué queremos lograr}\n\n## Target audience\n**Principal**: [Definir audiencia objetivo principal - demografía, psicografía, puntos de dolor]\n- Edad:\n\n## Key message\n[Key message]\n\n## Reasons to believe\n| Point | Proof |\n|---|---|\n| | |\n\n## Tone\nWarm [but firm].\n\n## Mandatories\n- [Logo](https://example.com/logo)\n\n## Deliverables\nWhat are we making?\n\n- [ ]\n- [ ]\n\n## Approvals\n| Role | Name | Date |\n|---|---|---|\n| Client | Ana Ruiz | 2026-11-21 |\n`;
    const text = brief(body);
    // The objective once, not again for its sub-heading inside it.
    assert.deepEqual(findings(text, 'empty-section'), [
      '12 objective',
      '18 target-consumer',
      '22 button',
      '25 support-points',
      '36 deliverables',
    ]);
  });

  it('fields as real briefs and quotes label them, read further down; another template’s blank is no value', () => {
    const pasted = 'Hola equipo,\n\n'.repeat(20);
    const body = `${pasted}- **Customer:** Greenleaf\n- **Brand:** Refill\n- **Quote #:** Q-0147\n- **Brief Deadline:** 2026-12-18\n- **Budget:** EUR 40,000\n- **创建日期:** {{DATE}}\n\n## Objective\nSell.\n`;
    const text = `---\ntype: brief\n---\n# Creative brief\n\n${body}`;
    assert.deepEqual(
      analyze(text, 'doc.md')
        .findings.filter((f) => f.rule === 'missing-field')
        .map((f) => f.data?.field),
      ['date'],
    );
  });

  it('a template’s row with nothing in it but its status is no job; a check mark opening an item marks it done', () => {
    const text = `---\ntype: status\nclient: Acme\nweek: 2026-W48\nissued: 2026-11-27\n---\n# Weekly status\n\n## In progress\n| Task | Owner | Status | % |\n|---|---|---|---|\n| | | In Progress | |\n| AC-1 banner | @ana | In Progress | 50 |\n\n- ✅ AC-2 leaflet delivered\n\n## Completed\n- AC-3 poster\n\n## Next week\n- AC-1 banner goes live\n`;
    assert.deepEqual(findings(text, 'action-missing-owner'), []);
    assert.deepEqual(findings(text, 'action-missing-due'), ['13 jobs-in-progress']);
  });

  it('a brief to its writer’s own outline keeps its order; the handbook’s template filled out of order is told', () => {
    const own = brief(
      `## Timeline\nDec.\n\n## Brand Requirements\n- Logo.\n\n## Messaging Framework\nLook up.\n\n## Platform Preferences\nInstagram.\n\n## KPIs\nSign-ups.\n\n## Campaign Goals\nSell.\n\n## Target Demographics\n16–45.\n\n## Proof points\n- Real images.\n\n## Tone\nWarm.\n\n## Deliverables\n- Page.\n\n## Special considerations\nNone.\n\n## Creator requests\nNone.\n\n## Content themes\nSpace.\n\n## Key insights\nShort.\n\n## Red flags\nNone.\n\n## How to use this brief\nRead it.\n\n## Example output\nBelow.\n\n## Approvals\n| Role | Name | Date |\n|---|---|---|\n| Client | Ana Ruiz | 2026-11-21 |\n`,
    );
    assert.deepEqual(findings(own, 'section-order'), []);
    const swapped = brief(
      `## Target audience\n16–45.\n\n## Objective\nSell.\n\n## Key message\nLook up.\n\n## Reasons to believe\n- Real images.\n\n## Tone\nWarm.\n\n## Mandatories\n- Logo.\n\n## Deliverables\n- Page.\n\n## Approvals\n| Role | Name | Date |\n|---|---|---|\n| Client | Ana Ruiz | 2026-11-21 |\n`,
    );
    assert.deepEqual(findings(swapped, 'section-order'), ['15 objective']);
  });
});

describe('real actas and 会议纪要 (the same blind round)', () => {
  it('who does what under `### 分工`, `## 近期任务`, a sentence heading `对本周任务进行分配`; `团队分工` lists roles', () => {
    const table = sectionTable(typeById('minutes')!);
    for (const heading of [
      '分工',
      '初步分工',
      '近期任务：',
      '其他待处理事项：',
      '对本周任务进行分配',
      '项目设计与实现文档分工',
      '下一步工作计划',
    ])
      assert.equal(matchHeading(table, heading)?.section.id, 'next-actions', heading);
    for (const heading of [
      'Decisión final del equipo',
      '🎯 Compromisos individuales de la semana',
      'Pendientes fruto de la discusión',
    ])
      assert.ok(matchHeading(table, heading), heading);
    assert.equal(matchHeading(table, '团队分工'), null);
    const text = `${HEAD}# 周会纪要\n\n## 决定事项\n- 采用方案二。\n\n### 分工\n\n|序号|人员|任务|\n|:-:|:-|:-|\n|1|@lee|编写接口文档|\n|2|@ana|设计个人中心界面，12月10日前|\n`;
    assert.deepEqual(findings(text, 'missing-section'), []);
    assert.deepEqual(findings(text, 'action-missing-owner'), []);
    assert.deepEqual(findings(text, 'action-missing-due'), ['18 next-actions']);
  });

  it('a group as the owner: `**Equipo colectivo:**`, `**Cada miembro:**`, `所有成员于…前完成`', () => {
    const text = `${HEAD}# Sprint planning\n\n## Acuerdos\n- Usar GitHub Projects.\n\n## Tareas asignadas\n\n- **Equipo colectivo:** Configuración del repositorio, antes del 2026-12-10\n- **Cada miembro:** Revisar su parte antes del 2026-12-12\n\n## 后续安排\n\n1. 所有成员于**2026年12月15日前**完成各自任务的提交。\n`;
    assert.deepEqual(findings(text, 'action-missing-owner'), []);
  });

  it('a side of the team labelling the task owns it: `**Design:**`, `**后端**：`, `Frontend:`', () => {
    const text = `${HEAD}# Sync\n\n## Decisions\n- Keep it.\n\n## Action items\n\n- [ ] **Design:** Revise the MVP screens by 2026-12-20\n- Frontend: build the landing page by 2026-12-20\n\n## 下一步计划\n\n1. **后端**：梳理数据库表设计，12月20日前\n2. **全站（杨卓/徐少阳）**：明确接口规范，12月20日前\n3. 整理需求文档，12月20日前\n`;
    assert.deepEqual(findings(text, 'action-missing-owner'), ['23 next-actions']);
  });

  it('tasks after a plain line that calls them tasks, with a legend of columns: `Tarea - Responsable - Fecha`', () => {
    const text = `${HEAD}Acta de reunión 1\n\nSe acuerda que:\n- El repositorio será privado.\n\nTareas de cada participante en el proyecto (Nº. Tarea - Responsable - Fecha límite):\n1. Crear el repositorio y añadir a los miembros - Lucía - 15/12/2026\n2. Subir la estructura inicial - Mariam - 15/12/2026\n3. Definir el calendario - 17/12/2026\n`;
    assert.deepEqual(findings(text, 'missing-section'), []);
    assert.deepEqual(findings(text, 'action-missing-owner'), ['17 next-actions']);
  });

  it('an actions section written one paragraph a task, one at least led by its owner', () => {
    const text = `${HEAD}# Acta\n\n## Acuerdos\n- Grabar el anuncio.\n\n## Acciones Pendientes\n\nAlexander: redactar un primer guion provisional antes del 2026-12-18.\n\nFrancisco: explorar ideas visuales antes del 2026-12-20.\n\nPreparar una propuesta visual para la próxima reunión.\n`;
    assert.deepEqual(findings(text, 'action-missing-owner'), ['20 next-actions']);
    // Nobody named in any: an explanation, not tasks; `Intencionadamente en blanco.`: nothing to do.
    const prose = `${HEAD}# Acta\n\n## Acuerdos\n- Grabar el anuncio.\n\n## Acciones Pendientes\n\nSe revisarán en la próxima reunión.\n`;
    assert.deepEqual(findings(prose, 'action-missing-owner'), []);
    const blank = `${HEAD}# Acta\n\n## Acuerdos\n- Grabar el anuncio.\n\n## Acciones Pendientes\n\nAna: nada.\n\nIntencionadamente en blanco.\n`;
    assert.deepEqual(findings(blank, 'action-missing-owner'), []);
    assert.deepEqual(findings(blank, 'action-missing-due'), []);
  });

  it('tasks one paragraph each: two or more are tasks; under each person’s sub-heading, theirs', () => {
    const plain = `${HEAD}# Acta\n\n## Acuerdos\n- Grabar el anuncio.\n\n## Acciones Pendientes\n\nCorregir los informes de testing antes del 2026-12-12.\n\nActualizar el pipeline de CI.\n`;
    assert.deepEqual(findings(plain, 'action-missing-owner'), ['16 next-actions', '18 next-actions']);
    const people = `---\ntype: minutes\nclient: Acme\nmeeting: 2026-11-20\nissued: 2026-11-21\ndistribution: Ana\n---\n# Acta 1\n\n### 👥 Asistentes\n\n* 👨‍💻 **Heiner Apaza Apaza**\n* 👩‍💻 **Juana Tito Larico**\n\n## Acuerdos\n- Usar React.\n\n## 🎯 Compromisos individuales de la semana\n\n### 🧭 Heiner Apaza Apaza\n\nDefinir los atributos de las entidades antes del 2026-12-12.\n\n### 🎨 Juana Tito Larico\n\nElaborar el boceto de las pantallas.\n`;
    assert.deepEqual(findings(people, 'action-missing-owner'), []);
    assert.deepEqual(findings(people, 'action-missing-due'), ['26 next-actions']);
  });

  it('a file keeping every meeting: `第二次会议记录：` ends the actions of the first', () => {
    const text = `${HEAD}# 会议记录\n\n## 决策事项\n- 使用 Vue。\n\n### 后续行动\n- @王磊 搭建前端框架，12月10日前\n- @李雷 实现 API 接口，12月12日前\n第二次会议记录：\n#会议内容：\n在已经搭建好的框架上讨论功能。\n核心功能：\n1. 论坛帖子的发布\n2. 代码共享\n`;
    assert.deepEqual(findings(text, 'action-missing-owner'), []);
    assert.deepEqual(findings(text, 'action-missing-due'), []);
  });
});

describe('a fifth blind round: minutes in three languages, briefs and reports (the build of 1076bc3 measured)', () => {
  it('actions under `Follow up actions (Facilitator, …)`, `**Plan de actividades para esta semana:**`; `ACTION - Lee, …`, `ACTION [Yaacov]:`', () => {
    const table = sectionTable(typeById('minutes')!);
    assert.equal(matchHeading(table, 'Follow up actions (Facilitator, Knowledge Manager)')?.section.id, 'next-actions');
    const text = `${HEAD}# Reunión semanal\n\n## Acuerdos\n- Usar React.\n\n**Plan de Actividades para esta Semana:**\n\n- **Ana Ruiz:** Comenzará las historias de usuario, antes del 2026-12-12.\n- **Lee Park:** Trabajará en la interfaz de registro.\n\n## Notes\n\n- Naming\n  - ACTION - ^\n- ACTION - Lee, have a look at the spec by 2026-12-12\n- ACTION [Zac]: refine the tests by 2026-12-12\n- All of us will review the papers by 2026-12-12\n- Cada miembro debe compartir su usuario antes del 2026-12-12\n`;
    assert.deepEqual(findings(text, 'missing-section'), []);
    assert.deepEqual(findings(text, 'action-missing-owner'), []);
    // (Read where the label is: under the decisions, no heading between.)
    assert.deepEqual(findings(text, 'action-missing-due'), ['17 decisions']);
  });

  it('a point of the actions over sub-items each led by its owner: the sub-items are the tasks', () => {
    const text = `${HEAD}# Sync\n\n## Decisions\n- Keep it.\n\n## Follow up actions (Facilitator)\n\n1. Ana will update the scenario by 2026-12-20\n2. For use-case 1 (Personalisation engine)\n    - Lee will propose an interactions diagram\n    - Zac will propose a component diagram by 2026-12-20\n3. Code team, by 2026-12-20\n    - Ana (framework)\n    - Lee (templates)\n`;
    assert.deepEqual(findings(text, 'action-missing-owner'), []);
    assert.deepEqual(findings(text, 'action-missing-due'), ['18 next-actions']);
  });

  it('`3. Plan para la próxima semana:` closing a numbered list labels the bullets after it', () => {
    const text = `${HEAD}# Informe semanal\n\n## Acuerdos\n- Usar Sequelize.\n\n## Resumen\n\n1. Avances: se terminó el modelo.\n2. Problemas: ninguno.\n3. Plan para la próxima semana:\nEl equipo ha acordado enfocarse en lo siguiente:\n- Resolver los inconvenientes de Sequelize.\n- Ana revisará el CRUD antes del 2026-12-12.\n`;
    assert.deepEqual(findings(text, 'missing-section'), []);
    // The team, the subject of the explanation run on under the label, owns them (eval58).
    assert.deepEqual(findings(text, 'action-missing-owner'), []);
    assert.deepEqual(findings(text, 'action-missing-due'), ['20 next-actions']);
    // Without a subject of its own, the explanation leaves the bullets owner-less.
    const plain = text.replace(
      'El equipo ha acordado enfocarse en lo siguiente:',
      'Se acordó enfocarse en lo siguiente:',
    );
    assert.deepEqual(findings(plain, 'action-missing-owner'), ['20 next-actions']);
  });

  it('status, brief and estimate sections under the names this round used', () => {
    const names = (type: string, headings: string[]) => {
      const table = sectionTable(typeById(type)!);
      return headings.map((h) => matchHeading(table, h)?.section.id ?? null);
    };
    assert.deepEqual(
      names('status', [
        'Planned for Next Week',
        "C. Next Week's Planned Work",
        'Upcoming Work',
        'Active Projects',
        '本周完成内容',
      ]),
      ['next-week', 'next-week', 'next-week', 'jobs-in-progress', 'completed'],
    );
    assert.deepEqual(
      names('brief', [
        'Tone Guidelines',
        'MENSAJES CLAVE',
        '二、目标人群与使用场景',
        'Asset Checklist',
        '1. 目标定义与成功标准',
      ]),
      ['tone', 'button', 'target-consumer', 'deliverables', 'objective'],
    );
    assert.deepEqual(names('estimate', ['DESGLOSE DE SERVICIOS', '📝 项目报价']), ['line-items', 'line-items']);
    assert.deepEqual(
      names('brief', ['Emotional Targets', '10. 需要避免的内容 (Things to Avoid)', '初步目标 (Initial Goal)']),
      ['tone', 'mandatories', 'objective'],
    );
  });

  it('fields as this round wrote them: one currency in every amount, `Brand / Client` in a row, `Preparado para:`; a line to write on is no date', () => {
    const estimate = `---\ntype: estimate\njob: PM-2026-01\ndate: 2026-11-20\n---\n# Presupuesto\n\n**Preparado para:** Puerto Mascotas\n\n## Partidas\n| Concepto | Importe |\n|---|---|\n| Diseño | 300,00 € |\n| Impresión | 200,00 € |\n\n## Total\n500,00 €\n\n## Firmas\n| Firma por | Nombre | Fecha |\n|---|---|---|\n| Puerto Mascotas | Marta Gil | 2026-11-21 |\n`;
    assert.deepEqual(fieldsMissing(estimate), []);
    const brief = `---\ntype: brief\njob: GT-1\nbudget: USD 5,000\n---\n# Campaign brief\n\n| Field | Value |\n|---|---|\n| **Brand / Client** | The Grateful Team |\n| **Launch Deadline** | **2026-12-20** |\n\nFecha: __/__/____\n\n## Objective\nSell.\n`;
    assert.deepEqual(fieldsMissing(brief), ['date']);
  });

  it('a week said in the title or a heading; a currency said in words; a strategy’s parts under this round’s names', () => {
    const status = (title: string) =>
      `---\ntype: status\nclient: Acme\nissued: 2026-11-27\n---\n# ${title}\n\n## In progress\n- AC-1 banner @ana due 2026-12-10\n\n## Completed\n- AC-3 poster\n\n## Next week\n- AC-1 banner goes live\n`;
    for (const title of [
      '项目周报（第 1 周）',
      'Weekly Status Report - Week Ending Jan 10, 2026',
      'WEEK 13 (APR 25 - May 2)',
      '周报 5月20日~5月26日',
    ])
      assert.deepEqual(fieldsMissing(status(title)), [], title);
    assert.deepEqual(fieldsMissing(status('Weekly status')), ['week']);
    const quote = `---\ntype: estimate\njob: Q-1\nclient: Acme\ndate: 2026-11-20\n---\n# Quote\n\nAll prices in USD unless otherwise noted.\n\n## Line items\n| Item | Amount |\n|---|---|\n| Design | 300 |\n\n## Total\n300\n`;
    assert.deepEqual(fieldsMissing(quote), []);
    const names = (headings: string[]) => {
      const table = sectionTable(typeById('strategy')!);
      return headings.map((h) => matchHeading(table, h)?.section.id ?? null);
    };
    assert.deepEqual(names(['Competitive Differentiation', 'Success Metrics', '2.1 账号定位', '10. 风险与合规边界']), [
      'competitive-environment',
      'marketing-objective',
      'brand-definition',
      'mandatories',
    ]);
  });

  it('a status template’s numbered sample rows are no jobs; a button of template blanks is empty, not several ideas', () => {
    const status = `---\ntype: status\nclient: Acme\nweek: 2026-W48\nissued: 2026-11-27\n---\n# Weekly status\n\n## In progress\n- [ ] Task 1 - Expected completion: [Date]\n- [ ] [Entregable 4 - Descripción] - [XX]% completado\n- AC-1 banner @ana due 2026-12-10\n\n## Completed\n- AC-3 poster\n\n## Next week\n- AC-1 banner goes live\n`;
    assert.deepEqual(findings(status, 'action-missing-owner'), []);
    const brief = `---\ntype: brief\nclient: Greenleaf\nbrand: Refill\njob: GL-101\ndate: 2026-11-20\ndue: 2026-12-18\nbudget: EUR 40,000\n---\n# Creative brief\n\n## Objective\nSell.\n\n## Target audience\nParents.\n\n## Key messages\n1. [Core message 1]\n2. [Core message 2]\n3. [Core message 3]\n`;
    assert.deepEqual(findings(brief, 'button-not-single'), []);
    assert.deepEqual(findings(brief, 'empty-section'), ['18 button']);
  });
});

function fieldsMissing(text: string): unknown[] {
  return analyze(text, 'doc.md')
    .findings.filter((f) => f.rule === 'missing-field')
    .map((f) => f.data?.field);
}
