/**
 * Forms of real minutes read in the 36th session (eval84): weekly records headed in HTML (`<h2>Week 4</h2>`), a
 * label of the week's goals among other labels of the record. Our own words, the same forms.
 */
import { strict as assert } from 'node:assert';
import { linesOf as lines, sameEverywhere as sameIn } from './helpers/minutes';

const sameEverywhere = (text: string) => sameIn(text, '/tmp/m84.md');

/** One week's record as such minutes write it, its parts each under a label ending in a colon. */
const week = (n: number, goals: string) =>
  `<h2>Sprint ${n}</h2>\n\nAttendees:\n* Rosa Imber\n* Tomasz Grell\n\nWho was absent:\n* Ilse Varga - sick\n\nGeneral meeting Information:\n* 10:00 AM - 11:00 AM (60 minutes)\n* Room B12\n\nWhat has been done:\n* Wireframes\n\n${goals}\n\nLocation of the deliverables:\n* Board - https://example.com/board\n`;

describe('fresh real minutes, eval84 forms', () => {
  it('`<h2>Week 4</h2>`: a heading in HTML ends the actions a label of the week before opened', () => {
    const doc = `---\ntype: minutes\n---\n<h1>Shuttle planner</h1>\n\n${week(2, "Next week's goals:\n* draw the stop map\n* price the bus rental")}\n${week(1, "Next week's goals:\n* agree the route")}`;
    // Only the goals are actions: not the attendees, the times, the work done or the links of the next week.
    assert.deepEqual(lines(doc, 'action-missing-due'), [23, 24, 46]);
    assert.deepEqual(lines(doc, 'action-missing-owner'), [23, 24, 46]);
    sameEverywhere(doc);
  });

  it('a label naming another part of the record (`Location of the deliverables:`) ends the actions a label opened', () => {
    const doc = `---\ntype: minutes\n---\n# Shuttle planner\n\nNext week's goals:\n* draw the stop map\n\nLocation of the deliverables:\n* Board - https://example.com/board\n\nAttendees:\n* Rosa Imber\n`;
    assert.deepEqual(lines(doc, 'action-missing-due'), [7]);
    sameEverywhere(doc);
    // A group's own line after the label still leads its tasks (`Frontend:`).
    const groups = `---\ntype: minutes\n---\n# Shuttle planner\n\nNext week's goals:\n\nFrontend:\n* draw the stop map\n\nBackend:\n* price the bus rental\n`;
    assert.deepEqual(lines(groups, 'action-missing-due'), [9, 12]);
  });

  it('`<h2>…</h2>` under `## Action items`: the section’s actions end there', () => {
    const doc = `---\ntype: minutes\n---\n# Shuttle planner\n\n## Decisions\n\n- The van stays.\n\n## Action items\n\n- Rosa to draw the stop map\n\n<h2>Earlier weeks</h2>\n\n- Talked to the client\n`;
    assert.deepEqual(lines(doc, 'action-missing-due'), [12]);
    sameEverywhere(doc);
  });
});
