/**
 * Owners, due dates and open actions as real minutes and actas write them (docs/types.md, "Action
 * items"): each form found, and the look-alikes that are no owner (an owner-less action is still
 * reported).
 */
import { strict as assert } from 'node:assert';
import {
  findDue,
  findOwners,
  headingPersons,
  isDiscussionPoint,
  isRecordingIndex,
  makeRoster,
} from '../server/core/actions';
import { isSampleAction } from '../server/core/placeholders';
import { scanSummary } from '../server/core/scan';
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
    // `(Lead: Name)` names the owner as an `Owner:` label does.
    ['Shortlist the names for the spring range (Lead: Ines Duarte)', ['Ines Duarte']],
    // A plain label, then the owner leading the rest; a name and what the person is doing.
    ['Rate card: Kim will check the totals', ['Kim']],
    ['Store visit: Priya will walk the aisles', ['Priya']],
    ['Naomi taking notes at the shoot', ['Naomi']],
    // The attendees listed by their handles only (`naomiw`): her name doing something is still hers.
    ['Naomi taking notes on the retail call', ['Naomi'], ['naomiw', 'Joe Bryant']],
    ['Lena taking the lead on the mailer', ['Lena'], ['Lena Voss']],
    // A label before a colon that is a person, even when the attendees do not list the short name.
    ['Jo: send the colour references', ['Jo'], ['Elena Park', 'Sam Lee']],
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
    // A compound of a thing and a gerund is no one doing it; a label that reads like a thing is no attendee.
    'Lettershop booking by Friday',
    // An imperative leading the item is no name (`Use Lumen to …` is not Use Lumen's).
    'Use Lumen to track the print runs',
    'Print checking for the leaflets',
    // An imperative before `to` is no name either.
    'Contribute to the shared asset library',
    'Identify who attends the retailer meetings',
    '[Spec](https://example.com/spec) to review',
    '**Status of the proofs:** pending',
    '[the brief](https://example.com/brief) to be signed',
  ];
  for (const [text, expected] of [
    ['Marc looking at the print quote with the vendor', ['Marc']],
    ['Rachel and Richard volunteer to meet the store managers', ['Rachel', 'Richard']],
    ['For everyone: review the shelf plan', ['everyone']],
    ['Members were asked to review the shelf plan', ['Members']],
    ['dana.k/omar2: Check the proofs', ['dana.k/omar2']],
    ['**Set up the call with the printer:** dana.k', ['dana.k']],
    ['**Draft the sponsor email:** dana.k and omar2', ['dana.k', 'omar2']],
    ['[Anne Ruiz](mailto:anne@example.com) to open the print ticket', ['Anne Ruiz']],
    ['[print@example.com](mailto:print@example.com) to resolve the proof queue', ['print@example.com']],
    ['[Lena and Tom (or anyone else)] Check the proofs', ['Lena', 'Tom']],
    // A surname with its particle joined, an arrow after the name, a handle that volunteers.
    ['Ian McDonald to send the rate card', ['Ian McDonald']],
    ["O'Brien to book the studio", ["O'Brien"]],
    ['DeShawn will call the printer', ['DeShawn']],
    ['Ana → send the deck to the client', ['Ana']],
    ['Ana -> send the deck to the client', ['Ana']],
    ['dana.k volunteers to check the proofs', ['dana.k']],
    // After a label that calls the line an action.
    ['Action item: the planning team members to review the flighting', ['the planning team members']],
    ['行动项：王芳负责跟进印刷报价', ['王芳']],
    // The named person with unnamed help; the doer of a passive.
    ['Tim and others will look into the print spec', ['Tim']],
    ['Ana y otros revisarán el guion', ['Ana']],
    ['Ben et al. to draft the media plan', ['Ben']],
    ['Store audit to be done by Priya Nair before the call', ['Priya Nair']],
    ['Presupuesto revisado por Lucía Gómez', ['Lucía Gómez']],
    ['张伟、李娜负责门店海报', ['张伟', '李娜']],
    ['张伟和李娜将完成报价', ['张伟', '李娜']],
    ['王和平负责报价', ['王和平']],
  ] as const)
    it(`owned: ${text}`, () => assert.deepEqual(names(text), expected));
  ownerless.push(
    'note: Update the tracker',
    'Design review: the team liked it',
    // A product's name with an inner capital is no surname with a particle.
    'JavaScript: update the examples',
    'LaTeX: update the template',
    'Calling volunteers to close the print tickets',
    // A lower-case word in brackets that says what or how, not who.
    'Grabar las dailies (audio)',
    'Share the storyboard (figma)',
    // After `by`, a date or a cause names nobody.
    'Proofs reviewed by Friday',
    'Rate card approved by March',
    'Fix the banner crash caused by Chrome',
  );
  for (const text of ownerless) it(`no owner: ${text}`, () => assert.deepEqual(names(text), []));
  it('no owner: a label before a colon that reads like a thing, where the attendees are known', () => {
    assert.deepEqual(names('Mockups: redraw the shelf wobblers', ['Paula Gil', 'Iñigo Sanz']), []);
    assert.deepEqual(names('Docs: tidy the handover notes', ['Paula Gil']), []);
  });
  it('no owner: a name doing something that is not among the attendees', () =>
    assert.deepEqual(names('Marketing planning for the spring', ['Paula Gil']), []));
});

describe('sub-headings that name who does the actions under them', () => {
  const persons = (heading: string, attendees?: string[]) =>
    headingPersons(heading, 0, attendees ? makeRoster(attendees) : undefined).map((o) => o.name);
  it('a person, two persons, a bold name with a colon, the team', () => {
    assert.deepEqual(persons('### Rohit'), ['Rohit']);
    assert.deepEqual(persons('### **Lukas**  '), ['Lukas']);
    assert.deepEqual(persons('### Killari and Sina'), ['Killari', 'Sina']);
    assert.deepEqual(persons('### Sina:'), ['Sina']);
    assert.deepEqual(persons('### Team'), ['Team']);
    assert.deepEqual(persons('#### Priya Shah', ['Priya Shah']), ['Priya Shah']);
  });
  it('topics, departments and section words name nobody', () => {
    for (const h of [
      '### Coordination',
      '### Testing',
      '### Implementation',
      '### Meeting Frequency',
      '### Prototype Development',
      '### Finalize Design',
      '### Open Questions',
      '### CLOSED',
      '### Retail',
      '### Creative',
      '### Digital',
      '### Next Steps',
    ])
      assert.deepEqual(persons(h), [], h);
  });
  it('the analysis and the index agree: the lists under a person’s sub-heading are theirs', () => {
    const text =
      '---\ntype: minutes\nclient: Harbour Kitchens\nmeeting: 2026-11-18\nissued: 2026-11-19\nattendees: [Priya Shah, Tom Okafor]\ndistribution: [Priya Shah]\n---\n\n# Call notes\n\n## Decisions\n\n- Navy palette.\n\n## Next actions\n\n### Tom Okafor\n\n- Book the photographer due 2026-11-30\n\n### Logistics\n\n- Order the wobblers due 2026-11-30\n';
    const owners = analyze(text, 'call.md').findings.filter((f) => f.rule === 'action-missing-owner');
    assert.deepEqual(
      owners.map((f) => f.range.start.line + 1),
      [24],
    );
    const summary = scanSummary('call.md', text, { today: { year: 2026 }, jobPattern: /[A-Z]+-\d+/ });
    assert.deepEqual(
      summary?.actions.map((a) => a.owners),
      [['Tom Okafor'], []],
    );
  });
});

describe('due dates in the text of an action', () => {
  const due = (text: string) => findDue(text, 0, 2026, 'dmy').due?.text;
  it('a date after el / on / by + weekday / antes del + weekday is the due date', () => {
    assert.equal(due('Ana enviará el informe el 22/02'), '22/02');
    // When the work starts is not when it is due (real actas: `que se empiece el 22/02`).
    assert.equal(due('La idea es que se empiece el 22/02'), undefined);
    assert.equal(due('Ask the client to start on 2 December'), undefined);
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
  it('what was said or found, a question with an example, an agreement, a title-case topic', () => {
    assert.ok(isDiscussionPoint('The print quote is lower than last winter.', false));
    assert.ok(isDiscussionPoint('The leaflet test would benefit from a second store.', false));
    assert.ok(isDiscussionPoint('One of the reasons the proof is late is the paper stock.', false));
    assert.ok(isDiscussionPoint('We discussed moving the shoot to the new kitchen.', false));
    assert.ok(isDiscussionPoint('The mailer went out on Monday.', false));
    assert.ok(isDiscussionPoint('it is a pilot and we take it from there', false));
    // A person's name at its head owns it, yet it is still a record of the discussion.
    assert.ok(isDiscussionPoint('Tom is also against a second leaflet run.', true, [], false));
    assert.ok(isDiscussionPoint('Lena argued that the radio spot could wait.', true, [], false));
    assert.ok(isDiscussionPoint('Ben does not see why the crop matters.', true, [], false));
    assert.ok(isDiscussionPoint('Opt-in for the loyalty mailer? (e.g. a tick box at the till)', false));
    assert.ok(isDiscussionPoint('Rough agreement to keep one hero image, details still open.', false));
    assert.ok(isDiscussionPoint('Partner API', false));
    assert.ok(isDiscussionPoint('[ ] The shelf strip is marked as final', false));
    // A flattened outline under `Next steps`: statements, labels of what follows, numbered and joined titles.
    assert.ok(isDiscussionPoint('Current print runs lack a proof stage.', false));
    assert.ok(isDiscussionPoint('Most store managers prefer the A5 leaflet, while the franchisees prefer A4.', false));
    assert.ok(isDiscussionPoint('Many regional teams exist, but they rarely share briefs.', false));
    assert.ok(isDiscussionPoint('POS is restructuring its shelf programme.', false));
    assert.ok(isDiscussionPoint('Discussion focused on:', false));
    assert.ok(isDiscussionPoint('Proposal:', false));
    assert.ok(isDiscussionPoint('Goal: Improve the shelf standout of the spring range.', false));
    assert.ok(isDiscussionPoint('Co-chair Update: Dana is joining as co-lead.', false));
    assert.ok(isDiscussionPoint('5. Shelf Strips & Wobblers', false));
    assert.ok(isDiscussionPoint('Paper Vendors & Print Stock', false));
    assert.ok(isDiscussionPoint('Retail Shelf Allocation (RSA)', false));
    // What was done, reported: a past tense leading the item.
    assert.ok(isDiscussionPoint('Added the legal line to the leaflet', false));
    assert.ok(isDiscussionPoint('Discussed the spring budget', false));
    // The item before it, continued (`Johannes to identify …` / `then we can add …`).
    assert.ok(isDiscussionPoint('then we can book the studio', false));
  });
  it('work asked for stays an action, and a statement with a date written on it too', () => {
    assert.ok(!isDiscussionPoint('The client should sign off the poster sizes.', false));
    assert.ok(!isDiscussionPoint('The deck is to be sent to legal.', false));
    assert.ok(!isDiscussionPoint('The cover letter is on hold; Kim will confirm the tone.', true, [], false));
    assert.ok(!isDiscussionPoint('Address the proofs that are still failing the colour check.', false));
    assert.ok(!isDiscussionPoint('Ensure the shelf strips are legible from two metres.', false));
    assert.ok(!isDiscussionPoint('We need to book the studio.', false));
    assert.ok(!isDiscussionPoint('Kim agreed to send the rate card.', true, [], false));
    assert.ok(!isDiscussionPoint('Tom is out; the quote is due 2026-11-30', true, [], true));
    assert.ok(!isDiscussionPoint('Implementing SSO for the portal', false));
    assert.ok(!isDiscussionPoint('Review API docs', false));
    assert.ok(!isDiscussionPoint('Assign two people to attend the retailer meetings.', false));
    assert.ok(!isDiscussionPoint('Action: Identify who already attends the retailer meetings.', false));
    assert.ok(!isDiscussionPoint('5. Send the shelf strips to the printer', false));
    assert.ok(!isDiscussionPoint('Proceed with the launch mailer', false));
    assert.ok(!isDiscussionPoint('Embed the video in the landing page', false));
    assert.ok(!isDiscussionPoint('Alfred to send the deck', false));
  });
  it('a table indexing a recording, and another template’s bracketed blanks, are no actions', () => {
    assert.ok(
      isRecordingIndex(
        [
          ['1', 'Welcome', '0:40'],
          ['2', 'Proofs', '6:15'],
        ],
        -1,
      ),
    );
    assert.ok(!isRecordingIndex([['Send the deck', 'Kim', '10:00']], 2));
    assert.ok(
      !isRecordingIndex(
        [
          ['Send the deck', 'Kim', '10:00'],
          ['Book the van', 'Tom', 'Friday'],
        ],
        -1,
      ),
    );
    assert.ok(isSampleAction('[Owner 1]: [Task and due date]'));
    assert.ok(isSampleAction('[Descripción de la tarea]'));
    assert.ok(!isSampleAction('[the brief](https://example.org/brief) to legal'));
    assert.ok(!isSampleAction('[Kim] send the deck'));
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

  it('a list labelled as actions (`- Action items:`) has its sub-items read, also outside the actions section', () => {
    // A summary list under `## Summary / Decisions`: its `Action items:` sub-list holds the actions.
    const text = `---\ntype: minutes\nclient: Harbor Mutual\nmeeting: 2026-11-19\nissued: 2026-11-20\nattendees: [Kim Lowe, Raj Patel]\ndistribution: [Kim Lowe]\n---\n\n# Call report\n\n## Summary / Decisions\n\n- Decisions:\n  - Blue envelope.\n- Action items:\n  - Kim Lowe: send the rate card due 2026-12-01\n  - Book the studio\n- Links:\n  - https://example.com/deck\n\n## Notes\n\n**Action items:**\n\n- Raj Patel to call the printer\n`;
    assert.deepEqual(lines(text, 'action-missing-owner'), [18]);
    assert.deepEqual(lines(text, 'action-missing-due'), [18, 26]);
  });

  it('in a flat list, the points after a label of notes (`- Discussion focused on:`) are no actions until the next title', () => {
    const text = minutes(
      '## Next actions\n\n- Discussion focused on:\n- Making the shelf strips legible.\n- Using the spring palette.\n- Kim Lowe to send the palette due 2026-12-01\n- 2. Print Run\n- Book the studio\n',
    );
    assert.deepEqual(lines(text, 'action-missing-owner'), [23]);
  });

  it('bold labels alone on their line (`**Decisions**`, `**Next steps**`) hold the decisions and the actions', () => {
    const text = `---\ntype: minutes\nclient: Harbor Mutual\nmeeting: 2026-11-19\nissued: 2026-11-20\nattendees: [Kim Lowe]\ndistribution: [Kim Lowe]\n---\n\n# Call report\n\n**Decisions**\n\n- Blue envelope.\n\n**Next steps**\n\n- Kim Lowe to send the rate card due 2026-12-01\n- Book the studio\n`;
    assert.deepEqual(lines(text, 'missing-section'), []);
    assert.deepEqual(lines(text, 'action-missing-owner'), [19]);
  });

  it('the owner and date written as the items after `- **Task:** …` are the task’s', () => {
    const text = minutes(
      '## Next actions\n\n- **Task:** Contact the printer about the paper stock.\n- **Responsible:** Raj Patel\n- **Due:** 2026-12-02\n\n- **Task:** Book the studio.\n- **Responsible:** Kim Lowe\n',
    );
    assert.deepEqual(lines(text, 'action-missing-owner'), []);
    assert.deepEqual(lines(text, 'action-missing-due'), [22]);
  });

  it('a heading that lists its parts (`## Short Version / Decisions / Action Items`) names each of them', () => {
    const text = `---\ntype: minutes\nclient: Harbor Mutual\nmeeting: 2026-11-19\nissued: 2026-11-20\nattendees: [Kim Lowe]\ndistribution: [Kim Lowe]\n---\n\n# Call report\n\n## Short Version / Decisions / Action Items / Important Links\n\n- Blue envelope.\n\n- Kim Lowe to send the rate card due 2026-12-01\n`;
    assert.deepEqual(lines(text, 'missing-section'), []);
  });

  it('a struck-through item is done', () => {
    const text = minutes('## Next actions\n\n- ~~Kim to resend the brief~~\n');
    assert.deepEqual(lines(text, 'action-missing-owner'), []);
    assert.deepEqual(lines(text, 'action-missing-due'), []);
  });
});
