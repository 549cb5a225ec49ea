/**
 * Forms of a fifth round of blind samples (issue 16, 2026-12-05, nineteenth session): minutes, actas and
 * 会议纪要, briefs and reports of public repositories never read here before, every finding of the
 * session-start build labelled by hand before any fix. Written here in our own words, in the same forms.
 */
import { strict as assert } from 'node:assert';
import { MINUTES_HEAD, findingsOf } from './helpers/minutes';

const HEAD = MINUTES_HEAD;
const findings = findingsOf;

describe('a fifth blind sample of real writing', () => {
  it('dates written with dashes show their writer’s order as slashes do: two settle it, one does not', () => {
    // Not in a table: a column shows its writer's order with one date (rules/ambiguous-date.ts).
    const text = (dates: string[]) =>
      `${HEAD}# Weekly sync\n\n### Date : ${dates[0]}\n\n## Decisions\n- Keep the slot.\n\n## Action items\n\n- Ven to wire the payments page by 10-03-2022\n${dates
        .slice(1)
        .map((d) => `- Ana to check the rig by ${d}\n`)
        .join('')}`;
    assert.deepEqual(findings(text(['23-02-2022', '15-03-2022']), 'ambiguous-date'), []);
    assert.deepEqual(findings(text(['23-02-2022']), 'ambiguous-date'), ['18']);
    // Year first (`2022-02-23`) or after a version (`1.2-15-03-2022`) is no evidence.
    assert.deepEqual(findings(text(['2022-02-23', 'v1.2-15-03-2022']), 'ambiguous-date'), ['18']);
  });
});
