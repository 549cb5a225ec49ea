/**
 * Forms of the twenty-eighth session's blind English minutes (eval69), read for precision: an archive's bracketed
 * labels (`[assignee] … [due] … [status] done`), a pad's `action FK:` / `FK action:` initials, past actions reviewed
 * in the agenda or closed by `done, …` under them, an actions heading that gives their deadline, a person's initials
 * as a sub-heading, group owners, and a summary table that dates a task written `Legal: …` in the notes. Written
 * here in our own words, in the same forms.
 */
import { strict as assert } from 'node:assert';
import { findDue, findOwners, ownerLabelledTaskKey, assignmentKey } from '../server/core/actions';
import { doneByMark, explainedDeadlineAt, headingInitials, isPastActionsPoint } from '../server/core/actionMarks';
import { documentDay } from '../server/core/documentYear';
import { scanSummary } from '../server/core/scan';
import { resolveConfig } from '../server/core/config';
import { MINUTES_HEAD, findingsOf } from './helpers/minutes';
import { analyze, TODAY } from './helpers/analyze';

const owners = (t: string) => findOwners(t, 0).map((o) => o.name);
const dueOf = (t: string) => findDue(t, 0, 2026).due?.date;
const scanned = (text: string) =>
  scanSummary('doc.md', text, { today: TODAY, jobPattern: resolveConfig().jobPattern })?.actions.map((a) => [
    a.line,
    a.owners,
    a.due,
    a.done,
  ]);

describe('the twenty-eighth blind samples of English minutes (precision)', () => {
  it('bracketed labels: `[assignee]` owns the item, `[due]` dates it, `[status] done` closes it', () => {
    const line =
      '[**action**] Fix the form link [**assignee**] jonas, Priya Lal [**due**] 4 December 2026 [**status**] todo';
    assert.deepEqual(owners(line), ['jonas', 'Priya Lal']);
    assert.deepEqual(dueOf(line), { year: 2026, month: 12, day: 4 });
    // A handle mentioned in the task is not who does it, when the label says who.
    assert.deepEqual(
      owners('[action] Post the article - see https://example.com/@guildnews [assignee] Mara [due] 2 March 2026'),
      ['Mara'],
    );
    assert.deepEqual(dueOf('[action] Book the room [assignee] devon [due] 31 March 2026 [status] in progress'), {
      year: 2026,
      month: 3,
      day: 31,
    });
    assert.equal(doneByMark('[action] Archive the recordings [assignee] tevin [status] done', []), true);
    assert.equal(doneByMark('[action] Archive the recordings [assignee] tevin [status] todo', []), false);
  });

  it('`action FK:`, `action FK, ML:` and `FK action:`: the initials are the owners', () => {
    assert.deepEqual(owners('action FK: open an issue on the failing build'), ['FK']);
    assert.deepEqual(owners('action FK, ML: find a lead for the mentoring programme'), ['FK', 'ML']);
    assert.deepEqual(owners('FK action: add the reminder to the calendar'), ['FK']);
    // Not a topic in capitals: `API action:` names no one.
    assert.deepEqual(owners('API action: freeze the endpoints'), []);
  });

  it('a past action whose first sub-item says `done, …` is done; `Done: 3/1` (a field) or `done by Friday` is not', () => {
    assert.equal(doneByMark('action FK: open an issue', ['done, fixed by ML']), true);
    assert.equal(doneByMark('action FK: open an issue', ['Done.']), true);
    assert.equal(doneByMark('action FK: open an issue', ['Done: 3/1']), false);
    assert.equal(doneByMark('action FK: open an issue', ['done by Friday']), false);
    assert.equal(doneByMark('action FK: open an issue', ['defer until next year', 'done, fixed']), false);
  });

  it('the agenda point `Review of actions from Nov 2` lists past actions to go through, not new ones', () => {
    assert.equal(isPastActionsPoint('Review of actions from Nov 29'), true);
    assert.equal(isPastActionsPoint("Review of last meeting's action items:"), true);
    assert.equal(isPastActionsPoint('Action items from the previous meeting'), true);
    assert.equal(isPastActionsPoint('Review of the budget'), false);
    const text = `${MINUTES_HEAD}# Council call\n\n## Agenda\n1. Review of actions from Nov 2\n    * action AB: draft the vote procedure\n2. AOB\n\n## Notes\n1. Review of actions from Nov 2\n    * action AB: draft the vote procedure\n        * still open\n    * action CD: open an issue on the build\n        * done, EF fixed the runner\n`;
    assert.deepEqual(findingsOf(text, 'action-missing-due'), ['18 next-actions']);
    assert.deepEqual(findingsOf(text, 'action-missing-owner'), []);
    // (The scan's lines count from 0.)
    assert.deepEqual(scanned(text), [
      [17, ['AB'], undefined, false],
      [19, ['CD'], undefined, true],
    ]);
  });

  it('under `#### Decision Items:` what someone will do is what was decided, not a task', () => {
    const text = `${MINUTES_HEAD}# Week 47\n\n#### Decision Items:\n- Priya will own the partner list from now on.\n\n#### Action Items:\n- [action] Fix the link [assignee] jonas [due] 4 December 2026\n`;
    assert.deepEqual(findingsOf(text, 'action-missing-due'), []);
    assert.deepEqual(findingsOf(text, 'action-missing-owner'), []);
  });

  it('an actions heading giving the deadline in words, then its date: `(Due by next sprint: February 17th)`', () => {
    const h = '## Action Items (Due by next sprint: February 17th):';
    const at = explainedDeadlineAt(h);
    assert.equal(h.slice(at?.at ?? 0), 'February 17th):');
    assert.equal(explainedDeadlineAt('## Action Items (next sprint: February 17th)'), undefined);
    const text = `${MINUTES_HEAD}# Team meeting\n\n## Decisions\n- Keep it.\n\n${h}\n- Katrina to write the testing plan\n`;
    assert.deepEqual(findingsOf(text, 'action-missing-due'), []);
  });

  it('`### JP` beside people’s sub-headings under the actions is a person’s initials; `### API` is no one', () => {
    assert.equal(headingInitials('### JP')?.name, 'JP');
    assert.equal(headingInitials('### API'), undefined);
    assert.equal(headingInitials('### Katrina'), undefined);
    const text = `${MINUTES_HEAD}# Team meeting\n\n## Decisions\n- Keep it.\n\n## Action items\n### JP\n- Finish the review comments by 2026-11-30\n\n### Katrina\n- Write the testing plan by 2026-11-30\n`;
    assert.deepEqual(findingsOf(text, 'action-missing-owner'), []);
    assert.deepEqual(scanned(text), [
      [15, ['JP'], '2026-11-30', false],
      [18, ['Katrina'], '2026-11-30', false],
    ]);
    // Alone (no person beside it), two capitals head a topic: nobody owns its items.
    const alone = `${MINUTES_HEAD}# Team meeting\n\n## Decisions\n- Keep it.\n\n## Action items\n### QA\n- Check the forms by 2026-11-30\n`;
    assert.deepEqual(findingsOf(alone, 'action-missing-owner'), ['16 next-actions']);
  });

  it('a group owns its task: `**All exec board**:`, `Bill Moreno’s family has volunteered to …`', () => {
    assert.deepEqual(owners('**All exec board**: Send a photo and a short bio'), ['All exec board']);
    assert.deepEqual(owners("Bill Moreno's family has volunteered to host the student"), ["Bill Moreno's family"]);
    assert.deepEqual(owners("ACTION: Ana's team will review the deck"), ["Ana's team"]);
    assert.deepEqual(owners("The client's team reviewed the deck"), []);
  });

  it('without a date field, `Jan 15` is read nearest the title’s day; `Legal: Finalize …` is the table’s row', () => {
    assert.deepEqual(documentDay({ title: 'Planning Notes - December 2, 2026', body: '' }), {
      year: 2026,
      month: 12,
      day: 2,
    });
    assert.equal(documentDay({ title: 'Planning Notes', body: '**Date:** December 2 and 3, 2026\n' }), undefined);
    assert.equal(ownerLabelledTaskKey('Legal: Finalize the CLA', ['Legal']), assignmentKey('Finalize the CLA'));
    assert.equal(ownerLabelledTaskKey('Note: Finalize the CLA', ['Legal']), undefined);
    const text =
      '---\ntype: minutes\nclient: Acme\n---\n# Planning Notes - December 2, 2026\n\n## Decisions\n- Keep it.\n\n## Next steps\n- [ ] Legal: Finalize the CLA\n\n## Summary\n\n| Owner | Action | Due Date |\n|---|---|---|\n| Legal | Finalize the CLA | Jan 15 |\n';
    const found = analyze(text, 'doc.md').findings.map((f) => f.rule);
    assert.ok(!found.includes('action-missing-due'), found.join(' '));
    assert.ok(!found.includes('action-due-before-meeting'), found.join(' '));
    assert.deepEqual(scanned(text), [[10, ['Legal'], '2027-01-15', false]]);
  });
});
