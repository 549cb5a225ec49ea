/**
 * Forms of a fresh blind set of real minutes (eval75): an action register whose status cells log each change after
 * its day (`20220706:open 20220720:close`) and whose tasks are in an `Items` column, an owner still to be settled
 * (`Por confirmar con Pablo`), and the attendees under a misspelt key (`Atendees:`). Our own words, the same forms.
 */
import { strict as assert } from 'node:assert';
import { analyze, reportsMissing as has } from './helpers/analyze';

const HEAD = '---\ntype: minutes\n---\n';
const findings = (text: string, rule: string) => analyze(text).findings.filter((f) => f.rule === rule);

describe('fresh real minutes, eval75', () => {
  it('an action register: the last status logged after its day decides, the Items column is the task', () => {
    const doc = `${HEAD}# Action items\n\n## Action items\n\n| MeetingTime | Items | Owner | Status |\n|---|---|---|---|\n| 20260706 | Report on the data group's progress | Lin Wei | 20261026:close |\n| 20260706 | Review the build plan | Ana Ruiz | 20260706:open 20260720:close |\n| 20260720 | Register the new working group | Ben Cole | open |\n`;
    const due = findings(doc, 'action-missing-due');
    assert.deepEqual(
      due.map((f) => f.range.start.line + 1),
      [12],
    );
    assert.match(due[0].message, /Register the new working group/u);
  });
  it('an owner still to be settled is no owner', () => {
    const doc = (who: string) =>
      `${HEAD}# Acta 2026-03-02\n\n## Tareas\n\n| Tarea | Responsable | Fecha límite |\n|---|---|---|\n| Reservar la sala | ${who} | 2026-12-20 |\n`;
    assert.equal(findings(doc('Por confirmar con Pablo'), 'action-missing-owner').length, 1);
    assert.equal(findings(doc('Pablo Ortiz'), 'action-missing-owner').length, 0);
  });
  it('the attendees under a misspelt key', () => {
    const doc = (key: string) =>
      `${HEAD}# Call 2026-03-02\n\n${key}: Dorian, Zara, Kim\n\n## Notes\n\n- Scope agreed.\n`;
    assert.ok(!has(doc('Atendees'), 'attendees'));
    assert.ok(has(doc('Notes'), 'attendees'));
  });
  it('next actions under 任务列表 or Próximas tareas prioritarias; the heading restated below it is no task', () => {
    const zh = `${HEAD}# 周会 2026-08-02\n\n## 决定\n\n- 先做模拟器。\n\n### 任务列表\n\nTask List\n\n先写个文档，再跑模拟器\n`;
    assert.equal(findings(zh, 'missing-section').length, 0);
    assert.deepEqual(
      findings(zh, 'action-missing-due').map((f) => f.range.start.line + 1),
      [14],
    );
    const es = `${HEAD}# Reunión 2026-10-30\n\n### Acuerdos\n\n- Usar un solo repositorio.\n\n### Próximas Tareas Prioritarias\n\n- Terminar la guía de despliegue (Lucía, 2026-11-06)\n`;
    assert.equal(findings(es, 'missing-section').length, 0);
  });
});
