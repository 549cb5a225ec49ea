/**
 * Forms of action items from the twenty-ninth session's blind minutes (English, Spanish, Chinese), read for
 * precision and recall of owners and due dates. Written here in our own words, in the same forms.
 */
import { strict as assert } from 'node:assert';
import { Session } from '../server/core/session';
import { findOwners } from '../server/core/actions';
import { scanSummary } from '../server/core/scan';
import { resolveConfig } from '../server/core/config';
import { TODAY } from './helpers/analyze';
import { MINUTES_HEAD, findingsOf } from './helpers/minutes';
import { headsSection } from './helpers/headings';

const owners = (t: string) => findOwners(t, 0).map((o) => o.name);

describe('the twenty-ninth blind samples of minutes (owners and due dates)', () => {
  it('`Both:` leading a task: the two people together own it', () => {
    assert.deepEqual(owners('Both: Brainstorm three ideas for the window display'), ['Both']);
    assert.deepEqual(owners('Ambos: revisar el presupuesto del evento'), ['Ambos']);
    const text = `${MINUTES_HEAD}# Call\n\n## Next steps\n\n- [ ] Both: Brainstorm three ideas for the window display\n`;
    assert.deepEqual(findingsOf(text, 'action-missing-owner'), []);
  });

  it('`No notes`, `Sin novedades` under an actions heading: no task', () => {
    const text = `${MINUTES_HEAD}# Call\n\n## Action items\n\n* No notes\n`;
    assert.deepEqual(findingsOf(text, 'action-missing-due'), []);
    assert.deepEqual(findingsOf(text, 'action-missing-owner'), []);
    const es = `${MINUTES_HEAD}# Reunión\n\n## Tareas\n\n- Sin novedades\n`;
    assert.deepEqual(findingsOf(es, 'action-missing-due'), []);
  });

  it('`the owner by Friday`: the word owner before `by` names no one', () => {
    assert.deepEqual(owners('Weekly sales email to the owner by 2026-11-30'), []);
    assert.deepEqual(owners('Owner Ana Ruiz to check the card reader'), ['Ana Ruiz']);
  });

  it('`Nombre -> tarea` for each person present, under the agreements: the work shared out', () => {
    const head = '---\ntype: minutes\nclient: Acme\nmeeting: 2026-11-20\nissued: 2026-11-21\ndistribution: Ana\n---\n';
    const text = `${head}# Diario del equipo\n\n## Asistentes\n\n- Ruiz Soto, Elena\n- Prieto Gil, Tomás\n- Vega Mora, Andrés\n\n## Acuerdos tomados\n\n- Elena -> Pruebas de la API\n- Tomás -> Documentación del despliegue\n- Andrés -> Revisar el login\n`;
    assert.deepEqual(findingsOf(text, 'action-missing-due'), ['18 decisions', '19 decisions', '20 decisions']);
    assert.deepEqual(findingsOf(text, 'action-missing-owner'), []);
    // The workspace scan reads them as the analysis does.
    const scanned = scanSummary('doc.md', text, { today: TODAY, jobPattern: resolveConfig().jobPattern })?.actions;
    assert.deepEqual(
      scanned?.map((a) => a.owners),
      [['Elena'], ['Tomás'], ['Andrés']],
    );
    // Choices made for each part of the product, no people: no tasks.
    const choices = `${head}# Diario del equipo\n\n## Asistentes\n\n- Ruiz Soto, Elena\n- Prieto Gil, Tomás\n\n## Acuerdos tomados\n\n- Frontend -> React\n- Backend -> Node\n- Base de datos -> Postgres\n`;
    assert.deepEqual(findingsOf(choices, 'action-missing-due'), []);
  });

  it('the fixes to make next, and the next steps `inmediatos`, are the next actions', () => {
    headsSection(
      'minutes',
      ['Próximos fixes', 'Proximos fixes (prioridad del cliente)', 'Next fixes', 'Próximos pasos inmediatos'],
      'next-actions',
    );
  });

  it('a heading naming the decisions and the tasks together: its table with an owner column hands out tasks', () => {
    const text = `${MINUTES_HEAD}# 周会纪要\n\n## 决议与待办事项\n\n| 序号 | 事项 | 负责人 |\n|---|---|---|\n| 1 | 整理门店海报的文案 | 王芳 |\n\n## 下一步\n\n- 李雷在12月1日前提交预算表\n`;
    assert.deepEqual(findingsOf(text, 'action-missing-due'), ['15 decisions']);
    // Under the decisions alone, the same table is what was decided (the next actions are elsewhere).
    const decided = text.replace('## 决议与待办事项', '## 决议');
    assert.deepEqual(findingsOf(decided, 'action-missing-due'), []);
  });

  it('an e-mail: a next step that speaks to the reader is the reader’s, the others are not', () => {
    const head = '---\ntype: minutes\nclient: Acme\nmeeting: 2026-11-20\nissued: 2026-11-21\ndistribution: Ana\n---\n';
    const text = `${head}# Follow-up e-mail\n\nHi Marina,\n\nThanks for the call today.\n\n## Next steps\n\n- Send me the photos of the new range by 2026-11-30\n- Review your copy of the contract by 2026-11-30\n- Book the photographer by 2026-11-30\n`;
    assert.deepEqual(findingsOf(text, 'action-missing-owner'), ['18 next-actions']);
    // The editor's check (chunk by chunk, reading the action context as it goes) reads the reader too.
    const session = new Session({ today: () => ({ year: 2026, month: 11, day: 22 }) });
    session.update('/tmp/follow-up.md', text, 1);
    assert.deepEqual(
      session
        .analysis('/tmp/follow-up.md')!
        .findings.filter((f) => f.rule === 'action-missing-owner')
        .map((f) => f.range.start.line + 1),
      [18],
    );
    // Without a greeting or a `To:` line, nobody is the reader.
    const notes = text.replace('Hi Marina,\n\n', '');
    assert.deepEqual(findingsOf(notes, 'action-missing-owner'), [
      '14 next-actions',
      '15 next-actions',
      '16 next-actions',
    ]);
  });
});
