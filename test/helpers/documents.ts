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
