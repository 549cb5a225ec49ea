/**
 * Forms of real minutes' parts that a blind set (eval87, 2026-12-08) found read as missing, in words of our own: a
 * line closed by its owner's tag, a heading naming its part with a word before it or a topic after it, a
 * retrospective's commitments in brackets.
 */
import { strict as assert } from 'node:assert';
import { findDue } from '../server/core/actions';
import { analyze } from './helpers/analyze';

const HEAD = '---\ntype: minutes\nmeeting: 2026-11-02\n---\n';

/** The findings of a rule, as `line:section` (1-based lines). */
function found(text: string, rule: string): string[] {
  return analyze(text, 'minutes.md')
    .findings.filter((f) => f.rule === rule)
    .map((f) => `${f.range.start.line + 1}:${String(f.data?.section ?? '')}`);
}
const missing = (text: string) => found(text, 'missing-section').map((s) => s.replace(/^\d+:/u, ''));
const noDue = (text: string) => found(text, 'action-missing-due').map((s) => Number(s.split(':')[0]));
const noOwner = (text: string) => found(text, 'action-missing-owner').map((s) => Number(s.split(':')[0]));

describe('eval87: minutes’ parts found where they are', () => {
  it('reads a line closed by its owner’s tag as an action (Spanish, bold or not, and Chinese)', () => {
    const es =
      HEAD +
      '# Reunión del club\n\n## Asistentes\n\n- Marta\n- Lucas\n\n## Acuerdos sobre la feria de otoño\n\n' +
      '- Se acuerda montar un puesto con los folletos nuevos. **Responsable: Marta**\n' +
      '- Se revisará el presupuesto de impresión con la imprenta. Responsable: Lucas.\n' +
      '- Se acuerda abrir a las diez.\n';
    assert.deepEqual(missing(es), []);
    assert.deepEqual(noDue(es), [14, 15]);
    assert.deepEqual(noOwner(es), []);
    const zh =
      HEAD +
      '会议时间：2026-11-02\n与会人：林舟、苏芮\n\n议题：\n1、展会筹备\n    -梳理展位的整体方案，确认参展单位   责任人：林舟\n' +
      '2、物料\n因为印刷厂未到场，此事暂缓。需要和印刷厂核对报价。沟通责任人：@surui\n\n结论：展位按方案二搭建。\n';
    assert.deepEqual(missing(zh), []);
    assert.deepEqual(noDue(zh), [10, 12]);
  });

  it('does not read a field leading its line, nor a line that only names someone in charge', () => {
    const text =
      HEAD +
      '# Weekly sync\n\n## Decisions\n\n- Keep the grid.\n\n## Notes\n\n- 项目负责人：林舟\n- Responsable: Marta\n' +
      '- La imprenta responsable del pedido: Gráficas Sur, ya contratada\n\n| Puesto | Quién |\n|---|---|\n| Montar el puesto de la feria | Responsable: Marta |\n';
    assert.deepEqual(missing(text), ['next-actions']);
    assert.deepEqual(noDue(text), []);
  });

  it('finds the tasks under `Initial Tasks` and under the tasks shared out for a milestone', () => {
    const en =
      HEAD +
      '# Kickoff\n\n## Decisions\n\n- Use the shared board.\n\n### 3. Initial Tasks\n\n- Priya: set up the board\n- Tomás: draft the brief\n';
    assert.deepEqual(missing(en), []);
    assert.deepEqual(noDue(en), [13, 14]);
    const es =
      HEAD +
      '# Acta 3\n\n## Acuerdos\n\n- Se usa el tablero común.\n\n## 2. Reparto de las tareas a realizar para el Hito 3\n\n' +
      '* Página de inicio: Lucía Prieto\n* Formulario de alta: Mateo Gil\n';
    assert.deepEqual(missing(es), []);
    assert.deepEqual(noDue(es), [13, 14]);
  });

  it('finds the decisions under `Acuerdos sobre …` and `现阶段达成的共识`', () => {
    const es =
      HEAD +
      '# Acta\n\n## Acuerdos sobre el próximo taller\n\n- Será en enero.\n\n## Tareas\n\n- @Marta reserva la sala due 2026-12-01\n';
    assert.deepEqual(missing(es), []);
    const zh =
      HEAD +
      '# 理事会\n\n##### 现阶段达成的共识\n\n- 年会放在三月。\n\n## 后续行动\n\n- @林舟 预订场地 due 2026-12-01\n';
    assert.deepEqual(missing(zh), []);
    // A topic of the meeting, not a name of a part with its subject after it.
    const topic =
      HEAD +
      '# Acta\n\n## Debate sobre el próximo taller\n\n- Será en enero.\n\n## Tareas\n\n- @Marta reserva la sala due 2026-12-01\n';
    assert.deepEqual(missing(topic), ['decisions']);
  });

  it('takes a retrospective’s `Mac (Actionable Commitments)` for its plan, its practices not read as tasks', () => {
    const text =
      HEAD +
      '# Sprint 2 retrospective\n\n## Decisions\n\n- Keep the stand-up.\n\n### Windows(Bad)\n\n- Too many meetings\n\n' +
      '### Mac(Actionable Commitments)\n\n* As a team we will keep the weekly review.\n* As a team we will pair on hard stories.\n';
    assert.deepEqual(missing(text), []);
    assert.deepEqual(noDue(text), []);
    assert.deepEqual(noOwner(text), []);
  });

  it('reads the list after a sentence saying tasks were set, and the issues still tracked with their progress notes', () => {
    const es =
      HEAD +
      '# Acta 1\n\n## Acuerdos\n\n- Usar un tablero común.\n\n## Desarrollo\n\n' +
      'Después de repartir los roles, se habló de la próxima práctica y se definieron tareas para prepararla:\n- Leer el enunciado de la práctica.\n';
    assert.deepEqual(missing(es), []);
    assert.deepEqual(noDue(es), [14]);
    assert.deepEqual(noOwner(es), [14]);
    const zh =
      HEAD +
      '与会人：林舟、苏芮、顾洋\n\n议题：\n遗留问题跟踪（下次例会之前，请责任人先沟通）：\n' +
      '1. 展台灯光方案的评估  -林舟\n11.02： 本次会议已申报\n2. 物料清单补齐 - 苏芮\n11.02：待输出\n\n结论：同意展台方案二\n';
    assert.deepEqual(missing(zh), []);
    assert.deepEqual(noDue(zh), [9, 11]);
    assert.deepEqual(noOwner(zh), []);
  });

  it('takes a board’s motions with their results and a vote’s count for decisions', () => {
    const tasks = '\n## 后续行动\n\n- @林舟 整理名单 due 2026-12-01\n';
    const zh =
      HEAD +
      '# 理事会会议记要\n\n林舟理事动议“年会改在春季举办”，经辩论，决定：“年会在四月举办”。\n\n苏芮理事动议“增设观察员席位”，该动议未通过。\n' +
      tasks;
    assert.deepEqual(missing(zh), []);
    // A motion only put forward is no decision.
    assert.deepEqual(missing(HEAD + '# 理事会会议记要\n\n林舟理事提出动议“年会改在春季举办”，下次再议。\n' + tasks), [
      'decisions',
    ]);
    const es =
      HEAD +
      '# Minuta\n\nTemas nuevos\n------------\n\n[0] Horario de las reuniones. Se resolvió reunirse los martes.\n\nAprobada con 6-0-1\n\n' +
      'Tareas\n------\n\n- @Marta envía la convocatoria due 2026-12-01\n';
    assert.deepEqual(missing(es), []);
    // A sentence saying it was resolved, without its vote, is no decisions part.
    assert.deepEqual(missing(es.replace('Aprobada con 6-0-1\n\n', '')), ['decisions']);
  });

  it('reads a register of tasks, each heading over its deadline and the one responsible', () => {
    const text =
      '---\ntype: minutes\nmeeting: 2026-10-12\n---\n# 理事会例会\n\n## 会议纪要\n\n### 年会\n\n' +
      '#### 年会场地\n\n- 截止时间：10 月 20 日\n- 相关责任人：@林舟\n\n' +
      '#### 年会主题\n\n- 截止时间：未定\n- 相关负责人：苏芮\n\n' +
      '#### 年会形式\n\n- 截止时间：10 月 20 日\n- 形式：线上\n\n##### 现阶段达成的共识\n\n- 年会在十二月举办。\n';
    assert.deepEqual(missing(text), []);
    // The theme has no date; the venue's date is past (today 2026-11-22); the form names no one responsible: a note.
    assert.deepEqual(noDue(text), [16]);
    assert.deepEqual(found(text, 'action-overdue'), ['13:next-actions']);
    assert.deepEqual(noOwner(text), []);
  });

  it('takes the day something was held on for no deadline', () => {
    assert.equal(findDue('Publicar un resumen del taller celebrado el 30 de septiembre', 0, 2026).due, undefined);
    assert.equal(findDue('Write up the workshop held on 3 May', 0, 2026).due, undefined);
    assert.ok(findDue('Publicar el resumen el 30 de septiembre', 0, 2026).due);
  });
});
