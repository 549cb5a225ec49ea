/**
 * Owners, due dates and open actions as real minutes and actas write them (docs/types.md, "Action
 * items"): each form found, and the look-alikes that are no owner (an owner-less action is still
 * reported).
 */
import { strict as assert } from 'node:assert';
import { findDue, findOwners, isDiscussionPoint, makeRoster } from '../server/core/actions';
import { analyze } from './helpers/analyze';

const names = (text: string, attendees?: string[]) =>
  findOwners(text, 0, attendees ? makeRoster(attendees) : undefined).map((o) => o.name);

describe('owner forms of real minutes', () => {
  const owned: [string, string[], string[]?][] = [
    // After the task's colon, one or several names, in three languages.
    ['Idea clave de negocio, sentencia: Iñigo y Paula', ['Iñigo', 'Paula']],
    [
      'Casos de uso: Jose Carlos Ortiz Gutierrez, Ramón José Guerrero',
      ['Jose Carlos Ortiz Gutierrez', 'Ramón José Guerrero'],
    ],
    ['Base de conocimiento : Fernando y Horacio', ['Fernando', 'Horacio']],
    ['Retail media plan: Kim Lowe and Raj Patel, due 2026-11-30', ['Kim Lowe', 'Raj Patel']],
    ['整理门店清单：张伟、李娜', ['张伟', '李娜']],
    // Attendees written in lower case or without accents.
    [
      'Análisis de costes: carlos varela y raul montalban',
      ['carlos varela', 'raul montalban'],
      ['Carlos Varela', 'Raúl Montalbán'],
    ],
    ['Sobre el equipo, habilidades, reporte ias: Adrián\nromero', ['Adrián romero'], ['Adrián Romero']],
    // Brackets anywhere on the line, glued, or leading.
    ['Mockups y presentación (Paula) -> con los mockups ayuda Horacio', ['Paula']],
    ['Matriz RACI(Íñigo) -> hablar que si por rol o por equipo', ['Íñigo']],
    ['[Michelle] Put website infra doc in the repo', ['Michelle']],
    ['propose case-by-case uplift (scottmcm) & cancel FCP', ['scottmcm']],
    ['门店海报（王芳）-> 和印厂确认纸张', ['王芳']],
    // Lower-case handles, teams, tagged and numbered items.
    ['niko to post summary comment on the RFC', ['niko']],
    ['geds-dm will run the All-Sigs meeting.', ['geds-dm']],
    ['Lang team to review the transmute RFC', ['Lang team']],
    ['[ACTION] Sam & Jeremy to discuss branching strategy', ['Sam', 'Jeremy']],
    ['**33.2**— Danny to setup a call about the audit', ['Danny']],
    ['**PR review and approval:** Sina will review the tracing PR', ['Sina']],
    ['**Marta**: send the deck', ['Marta']],
    ['A cargo de Lucía Herrera: enviar el calendario, fecha límite 30/11/2026.', ['Lucía Herrera']],
    ['提供 5 条祝福语备选 —— 赵敏，11月26日前', ['赵敏']],
    // A person as the subject of a clause or a statement.
    ['Se va a esperar a que Raul notifique que está el entorno', ['Raul']],
    ['The cover letter is on hold; Kim will confirm the tone.', ['Kim']],
    ['Paweł is also against account versioning', ['Paweł']],
    ['Peter argued that multiple EVMs raise the barrier', ['Peter']],
    ['Juanjo hace el vídeo de cómo resolver conflictos', ['Juanjo'], ['Juanjo Pérez', 'Juanjo']],
    // An arrow or a pipe before the name, a date after it.
    ['Production estimate → Dana (Fri 27 Nov)', ['Dana']],
    ['Book the crew hold | Dana Whitfield | 2026-11-25', ['Dana Whitfield']],
    ['王磊 负责 租车 2026.11.28', ['王磊']],
    ['NW-2026-007 Spring campaign — first cut to client — Omar Haddad — due 1 Dec', ['Omar Haddad']],
    // A group as the label or the subject, a linked name, a handle and a colon.
    ['All: review the pricing RFC before the next call', ['All']],
    ['TSC members: vote on the charter change', ['TSC members']],
    ['All interested parties: register for the workshop', ['All interested parties']],
    ['Composite Schemas Working Group: give input on the draft', ['Composite Schemas Working Group']],
    ['All attendees to review the proposal by the next meeting', ['All attendees']],
    ['Working group members to comment on the PR', ['Working group members']],
    ['全体：确认拍摄场地', ['全体']],
    ['[**Lee**](https://example.com/lee): grant access to the repository', ['Lee']],
    ['[ ] [**Lee**](https://example.com/lee): grant access to the repository', ['Lee']],
    ['leebyron: Update the spec to reference the HTTP draft', ['leebyron']],
  ];
  for (const [text, expected, attendees] of owned)
    it(`owned: ${text.split('\n')[0]}`, () => assert.deepEqual(names(text, attendees), expected));

  const ownerless = [
    'Planificar el resto de Sprints (próxima llamada)',
    'Final user interviews (Nov. – Dec.) and revisions.',
    'Identificar clientes (tabla con competencia)',
    'Pantallas de la web: editar artículo, subir artículo',
    'things to double check for interaction',
    'Conflict needs to be resolved and then it can be merged.',
    'Reviewed. Conflict needs to be resolved',
    'Check the draft (optional)',
    'Landing page (UML) for the launch',
    'Send the deck to the client (Figma)',
    '准备门店培训材料（下周）',
    'Se enviará la selección de fotos',
    'Script to client',
  ];
  ownerless.push('note: Update the tracker', 'Design review: the team liked it');
  for (const text of ownerless) it(`no owner: ${text}`, () => assert.deepEqual(names(text), []));
});

describe('due dates in the text of an action', () => {
  const due = (text: string) => findDue(text, 0, 2026, 'dmy').due?.text;
  it('a date after el / on / by + weekday / antes del + weekday is the due date', () => {
    assert.equal(due('La idea es que se empiece el 22/02'), '22/02');
    assert.equal(due('Print starts on 3 December 2026.'), '3 December 2026');
    assert.equal(due('Lettershop booking by Friday 4 December 2026'), '4 December 2026');
    assert.equal(due('Entregar antes del viernes 5 de marzo'), '5 de marzo');
  });
  it('a date closing the first line, after a separator, a bracket or the owner, is the due date', () => {
    assert.equal(due('Omar & Dana: location recce, 2026-11-28'), '2026-11-28');
    assert.equal(due('Confirm the shoot insurance (Agency) — 30/11/2026'), '30/11/2026');
    assert.equal(due('Send the revised timing plan @Dana 2026-11-24'), '2026-11-24');
    assert.equal(due('Production estimate → Dana (Fri 27 Nov)'), '27 Nov');
    assert.equal(due('Dana W. to circulate the shortlist by COB Monday 23/11'), '23/11');
    assert.equal(due('Legal check. *Deadline:* 2026-11-27.'), '2026-11-27');
    assert.equal(due('王磊 负责 租车 2026.11.28'), '2026.11.28');
    assert.equal(due('李娜：修改排期，11/27（周五）前'), '11/27');
    assert.equal(due('Lucía: enviar el plan revisado, viernes 27 nov.'), '27 nov.');
    // A date inside the line is what the task is about, not when it is due.
    assert.equal(due('Circulate the 2026-11-17 minutes to the client'), undefined);
    assert.equal(due('Review the results of the 17/11 test and report'), undefined);
  });
  it('relative phrases are no date', () => {
    assert.equal(due('Insurance glossary for the website (next week)'), undefined);
    assert.equal(due('Acabar para antes del martes el modelo de datos'), undefined);
    assert.equal(due('Review the report on the website'), undefined);
  });
});

describe('items that are not open actions', () => {
  it('points for discussion, "None", and a topic whose sub-items report on it', () => {
    assert.ok(isDiscussionPoint('Decision: Is this a valid MVP?', false));
    assert.ok(isDiscussionPoint('Question: Does this group need to meet again?', false));
    assert.ok(isDiscussionPoint('**Status:** Tabled until next week', false));
    assert.ok(isDiscussionPoint('None', false));
    assert.ok(isDiscussionPoint('Ninguna', false));
    assert.ok(isDiscussionPoint('**52.1**: ', false));
    assert.ok(isDiscussionPoint('Job board', false, ['Price — We just added a bunch of tiers to the collective']));
    assert.ok(isDiscussionPoint('https://github.com/example/spec/pull/997', false));
    assert.ok(isDiscussionPoint('[the RFC](https://example.com/rfc)', false));
    assert.ok(isDiscussionPoint('Stephen:', false, ['Today we can deprecate fields, but not objects.']));
  });
  it('a task stays one: with short sub-items, owned, dated, or tagged sub-items', () => {
    assert.ok(!isDiscussionPoint('Prepare the pitch', false, ['slides', 'budget']));
    assert.ok(!isDiscussionPoint('Nota: el fotógrafo necesita acceso antes del 2026-11-30', true));
    assert.ok(!isDiscussionPoint('Send the revised storyboard', false));
    assert.ok(
      !isDiscussionPoint('Release scheduling', false, ['[ACTION] Sam & Jeremy to discuss branching strategy for it']),
    );
  });
});

describe('what the rest of the minutes says about an action', () => {
  const minutes = (body: string) =>
    `---\ntype: minutes\nclient: Harbor Mutual\nmeeting: 2026-11-19\nissued: 2026-11-20\nattendees: [Kim Lowe, Raj Patel]\ndistribution: [Kim Lowe]\n---\n\n# Call report\n\n## Decisions\n\n- Blue envelope.\n\n${body}`;
  const lines = (text: string, rule: string) =>
    analyze(text, 'minutes.md')
      .findings.filter((f) => f.rule === rule)
      .map((f) => f.range.start.line + 1);

  it('a list under one heading and its sub-heading is read once', () => {
    const text = minutes('## Next actions\n\n### Open\n\n- Send the rate card due 2026-12-01\n');
    assert.deepEqual(lines(text, 'action-missing-owner'), [20]);
  });

  it('a table elsewhere that hands out the listed tasks gives them owners and dates', () => {
    const text = minutes(
      '## Next actions\n\n- Rate card\n- Broker letter\n\n### Who does what\n\n| Task | Owner | Due |\n|---|---|---|\n| Rate card | Kim Lowe | 2026-12-01 |\n',
    );
    assert.deepEqual(lines(text, 'action-missing-owner'), [19]);
    assert.deepEqual(lines(text, 'action-missing-due'), [19]);
  });

  it('a second table adds the date the first one that hands out the task lacks', () => {
    const text = minutes(
      '## Next actions\n\n- Rate card\n\n### Who\n\n| Task | Owner |\n|---|---|\n| Rate card | Kim Lowe |\n\n### When\n\n| Task | Owner | Due |\n|---|---|---|\n| Rate card | Kim Lowe | 2026-12-01 |\n',
    );
    assert.deepEqual(lines(text, 'action-missing-owner'), []);
    assert.deepEqual(lines(text, 'action-missing-due'), []);
  });

  it('the paragraph leading into a list (`Raj Patel to:`) owns its items', () => {
    const text = minutes('## Next actions\n\nRaj Patel to:\n\n- update the rate card due 2026-12-03\n');
    assert.deepEqual(lines(text, 'action-missing-owner'), []);
  });

  it('owner and due date as sub-items of the task (`- Owner: …`, `- **Due:** …`)', () => {
    const text = minutes(
      '## Next actions\n\n1. Revise the scripts\n   - Owner: Raj Patel\n   - **Due:** 2026-12-03\n2. Book the studio\n   - 负责人：Kim Lowe\n   - notes from the call\n',
    );
    assert.deepEqual(lines(text, 'action-missing-owner'), []);
    assert.deepEqual(lines(text, 'action-missing-due'), [21]);
  });

  it('a struck-through item is done', () => {
    const text = minutes('## Next actions\n\n- ~~Kim to resend the brief~~\n');
    assert.deepEqual(lines(text, 'action-missing-owner'), []);
    assert.deepEqual(lines(text, 'action-missing-due'), []);
  });
});
