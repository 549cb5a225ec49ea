/**
 * Forms from the twenty-sixth session's blind sets (real minutes and agency documents; our own text modelled on
 * their forms): what the checker must read right.
 */
import { strict as assert } from 'node:assert';
import { MINUTES_HEAD, findingsOf } from './helpers/minutes';

/** The body comes right after the front matter: its first heading is the title. */
const dates = (body: string) =>
  findingsOf(`${MINUTES_HEAD}\n${body.startsWith('#') ? '' : '# Team meeting\n\n'}${body}`, 'ambiguous-date');

describe('blind minutes, twenty-sixth session', () => {
  describe('a day/month date the document also writes year first', () => {
    it('`(07/10/2026)` beside a recording filed under `2026/07/10` is 10 July', () => {
      assert.deepEqual(
        dates('# Call (07/10/2026)\n\nRecording: [Committee - 2026/07/10 - Video](https://example.org/v)\n'),
        [],
      );
      assert.deepEqual(dates('# Call (07/10/2026)\n\n[Photos](https://example.org/2026/07/10/team)\n'), []);
    });
    it('only the title’s date: a task’s `12/11/2026` beside another task due `2026-12-11` stays ambiguous', () => {
      assert.deepEqual(dates('- Ben: send the plan by 12/11/2026\n- Ana: book the studio by 2026-12-11\n'), ['12']);
    });
    it('stays ambiguous when the document writes both days, or neither', () => {
      assert.deepEqual(dates('# Call (07/10/2026)\n\nSee 2026-07-10 and 2026-10-07.\n'), ['10']);
      assert.deepEqual(dates('# Call (07/10/2026)\n\nSee 2026-07-11.\n'), ['10']);
    });
  });

  describe('HackMD’s author tag closing a topic owns the tasks under its ACTION label', () => {
    const notes = (topic: string) =>
      `${MINUTES_HEAD}\n# Dev meeting\n\n## Agenda\n\n1. ${topic}\n   - **ACTION**\n     - Gather the other teams’ feedback\n     - Submit the draft by 2026-12-14\n`;
    it('`` `Budget` [name=Ray Raspberry] ``: Ray owns them', () => {
      assert.deepEqual(findingsOf(notes('`Budget` [name=Ray Raspberry]'), 'action-missing-owner'), []);
    });
    it('a tag leading the topic says who raised it: the tasks name nobody', () => {
      assert.deepEqual(findingsOf(notes('[name=Ray] Simplify the budget?'), 'action-missing-owner'), [
        '16 next-actions',
        '17 next-actions',
      ]);
    });
  });
});
