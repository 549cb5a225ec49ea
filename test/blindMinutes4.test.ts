/**
 * Forms of a fourth round of blind samples (issue 16, 2026-12-05, eighteenth session): working-group and
 * team minutes of open-source projects in English (and real briefs in three languages), every finding of the
 * session-start build labelled by hand before any fix. Written here in our own words, in the same forms.
 */
import { strict as assert } from 'node:assert';
import { matchHeading, sectionTable } from '../server/core/headings';
import { typeById } from '../server/core/catalog';
import { MINUTES_HEAD, findingsOf } from './helpers/minutes';
import { analyze } from './helpers/analyze';

const HEAD = MINUTES_HEAD;
const findings = findingsOf;

describe('a fourth blind sample of real minutes', () => {
  it('`Actionables`, `This week’s action items`, `Action items for two weeks` name the next actions; `Last week’s action items` does not', () => {
    const table = sectionTable(typeById('minutes')!);
    for (const heading of [
      'Actionables',
      'Actionable Items',
      "This Week's Action Items",
      'Today’s action items',
      'Action Items for two weeks',
      'Tasks for the next two weeks',
    ])
      assert.equal(matchHeading(table, heading)?.section.id, 'next-actions', heading);
    assert.equal(matchHeading(table, "Last Week's Action Items"), null);
    // Read as such: the tasks under it are checked, and the section is not missing.
    const text = `${HEAD}# Team sync\n\n## Decisions\n- Keep the weekly call.\n\n### Actionables\n\n- [ ] @lee draft the landing page copy by 2026-12-10\n- [ ] Read the new RFC\n`;
    assert.deepEqual(findings(text, 'missing-section'), []);
    assert.deepEqual(findings(text, 'action-missing-owner'), ['17 next-actions']);
  });

  it('a thing named and its link, a call for a volunteer: no task; a task with its link stays one', () => {
    const text = `${HEAD}# Team sync\n\n## Decisions\n- Keep it.\n\n## Action items\n\n- [ ] Next week’s agenda: https://example.com/issues/12\n- Proposal for the content type: https://example.com/pull/3\n- Evaluate the metadata schema @ana by 2026-12-12\n- Volunteer needed.\n- [ ] Help wanted on [the CI task](https://example.com/issues/45)!\n- Review PR: https://example.com/pull/4\n- Update the slides: https://example.com/deck\n`;
    assert.deepEqual(findings(text, 'action-missing-owner'), ['21 next-actions', '22 next-actions']);
  });

  it('`possible actions:` over `Action:` items: options weighed in the discussion, not tasks', () => {
    const text = `${HEAD}# Team sync\n\n## Decisions\n- Keep it.\n\n## Discussion\n\n* The random generator\n    * possible actions:\n        * Action: change the documentation to match the code.\n        * Action: open an issue on the migration path.\n* The website\n    * Action: Ana to update the footer by 2026-12-20\n\n## Action items\n\n- Lee to book the room by 2026-12-20\n`;
    assert.deepEqual(findings(text, 'action-missing-owner'), []);
    assert.deepEqual(findings(text, 'action-missing-due'), []);
  });

  it('the actions reviewed at the top and the new ones after the decisions: in order', () => {
    const minutes = (top: string) =>
      `${HEAD}# Sync\n\n${top}## Decisions\n\n- Meet at the conference.\n\n## Action Items\n\n- Lee to review the spreadsheet by 2026-12-20\n`;
    assert.deepEqual(
      findings(
        minutes('## Pending Action Items:\n\n- Ana to update the definition by 2026-12-18\n\n'),
        'section-order',
      ),
      [],
    );
    // Only after the decisions is out of place.
    const late = `${HEAD}# Sync\n\n## Action Items\n\n- Lee to review it by 2026-12-20\n\n## Decisions\n\n- Meet.\n`;
    assert.deepEqual(findings(late, 'section-order'), ['15 decisions']);
  });

  it('`**Verdict:** Approved` under each point records the decisions', () => {
    const text = `${HEAD}# Releases WG\n\n## Agenda\n\n### Backport the fix to 12.x\n\n**Verdict:** Approved\n\n## Action items\n\n- Lee to tag the release by 2026-12-20\n`;
    assert.deepEqual(findings(text, 'missing-section'), []);
  });

  it('the message quotes the task without the colon the owner left: `@ana: Join the call`', () => {
    const text = `${HEAD}# Sync\n\n## Decisions\n- Keep it.\n\n## Action items\n\n- @ana: Join the call with the printer\n`;
    const [message] = analyze(text, 'doc.md')
      .findings.filter((f) => f.rule === 'action-missing-due')
      .map((f) => f.message);
    assert.match(message, /“Join the call with the printer”/);
  });
});
