/**
 * Forms of real minutes read in the 34th session (eval82): an actions heading qualified by the columns its items
 * give (`Action Items with Suggested Owners and Deadlines`), a `Task:` line detailing a person's item beside its
 * `Due:` line. Our own words, the same forms.
 */
import { strict as assert } from 'node:assert';
import { analyze } from './helpers/analyze';
import { linesOf as lines, sameEverywhere as sameIn } from './helpers/minutes';

const sameEverywhere = (text: string) => sameIn(text, '/tmp/m82.md');
const missingSection = (doc: string, name: RegExp) =>
  analyze(doc).findings.some((f) => f.rule === 'missing-section' && name.test(f.message));

describe('fresh real minutes, eval82 forms', () => {
  it('`### Next Steps with Proposed Owners and Due Dates` is the actions section', () => {
    const doc = `---\ntype: minutes\n---\n# Studio sync\n\n### Decisions\n\n- The poster keeps the orange frame.\n\n### Next Steps with Proposed Owners and Due Dates\n\n1. **Order the print proofs** — ask two printers for a quote. **Owner:** Lena;\n`;
    assert.ok(!missingSection(doc, /Next actions/u));
    assert.deepEqual(lines(doc, 'action-missing-due'), [12]);
    // Not any words after `with`: a topic is no column.
    const topic = doc.replace('with Proposed Owners and Due Dates', 'with the Printer');
    assert.ok(missingSection(topic, /Next actions/u));
    sameEverywhere(doc);
  });

  it('a `Task:` line under a person’s item is that item’s detail: the person owns it, its `Due:` sibling dates it', () => {
    const doc = `---\ntype: minutes\n---\n# Team sync – 2 March 2026\n\n## Decisions\n\n- We keep the blue palette.\n\n## Work Assignments and Updates\n\n- **Priya** will draft the **launch brief** for the shoe campaign.\n  - **Due:** end of the month (est. March 27th)\n  - **Task:** Gather the survey results and the mood boards into one brief\n  - **Reviewer:** Marco\n\n- **Kenji** is responsible for the **media plan**.\n  - **Task:** Turn the channel list into a weekly schedule\n  - **Note:** No need to price the print slots yet\n`;
    assert.deepEqual(lines(doc, 'action-missing-owner'), []);
    // Kenji's task gives no date: still one missing.
    assert.deepEqual(lines(doc, 'action-missing-due'), [18]);
    sameEverywhere(doc);
  });
});
