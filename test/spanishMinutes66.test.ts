/**
 * Forms of the twenty-seventh session's blind samples of real Spanish minutes (eval66), each finding labelled by
 * hand before the fix. Written here in our own words, in the same forms.
 */
import { strict as assert } from 'node:assert';
import { findDates } from '../server/core/dates';
import { actionsOf } from '../server/core/analyze';
import { analyze } from './helpers/analyze';
import { MINUTES_HEAD, findingsOf } from './helpers/minutes';

const HEAD = MINUTES_HEAD;
const findings = findingsOf;

describe('the blind samples of real Spanish minutes (eval66)', () => {
  it('`Para todos:` over a list is for everyone, not `to-dos`: a charter’s standing duties are no actions', () => {
    const text = `${HEAD}# Acta del equipo\n\n## Decisiones\n- Usar un solo repositorio.\n\n## Acta de convivencia\n\nSe acordó lo siguiente.\n\nPara todos:\n\n- Avisar de los retrasos en el chat.\n- Ayudar a quien lo pida.\n\nPara Olga:\n\n- Coordinación general.\n`;
    assert.deepEqual(findings(text, 'action-missing-due'), []);
    // `Todos:` alone, the English spelling of to-dos, still leads the actions.
    const todos = `${HEAD}# Weekly sync\n\n## Decisions\n- Keep it.\n\n## Notes\n\nOur todos:\n\n- Ana to send the deck.\n`;
    assert.deepEqual(findings(todos, 'action-missing-due'), ['18 next-actions']);
  });

  it('a lead-in reporting on the tasks (`**Actualizaciones de tareas asignadas:**`) heads their status, not actions', () => {
    const text = `${HEAD}# Reunión diaria\n\n## Decisiones\n- Seguir igual.\n\n## Orden del día\n1. **Actualizaciones de tareas asignadas:**\n   - **Olga Ruiz Prado:**\n     - B2.1 (Informe de pruebas)\n\n2. **Reparto de tareas:**\n   - Preparar la demo.\n`;
    assert.deepEqual(findings(text, 'action-missing-due'), ['20 next-actions']);
  });

  it('a full name of three or four words as a bold label (`**Olga Ruiz Prado:**`) owns the items under it', () => {
    const text = `${HEAD}# Reunión diaria\n\n## Decisiones\n- Seguir igual.\n\n## Orden del día\n1. **Reparto de tareas:**\n   - **Olga Ruiz Prado:**\n     - Alta en el servidor de pruebas.\n   - **Tomás Vera:**\n     - Montar el tablero.\n   - **María Luz Gil Soria:**\n     - Revisar la guía.\n`;
    assert.deepEqual(findings(text, 'action-missing-owner'), []);
    assert.deepEqual(findings(text, 'action-missing-due'), ['17 next-actions', '19 next-actions', '21 next-actions']);
    // A long label that is no name is still no owner of the items (nor read as a group of them).
    const topic = `${HEAD}# Reunión diaria\n\n## Decisiones\n- Seguir igual.\n\n## Orden del día\n1. **Reparto de tareas:**\n   - **Revisión del servidor de pruebas:**\n     - Alta en el servidor.\n`;
    assert.deepEqual(findings(topic, 'action-missing-owner'), []);
  });

  it('what the team did, in the first person plural (`Discutimos …`, `Asignamos …`), is no action', () => {
    const text = `${HEAD}# Reunión\n\n## Decisiones\n- Seguir igual.\n\n## Orden del día\n1. **Reparto de tareas:**\n   - Debatimos el alcance del primer sprint.\n   - Repasamos el tablero entre todos.\n   - Preparar la demo del lunes.\n   - Próximos pasos: cerrar el sprint.\n`;
    assert.deepEqual(findings(text, 'action-missing-due'), ['18 next-actions', '19 next-actions']);
  });

  it('keeping something up to date (`Mantener el registro actualizado`) is how the team works, no action', () => {
    const text = `${HEAD}# Reunión\n\n## Decisiones\n- Seguir igual.\n\n## Próximos pasos\n- Mantener el registro de cambios actualizado.\n- Mantener al día la hoja de gastos.\n- Enviar el informe al cliente.\n`;
    assert.deepEqual(findings(text, 'action-missing-due'), ['17 next-actions']);
  });

  it('a record number after its name that makes no date (`Acuerdo 2025-13-01`, `Ticket 2026-14-02`) is no date', () => {
    const opts = { defaultYear: 2026 };
    assert.deepEqual(findDates('  * Acuerdo 2025-13-01: Se acordó cerrar las pruebas.', opts), []);
    assert.deepEqual(findDates('- Acta 2026-15-02: firmada.', opts), []);
    assert.deepEqual(findDates('- Ticket 2026-14-02 reabierto.', opts), []);
    assert.deepEqual(findDates('- ID: 2026-02-31', opts), []);
    // Without the record's name it is a date that does not exist; after it, a real date stays a date.
    assert.equal(findDates('Entrega el 2026-13-01.', opts)[0]?.kind, 'invalid');
    assert.equal(findDates('Acuerdo 2026-12-01: cerrar.', opts)[0]?.kind, 'date');
    assert.equal(findDates('Rapid 2026-13-01.', opts)[0]?.kind, 'invalid');
  });

  it('an `Owner:` line left blank names nobody, nor does the `Prioridad: Baja` line after it', () => {
    const text = `${HEAD}# Reunión\n\n## Decisiones\n- Seguir igual.\n\n## Acciones\n- **[T-01]** Cambiar el texto del botón de alta due 2026-12-01\n  Owner:  \n  Prioridad: Baja\n\n- **[T-02]** Quitar la pantalla de pruebas due 2026-12-01\n  Owner: Marta Gil\n  Prioridad: Alta\n`;
    assert.deepEqual(findings(text, 'action-missing-owner'), ['15 next-actions']);
  });

  it('under `**Acuerdos:**` that hand out tasks by name, a task in the infinitive (`Preparar …`) is one too, with no owner', () => {
    const text = `${HEAD}# Actas del proyecto\n\n## Reunión 2\n\n**Acuerdos:**\n- Lucía enviará el presupuesto.\n- Preparar la maqueta de la portada.\n- Usar la plantilla del año pasado.\n`;
    assert.deepEqual(findings(text, 'action-missing-owner'), ['15 next-actions']);
    // Agreements that hand nothing out by name are decisions: the infinitive is no task there.
    const decided = `${HEAD}# Actas del proyecto\n\n## Reunión 2\n\n**Acuerdos:**\n- Usar la plantilla del año pasado.\n- Preparar la maqueta de la portada.\n`;
    assert.deepEqual(findings(decided, 'action-missing-owner'), []);
  });

  it('a day of the month alone after a due word (`antes del 25.`) is that day of the meeting’s month, or of the next', () => {
    const text = `${HEAD}# Actas del proyecto\n\n## Reunión 4 — 20 de mayo\n\n**Acuerdos:**\n- Lucía enviará el presupuesto antes del 25.\n- Pablo subirá las fotos para el 3.\n- Marta revisará el texto antes del 25% del plazo.\n`;
    const a = analyze(text, 'actas.md');
    assert.deepEqual(
      actionsOf(a.doc, a.options).map((x) => x.due?.date && `${x.due.date.month}-${x.due.date.day}`),
      ['5-25', '6-3', undefined],
    );
    assert.deepEqual(findings(text, 'action-missing-due'), ['16 next-actions']);
  });

  it('a task in the infinitive over the parts it covers (`- Revisar el flujo de alta:` / `- caducidad,`) is one task', () => {
    const text = `${HEAD}# Reunión\n\n## Decisiones\n- Seguir igual.\n\n## Tareas pendientes\n- Revisar el flujo de alta:\n  - caducidad del código,\n  - reenvío.\n- Evaluar dos portadas para:\n  - la web,\n  - las redes.\n- Notas:\n  - el cliente pide prisa.\n`;
    assert.deepEqual(findings(text, 'action-missing-owner'), ['15 next-actions', '18 next-actions']);
  });

  it('in a list that shares out the roles (`Ana es la líder`, `Luis será responsable de …`), `Eva tomará el diseño` is a role', () => {
    const text = `${HEAD}# Actas\n\n## Reunión 1\n\n**Acuerdos:**\n- Ana es la líder del equipo.\n- Eva tomará el diseño de la web.\n- Luis será responsable de las pruebas.\n- Marta enviará el calendario.\n`;
    assert.deepEqual(findings(text, 'action-missing-due'), ['17 next-actions']);
    // Without the roles around it, taking on the design is a task.
    const task = `${HEAD}# Actas\n\n## Reunión 1\n\n**Acuerdos:**\n- Eva tomará el diseño de la web.\n`;
    assert.deepEqual(findings(task, 'action-missing-due'), ['14 next-actions']);
  });
});
