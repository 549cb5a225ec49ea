/**
 * Owners as two more blind samples of real minutes wrote them (issue 16: 109 and 96 documents from 24
 * projects not read before, every finding labelled by hand): `Task owner:` under the task, a sub-item that
 * is only names, attendees given by a bold label over a list. Written here in our own words.
 */
import { strict as assert } from 'node:assert';
import { findOwners, rosterOf, soleSubItemOwners, makeRoster } from '../server/core/actions';
import { isSampleAction } from '../server/core/placeholders';
import { scanSummary } from '../server/core/scan';
import { analyze } from './helpers/analyze';

const HEAD = '---\ntype: minutes\nclient: Acme\nmeeting: 2026-11-20\nissued: 2026-11-21\ndistribution: Ana\n---\n';
const missingOwner = (text: string) =>
  analyze(text)
    .findings.filter((f) => f.rule === 'action-missing-owner')
    .map((f) => f.range.start.line + 1);
const scannedOwners = (text: string) =>
  scanSummary('m.md', text, { today: { year: 2026 }, jobPattern: /[A-Z]+-\d+/ })?.actions.map((a) => a.owners);

describe('owners of two more blind samples of real minutes', () => {
  it('`Task owner: Sydney` under the task is its owner, in the analysis and the scan', () => {
    const text = `${HEAD}# Sync\n\n## Decisions\n- Keep it.\n\n## TODOs\n  * Upload the contract by 2026-12-20\n    * Task owner: Sydney\n`;
    assert.deepEqual(missingOwner(text), []);
    assert.deepEqual(scannedOwners(text), [['Sydney']]);
  });

  it('a sole sub-item of names owns the task: the attendees, or two names and more; one other word does not', () => {
    const roster = makeRoster(['Nidhi Giridhar', 'Sydney Wong']);
    const names = (t: string, r = roster) => soleSubItemOwners(t, 0, r).map((o) => o.name);
    assert.deepEqual(names('Nidhi'), ['Nidhi']);
    assert.deepEqual(names('Aung, Nathan, Daniel', undefined), ['Aung', 'Nathan', 'Daniel']);
    assert.deepEqual(names('Styling', undefined), []);
    assert.deepEqual(names('Styling'), []);
    assert.deepEqual(names('User interface', undefined), []);
    assert.deepEqual(names('Due: Friday'), []);
    const text = `${HEAD}# Sync\n\n**Attendees (Name, Role):**\n1. Nidhi Giridhar\n2. Sydney Wong\n\n## Decisions\n- Keep it.\n\n## TODOs\n  * Upgrade the account by 2026-12-20\n    * Nidhi\n  * Fix the styling by 2026-12-20\n    * Styling\n  * Book the room by 2026-12-20\n    * Ana, Lee\n`;
    assert.deepEqual(missingOwner(text), [20]);
    assert.deepEqual(scannedOwners(text), [['Nidhi'], [], ['Ana', 'Lee']]);
  });

  it('attendees given by a label line: over a list, or with the names after it', () => {
    // (The roster also marks the starts of first names, `\u0004nid`, for a short name closing an item: not words.)
    const words = (text: string) => [...(rosterOf(text)?.words ?? [])].filter((w) => !w.startsWith('\u0004')).sort();
    assert.deepEqual(words('**Attendees (Name, Role):**\n1. Nidhi Giridhar\n2. Sydney Wong\n\nNotes\n- Talked'), [
      'giridhar',
      'nidhi',
      'sydney',
      'wong',
    ]);
    assert.deepEqual(words('- **Present:** Ana Ruiz, Ben Ode\n- Other: text'), ['ana', 'ben', 'ode', 'ruiz']);
    // A list after another paragraph is not the attendees.
    assert.deepEqual(words('**Attendees:**\nsee the calendar\n- Fix the build'), []);
  });

  it('handles with an initial, names joined by `+`; a hyphenated label and a thing in brackets are no owners', () => {
    const owners = (t: string) => findOwners(t, 0).map((o) => o.name);
    assert.deepEqual(owners('Action: MitchK/TimG to update the wiki page'), ['MitchK', 'TimG']);
    assert.deepEqual(owners('Wireframe on Figma (Nathan + Lily) by 2026-12-20'), ['Nathan', 'Lily']);
    assert.deepEqual(owners('Sam + Alex: book the room'), ['Sam', 'Alex']);
    assert.deepEqual(owners('Jean-Luc to call the printer'), ['Jean-Luc']);
    assert.deepEqual(owners('Pre-work: read the design doc'), []);
    assert.deepEqual(owners('Follow-up: ask the printer'), []);
    assert.deepEqual(owners('Crear estimación de las tareas (Estimación Fibonacci).'), []);
    assert.deepEqual(owners('Budget + timing review'), []);
  });

  it('`Completed` in the deadline column says the task is done', () => {
    const text = `${HEAD}# Sync\n\n## Decisions\n- Keep it.\n\n## Action Items\n| Action | Owner | Deadline |\n|---|---|---|\n| Share the guide | Ana | Completed |\n| Send the email | Lee | |\n`;
    const due = analyze(text)
      .findings.filter((f) => f.rule === 'action-missing-due')
      .map((f) => f.range.start.line + 1);
    assert.deepEqual(due, [17]);
  });

  it('a `To-Do:` item and the items under `**Acciones próximas:**` are actions; a bold due label over items is not', () => {
    const lines = (text: string, rule: string) =>
      analyze(text)
        .findings.filter((f) => f.rule === rule)
        .map((f) => f.range.start.line + 1);
    const sprint = `${HEAD}# Sprint review\n\n## Decisions\n- Keep it.\n\n## Sprint review\n- To-Do: Move more work to the front end\n`;
    assert.deepEqual(lines(sprint, 'action-missing-owner'), [14]);
    const acta = `${HEAD}# Minuta\n\n## Acuerdos\n- Seguimos.\n\n**Acciones próximas:**\n- Informar al cliente de los avances.\n`;
    assert.deepEqual(lines(acta, 'action-missing-owner'), [14]);
    const byFriday = `${HEAD}# Sync\n\n## Decisions\n- Keep it.\n\n## Action items\n- **By Friday**\n  - @ana send the deck by 2026-12-20\n`;
    assert.deepEqual(lines(byFriday, 'action-missing-owner'), []);
    assert.deepEqual(lines(byFriday, 'action-missing-due'), []);
  });

  it('an arrow hands the task to people written in lower case when the roster knows one, or to everyone', () => {
    const roster = makeRoster(['Adrian Romero', 'Jesús Zambrana', 'Aitor Rodríguez']);
    const owners = (t: string) => findOwners(t, 0, roster).map((o) => o.name);
    assert.deepEqual(owners('Pasarela de pago (segunda semana) -> adrian'), ['adrian']);
    assert.deepEqual(owners('Buscador (segunda semana) -> francis, jesus y ramón'), ['francis', 'jesus', 'ramón']);
    assert.deepEqual(owners('Opiniones (tercera semana) -> aitor y horacio (si están libres)'), ['aitor', 'horacio']);
    assert.deepEqual(owners('Test (primera semana) -> Cada uno los suyos'), ['Cada uno los suyos']);
    assert.deepEqual(owners('Migrate v1 -> v2'), []);
    assert.deepEqual(owners('rename foo -> bar'), []);
  });

  it('a group decision among the actions is no action; a bold DONE mark leading the item says it is done', () => {
    const text = `${HEAD}# Sync\n\n## Decisions\n- Keep it.\n\n## Action items\n- Group decision: we keep the current vendor\n- **DONE** Send the invoice\n- Send the quote\n`;
    const lines = analyze(text)
      .findings.filter((f) => f.rule === 'action-missing-owner')
      .map((f) => f.range.start.line + 1);
    assert.deepEqual(lines, [16]);
  });

  it('a template item of blanks is no action; a blank that says the task is one', () => {
    assert.ok(isSampleAction('[Acción 1] - Responsable: [Nombre] - Fecha: [DD/MM/YYYY]'));
    assert.ok(!isSampleAction('[Diseñar el módulo de riesgos]'));
    assert.ok(!isSampleAction('[Definir la estructura de la tarea] - Responsable: [Por definir]'));
  });
});
