/**
 * Forms of real minutes read in the 36th session (eval84): weekly records headed in HTML (`<h2>Week 4</h2>`), a
 * label of the week's goals among other labels of the record. Our own words, the same forms.
 */
import { strict as assert } from 'node:assert';
import { linesOf as lines, sameEverywhere as sameIn } from './helpers/minutes';
import { analyze } from './helpers/analyze';

const analyzeWith = (text: string) => analyze(text).findings;

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

  it('`### Action Items by Thursday 10pm`: the actions section, its tasks due on a weekday (no date)', () => {
    const doc = (heading: string) =>
      `---\ntype: minutes\n---\n# Meeting 9: 13th July 2021\n\n### Discussion Points\n\n- Split the work\n\n### ${heading}\n\n- Finish the score screen - Priya\n- Draw the tiles\n`;
    const missing = (text: string) => analyzeWith(text).filter((f) => f.rule === 'action-missing-due');
    for (const heading of ['Action Items by Thursday 10pm', 'Action Items by Saturday 10am:', 'Next steps by Friday']) {
      assert.deepEqual(lines(doc(heading), 'action-missing-due'), [12, 13], heading);
      assert.deepEqual(lines(doc(heading), 'action-missing-owner'), [13], heading);
      // The message names the weekday the heading gives, not a date.
      assert.match(missing(doc(heading))[0].message, /is not a date/u, heading);
      sameEverywhere(doc(heading));
    }
    // With a date after `by`, the tasks are due then.
    assert.deepEqual(lines(doc('Action items by 2021-07-16'), 'action-missing-due'), []);
    // `by` and no day (how the tasks are sorted) is no actions section.
    assert.deepEqual(lines(doc('Tasks by priority'), 'action-missing-owner'), []);
  });

  it('`- Things to finish from sprint 2:` among the actions: its sub-items are tasks, and so are those under `- Frontend`', () => {
    const doc = `---\ntype: minutes\n---\n# Meeting 13: 20th July 2021\n\n## Decisions\n\n- Keep the tile size.\n\n## Action Items\n\n- Things to finish from sprint 2:\n  - Fix the broken tests - Omar\n  - Upload the class diagram\n  - Frontend\n    - Show the coins - Lise\n    - Buy and sell items\n`;
    assert.deepEqual(lines(doc, 'action-missing-due'), [13, 14, 16, 17]);
    // `Frontend` names the side of the work, no one who owns it.
    assert.deepEqual(lines(doc, 'action-missing-owner'), [14, 17]);
    sameEverywhere(doc);
    // A label of what was done or discussed is no list of tasks.
    assert.deepEqual(lines(doc.replace('Things to finish from sprint 2:', 'Discussed:'), 'action-missing-due'), []);
  });

  it('`| ASAP |`, `| 1 Month |` in the deadline column: no date, and the message says so', () => {
    const doc = `---\ntype: minutes\n---\n# Kick-off\n\n## Decisions\n\n- Weekly calls.\n\n## Next steps\n\n| Task | Responsibility | Deadline |\n| --- | --- | --- |\n| Share phone numbers | Students | ASAP |\n| Progress report | Students | 1 Month |\n`;
    const found = analyzeWith(doc).filter((f) => f.rule === 'action-missing-due');
    assert.deepEqual(
      found.map((f) => f.range.start.line + 1),
      [14, 15],
    );
    assert.match(found[0].message, /“ASAP” is not a date/u);
    assert.match(found[1].message, /“1 Month” is not a date/u);
  });
});
