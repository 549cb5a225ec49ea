/** Building blocks of the rules' reference examples (a minutes document, a long memo). */

/** Strips the common indentation and the first and last empty lines of a template. */
export function md(strings: TemplateStringsArray): string {
  const lines = strings.raw.join('').replace(/\\`/g, '`').split('\n');
  while (lines.length && lines[0].trim() === '') lines.shift();
  while (lines.length && lines[lines.length - 1].trim() === '') lines.pop();
  const indent = Math.min(...lines.filter((l) => l.trim() !== '').map((l) => /^ */.exec(l)![0].length));
  return lines.map((l) => l.slice(indent)).join('\n') + '\n';
}

export const MINUTES_HEAD = md`
  ---
  type: minutes
  client: Acme Foods
  meeting: 2026-11-24 10:00
  issued: 2026-11-24 17:30
  attendees: Tom Baker (Acme), Ana Ruiz, Li Wei
  distribution: Tom Baker, Ana Ruiz, Li Wei, Sam Lee
  ---
  # Contact report: winter campaign review
`;

export const DECISIONS = md`
  ## Decisions
  - Tom approved script B for the 30-second TV spot.
`;

export const NEXT_ACTIONS = md`
  ## Next actions
  - [ ] Send the revised storyboard @ana due 2026-11-27
  - [ ] Book the studio for the shoot @liwei due 2026-12-01
`;

/** The same minutes, for a meeting a month earlier. */
export const OCTOBER_HEAD = MINUTES_HEAD.replace('2026-11-24 10:00', '2026-10-20 10:00').replace(
  '2026-11-24 17:30',
  '2026-10-20 17:30',
);

/** A short minutes document whose Next actions are `actions`. */
export function minutes(actions: string, head = MINUTES_HEAD): string {
  return `${head}\n${DECISIONS}\n## Next actions\n${actions}`;
}

export const MEMO_LONG = md`
  ---
  type: memo
  to: Tom Baker, Acme Foods
  from: Ana Ruiz
  date: 2026-11-20
  subject: Winter TV shoot
  ---
  # Memo: winter TV shoot

  Dear Tom, following our call on Tuesday I wanted to set out in writing everything that has happened with the winter TV shoot since the script was approved, so that your team has the full background before the board meeting next week.

  As you know, the original plan was to shoot over two days at the Riverside studio in the first week of December, with the family kitchen set built the week before. When we contacted the studio to confirm, they told us that the larger stage had been double-booked by mistake and that only the smaller stage would be free on those dates. Our producer visited the smaller stage with the director and the set designer, and all three felt that the kitchen set would not fit without losing the wide shot that opens the spot, which is the shot your team liked most in the storyboard.

  We then looked at three alternatives. The first was to keep the dates and build a smaller set, which would save some money but change the opening shot. The second was to move to another studio across town, which is free on our dates but costs more per day and would need a new technical recce. The third was to keep Riverside and move the shoot one week later, which keeps the set and the opening shot exactly as approved and only moves the delivery date of the finished spot by five working days.

  Our recommendation is the third option. The new delivery date still leaves a full week before the media schedule starts, the cost stays within the approved estimate, and nothing in the creative changes. The director, the producer and the studio have all confirmed that they can do the later dates, and the casting agency has checked that the family we chose is available as well.

  We would need your approval by Monday so that we can confirm the studio booking and tell the crew, because the studio will only hold the later dates for us until then. If you would like to talk it through before deciding, Li Wei and I are free on Friday afternoon and can come to your office, or we can do a video call at any time that suits you.

  Thank you again for your patience, and apologies that this has come so late in the process.
`;
