/**
 * Forms of the twenty-seventh session's blind English minutes (eval65): logs of meetings dated by their headings,
 * owners written in brackets, beside a nickname or after a dash, done items and rules of a process. Written here
 * in our own words, in the same forms.
 */
import { strict as assert } from 'node:assert';
import { findOwners, rosterOf } from '../server/core/actions';
import { findDates } from '../server/core/dates';
import { datedSections, headingDate } from '../server/core/headingDates';
import { scanSummary } from '../server/core/scan';
import { MINUTES_HEAD, findingsOf } from './helpers/minutes';
import { analyze, TODAY } from './helpers/analyze';
import { resolveConfig } from '../server/core/config';

const owners = (t: string, roster?: ReturnType<typeof rosterOf>) => findOwners(t, 0, roster).map((o) => o.name);
const dueDates = (text: string) =>
  analyze(text, 'log.md')
    .findings.filter((f) => f.rule === 'action-overdue')
    .map((f) => /\d{4}-\d\d-\d\d/.exec(f.message)?.[0]);

describe('the twenty-seventh blind samples of English minutes', () => {
  it('reads `Dec-4-2017` as a date: the month named, then the day and the year between dashes', () => {
    const [t] = findDates('# Dec-4-2017', { defaultYear: 2026 });
    assert.equal(t?.kind, 'ambiguous');
    assert.deepEqual(t?.kind === 'ambiguous' ? t.certain : undefined, { year: 2017, month: 12, day: 4 });
    // Without its year it is no date (`Dec-4` may be anything).
    assert.deepEqual(findDates('the Dec-4 build', { defaultYear: 2026 }), []);
  });

  it('a heading that is a date opens a dated section; one written without its year takes the one before it', () => {
    assert.deepEqual(headingDate('Oct 8, 2019 :', undefined, undefined), { year: 2019, month: 10, day: 8 });
    assert.deepEqual(headingDate('Weekly sync 2023-03-16', undefined, undefined), { year: 2023, month: 3, day: 16 });
    assert.equal(headingDate('Sep 10 (?)', undefined, undefined), undefined);
    assert.deepEqual(headingDate('Sep 10 (?)', { year: 2019, month: 9, day: 24 }, undefined), {
      year: 2019,
      month: 9,
      day: 10,
    });
    // Another date than the meeting's, or a sentence holding a date: no dated section.
    assert.equal(headingDate('Next meeting: Jan 8, 2020', undefined, undefined), undefined);
    assert.equal(
      headingDate('What we shipped to the client between the two launches in 2019', undefined, undefined),
      undefined,
    );
    const sections = datedSections(
      [
        { depth: 1, text: 'Team log', start: 0 },
        { depth: 2, text: 'Dec 18, 2025', start: 10 },
        { depth: 3, text: 'Actions', start: 30 },
        { depth: 2, text: 'Notes', start: 50 },
        { depth: 2, text: 'Jan 8, 2026', start: 60 },
      ],
      80,
      undefined,
    );
    assert.deepEqual(
      sections.map((s) => [s.start, s.end, s.date.year]),
      [
        [10, 50, 2025],
        [60, 80, 2026],
      ],
    );
    // One dated heading is the document's own date (its front matter wins): no log of meetings.
    assert.deepEqual(datedSections([{ depth: 1, text: 'Sync – 2023-03-16', start: 0 }], 80, undefined), []);
  });

  it('a due date without its year in a log of meetings is the one nearest its meeting, in the analysis and the scan', () => {
    const text =
      '---\ntype: minutes\nclient: Acme\n---\n# Studio log\n\n## Dec 18, 2025\n\n### Actions\n\n- [ ] Ana to send the boards by 6 January\n\n' +
      'Oct 8, 2019\n-----------\n\n### Actions\n\n- [ ] Lee to publish the notes by Oct 22\n';
    assert.deepEqual(dueDates(text), ['2026-01-06', '2019-10-22']);
    const scanned = scanSummary('log.md', text, { today: TODAY, jobPattern: resolveConfig().jobPattern });
    assert.deepEqual(
      scanned?.actions.map((a) => a.due),
      ['2026-01-06', '2019-10-22'],
    );
  });

  it('names on a line of their own under the attendees heading are the roster: `Arushi - Start …` names its owner', () => {
    const roster = rosterOf('# Sync\n\n## Attendees:\nMira, Tomas, Ines\n\n## Actions\n');
    assert.deepEqual([...(roster?.names ?? [])].sort(), ['ines', 'mira', 'tomas']);
    assert.deepEqual(owners('Mira - Start drafting the brief and send it to Ines', roster), ['Mira']);
    // A sentence under the heading is not a list of names.
    assert.equal(rosterOf('# Sync\n\n## Attendees:\nMost of the team came, and two guests\n'), undefined);
  });

  it('who will do it in brackets after a topic and a dash: `Annual report - Draft review (Jo K to send out)`', () => {
    assert.deepEqual(owners('Annual report - Draft review (Jo K to send out)'), ['Jo K']);
    assert.deepEqual(owners('Annual report - Draft review (see the folder)'), []);
  });

  it('a nickname in mixed case beside a person owns the task too: `ACTION: Mira and DLz to propose …`', () => {
    assert.deepEqual(owners('**ACTION: Mira and DLz to propose a rota**'), ['Mira', 'DLz']);
    assert.deepEqual(owners('Mira and DLz to propose a rota'), ['Mira', 'DLz']);
  });

  it('`DONE: …` is a done item, and `At least one has to …` a rule of the process: no owner or date asked', () => {
    const text = `${MINUTES_HEAD}# Steering call\n\n## Decisions\n- Keep it.\n\n## Next steps\n- DONE: Lee to turn the invite into a recurring one\n- At least one reviewer has to come from the client side.\n- Send the deck\n`;
    assert.deepEqual(findingsOf(text, 'action-missing-due'), ['17 next-actions']);
    assert.deepEqual(findingsOf(text, 'action-missing-owner'), ['17 next-actions']);
  });

  it('paragraphs numbered `1.)` under a label alone (`NEXT STEPS:`) are its items; under another label they are not', () => {
    const text = `${MINUTES_HEAD}Project: Veterans board\n\nREQUIREMENTS:\n\n1.) Let guests post events.\n\nDECISIONS MADE:\n\n1.) Guests can post events.\n\nNEXT STEPS:\n\n1.) Build the guest posting form for sprint 3.\n\n2.) Lee to test the calendar by 2026-12-20.\n\nNEXT MEETING:\n\nDate: to be set\n`;
    assert.deepEqual(findingsOf(text, 'action-missing-owner'), ['21 next-actions']);
    assert.deepEqual(findingsOf(text, 'action-missing-due'), ['21 next-actions']);
    const scanned = scanSummary('doc.md', text, { today: TODAY, jobPattern: resolveConfig().jobPattern });
    assert.deepEqual(
      scanned?.actions.map((a) => [a.line, a.owners, a.due]),
      [
        [20, [], undefined],
        [22, ['Lee'], '2026-12-20'],
      ],
    );
  });
  it("`I will …` is the writer's task; a request to a group after a dash (`Section owners- Please …`) is theirs", () => {
    assert.deepEqual(owners('I will also put the open questions on the board'), ['I']);
    assert.deepEqual(owners("I'll send the slides to the client"), ['I']);
    assert.deepEqual(owners('I will be away next week'), []);
    assert.deepEqual(owners('Section owners- Please send your outline by Friday'), ['Section owners']);
    assert.deepEqual(owners('New volunteers: Welcome Ana and Lee - Please tell us which part you will lead'), [
      'New volunteers',
    ]);
    // A dash without `Please` after it is no request: the topic is no owner.
    assert.deepEqual(owners('Section owners - outline due Friday'), []);
  });

  it('a quoted action carried over (`>ACTION: …, SC.`) is read while its status under it says it is still to do', () => {
    const text = `${MINUTES_HEAD}# Editors call\n\n## Decisions\n- Keep it.\n\n## Topics\n\n### Actions from the last call\n\n>ACTION: Publish the 1.2 draft with the change log, KM.\n\n* KM: TODO.\n\n>ACTION: Update the style guide, KM.\n\n* KM: style guide updated, see the wiki.\n\n>ACTION: Reach out to the printer\n\n* LP: not yet.\n`;
    assert.deepEqual(findingsOf(text, 'action-missing-due'), ['18 next-actions', '26 next-actions']);
    assert.deepEqual(findingsOf(text, 'action-missing-owner'), ['26 next-actions']);
    const scanned = scanSummary('doc.md', text, { today: TODAY, jobPattern: resolveConfig().jobPattern });
    assert.deepEqual(
      scanned?.actions.map((a) => [a.line, a.owners]),
      [
        [17, ['KM']],
        [25, []],
      ],
    );
  });

  it('`**AI:**` in bold, then a verb of work, is an action with nobody on it yet; plain `AI:` needs its owner', () => {
    const text = `${MINUTES_HEAD}# Docs call\n\n## Decisions\n- Keep it.\n\n## Notes\n\n* PR rotation\n    * **AI:** Check with the studio about the April rotation\n    * **AI:** As AI tools spread, the style guide needs a section on them\n    * AI: define what "automated" means\n`;
    assert.deepEqual(findingsOf(text, 'action-missing-owner'), ['17 next-actions']);
    assert.deepEqual(findingsOf(text, 'action-missing-due'), ['17 next-actions']);
  });

  it('lines run on under a list item that each call themselves a task (`Task: … | Assigned To: …`) are tasks', () => {
    const text = `${MINUTES_HEAD}Minutes of Meeting\n\n1. Agenda\nItem 1: Review the intake flow\n2. Action Items / Responsibilities\nTask: Draft the schema| Assigned To: Dana Reyes | Deadline: Sprint 2| Priority: High\nTask: Book the venue | Assigned To: Omar | Deadline: 2026-12-20 | Priority: Low\n3. Client Feedback\nThe client likes the plan.\n`;
    assert.deepEqual(findingsOf(text, 'action-missing-due'), ['14 next-actions']);
    assert.deepEqual(findingsOf(text, 'action-missing-owner'), []);
  });
});
