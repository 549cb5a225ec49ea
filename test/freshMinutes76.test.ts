/**
 * Forms of a fresh blind set of real minutes (eval76): `Pasos siguientes:` and a long sentence ending in the steps the meeting set, an owner flag
 * (`--owner ana`), the writer's own tasks (`Mis tareas … son:`), a task done `during the March 2 lab session`, the next
 * meeting's day in brackets, `Name (as role):`, the company in a details table, and the attendees under a heading
 * that starts with the day. Our own words, the same forms.
 */
import { strict as assert } from 'node:assert';
import { analyze, reportsMissing as has } from './helpers/analyze';

const HEAD = '---\ntype: minutes\n---\n';
const lines = (text: string, rule: string) =>
  analyze(text)
    .findings.filter((f) => f.rule === rule)
    .map((f) => f.range.start.line + 1);
const sections = (text: string) =>
  analyze(text)
    .findings.filter((f) => f.rule === 'missing-section')
    .map((f) => (f.data as { section?: string }).section);

describe('fresh real minutes, eval76', () => {
  it('`* Next week` over notes is a point of the notes, not the next actions', () => {
    const item = `${HEAD}# Board\n\n## Notes\n\n* Signage\n  * The old signs stay up\n\n* Next week\n  * Members bring snacks\n  * Ruth paid her share already because she will be away\n`;
    assert.ok(sections(item).includes('next-actions'));
    assert.deepEqual(lines(item, 'action-missing-due'), []);
  });

  it('`Pasos siguientes:` over sub-items, and a long sentence ending in the steps the meeting set', () => {
    const label = `${HEAD}# Reuniones\n\n### 3 de marzo de 2026\nSegunda reunión:\n1. Revisión del boceto.\n2. Pasos siguientes:\n    1. Preparar la maqueta de la etiqueta.\n    2. Pedir muestras de papel.\n`;
    assert.deepEqual(lines(label, 'action-missing-due'), [10, 11]);
    const sentence = `${HEAD}# Reuniones\n\n### 9 de marzo de 2026\nEn la tercera reunión se revisó una primera versión del catálogo (borrador) y se han definido los siguientes pasos a llevar a cabo:\n1. Ajustar los precios de la tabla.\n2. Añadir las fotos del envase.\n`;
    assert.deepEqual(lines(sentence, 'action-missing-due'), [8, 9]);
    // Steps of a procedure are no tasks.
    const howTo = `${HEAD}# Reuniones\n\n## Tareas\n\n- Revisar la maqueta @ana 2026-12-20\n\n## Uso del formulario\n\nPara enviar el formulario de pedidos es necesario seguir los siguientes pasos:\n  1. Abrir la página del pedido en el navegador.\n  2. Pulsar el botón de enviar.\n`;
    assert.deepEqual(lines(howTo, 'action-missing-due'), []);
  });

  it('an owner flag as in a command line: `--owner handle`', () => {
    const doc = `${HEAD}# 会议纪要\n\n## 待办事项\n\n1. 整理样品清单 --owner zhouli\n2. 讨论报价模板 --owner all\n3. 确认印刷色号\n`;
    assert.deepEqual(lines(doc, 'action-missing-owner'), [10]);
  });

  it('the writer’s own tasks: `* Mis tareas a corto plazo son:` over sub-items', () => {
    const doc = `${HEAD}# 4 marzo\n\n  * Acordamos revisar el plan en dos semanas.\n\n  * Mis tareas a corto plazo son:\n    * Leer el informe de ventas.\n    * Preparar el calendario de entregas.\n`;
    assert.deepEqual(lines(doc, 'action-missing-owner'), []);
    assert.deepEqual(
      lines(doc.replace('Mis tareas a corto plazo son', 'Tareas a corto plazo'), 'action-missing-owner'),
      [9, 10],
    );
  });

  it('a task done at a meeting named by its day; the next meeting’s day is no task; `Name (as role):` owns it', () => {
    const doc = `${HEAD}# Sprint call\n\n## Action items\n\n- Sort the user stories @ana during the March 2 lab session\n- Draft the plan @ben at the March 4 review\n- Read the notes @kim in the March 2 minutes\n- Next meeting (Mar 9) - checkpoint before the launch\n- Tas (as board member): Submit the charter by 2026-03-09\n`;
    // (The third names the day of a document, not of a meeting: no deadline.)
    assert.deepEqual(lines(doc, 'action-missing-due'), [10]);
    assert.deepEqual(lines(doc, 'action-missing-owner'), []);
  });

  it('a workstream heading naming who carries it (`### Research - Ines, Omar`), its space missing or not (eval74)', () => {
    const doc = (heading: string) =>
      `${HEAD}# Kickoff 2026-03-02\n\n## Actions\n\n${heading}\n\n- ACTION: Book the first interviews by 2026-03-20\n- ACTION: Record the interviews by 2026-03-27\n`;
    assert.deepEqual(lines(doc('###User research - Ines, Omar, Lola'), 'action-missing-owner'), []);
    assert.deepEqual(lines(doc('### User research - Ines, Omar, Lola'), 'action-missing-owner'), []);
    // Parts of the work after the dash name nobody.
    assert.deepEqual(lines(doc('### Roadmap - Mobile, Web'), 'action-missing-owner'), [10, 11]);
  });

  it('the company met, as a row of the meeting’s details table', () => {
    const doc = (key: string) =>
      `${HEAD}# Meeting Minutes\n\n### March 2, 2026 – Meeting #1\n\n| Field | Details |\n|---|---|\n| **${key}** | Harbour Dairy |\n| **Time** | 9:00 – 10:00 |\n| **Attendees** | Ana, Ben, Kim |\n\n#### Decisions\n\n- Keep the blue label.\n`;
    assert.ok(!has(doc('Company'), 'client'));
    assert.ok(has(doc('Mode'), 'client'));
  });

  it('the attendees under a heading that starts with the day (`### March 2nd, meeting Attendees`)', () => {
    const doc = (heading: string) =>
      `${HEAD}### ${heading}\n\n- Rosa Vidal (RVI) Harbour Dairy\n- Iker Sanz - Kestrel (ISA)\n\n## Notes\n\nThe label was agreed.\n`;
    assert.ok(!has(doc('March 2nd, meeting Attendees'), 'attendees'));
    assert.ok(!has(doc('3 de marzo: Asistentes'), 'attendees'));
  });
});
