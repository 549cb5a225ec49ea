/**
 * Forms of real minutes read in the 37th session (eval85): owners given by an arrow a word processor drew with a
 * dash (`KB –> Methods`, `… –> JL/KB`), as the ASCII arrow `->` always was. Our own words, the same forms.
 */
import { strict as assert } from 'node:assert';
import { linesOf as lines, sameEverywhere as sameIn } from './helpers/minutes';

const sameEverywhere = (text: string) => sameIn(text, '/tmp/m85.md');

describe('fresh real minutes, the 37th session', () => {
  it('an arrow drawn with an en or em dash (`–>`, `—>`) hands the task over as `->` does, leading or closing the item', () => {
    const doc = (arrow: string) =>
      `---\ntype: minutes\n---\n# Lab group minutes\n\n## Decisions\n\n- We compare the two cohorts first.\n\n## Action items\n\n- KB ${arrow} Methods draft\n- JL + MO ${arrow} Figure 2 (abundance)\n- Clean the sample sheet asap ${arrow} JL\n- Rerun the alignment ${arrow} KB/MO\n- Book the sequencer slot\n`;
    for (const arrow of ['->', '–>', '—>']) {
      assert.deepEqual(lines(doc(arrow), 'action-missing-owner'), [16], arrow);
      sameEverywhere(doc(arrow));
    }
    // A dash before `>` that is no arrow (`x – >5 samples`) names nobody.
    const notArrow = `---\ntype: minutes\n---\n# Lab group minutes\n\n## Decisions\n\n- We compare the two cohorts first.\n\n## Action items\n\n- Keep runs with depth – >5 million reads\n`;
    assert.deepEqual(lines(notArrow, 'action-missing-owner'), [12]);
  });
});
