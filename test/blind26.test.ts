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
});
