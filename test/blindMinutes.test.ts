/**
 * Where sections are recognised and what is a date, in forms of a blind sample of real minutes (issue 16:
 * 343 minutes in English, Spanish and Chinese from projects not read before, every finding labelled by hand).
 * Written here in our own words, in the same forms.
 */
import { strict as assert } from 'node:assert';
import { findDates } from '../server/core/dates';
import { matchHeading, sectionTable } from '../server/core/headings';
import { typeById } from '../server/core/catalog';
import { MINUTES_HEAD, findingsOf } from './helpers/minutes';

const HEAD = MINUTES_HEAD;
const findings = findingsOf;

describe('sections and dates of a blind sample of real minutes', () => {
  const table = sectionTable(typeById('minutes')!);

  it('next-action headings with numbering, a time frame or a qualifier after the noun', () => {
    for (const heading of [
      '3. Tareas y expectativas para el próximo control',
      'Acciones a tomar para los siguientes sprints',
      'Próximos pasos sugeridos',
      'Pendientes para próximas reuniones',
      'Action Items and Next Steps',
      'Next Steps and Action Items',
      '遗留任务',
      // Code marks around the name are emphasis, as `**` is.
      '`Next steps`',
    ])
      assert.equal(matchHeading(table, heading)?.section.id, 'next-actions', heading);
  });

  it('decision headings: a compound with what was discussed, and the outcome of the meeting', () => {
    for (const heading of ['❗ Temas tratados / decisiones importantes', 'Meeting outcome', 'Acuerdos realizados'])
      assert.equal(matchHeading(table, heading)?.section.id, 'decisions', heading);
  });

  it('work done and topics stay what they are', () => {
    for (const heading of [
      'Acciones realizadas',
      'Tareas realizadas',
      'Acciones tomadas',
      'Pasos siguientes del diseño',
      'Open questions',
      'Design review',
      'Next steps for @oneOf (5m, Hugh)',
      'Temas tratados',
      'Meeting notes',
      'Expectativas',
      // The columns of a task board, a topic gone through.
      '议程 4：Kitex 3、4月 TO DO/DOING',
      'To do / Doing / Done',
    ])
      assert.equal(matchHeading(table, heading), null, heading);
  });

  it('bold labels `**Acciones próximas:**` and `* **Acuerdos realizados:**` are the sections', () => {
    const text = `${HEAD}# Reunión con el cliente\n\n## Asistentes\n- Ana, Lee\n\n* **Acuerdos realizados:**\n    * Se usa un tablero para las piezas.\n\n**Acciones próximas:**\n- Lee preparará la maqueta antes del 2026-12-20.\n`;
    assert.deepEqual(findings(text, 'missing-section'), []);
  });

  it('a closing `## Conclusión` is not asked to move above the actions; a Decisions heading is', () => {
    const body = (closing: string) =>
      `${HEAD}# Retrospectiva\n\n## Asistentes\n- Ana, Lee\n\n## Acciones\n- @ana preparará el tablero antes del 2026-12-20\n\n## ${closing}\n- Seguimos igual.\n`;
    assert.deepEqual(findings(body('Conclusión'), 'section-order'), []);
    assert.deepEqual(findings(body('Conclusiones'), 'section-order'), []);
    assert.deepEqual(findings(body('Acuerdos'), 'section-order'), ['17 decisions']);
  });

  it('a “Need decision” list resolved inline (`Resolution:`) has its decisions', () => {
    const text = `${HEAD}# Monthly meeting\n\n## Attendees\n- Ana, Lee\n\n### Need decision\n- Move to the new print vendor?\n  - Resolution: ask both vendors for a second quote\n\n### Action items\n- @ana tell the vendors by 2026-12-20\n`;
    assert.deepEqual(findings(text, 'missing-section'), []);
  });

  it('the items under `## 遗留任务` are read as next actions', () => {
    const text = `${HEAD}# 11月20日 例会\n\n## 会议结论\n- 海报改用蓝色。\n\n## 遗留任务\n- 和印刷厂确认纸张\n`;
    assert.deepEqual(findings(text, 'missing-section'), []);
    assert.deepEqual(findings(text, 'action-missing-owner'), ['15 next-actions']);
  });

  it('an agreement number `Acuerdo 2026-00-01` (month 00) is no date; 2026-02-30 is still invalid', () => {
    const opts = { defaultYear: 2026 };
    assert.deepEqual(findDates('**Acuerdo 2026-00-01: Ramas.** Una rama por pieza.', opts), []);
    assert.deepEqual(findDates('- Decision #2026-00-03 kept.', opts), []);
    assert.equal(findDates('Entrega el 2026-00-10.', opts)[0]?.kind, 'invalid');
    const bad = findDates('Entrega el 2026-02-30.', opts);
    assert.equal(bad.length, 1);
    assert.equal(bad[0].kind, 'invalid');
  });

  it('more next-action headings: a summary, what resulted, for each participant, the task assignment', () => {
    for (const heading of [
      'Action Summary',
      'Action Items Resulting',
      'Actions arising',
      'Tareas de cada participante para la próxima semana:',
      'Acciones para futuros proyectos',
      '具体任务分配',
    ])
      assert.equal(matchHeading(table, heading)?.section.id, 'next-actions', heading);
    for (const heading of ['Summary', 'Tareas de diseño', 'Project summary'])
      assert.equal(matchHeading(table, heading), null, heading);
  });

  it('a label alone on its line, as a heading without `#`, gives its section (`CONCLUSIONES`, `- 结论`)', () => {
    const acta = (d: string, a: string) =>
      `${HEAD}# Reunión de equipo\n\nAsistentes: Ana, Lee\n\n${d}\nSe aprueba el plan.\n\n${a}\n- Ana enviará el plan antes del 2026-12-20.\n`;
    assert.deepEqual(findings(acta('CONCLUSIONES', 'COMPROMISOS'), 'missing-section'), []);
    // A word that only ends a sentence's line is no label.
    assert.deepEqual(findings(acta('Todos estuvieron\nconclusiones', 'Y luego\ncompromisos'), 'missing-section'), [
      '9 decisions',
      '9 next-actions',
    ]);
    const zh = `${HEAD}# 周会\n\n- 讨论\n  - 海报的颜色\n- 结论\n  - 改用蓝色\n\n目前结论：先上线\n`;
    assert.deepEqual(findings(zh, 'missing-section'), ['9 next-actions']);
  });

  it('an actions section holding an HTML table is not empty; one holding only a comment is', () => {
    const text = (body: string) =>
      `${HEAD}# Weekly sync\n\n## Decisions\n- Keep the launch date.\n\n## Action items\n\n${body}\n`;
    const table =
      '<table>\n  <tr><th>Action</th><th>Owner</th></tr>\n  <tr><td>Book the studio</td><td>Ana</td></tr>\n</table>';
    assert.deepEqual(findings(text(table), 'empty-section'), []);
    assert.deepEqual(findings(text('<!-- list the actions here -->'), 'empty-section'), ['14 next-actions']);
    assert.deepEqual(findings(text('<br>\n<!-- TBD -->'), 'empty-section'), ['14 next-actions']);
  });

  it('in an English table, a date column written day first (`25/04/2015` in it) reads its `03/05/2015` so', () => {
    const log = (rows: string, after = '') =>
      `${HEAD}# Weekly sync\n\n## Decisions\n- Keep the launch date.\n\n## Action items\n| Action | Owner | Due |\n| --- | --- | --- |\n${rows}${after}`;
    const dayFirst = '| Book the studio | Ana | 25/04/2015 |\n| Send the deck | Lee | 03/05/2015 |\n';
    assert.deepEqual(findings(log(dayFirst), 'ambiguous-date'), []);
    const monthFirst = '| Book the studio | Ana | 04/25/2015 |\n| Send the deck | Lee | 03/05/2015 |\n';
    assert.deepEqual(findings(log(monthFirst), 'ambiguous-date'), []);
    // Both orders in the column, or none: still two readings.
    assert.deepEqual(findings(log(`${dayFirst}| Print | Ana | 04/26/2015 |\n`), 'ambiguous-date'), ['18']);
    assert.deepEqual(findings(log('| Send the deck | Lee | 03/05/2015 |\n'), 'ambiguous-date'), ['17']);
    // Another column, or a date outside the table, says nothing of this column's readers.
    assert.deepEqual(findings(log('| Send the deck (asked 25/04/2015) | Lee | 03/05/2015 |\n'), 'ambiguous-date'), [
      '17',
    ]);
    assert.deepEqual(
      findings(log('| Send the deck | Lee | 03/05/2015 |\n', '\nKick-off was 25/04/2015.\n'), 'ambiguous-date'),
      ['17'],
    );
  });

  it('a template row left in the actions table (`| | item | who | due_date |`) is no action', () => {
    const text = `${HEAD}# TSC meeting\n\n## Decisions\n- Keep the launch date.\n\n## Action items\n| Done? | Item | Responsible | Due date |\n| --- | --- | --- | --- |\n| | item | who | due_date |\n| | Book the studio | Ana | |\n`;
    assert.deepEqual(findings(text, 'action-missing-due'), ['18 next-actions']);
  });
});
