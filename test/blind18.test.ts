/**
 * Forms from the eighteenth blind stand-in for the hidden agency sets (documents written to the handbook by someone
 * who had not read the checker): a prose sign-off naming several agency signers in one line, each with their title.
 */
import { strict as assert } from 'node:assert';
import { analyze } from './helpers/analyze';

const strategy = (signoff: string) =>
  `---\ntype: strategy\nclient: Fjord Water\nbrand: Fjord Still\ndate: 2026-11-10\n---\n# Communication strategy: Fjord Still\n\n## Where are we now\n\nA bottled water nobody asks for by name.\n\n## Where are we going\n\nThe still water people ask for.\n\n## Sign-off\n\n${signoff}\n`;

const missingRoles = (signoff: string) =>
  analyze(strategy(signoff), 'fjord.strategy.md')
    .findings.filter((f) => f.rule === 'missing-signoff')
    .map((f) => f.data.role)
    .sort();

describe('blind agency set 18', () => {
  it('several signers with their titles in one line, the line’s date theirs', () => {
    const client = 'For Fjord Water: Ines Berg, Brand Manager, 18 November 2026.\n\n';
    assert.deepEqual(
      missingRoles(
        `${client}For the agency: Olav Dahl, General Manager; Kari Moe, Account Director; Leif Sand, Creative Director — all on 17 November 2026.`,
      ),
      [],
    );
    // Without a date, each still lacks one.
    assert.equal(
      missingRoles(
        `${client}For the agency: Olav Dahl, General Manager; Kari Moe, Account Director; Leif Sand, Creative Director.`,
      ).length,
      3,
    );
    // Titles without names are a blank line to sign, not signatures.
    assert.equal(
      missingRoles(`${client}General Manager; Account Director; Creative Director — 17 November 2026.`).length,
      3,
    );
  });
});
