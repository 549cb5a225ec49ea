/**
 * Forms of a fresh blind sample of real minutes and agendas (issue 16: 276 documents from projects not
 * read before, every finding labelled by hand) that the checker read wrong. Written here in the same forms.
 */
import { strict as assert } from 'node:assert';
import { findOwners, isDoneStatus } from '../server/core/actions';
import { findDates } from '../server/core/dates';
import { matchHeading, sectionTable } from '../server/core/headings';
import { typeById } from '../server/core/catalog';
import { analyze } from './helpers/analyze';

const rules = (text: string, rule: string, path = 'doc.md') =>
  analyze(text, path)
    .findings.filter((f) => f.rule === rule)
    .map((f) => f.range.start.line + 1);

describe('forms of a fresh sample of real minutes', () => {
  it('a status cell led by ✅ or saying closed, cerrado, 已关闭 is done', () => {
    for (const done of ['✅ Completado', '✔ done', '[x]', '**Done**', 'Closed.', 'cerrada', '已关闭', 'Completada'])
      assert.ok(isDoneStatus(done), done);
    for (const open of ['⏳ Pendiente', 'In progress', 'Not done', 'Blocked', '']) assert.ok(!isDoneStatus(open), open);
  });

  it('section names with a qualifier or where they came from', () => {
    const table = sectionTable(typeById('minutes')!);
    for (const [heading, id] of [
      ['Consented Decisions', 'decisions'],
      ['Backport decisions', 'decisions'],
      ['Outcome from this discussion', 'decisions'],
      ['Potential TODOs', 'next-actions'],
      ['Action items from the meeting', 'next-actions'],
    ])
      assert.equal(matchHeading(table, heading)?.section.id, id, heading);
    // Topics of the meeting stay topics.
    for (const heading of ['Open questions', 'Next steps for @oneOf (5m, Hugh)', 'Design review', 'Release notes'])
      assert.equal(matchHeading(table, heading), null, heading);
  });

  it('an agenda written as its topics (three headings or more that name no section) has its topics', () => {
    const agenda = (body: string) =>
      `---\ntype: agenda\nclient: Harbor Bank\nmeeting: 2026-11-27 10:00\nissued: 2026-11-20\nattendees: [Rachel Kim]\nlocation: Pier 3\n---\n\n# Weekly triage agenda\n\n## Purpose\n\nTriage the open requests.\n\n${body}`;
    const topicsMissing = (body: string) =>
      analyze(agenda(body)).findings.filter((f) => f.rule === 'missing-section' && f.data.section === 'topics').length;
    assert.equal(
      topicsMissing('## Announcements\n\n- None.\n\n## Beta nominations\n\n- Two.\n\n## Nominated issues\n\n- One.\n'),
      0,
    );
    // Two headings may be what surrounds the topics that are missing.
    assert.equal(topicsMissing('## Logistics\n\nRoom 4.\n\n## Background\n\nSee the deck.\n'), 1);
  });

  it('a 24-hour time with pm (`14:00pm`) is a time, not an invalid date', () => {
    const [t] = findDates('Jan 10, 2023 at 14:00pm GMT+8', { defaultYear: 2026 });
    assert.notEqual(t.kind, 'invalid');
    assert.equal(findDates('Jan 10, 2023 at 14:00am', { defaultYear: 2026 })[0].kind, 'invalid');
  });

  it('year-less day/months: in a heading that starts with one, or written with two digits each', () => {
    const doc = (title: string, line: string) =>
      `---\ntype: minutes\nclient: Harbor Bank\nmeeting: 2026-11-18\nissued: 2026-11-18\nattendees: [Kim Lowe]\ndistribution: [Kim Lowe]\n---\n\n# ${title}\n\n## Decisions\n\n- ${line}\n\n## Next steps\n\n- @kim to send the deck due 2026-11-30\n`;
    assert.deepEqual(rules(doc('05/07 Meeting', 'ok'), 'ambiguous-date'), [10]);
    assert.deepEqual(rules(doc('3/12', 'ok'), 'ambiguous-date'), [10]);
    assert.deepEqual(rules(doc('Sync', 'ok on 05/07'), 'ambiguous-date'), [14]);
    // A count or a ratio in prose is no date; in a Spanish document the day comes first.
    assert.deepEqual(rules(doc('Sync', '3/4 of the stores said yes'), 'ambiguous-date'), []);
    assert.deepEqual(
      analyze(
        doc('Reunión 05/07', 'Se aprueba la campaña.')
          .replace('## Decisions', '## Acuerdos')
          .replace('## Next steps', '## Próximos pasos'),
        'acta.md',
        'es',
      )
        .findings.filter((f) => f.rule === 'ambiguous-date')
        .map((f) => f.range.start.line + 1),
      [],
    );
  });

  it("a link to a person's profile closing the item names its owner", () => {
    assert.deepEqual(
      findOwners('清理过时文档，截止 2026-11-27 [sunzhongkai588](https://github.com/sunzhongkai588)', 0).map(
        (o) => o.name,
      ),
      ['sunzhongkai588'],
    );
    assert.deepEqual(
      findOwners('Fix the typo [@ana](https://github.com/ana).', 0).map((o) => o.name),
      ['ana'],
    );
    for (const text of ['See [the repo](https://github.com/org/repo)', 'Read [docs](https://github.com/docs)'])
      assert.deepEqual(findOwners(text, 0), [], text);
  });

  it('two letters in brackets closing the item are the initials of its owner; times and languages are not', () => {
    const owners = (t: string) => findOwners(t, 0).map((o) => o.name);
    assert.deepEqual(owners('gather the build timings due 2026-11-27 (mw)'), ['mw']);
    assert.deepEqual(owners('ship the banner (kd).'), ['kd']);
    for (const text of ['call the printer (pm)', 'translate the page (es) due Friday', 'the (mw) build is slow'])
      assert.deepEqual(owners(text), [], text);
  });

  it('a sentence leading into the list of next steps makes it the actions', () => {
    const minutes = (lead: string) =>
      `---\ntype: minutes\nclient: Harbor Bank\nmeeting: 2026-11-20\nissued: 2026-11-21\nattendees: [Ana Ruiz]\ndistribution: [Ana Ruiz]\n---\n\n# Working group 2026-11-20\n\n## Decisions\n\n- Keep the current layout.\n\n${lead}\n\n- Ana: draft the landing copy due 2026-11-27\n- write the FAQ\n`;
    const found = (lead: string) =>
      analyze(minutes(lead))
        .findings.filter((f) => f.rule.startsWith('missing-section') || f.rule.startsWith('action-missing'))
        .map((f) => `${f.rule}:${f.range.start.line + 1}`);
    // The list is read as the actions: the second item has neither owner nor due date.
    assert.deepEqual(found('The major next steps we agreed on were:'), [
      'action-missing-due:19',
      'action-missing-owner:19',
    ]);
    assert.deepEqual(found('Los próximos pasos acordados son:'), ['action-missing-due:19', 'action-missing-owner:19']);
    // A sentence that only mentions them is not the section.
    assert.deepEqual(found('We talked about next steps at length, and listed ideas:\nsee below'), [
      'missing-section:10',
    ]);
  });
});
