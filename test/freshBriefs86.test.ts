/**
 * Forms of real briefs read in the 37th session (eval86): a campaign brief's `## Core Campaign Message` over its one
 * line, `## Campaign Deliverables`, `## Universal creative rules` over what every piece must keep; and a link out of
 * the folder checked, which is noted, not asked to be changed. Our own words, the same forms.
 */
import { strict as assert } from 'node:assert';
import { analyzeDocument, analyzeWhole, type Finding } from '../server/core/analyze';
import { buildDocument } from '../server/core/document';
import { analyze, workspaceOptions } from './helpers/analyze';
import { linesOf as lines } from './helpers/minutes';

const missing = (doc: string) =>
  analyze(doc)
    .findings.filter((f) => f.rule === 'missing-section')
    .map((f) => String(f.data?.section));

describe('fresh real briefs, the 37th session', () => {
  it('`Core campaign message`, `Campaign deliverables` and `Creative rules` are the button, the deliverables and the mandatories', () => {
    const doc = (button: string, deliverables: string, rules: string) =>
      `---\ntype: brief\nclient: Lumo Bikes\nbrand: Lumo\n---\n# Spring ride campaign\n\n## Background\n\nLumo sells city e-bikes.\n\n## Objective\n\nMore test rides in April.\n\n## Target audience\n\nCommuters who drive under 10 km.\n\n## ${button}\n\nYour commute, minus the traffic.\n\n## Support points\n\n- 60 km per charge\n\n## Tone\n\nLight, direct.\n\n## ${rules}\n\n- Logo top left; keep the safe zone.\n\n## ${deliverables}\n\n- Three 15-second videos\n`;
    const found = missing(doc('Core Campaign Message', 'Campaign Deliverables', 'Universal creative rules'));
    for (const s of ['button', 'deliverables', 'mandatories'])
      assert.ok(!found.includes(s), `${s}: ${found.join(', ')}`);
    // Other words are still no such section.
    const other = missing(doc('Campaign history', 'Campaign results', 'Creative history'));
    for (const s of ['button', 'deliverables', 'mandatories'])
      assert.ok(other.includes(s), `${s}: ${other.join(', ')}`);
  });
});

describe('fresh real agendas, the 37th session', () => {
  it('`**Format:** Google Meet` atop an agenda gives its place; a format that is no call does not', () => {
    const doc = (format: string) =>
      `---\ntype: agenda\nclient: Lumo Bikes\nmeeting: 2026-12-10 10:00\nattendees: Ana Ruiz, Ben Cole\nissued: 2026-12-07\n---\n# Kickoff call\n\n**Format:** ${format}\n\n## Purpose\n\nAgree the plan.\n\n## Topics\n\n1. Timeline\n`;
    const place = (text: string) =>
      analyze(text).findings.some((f) => f.rule === 'missing-field' && f.data?.field === 'location');
    assert.ok(!place(doc('Google Meet · link in the invite')));
    assert.ok(!place(doc('Online')));
    assert.ok(place(doc('Workshop with sticky notes')));
  });
});

describe('fresh real briefs, the 37th session: outline numbers', () => {
  it('`### 11.10 Accessibility acceptance` under `## 11. Accessibility` is a section number, not a date', () => {
    const doc = (parent: string) =>
      `---\ntype: brief\n---\n# Kiosk brief\n\n## ${parent}\n\n### 11.9 Language\n\nPlain words.\n\n### 11.10 Acceptance\n\nTested with users.\n\nReview on 11.12 with the client.\n`;
    const dates = (text: string) => lines(text, 'ambiguous-date');
    assert.deepEqual(dates(doc('11. Accessibility')), [16]);
    // A log whose headings open with the day, under no heading of that number, is still dated.
    assert.deepEqual(dates(doc('Accessibility')), [12, 16]);
  });
});

describe('what all the headings say of one heading’s numbers, in a long document (checked chunk by chunk)', () => {
  const entry = (d: string) =>
    `# ${d} Sync\n\n${'We went through the plan and the budget at length. '.repeat(25)}\n\n- item one\n- item two\n`;
  const outline = Array.from(
    { length: 30 },
    (_, i) => `### 11.${i + 1} Part ${i}\n\n${'Some words about this part. '.repeat(30)}\n\n- item one\n`,
  ).join('\n');
  const docs = [
    // A log whose one entry read one way only (2/16/26) dates the others, chunks away.
    `---\ntype: minutes\n---\n` +
      [entry('2/9/26'), ...Array.from({ length: 20 }, () => entry('3/4/26')), entry('2/16/26')].join('\n'),
    `---\ntype: brief\n---\n# Kiosk brief\n\n## 11. Accessibility\n\n${outline}\n`,
  ];
  it('is read from the whole document, as the reference run does', () => {
    for (const text of docs) {
      const doc = buildDocument('long.md', text);
      assert.ok(doc.chunks.length > 5, `${doc.chunks.length} chunks`);
      const options = workspaceOptions(new Map([['long.md', text]]), 'en');
      const dates = (fs: Finding[]) => fs.filter((f) => f.rule === 'ambiguous-date').map((f) => f.range.start.line + 1);
      assert.deepEqual(dates(analyzeDocument(doc, options)), []);
      assert.deepEqual(dates(analyzeWhole(doc, options)), []);
    }
  });
});
