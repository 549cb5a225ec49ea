/**
 * Forms of the twenty-second session's blind samples (issue 16, 2026-12-06): real minutes, actas and 会议纪要 from
 * repositories not read before, and what the earlier samples left, every finding labelled by hand before the
 * fix. Written here in our own words, in the same forms.
 */
import { strict as assert } from 'node:assert';
import { findDue, findOwners, type Roster, rosterOf } from '../server/core/actions';
import { MINUTES_HEAD, findingsOf } from './helpers/minutes';
import { matchHeading, sectionTable } from '../server/core/headings';
import { typeById } from '../server/core/catalog';

const HEAD = MINUTES_HEAD;
const findings = findingsOf;

describe('the twenty-second blind samples of real minutes', () => {
  it('a template line nobody filled in is no task: `[Integrante 2]: [Completar compromiso].`', () => {
    const text = `${HEAD}# Acta\n\n## Acuerdos\n- Seguir.\n\n## Compromisos\n* Lucía Paz: configurar el repositorio para el 30/11/2026.\n* [Integrante 2]: [Completar compromiso].\n* [Tarea] — [Responsable]\n* [Revisar](https://example.com) el guion\n`;
    // The linked words are a task all the same.
    assert.deepEqual(findings(text, 'action-missing-owner'), ['18 next-actions']);
    assert.deepEqual(findings(text, 'action-missing-due'), ['18 next-actions']);
  });

  it('a deadline with the article before an ordinal day: `by the 1st of December`, `before the 20th of Nov`', () => {
    const due = (t: string) => findDue(t, 0, 2026).due?.text;
    assert.equal(due('Send the deck by the 1st of December'), '1st of December');
    assert.equal(due('Book the crew before the 20th of Nov'), '20th of Nov');
    // A day alone names no month; an ordinal that is no day is no date.
    assert.equal(due('Send it to Ian by the 20th'), undefined);
    assert.equal(due('Meet on the 3rd floor'), undefined);
    assert.equal(due('Review it by the 2nd draft'), undefined);
  });

  it('a person of the roster named alone in bold italics owns the lists after it, quoted ones too: `***Nick***`', () => {
    const text = `${HEAD}# Project call\n\n## Decisions\n- Keep it.\n\n## Action Items\n\n***Ana***\n> ***Carried over***\n> * add the logo to the site by 2026-12-20\n* book the studio by 2026-12-20\n\n***Lee***\n* call the printer by 2026-12-20\n\n***Continuation***\n* nobody's yet by 2026-12-20\n`;
    // An emphasised label that names nobody changes no owner: the last person's lists go on.
    assert.deepEqual(findings(text, 'action-missing-owner'), []);
    // Without the roster, a name in bold italics is no owner.
    assert.deepEqual(findings(text.replace('attendees: Ana, Lee\n', ''), 'action-missing-owner'), [
      '17 next-actions',
      '18 next-actions',
      '21 next-actions',
      '24 next-actions',
    ]);
  });

  it('a topic record of labelled items: `Action Items: None` and `Summary: …` are no tasks', () => {
    const text = `${HEAD}# Weekly sync\n\n## Decisions\n- Keep it.\n\n### Minutes\n\n**Closing remarks and next steps:**\n- Summary: Ana went over the plan.\n- Next Steps: N/A\n- Action Items: None\n- Action Items: Lee to send the notes by 2026-12-20\n`;
    assert.deepEqual(findings(text, 'action-missing-owner'), []);
    assert.deepEqual(findings(text, 'action-missing-due'), []);
  });

  it('owners written the other ways of eval40 and eval41', () => {
    const owners = (t: string, roster?: Roster) => findOwners(t, 0, roster).map((o) => o.name);
    const initials = rosterOf('**Present**: AB, CW, JP, LM\n');
    // The roster's initials and a comma; not a word that is nobody's.
    assert.deepEqual(owners('AB, go through the libraries', initials), ['AB']);
    assert.deepEqual(owners('JP & LM, start on the audio code', initials), ['JP', 'LM']);
    assert.deepEqual(owners('Note, ask about the SD card (probably LM).', initials), ['LM']);
    assert.deepEqual(owners('Docs, update the page', initials), []);
    assert.deepEqual(owners('NellShamrell creates the RFC from the draft'), ['NellShamrell']);
    assert.deepEqual(owners('**Kevin** and other TSC members to review the draft'), ['Kevin']);
    assert.deepEqual(owners('Draft the guide (Shane Coughlan, by the next meeting)'), ['Shane Coughlan']);
    assert.deepEqual(owners('Ask the vendor (via Royal)'), ['Royal']);
    assert.deepEqual(owners('Ask the vendor (via email)'), []);
    // A bold task, then who takes it: names of two words or of the roster; `**Prioridad:** Alta` is no owner.
    assert.deepEqual(owners('**Productos - Listado - get:** Rocío Espeche'), ['Rocío Espeche']);
    assert.deepEqual(owners('**Categorías - get:** Rocío Espeche y Lourdes Montenegro'), [
      'Rocío Espeche',
      'Lourdes Montenegro',
    ]);
    assert.deepEqual(owners('**Prioridad:** Alta'), []);
    assert.deepEqual(owners('**Status:** In Progress'), []);
    assert.deepEqual(owners('Cada miembro iniciará las tareas asignadas.'), ['Cada miembro']);
  });

  it('a charter`s `Para Hancer` / `Para todos:` gives the items below their owners; going on and meeting again are no tasks', () => {
    const text = `${HEAD}# Acta\n\n## Acuerdos\n- Seguir.\n\n## Responsabilidades\n\nPara todos:\n\n- Reportar su parte del trabajo para el 30/11/2026.\n\nPara Hancer\n\n - Probar el software para el 30/11/2026.\n\nPara el lunes:\n\n - Enviar el informe para el 30/11/2026.\n\n## Próximos pasos\n\n- Continuaremos trabajando en nuestras tareas asignadas.\n- Acordamos reunirnos nuevamente al día siguiente.\n- Nos reuniremos nuevamente para revisar el progreso.\n`;
    // `Para el lunes:` names when, not whom.
    assert.deepEqual(findings(text, 'action-missing-owner'), ['26 next-actions']);
    assert.deepEqual(findings(text, 'action-missing-due'), []);
  });

  it('sections as eval40 and eval41 write them: a heading naming both parts, a heading without its space, `n/a` under a conclusion', () => {
    const head = `---\ntype: minutes\nclient: Acme\nmeeting: 2026-11-20\nissued: 2026-11-21\nattendees: Ana, Lee\ndistribution: Ana\n---\n# 周会\n\n`;
    // The later part named too: not out of order.
    const both = `${head}## 后续安排\n- 张伟：发送方案，12月20日前\n\n## 会议决议与行动项\n- 保留蓝色方案。\n`;
    assert.deepEqual(findings(both, 'section-order'), []);
    assert.deepEqual(findings(both.replace('会议决议与行动项', '会议决议'), 'section-order'), ['14 decisions']);
    // `##会议结论`, which Markdown reads as text, names the decisions all the same.
    const nospace = `${head}##会议结论\n- 保留蓝色方案。\n\n## 下阶段开发计划\n- 张伟：发送方案，12月20日前\n`;
    assert.deepEqual(findings(nospace, 'missing-section'), []);
    assert.deepEqual(findings(nospace.replace('##会议结论', '##会议记录'), 'missing-section'), ['9 decisions']);
    // Nothing decided, said so: no empty section; a blank left (`TBD`) is one.
    const none = `${HEAD}# Sync\n\n## Agenda item 1\n\n#### Conclusion\nn/a\n\n#### Action Items\nNone\n\n## Other tasks\n- Lee to book the room by 2026-12-20\n`;
    assert.deepEqual(findings(none, 'empty-section'), []);
    assert.deepEqual(findings(none.replace('n/a', 'TBD'), 'empty-section'), ['13 decisions']);
  });

  it('a due date without its year is the one nearest the meeting: `by 8 Jan` in December minutes is next January', () => {
    const text = `---\ntype: minutes\nclient: Acme\nmeeting: 2026-12-02\nissued: 2026-12-03\nattendees: Ana, Lee\ndistribution: Ana\n---\n# Contact report\n\n## Decisions\n- Keep it.\n\n## Next steps\n- Ana to send the deck by 8 Jan\n- Lee to call the printer by 14/01\n- Ana: revisar el guion para el 8 de enero\n- 张伟：1月8日前提交方案\n- Lee to book the studio by 20 Nov\n`;
    // Only the date that is nearer in this year than in the next is before the meeting.
    assert.deepEqual(findings(text, 'action-due-before-meeting'), ['19 next-actions']);
    assert.deepEqual(findings(text, 'action-overdue'), ['19 next-actions']);
  });

  it('a planned agenda and the team`s rules under the actions are no tasks; `Miembro del equipo` is an owner column', () => {
    const text = `${HEAD}# Sync\n\n## Decisions\n- Keep it.\n\n## Action items\n- Ana to send the deck by 2026-12-20\n\nCurrent planned agenda for February 27:\n1. Access policy\n2. Pre-RFC process\n\n**开发规范**：\n- 代码遵循统一规范\n\n| Miembro del equipo | Tarea |\n|---|---|\n| **Lee** | Informe de uso, para el 20/12/2026 |\n`;
    assert.deepEqual(findings(text, 'action-missing-owner'), []);
    assert.deepEqual(findings(text, 'action-missing-due'), []);
  });

  it('an open call to whoever is interested and a topic carried over are no tasks', () => {
    const text = `${HEAD}# Sync\n\n## Decisions\n- Keep it.\n\n## Action items\n- Action Items: Community members interested in leading a focus group to contact Ana.\n- Anyone interested in the pilot to join the channel\n- Discuss the pre-RFC ----> to next meeting\n- Lee to send the deck\n`;
    assert.deepEqual(findings(text, 'action-missing-due'), ['18 next-actions']);
  });

  it('the plan for the week ahead names the next actions, the next meeting alone does not', () => {
    const table = sectionTable(typeById('minutes')!);
    for (const h of ['Goals for next week', 'Plan inmediato (próxima semana)', 'Para la próxima semana', '下周工作'])
      assert.equal(matchHeading(table, h)?.section.id, 'next-actions', h);
    // `## Next week` over `We won't meet on Monday`: when the group meets, not what it will do.
    assert.equal(matchHeading(table, 'Next week'), null);
  });

  it('an agenda item`s outcome after an arrow is a task with its owner: `Plugins gaps -> Melissa to post …`', () => {
    const text = `${HEAD}# Sync\n\n## Agenda\n- Rust updates (discuss next time)\n- Plugins gaps -> Melissa to post the priorities\n- Metrics support -> Samuel Gaist will do the PR by 2026-12-20\n- Kahu to run us through his doc\n\n## Decisions\n- Keep.\n\n## Action items\n- Lee to send it by 2026-12-20\n`;
    assert.deepEqual(findings(text, 'action-missing-owner'), []);
    // Who takes a topic (`Kahu to run us through …`) is still no task.
    assert.deepEqual(findings(text, 'action-missing-due'), ['13 next-actions']);
  });

  it('eval43: `行动点`, `下周事项 -> 负责人`, `Hacer:` name the next actions, `Key Discussions & Decisions` the decisions; `-> 静+章` gives the owners', () => {
    const table = sectionTable(typeById('minutes')!);
    for (const h of ['行动点', '下周事项 -> 负责人', 'Hacer:', 'Por hacer'])
      assert.equal(matchHeading(table, h)?.section.id, 'next-actions', h);
    assert.equal(matchHeading(table, 'Key Discussions & Decisions')?.section.id, 'decisions');
    assert.deepEqual(
      findOwners('对大家给项目的建议作出文字反馈 -> 静+章', 0).map((o) => o.name),
      ['静', '章'],
    );
  });
});
