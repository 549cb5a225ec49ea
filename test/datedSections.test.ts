/**
 * The dated sections of a log of meetings (server/core/headingDates.ts) while typing: a model made from its
 * previous version takes over the last version's dated sections (those before the edit as they were, those
 * after it moved, the ones running over it closed again, year-less dated headings after it read again while
 * the dated heading before them changed). After random edits of headings (dates with and without their
 * year, depths, headings added and removed) and of text, they must equal a reading of all the headings of a
 * fresh parse, and their short name (datedSectionsId) must name one key only.
 */
import { strict as assert } from 'node:assert';
import { buildDocument, headingsKept, type AgencyDocument } from '../server/core/document';
import {
  type DatedEntry,
  datedEntries,
  datedOverlapping,
  datedSections,
  datedSectionsId,
  datedSectionsKey,
} from '../server/core/headingDates';
import { ChunkCache } from '../server/core/markdown';
import { PieceText } from '../server/core/pieces';
import { changeBetween, rng } from './helpers/random';

const MONTHS = ['Jan', 'Feb', 'Mar', 'Jun', 'Sep', 'Oct', 'Dec'];

/** A heading's text: a date with or without its year, in a few forms, or no date. */
function headingText(random: () => number): string {
  const m = MONTHS[Math.floor(random() * MONTHS.length)];
  const d = 1 + Math.floor(random() * 29);
  const y = 2023 + Math.floor(random() * 3);
  const r = random();
  if (r < 0.25) return `${m} ${d}, ${y}`;
  if (r < 0.5) return `${m} ${d}`;
  if (r < 0.6) return `${y}-0${1 + Math.floor(random() * 9)}-1${Math.floor(random() * 9)} – weekly sync`;
  if (r < 0.7) return `Session ${d} · ${m}-${d}-${y} · review`;
  if (r < 0.8) return 'Action items';
  if (r < 0.9) return `Next meeting: ${m} ${d}`;
  return 'Notes';
}

function logText(random: () => number, meetings: number): string {
  const parts: string[] = ['---\ntype: minutes\n---\n\n# Team log\n'];
  for (let i = 0; i < meetings; i++) {
    const depth = 1 + Math.floor(random() * 3);
    parts.push(`${'#'.repeat(depth)} ${headingText(random)}\n\n- [ ] Ana to send the deck by Dec 22\n`);
    if (random() < 0.5) parts.push(`${'#'.repeat(Math.min(6, depth + 1))} ${headingText(random)}\n\nSome notes.\n`);
  }
  return parts.join('\n');
}

/** One random edit: a heading's date, depth or presence changed, a heading added, or a letter typed or removed. */
function edit(text: string, random: () => number): string {
  const r = random();
  const lines = text.split('\n');
  const headings = lines.flatMap((l, i) => (/^#{1,6} /.test(l) ? [i] : []));
  if (r < 0.45 && headings.length > 1) {
    const i = headings[1 + Math.floor(random() * (headings.length - 1))];
    const how = random();
    if (how < 0.5) lines[i] = lines[i].replace(/^(#+ ).*/, `$1${headingText(random)}`);
    else if (how < 0.7) lines[i] = lines[i].replace(/^#+/, '#'.repeat(1 + Math.floor(random() * 4)));
    else if (how < 0.8) lines[i] = lines[i].replace(/^#+ /, '');
    // A digit typed into the date: `Mar 3` becomes `Mar 31`, a year `2024` becomes `20245` (no date).
    else lines[i] = lines[i].replace(/\d(?=\D*$)/, (x) => x + String(Math.floor(random() * 10)));
    return lines.join('\n');
  }
  if (r < 0.6) {
    const i = 1 + Math.floor(random() * (lines.length - 1));
    lines.splice(i, 0, '', `${'#'.repeat(1 + Math.floor(random() * 3))} ${headingText(random)}`, '');
    return lines.join('\n');
  }
  const at = Math.floor(random() * (text.length + 1));
  if (r < 0.7 && text.length > 0) return text.slice(0, at) + text.slice(at + 1 + Math.floor(random() * 3));
  return text.slice(0, at) + 'abc \n'[Math.floor(random() * 5)] + text.slice(at);
}

describe('dated sections while typing (a log of meetings)', () => {
  it('equal a reading of all the headings after random edits, their name one key only', function () {
    this.timeout(600000);
    const names = new Map<string, string>();
    let spliced = 0;
    let unchanged = 0;
    let kept = 0;
    let sameKey = 0;
    for (const seed of [2911, 2912, 2913]) {
      const random = rng(seed);
      let text = logText(random, 60);
      const cache = new ChunkCache(4000, 0);
      const pieces = new PieceText(text, 64);
      let previous: AgencyDocument | undefined;
      let lastId: string | undefined;
      let lastEntries: readonly DatedEntry[] | undefined;
      for (let step = 0; step < 120; step++) {
        const before = text;
        text = edit(text, random);
        const change = changeBetween(before, text);
        pieces.edit(change.start, change.oldEnd, text.slice(change.start, change.newEnd));
        const doc = buildDocument('/tmp/log.md', text, { cache, previous, change, source: pieces.snapshot() });
        const splice = headingsKept(doc.headings);
        if (splice) spliced++;
        const fresh = buildDocument('/tmp/log.md', text, { cache: new ChunkCache(4000, 0) });
        for (const order of [undefined, 'dmy'] as const) {
          const entries = datedEntries(doc.headings, text.length, order, splice);
          const got = datedSections(doc.headings, text.length, order, splice);
          const want = datedSections(fresh.headings, text.length, order);
          assert.deepEqual(got, want, `seed ${seed}, edit ${step}, order ${order}`);
          // Those overlapping a stretch (a chunk's), as a walk over them all finds them.
          for (let n = 0; n < 5; n++) {
            const from = Math.floor(random() * text.length);
            const to = Math.min(text.length, from + Math.floor(random() * 400));
            assert.deepEqual(
              datedOverlapping(entries, doc.headings, text.length, from, to),
              got.filter((s) => s.start < to && s.end > from),
              `seed ${seed}, edit ${step}: [${from}, ${to})`,
            );
          }
          // Typing that changed no entry keeps the last list (and what is kept of it). (The sections are kept for
          // one readers' order: the last one read, 'dmy', follows the edits.)
          if (order === 'dmy') {
            if (splice && lastEntries && datedSectionsKey(entries) === datedSectionsKey(lastEntries)) {
              sameKey++;
              if (entries === lastEntries) kept++;
            }
            lastEntries = entries;
          }
          const key = datedSectionsKey(entries);
          const id = datedSectionsId(entries);
          assert.equal(id === '', key === '', `seed ${seed}, edit ${step}`);
          if (id !== '') {
            // A name stands for one key, whether taken over or given afresh.
            assert.equal(names.get(id) ?? key, key, `seed ${seed}, edit ${step}: ${id}`);
            names.set(id, key);
          }
          if (order === undefined) {
            if (id !== '' && id === lastId) unchanged++;
            lastId = id;
          }
        }
        previous = doc;
      }
    }
    // The edits were followed (the headings taken over), and the name kept while the key was.
    assert.ok(spliced > 200, `${spliced} edits followed`);
    assert.ok(unchanged > 50, `${unchanged} names kept`);
    assert.ok(kept > 50 && kept > sameKey / 2, `${kept} lists kept of ${sameKey} with the same key`);
  });
});
