/**
 * Forms of real minutes read in the 35th session (eval83): one period's split of the work (`## 本周分工` over
 * `part：names`). Our own words, the same forms.
 */
import { strict as assert } from 'node:assert';
import { linesOf as lines, sameEverywhere as sameIn } from './helpers/minutes';

const sameEverywhere = (text: string) => sameIn(text, '/tmp/m83.md');

describe('fresh real minutes, eval83 forms', () => {
  it('`## 本周分工` over `part：names`: this week’s tasks, the named people’s (not roles, as under `## 人员分工`)', () => {
    const doc = (heading: string) =>
      `---\ntype: minutes\n---\n# 第五次例会\n\n## 讨论结果\n\n1. 采用新的配色方案\n\n## ${heading}\n\n- 修改海报初稿：阮明\n- 报价单：晏秋、柏舟\n`;
    for (const heading of ['本周分工', '下轮设计分工', '第2阶段分工']) {
      assert.deepEqual(lines(doc(heading), 'action-missing-due'), [12, 13], heading);
      assert.deepEqual(lines(doc(heading), 'action-missing-owner'), [], heading);
      sameEverywhere(doc(heading));
    }
    // The team's split of roles stays who is on which part.
    assert.deepEqual(lines(doc('人员分工'), 'action-missing-due'), []);
  });

  it('`…, ACTION: Name will …` after a clause: the name after the tag owns it', () => {
    const doc = (line: string) =>
      `---\ntype: minutes\n---\n# Board call\n\nPresent: Ingrid, Tomas, Wren\n\n## Decisions\n\n- The fair stand stays small.\n\n## Fair stand\n\n* The banner order is late, ${line}\n`;
    assert.deepEqual(lines(doc('ACTION: Tomas will call the printer'), 'action-missing-owner'), []);
    assert.deepEqual(lines(doc('ACTION: Tomas will call the printer'), 'action-missing-due'), [14]);
    // Nobody named after the tag: still missing.
    assert.deepEqual(lines(doc('ACTION: someone should call the printer'), 'action-missing-owner'), [14]);
  });

  it('`每人写…` in the period’s split: each member’s task, everyone owns it', () => {
    const doc = `---\ntype: minutes\n---\n# 第八次例会\n\n## 结论\n\n- 换用新字体\n\n## 本周分工\n\n- 每人写一份使用报告\n- 每个人各整理一页截图\n`;
    assert.deepEqual(lines(doc, 'action-missing-due'), [12, 13]);
    assert.deepEqual(lines(doc, 'action-missing-owner'), []);
    sameEverywhere(doc);
  });

  it('`**Asignación de Responsabilidades**` labels who does what next: the next actions are there', () => {
    const doc = (label: string) =>
      `---\ntype: minutes\n---\n# Acta 2\n\n**Acuerdos:**\n\n- Usar la paleta verde.\n\n**${label}**\n\n- Marta Olivares: preparar el guion\n`;
    const missingActions = (text: string) => lines(text, 'missing-section').length > 0;
    assert.ok(!missingActions(doc('Asignación de Responsabilidades')));
    // Another bold label is no actions section.
    assert.ok(missingActions(doc('Criterios de evaluación')));
  });

  it('`Jan to …` when Jan is an attendee (`Jan Okafor`): Jan’s task, not the month', () => {
    const doc = (who: string) =>
      `---\ntype: minutes\n---\n# Working group call\n\n## Attendees\n\n1. ${who}\n2. Priya Nair\n\n## Decisions\n\n- The glossary moves to the wiki.\n\n# Notes\n\nThe group went through the open points.\n\n1. Priya to send the survey link.\n2. Jan to draft the glossary entries.\n`;
    assert.deepEqual(lines(doc('Jan Okafor'), 'action-missing-due'), [19, 20]);
    assert.deepEqual(lines(doc('Jan Okafor'), 'action-missing-owner'), []);
    // Without a Jan among the attendees, no task of Jan’s is read.
    assert.deepEqual(lines(doc('Omar Haddad'), 'action-missing-due'), [19]);
  });

  it('`Jun to …`, `(Jun)`, `[Jun]`, `Mar to …` when Jun Park or Mar Soler takes part (blind19): their tasks', () => {
    const doc = `---
type: minutes
attendees: Ida Lund (Pinecrest); Jun Park, Mar Soler
---
# Shoot prep call

## Decisions

- Two locations.

## Next actions

- [ ] Jun to send the shot list by 2026-12-16
- [ ] Jun will book the van by 2026-12-16
- [ ] Print the call sheet (Jun) by 2026-12-16
- [ ] Order the props, due 2026-12-16 [Jun]
- [ ] Mar to confirm the caterer by 2026-12-16
`;
    assert.deepEqual(lines(doc, 'action-missing-owner'), []);
    assert.deepEqual(lines(doc, 'action-missing-due'), []);
  });

  it('a closing bracket of three single words or more, none of whom took part, names things, not owners', () => {
    const doc = (bracket: string) =>
      `---\ntype: minutes\n---\n# Sprint 3\n\n## Participants\n\n- Lucia Ferraz\n- Tomas Reis\n\n## Decisions\n\n1. The shop uses one database.\n\n## Tasks\n\n1. Write the REST controllers (${bracket});\n`;
    assert.deepEqual(lines(doc('Order, Invoice, Customer'), 'action-missing-owner'), [17]);
    // One name, or an attendee, in the bracket owns the task.
    assert.deepEqual(lines(doc('Wendy'), 'action-missing-owner'), []);
    assert.deepEqual(lines(doc('Tomas'), 'action-missing-owner'), []);
    sameEverywhere(doc('Order, Invoice, Customer'));
  });

  it('an attendee’s full name of three words or more before the colon owns the commitment', () => {
    const doc = (name: string) =>
      `---\ntype: minutes\n---\n# Acta 4\n\n**Asistentes:**\n\n* ${name}\n* Ana Soto\n\n**Acuerdos:**\n\n1. Usar la paleta verde.\n\n**Compromisos individuales:**\n\n* ${name}: Preparar el guion y revisar los textos.\n`;
    assert.deepEqual(lines(doc('Lucía Beatriz Paredes Soto'), 'action-missing-owner'), []);
    assert.deepEqual(lines(doc('Lucía Beatriz Paredes Soto'), 'action-missing-due'), [17]);
  });

  it('`- 任务：…` then `- 负责人：A、B` under a point: the sibling that says who is the task’s owner', () => {
    const doc = (who: string) =>
      `---\ntype: minutes\n---\n# 设计评审\n\n## 讨论结果\n\n1. 确定了首页布局\n2. 确定下阶段测试的任务及负责人\n\t- 任务：写一份测试说明，列出测试范围\n\t- ${who}\n`;
    assert.deepEqual(lines(doc('负责人：林岚、周远'), 'action-missing-owner'), []);
    assert.deepEqual(lines(doc('负责人：林岚、周远'), 'action-missing-due'), [10]);
    // A sibling saying something else gives no owner.
    assert.deepEqual(lines(doc('备注：下次再议'), 'action-missing-owner'), [10]);
  });

  it('`5月12日8点开会` among the tasks is when the team meets next, no task', () => {
    const doc = (line: string) =>
      `---\ntype: minutes\n---\n# 第三次例会\n\n## 结论\n\n- 采用新的logo\n\n## 任务\n\n- 5月10日完成海报初稿\n- ${line}\n`;
    assert.deepEqual(lines(doc('5月12日8点开会'), 'action-missing-owner'), [12]);
    assert.deepEqual(lines(doc('5月12日8点开会'), 'action-missing-due'), []);
    // A task on that day stays a task.
    assert.deepEqual(lines(doc('5月12日8点交海报'), 'action-missing-owner'), [12, 13]);
    sameEverywhere(doc('5月12日8点开会'));
  });

  it('`#### Resolved` beside `#### To Reply` / `#### WIP` is a column of an issue board, not the decisions', () => {
    const doc = (other: string) =>
      `---\ntype: minutes\n---\n# Maintainers call\n\n## Issues\n\n#### ${other}\n\n- https://example.org/issues/12 @ravi\n\n#### Resolved\n\n- https://example.org/issues/9 @mina\n\n## Actions\n\n- @ravi to tag the release by 2026-12-20\n`;
    const missingDecisions = (text: string) => lines(text, 'missing-section').includes(4);
    assert.ok(missingDecisions(doc('To Reply')));
    assert.ok(missingDecisions(doc('WIP')));
    // Beside another heading, `Resolved` still holds what the meeting resolved.
    assert.ok(!missingDecisions(doc('Budget')));
    sameEverywhere(doc('To Reply'));
  });
});

describe('fresh real minutes, eval83 forms: who took part, said in the body', () => {
  it('`*Asistentes a la sesión:*` or `En la reunión han participado:` over the list gives the attendees', () => {
    const doc = (label: string) =>
      `---\ntype: minutes\nmeeting: 2026-11-03\nissued: 2026-11-04\ndistribution: todos\nclient: Papelería Norte\n---\n# Acta 2\n\n${label}\n\n- Rosa Vidal\n- Iker Sanz\n\n## Acuerdos\n\n- Seguimos.\n\n## Próximos pasos\n\n- Rosa enviará el plan antes del 2026-11-20.\n`;
    for (const label of ['*Asistentes a la sesión:*', 'En la reunión han participado:', 'Asistentes a la reunión:'])
      assert.deepEqual(lines(doc(label), 'missing-field'), [], label);
    // Another label over the same list says nothing of who took part.
    assert.deepEqual(lines(doc('Temas tratados:'), 'missing-field'), [1]);
  });
});
