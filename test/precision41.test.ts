/**
 * Forms of real writing read wrongly before (issue 16, precision), in words of our own: a note opening with a
 * word that is no one's name before `to`.
 */
import { strict as assert } from 'node:assert';
import { findOwners } from '../server/core/actions';

const names = (text: string) => findOwners(text, 0).map((o) => o.name);

describe('precision of real minutes (actions41)', () => {
  it('takes no one for the owner of a possibility or of how to read a link', () => {
    assert.deepEqual(names('Potential to move the radio budget to podcasts'), []);
    assert.deepEqual(names('Click to convert [09:00 UTC](https://example.org/tz) to your own time'), []);
    assert.deepEqual(names('Tap to open the booking form'), []);
    // A person before `to` still owns the task.
    assert.deepEqual(names('Priya to move the radio budget to podcasts'), ['Priya']);
  });
});
