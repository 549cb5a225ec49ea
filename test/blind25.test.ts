/**
 * Forms from the twenty-fifth session's blind sets (real minutes in English, our own text modelled on
 * their forms): what the checker must read right.
 */
import { strict as assert } from 'node:assert';
import { MINUTES_HEAD, findingsOf } from './helpers/minutes';

const dates = (body: string) => findingsOf(`${MINUTES_HEAD}\n# Team meeting\n\n${body}`, 'ambiguous-date');

describe('blind minutes, twenty-fifth session', () => {
  describe('dates between dots', () => {
    it('read as another date between dots of the document shows, once is enough', () => {
      assert.deepEqual(dates('**Date:** 14.10.2026\n\n## Next meeting\n\n- **Date:** 02.11.2026\n'), []);
      assert.deepEqual(dates('Kick-off 10.28.2026.\n\nReview on 02.11.2026.\n'), []);
    });
    it('day first alone, beside slashes, or with a two-digit year: dots are the day-first convention', () => {
      assert.deepEqual(dates('Review on 02.11.2026.\n'), []);
      assert.deepEqual(dates('Kick-off 28/10/2026.\n\nReview on 02.11.2026.\n'), []);
      assert.deepEqual(dates('Signed 03.09.26.\n'), []);
    });
    it('still ambiguous where the document writes dates between dots both ways', () => {
      assert.deepEqual(
        dates('Kick-off 14.10.2026 and 10.28.2026.\n\nReview on 02.11.2026.\n'),
        ['14'],
        'both orders shown',
      );
    });
  });
  describe('dates with the month’s name show the writer’s order', () => {
    it('`August 22, 2026` twice: `9/11` is 11 September', () => {
      assert.deepEqual(dates('**Date:** August 22, 2026\n\n## 9/11 Showcase\n\nNext call: August 29, 2026.\n'), []);
    });
    it('`22 August 2026` twice: `9/11` is 9 November; once, or both ways, is not enough', () => {
      assert.deepEqual(
        dates('**Date:** 22 August 2026\n\nShowcase on 9/11/2026, next call 29th of August 2026.\n'),
        [],
      );
      assert.deepEqual(dates('**Date:** 22 August 2026\n\nShowcase on 9/11/2026.\n'), ['14']);
      assert.deepEqual(dates('**Date:** 22 August 2026\n\nShowcase on 9/11/2026, next call August 29, 2026.\n'), [
        '14',
      ]);
    });
  });
});
