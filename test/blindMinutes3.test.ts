/**
 * Forms of a third round of blind samples (issue 16, 2026-12-05): real minutes of student teams and open-source
 * communities in English, Spanish actas, Chinese SIG minutes and marketing-brief templates from repositories
 * not read before, every finding of the session-start build labelled by hand before any fix. Written here in
 * our own words, in the same forms.
 */
import { strict as assert } from 'node:assert';
import { findOwners } from '../server/core/actions';
import { matchHeading, sectionTable } from '../server/core/headings';
import { typeById } from '../server/core/catalog';
import { MINUTES_HEAD, findingsOf } from './helpers/minutes';

const HEAD = MINUTES_HEAD;
const findings = findingsOf;

describe('a third blind sample of real minutes', () => {
  it('a tentative owner in brackets is the owner: `(maybe nikomatsakis?)`, `(eddyb/nikomatsakis, perhaps?)`', () => {
    const owners = (t: string) => findOwners(t, 0).map((o) => o.name);
    assert.deepEqual(owners('Draft the proposal for the new layout (maybe nikomatsakis?)'), ['nikomatsakis']);
    assert.deepEqual(owners('Chart the dependencies (eddyb/nikomatsakis, perhaps?)'), ['eddyb', 'nikomatsakis']);
    assert.deepEqual(owners('Revisar el guion (quizás Ana)'), ['Ana']);
    // A question mark alone, or a hedge alone, names nobody.
    assert.deepEqual(owners('Count where the time goes (?)'), []);
    assert.deepEqual(owners('Check the budget (maybe?)'), []);
  });

  it('an item of the actions that names a section over its points is a label: `3. Next actions (team)`', () => {
    const text = `${HEAD}# Team meeting\n\n## Decisions\n- Keep it.\n\n## Actions\n\n1. Decisions needed\n    - https://example.com/issues/611\n2. Next actions (team)\n    - Lee to write the release notes by 2026-11-27\n3. Book the room\n    - for the workshop\n`;
    assert.deepEqual(findings(text, 'action-missing-owner'), ['20 next-actions']);
    assert.deepEqual(findings(text, 'action-missing-due'), ['20 next-actions']);
  });

  it('`Decisions needed`, `Decisions to make`, `Actions needed` name their sections', () => {
    const table = sectionTable(typeById('minutes')!);
    assert.equal(matchHeading(table, 'IV. Decisions needed')?.section.id, 'decisions');
    assert.equal(matchHeading(table, 'Decisions to make')?.section.id, 'decisions');
    assert.equal(matchHeading(table, 'Actions needed')?.section.id, 'next-actions');
    assert.equal(matchHeading(table, 'Help needed'), null);
  });

  it('a brief as marketing templates write it: `**Due Date**:`, a `### Budget` heading over its value, `## Constraints`', () => {
    const brief = (budget: string) =>
      `---\ntype: brief\nclient: Greenleaf\nbrand: Refill\njob: GL-101\n---\n# Creative Brief: Refill launch\n\n**Date**: 2026-11-20\n**Due Date**: 2026-12-18\n\n## Objectives\nGet buyers to switch.\n\n## Target Audience\nBottle buyers.\n\n## Key Message\nSame clean home, less plastic.\n\n## Proof Points\n- Lab test.\n\n## Tone & Voice\nWarm.\n\n## Deliverables\n- Wobbler\n\n## Constraints\n\n### Budget\n${budget}\n\n### Legal\nNo plastic-free claim.\n\n## Approvals\n| Role | Name | Date |\n|---|---|---|\n| Client | Ana Ruiz | 2026-11-21 |\n`;
    assert.deepEqual(findings(brief('EUR 40,000'), 'missing-field'), []);
    assert.deepEqual(findings(brief('EUR 40,000'), 'missing-section'), []);
    // A blank under the heading is no value.
    assert.deepEqual(findings(brief('TBD'), 'missing-field'), ['1']);
  });

  it('`## Attendance` lists the attendees; sub-items most of which they lead give the owners', () => {
    const text = `---\ntype: minutes\nclient: Acme\nmeeting: 2026-11-20\nissued: 2026-11-21\ndistribution: Ana\n---\n# Kickoff\n\n## Attendance\n- Nick\n- Quanling\n- Yuning\n\n## Decisions\n- Keep it.\n\n## Tasks\n- Code team\n  - Nick (framework)\n  - Yuning (templates)\n  - Rui (profile)\n- Tarot responses\n  - Quanling\n- Wireframes\n  - Figma\n  - Sketches\n`;
    assert.deepEqual(findings(text, 'action-missing-owner'), ['25 next-actions']);
  });

  it('a time over the actions labels them, and its date is their due date: `Thursday of next week`, `**By 2026-12-04**`', () => {
    const text = `${HEAD}# Sync\n\n## Decisions\n- Keep it.\n\n## Action items\n\n- **By 2026-12-04**\n    - Lee to draft the roadmap\n- Thursday of next week\n    - Ana to book the testers\n`;
    assert.deepEqual(findings(text, 'action-missing-owner'), []);
    // The label is no action; the task under the dated one is due then, the other has no date.
    assert.deepEqual(findings(text, 'action-missing-due'), ['19 next-actions']);
  });

  it('a dated label over owned tasks dates each of them, and a lapsed deadline is reported on each task, not on the label', () => {
    const text = `${HEAD}# Sync\n\n## Decisions\n- Keep it.\n\n## Action items\n\n- **By 2026-11-18**\n    - Lee to draft the roadmap\n    - Ana to book the testers\n- **Antes del 19/11:**\n    - Revisar el guion (Ana)\n`;
    assert.deepEqual(findings(text, 'action-missing-due'), []);
    // HEAD's meeting is 2026-11-20, so each deadline fell before it; one finding per task, none on a label.
    assert.deepEqual(findings(text, 'action-due-before-meeting'), [
      '17 next-actions',
      '18 next-actions',
      '20 next-actions',
    ]);
  });

  it('where something can be found is no task: `A list of tasks can be found in the repo`', () => {
    const text = `${HEAD}# Sync\n\n## Decisions\n- Keep it.\n\n## Tasks\n- A list of tasks can be found in the repo, each of us picks one.\n- Las tareas se pueden consultar en el tablero.\n- Record the demo video\n`;
    assert.deepEqual(findings(text, 'action-missing-owner'), ['17 next-actions']);
  });

  it('a Spanish acta: `- Integrantes:` gives the attendees, `## Distribución de tareas` is the next actions', () => {
    const text = `---\ntype: minutes\nclient: Acme\nmeeting: 2026-11-20\nissued: 2026-11-21\ndistribution: Ana\n---\n# Acta de reunión inicial\n\n- Integrantes: Lucía Paz, Diego Ortiz\n\n## Acuerdos\n- Diseñar primero el esquema.\n\n## Distribución de tareas\n- Lucía Paz: crear el servicio de pedidos para el 27/11/2026\n`;
    assert.deepEqual(findings(text, 'missing-field'), []);
    assert.deepEqual(findings(text, 'missing-section'), []);
    assert.deepEqual(
      findings(text.replace('Distribución de tareas', 'Distribución de los servicios'), 'missing-section'),
      ['8 next-actions'],
    );
  });

  it('headings of student teams and actas: decisions with their reasoning, action plans, task lists, time frames', () => {
    const table = sectionTable(typeById('minutes')!);
    const cases: [string, string][] = [
      ['Decisions Made and Their Reasoning', 'decisions'],
      ['Decisions Made & Reasoning', 'decisions'],
      // A retrospective's action plan lists what the team resolves to do better (`- communicate progress
      // frequently`), not tasks: left to the spelling `Plan de acción` of Spanish minutes.
      ['Action Plan(s):', ''],
      ['Action items by next sprint', 'next-actions'],
      ['Final task list:', 'next-actions'],
      ['Frontend Tasks', 'next-actions'],
      ['✅ 3. Decisión final y acuerdos', 'decisions'],
      ['📅 4. Compromisos para los próximos 15 días', 'next-actions'],
    ];
    for (const [heading, id] of cases) assert.equal(matchHeading(table, heading)?.section.id ?? '', id, heading);
  });

  it('minutes with no heading at all: the list after `TODO:` holds the actions', () => {
    const text = `${HEAD}Attendees: Serina, Tallis\n\nProgress since last meeting:\n- Router works\n\nTODO:\n- Fix the nav bar bug [Serina]\n- Tags CSS [Tallis] by 2026-11-27\n`;
    assert.deepEqual(findings(text, 'action-missing-due'), ['15 next-actions']);
  });

  it('a task list item is read after its box: `- [ ] **QA:** Run the pipeline`', () => {
    const text = `${HEAD}# Sync\n\n## Decisions\n- Keep it.\n\n## Action items\n\n- [ ] **QA:** Run the pipeline by 2026-11-27\n- [ ] **All:** Post progress in Slack by 2026-11-27\n- [x] **Ana:** Book the room by 2026-11-27\n`;
    assert.deepEqual(findings(text, 'action-missing-owner'), []);
  });

  it('`who` left in the owner column names nobody; `- task: …` among notes calls itself an action', () => {
    const table = `${HEAD}# Sync\n\n## Decisions\n- Keep it.\n\n## Action items\n\n| Action | Responsible | Due |\n|---|---|---|\n| Book the room | who | 2026-11-27 |\n| Send the deck | Ana | 2026-11-27 |\n`;
    assert.deepEqual(findings(table, 'action-missing-owner'), ['18 next-actions']);
    const notes = `${HEAD}# Sync\n\n## Decisions\n- Keep it.\n\n## Next steps\n- Lee to send the deck by 2026-11-27\n\n## Database update\n\n- Lee got the local database running\n- task: wire it to the search page\n`;
    assert.deepEqual(findings(notes, 'action-missing-owner'), ['20 next-actions']);
  });

  it("an actions section holding only another template's samples is empty", () => {
    const acta = (tasks: string) =>
      `---\ntype: minutes\nclient: Acme\nmeeting: 2026-11-20\nissued: 2026-11-21\nattendees: Ana\ndistribution: Ana\n---\n# Minuta de reunión\n\n## Acuerdos\n- Seguimos.\n\n## Próximos pasos\n\n${tasks}`;
    const blank =
      '- [ ] [Acción 1] - Responsable: [Nombre] - Fecha: [DD/MM/YYYY]\n- [ ] [Acción 2] - Responsable: [Nombre] - Fecha: [DD/MM/YYYY]\n';
    assert.deepEqual(findings(acta(blank), 'empty-section'), ['14 next-actions']);
    const table =
      '| Responsable | Compromiso | Fecha límite |\n|---|---|---|\n| [Nombre] | [Descripción del compromiso] | [DD/MM/YYYY] |\n';
    assert.deepEqual(findings(acta(table), 'empty-section'), ['14 next-actions']);
    // An English template's row: the columns' own words.
    const row = '| Done? | Item | Responsible | Due Date |\n|---|---|---|---|\n|  | item | who | due_date |\n';
    assert.deepEqual(findings(acta(row), 'empty-section'), ['14 next-actions']);
    // One real task among them, or a table filled in inside its brackets, is content.
    assert.deepEqual(findings(acta(`${blank}- Ana envía el presupuesto el 27/11/2026\n`), 'empty-section'), []);
    assert.deepEqual(
      findings(
        acta(
          '| Responsable | Compromiso | Fecha límite |\n|---|---|---|\n| [Ana] | [Diseñar el módulo de riesgos] | [27/11/2026] |\n',
        ),
        'empty-section',
      ),
      [],
    );
  });

  it('topics a lead-in puts off to the next meeting are no actions: `以下议题下次会议讨论：`', () => {
    const text = `${HEAD}# 周会纪要\n\n## 结论\n- 同意方案。\n\n## 遗留任务\n\n1. 确认门店名单； owner 李娜 11月27日前\n\n由于时间原因，以下议题下次会议讨论：\n1. 新品试吃方案介绍；\n1. 物料演示；\n\nThe following topics were deferred to the next meeting:\n- Pricing of the winter pack\n`;
    assert.deepEqual(findings(text, 'action-missing-owner'), []);
    assert.deepEqual(findings(text, 'action-missing-due'), []);
  });
});
