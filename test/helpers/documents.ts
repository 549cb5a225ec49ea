/** Documents several test files share. */

/** A complete creative brief but for its Button section: `--fix` inserts one, and nothing else is reported. */
export const BRIEF_MISSING_BUTTON = `---
type: brief
client: Acme
brand: Acme Cola
job: AC-2026-001
date: 2026-11-01
due: 2026-12-01
budget: USD 20,000
---
# Creative brief

## Objective

Grow trial among students by 10% by March.

## Target consumer

Students who want a cheap lift between classes.

## Support points

- Half the sugar of the leader.

## Tone

Playful, confident.

## Mandatories

Logo end frame.

## Deliverables

One 15-second video.

## Sign-off

- Account lead: Ana Ruiz, 2026-11-02
- Creative lead: Bo Li, 2026-11-02
- Client: Carl Diaz, 2026-11-03
`;

/** Minutes of about 100 lines with findings on every action item (no owner, no due date): what the open-latency figures open. */
export function minutesOf100Lines(title: string): string {
  const lines = [
    '---',
    'type: minutes',
    'client: Northwind Coffee',
    'meeting: 2026-11-18 10:00',
    'issued: 2026-11-18 17:00',
    'attendees: [alice, ben]',
    'distribution: [alice]',
    '---',
    `# ${title}`,
    '',
    '## Decisions',
    '',
  ];
  for (let i = 1; lines.length < 60; i++)
    lines.push(`- Decision ${i}: keep the storyboard for the autumn flight, with the store list of week ${i}.`);
  lines.push('', '## Next actions', '');
  for (let i = 1; lines.length < 100; i++) lines.push(`- [ ] Check the print proofs for poster ${i}`);
  return lines.join('\n') + '\n';
}
