/**
 * Sections dated by their headings. A log of meetings keeps one record per dated heading (`# Dec-4-2017`,
 * `Oct 8, 2019` underlined, `## 2023-03-16 – weekly sync`): a due date written there without its year
 * (`by Oct 22`, `on 3rd January`) is the one nearest that meeting's date, not the document's or today's
 * (docs/types.md, "Dates"). The analysis, its chunk-local checks and the workspace scan read the same sections.
 */
import {
  type CalendarDate,
  type DateToken,
  findDates,
  isValidDate,
  nearDocumentDate,
  type ReadersOrder,
  readingFor,
} from './dates';
import { detached, jsonCopy } from './text';

/**
 * A section whose heading is a date, by its headings: from its heading to the next heading as high or higher.
 * Where it starts and ends follows from the headings (datedSpan): an edit that moves the text after it moves
 * no entry, and typing keeps the entries of the headings it left alone as they were (datedEntries).
 */
export interface DatedEntry {
  readonly date: CalendarDate;
  /** Its heading's index among the document's headings, and the index of the heading closing it. */
  readonly heading: number;
  readonly closing: number;
}

/** A dated section placed in the text: from its heading's start to its closing heading's (or the text's end). */
export interface DatedSection extends DatedEntry {
  readonly start: number;
  readonly end: number;
}

/** Words around a heading's date that make it another date than the meeting's (`Next meeting: …`, `Due …`). */
const NOT_THE_MEETING = /(?<![\p{L}])(?:next|due|deadline|until|till|by|before|after)(?![\p{L}])/iu;

/** At most this many words besides the date: `TOC meeting notes – Oct 8, 2019`, not a sentence that holds a date. */
const MAX_OTHER_WORDS = 5;

/**
 * The date a heading's text is, when it is little else than one date (`Dec-4-2017`, `Oct 8, 2019 :`,
 * `Weekly sync 2023-03-16`). A date written without its year (`Sep 10 (?)`) is the one nearest `before`,
 * the date of the dated heading before it; without one it says no year, and no date.
 */
export function headingDate(
  text: string,
  before: CalendarDate | undefined,
  order: ReadersOrder | undefined,
): CalendarDate | undefined {
  if (!/\d/.test(text) || text.length > 120) return undefined;
  // Every edit reads every heading of a long log again: each heading's date is kept, by its text and the readers'
  // order (a map per order, keyed by the heading's own string: nothing is built per heading); a date without its
  // year is then placed nearest the one before, which may have changed.
  let byText = READ.get(order ?? '');
  if (!byText) READ.set(order ?? '', (byText = new Map()));
  let kept = byText.get(text);
  if (kept === undefined) {
    // Kept detached from the heading's text (its key and the token's text): a slice keeps the whole file alive,
    // and up to READ_ENTRIES files were (every job card and estimate a folder's check scanned).
    kept = jsonCopy(readHeadingDate(text, order) ?? null);
    if (byText.size >= READ_ENTRIES) byText.clear();
    byText.set(detached(text), kept);
  }
  if (!kept) return undefined;
  if (!kept.yearless) return kept.date;
  if (!before || !isValidDate(before.year, kept.date.month, kept.date.day)) return undefined;
  return nearDocumentDate({ ...kept.date, year: before.year }, kept.token, before);
}
/** A heading's date as read, before a year-less one is placed: per readers' order, per heading text. */
const READ = new Map<string, Map<string, { date: CalendarDate; token: DateToken; yearless: boolean } | null>>();
/** Bounded (a folder's headings hardly recur), but above a long log's dated headings, which recur each edit. */
const READ_ENTRIES = 20_000;

function readHeadingDate(
  text: string,
  order: ReadersOrder | undefined,
): { date: CalendarDate; token: DateToken; yearless: boolean } | undefined {
  const tokens = findDates(text, { defaultYear: 2000 });
  if (tokens.length !== 1) return undefined;
  const t = tokens[0];
  const rest = text.slice(0, t.start) + ' ' + text.slice(t.end);
  if (NOT_THE_MEETING.test(rest) || (rest.match(/\p{L}[\p{L}\p{N}'’.-]*/gu) ?? []).length > MAX_OTHER_WORDS)
    return undefined;
  const read = readingFor(t, order);
  if (!read) return undefined;
  return { date: { year: read.year, month: read.month, day: read.day }, token: t, yearless: yearless(t) };
}

function yearless(t: DateToken): boolean {
  return t.kind === 'date' ? !t.hasYear : t.kind === 'ambiguous' && t.yearless === true;
}

/** A heading as the dated sections read it. */
export type HeadingLike = { readonly depth: number; readonly text: string; readonly start: number };

/**
 * Which headings of a new version are the last version's (typing, document.ts `headingsKept`): `before`'s up
 * to `hp`, new ones up to `tail`, then `before`'s from `hs` on, moved by `delta` characters.
 */
export interface HeadingsSplice {
  readonly before: readonly HeadingLike[];
  readonly hp: number;
  readonly tail: number;
  readonly hs: number;
  readonly delta: number;
}

/** What was found of a list of headings: every dated section (even one alone), kept for the next version's. */
interface DatedOf {
  readonly order: ReadersOrder | undefined;
  readonly textEnd: number;
  readonly all: readonly DatedEntry[];
  /** The list as given (`all`, or none when fewer than two). */
  readonly given: readonly DatedEntry[];
}
const DATED = new WeakMap<readonly HeadingLike[], DatedOf>();
const NO_ENTRIES: readonly DatedEntry[] = Object.freeze([]);

/**
 * The sections of a document dated by their headings, in the document's order: in a log of meetings, two
 * dated headings or more (one dated heading is the document's own date, which its front matter overrides).
 * With `splice` (typing), those of the last version's headings are taken over: the headings before the edit
 * keep their dates, those after it keep theirs while the dated heading before them has the same date, and
 * only the sections running over the edit are closed again (the same sections as a reading of them all).
 * Entries left as they were are the last version's (the same objects; the same list when none changed).
 */
export function datedEntries(
  headings: readonly HeadingLike[],
  textEnd: number,
  order: ReadersOrder | undefined,
  splice?: HeadingsSplice,
): readonly DatedEntry[] {
  const known = DATED.get(headings);
  if (known && known.order === order && known.textEnd === textEnd) return known.given;
  const last = splice && DATED.get(splice.before);
  const after =
    splice && last && last.order === order && last.textEnd + splice.delta === textEnd
      ? datedAfter(headings, order, splice, last)
      : undefined;
  const all = after ? after.all : readDated(headings, order, 0, undefined);
  const given = all === last?.all ? last.given : all.length >= 2 ? all : NO_ENTRIES;
  DATED.set(headings, { order, textEnd, all, given });
  // Unchanged but for their places: the same key as the last list's (datedSectionsId).
  if (after && !after.changed && given.length > 0 && given !== last!.given) {
    const id = KEY_IDS_OF.get(last!.given);
    if (id !== undefined) KEY_IDS_OF.set(given, id);
  }
  return given;
}

/** The dated sections of a document (datedEntries), placed in its text: for a reading of them all. */
export function datedSections(
  headings: readonly HeadingLike[],
  textEnd: number,
  order: ReadersOrder | undefined,
  splice?: HeadingsSplice,
): DatedSection[] {
  return datedEntries(headings, textEnd, order, splice).map((e) => datedSpan(e, headings, textEnd));
}

/** A dated section placed in the text whose headings are `headings`. */
export function datedSpan(
  e: DatedEntry,
  headings: readonly { readonly start: number }[],
  textEnd: number,
): DatedSection {
  return {
    start: headings[e.heading].start,
    end: e.closing < headings.length ? headings[e.closing].start : textEnd,
    date: e.date,
    heading: e.heading,
    closing: e.closing,
  };
}

/** The dated sections of `headings` from heading `from` on, the dated heading before it being `before`. */
function readDated(
  headings: readonly HeadingLike[],
  order: ReadersOrder | undefined,
  from: number,
  before: CalendarDate | undefined,
  out: DatedEntry[] = [],
  to = headings.length,
): DatedEntry[] {
  for (let i = from; i < to; i++) {
    const h = headings[i];
    const date = headingDate(h.text, before, order);
    if (!date) continue;
    before = date;
    out.push({ date, heading: i, closing: closingOf(headings, i + 1, h.depth) });
  }
  return out;
}

/** The first heading from `from` on as high as `depth` or higher (the length when none). */
function closingOf(headings: readonly HeadingLike[], from: number, depth: number): number {
  let k = from;
  while (k < headings.length && headings[k].depth > depth) k++;
  return k;
}

function sameDay(a: CalendarDate | undefined, b: CalendarDate | undefined): boolean {
  return a === b || (!!a && !!b && a.year === b.year && a.month === b.month && a.day === b.day);
}

/**
 * The dated sections of a new version's headings from the last version's (`last`, of `splice.before`), and
 * whether their key (dates, headings' and closing headings' indices) changed.
 */
function datedAfter(
  headings: readonly HeadingLike[],
  order: ReadersOrder | undefined,
  { before: then, hp, tail, hs }: HeadingsSplice,
  last: DatedOf,
): { all: readonly DatedEntry[]; changed: boolean } {
  const old = last.all;
  /** How far the indices of the headings after the edit moved. */
  const shift = tail - hs;
  let changed = shift !== 0;
  const out: DatedEntry[] = [];
  // Before the edit: the same dates; a section that ran over the edited headings is closed again.
  let x = 0;
  for (; x < old.length && old[x].heading < hp; x++) {
    const s = old[x];
    if (s.closing < hp) {
      out.push(s);
      continue;
    }
    const depth = then[s.heading].depth;
    let k = hp;
    while (k < tail && headings[k].depth > depth) k++;
    if (k === tail) k = s.closing >= hs ? s.closing + shift : closingOf(headings, tail, depth);
    if (k !== s.closing) changed = true;
    out.push(k === s.closing ? s : { date: s.date, heading: s.heading, closing: k });
  }
  // The edited headings, read again.
  let date = x > 0 ? old[x - 1].date : undefined;
  const middle = out.length;
  readDated(headings, order, hp, date, out, tail);
  let y = x;
  while (y < old.length && old[y].heading < hs) y++;
  // Read as they were: the last entries.
  let same = out.length - middle === y - x;
  for (let n = 0; same && n < y - x; n++) {
    const a = out[middle + n];
    const b = old[x + n];
    same = a.heading === b.heading && a.closing === b.closing && sameDay(a.date, b.date);
  }
  if (same) for (let n = 0; n < y - x; n++) out[middle + n] = old[x + n];
  else changed = true;
  if (out.length > 0) date = out[out.length - 1].date;
  const datedAsBefore = sameDay(date, y > 0 ? old[y - 1].date : undefined);
  // Every entry so far the last one, none moved, and the headings after the edit dated as they were: the last
  // list (not copied: a long log has thousands, and most keystrokes change none).
  if (!changed && datedAsBefore) return { all: old, changed };
  // After the edit: each heading as it was while the dated heading before it has the date it had; else read
  // again until one is dated as it was (from there on, the dates are the same).
  let z = y;
  if (!datedAsBefore) {
    for (let n = tail; n < headings.length; n++) {
      const was = z < old.length && old[z].heading === n - shift ? old[z] : undefined;
      const h = headings[n];
      const now = headingDate(h.text, date, order);
      if (was && now && sameDay(now, was.date)) break;
      if (was) z++;
      if (!!now !== !!was || (now && was && !sameDay(now, was.date))) changed = true;
      if (!now) continue;
      date = now;
      out.push({ date: now, heading: n, closing: was ? was.closing + shift : closingOf(headings, n + 1, h.depth) });
    }
  }
  for (; z < old.length; z++) {
    const s = old[z];
    out.push(shift === 0 ? s : { date: s.date, heading: s.heading + shift, closing: s.closing + shift });
  }
  // Every entry the last one: the last list (and what is kept of it: its parents, its key's name).
  if (!changed && out.length === old.length) {
    let n = 0;
    while (n < out.length && out[n] === old[n]) n++;
    if (n === out.length) return { all: old, changed };
  }
  return { all: out, changed };
}

/**
 * The dated sections that overlap `[from, to)` (start before `to`, end after `from`), in their order and placed
 * in the text of `headings` (`textEnd` long): those starting in it, found by binary search, and those that hold
 * its start, the last one starting before it and the sections it is in (a section is in another or apart from
 * it: one closes at a heading as high as its own or higher). A long log has thousands; a chunk is in one or two.
 */
export function datedOverlapping(
  entries: readonly DatedEntry[],
  headings: readonly { readonly start: number }[],
  textEnd: number,
  from: number,
  to: number,
): DatedSection[] {
  const out: DatedSection[] = [];
  if (entries.length === 0) return out;
  let parents = PARENTS.get(entries);
  if (!parents) {
    // Section `j` holds the start of a later one `i` when it closes after `i`'s heading: by indices alone, so
    // the same list (typing that changed no entry) keeps them.
    parents = new Int32Array(entries.length);
    const open: number[] = [];
    for (let i = 0; i < entries.length; i++) {
      while (open.length > 0 && entries[open[open.length - 1]].closing <= entries[i].heading) open.pop();
      parents[i] = open.length > 0 ? open[open.length - 1] : -1;
      open.push(i);
    }
    PARENTS.set(entries, parents);
  }
  const startOf = (e: DatedEntry) => headings[e.heading].start;
  const endOf = (e: DatedEntry) => (e.closing < headings.length ? headings[e.closing].start : textEnd);
  // The first section starting at or after `from`, and the first starting at or after `to`.
  const first = firstStartingAt(entries, startOf, from);
  const last = firstStartingAt(entries, startOf, to);
  // Before it: a section that holds `from` holds the start of every section after it that starts before `from`.
  const holding: DatedEntry[] = [];
  for (let i = first - 1; i >= 0; i = parents[i]) if (endOf(entries[i]) > from) holding.push(entries[i]);
  for (let n = holding.length - 1; n >= 0; n--) out.push(datedSpan(holding[n], headings, textEnd));
  for (let n = first; n < last; n++) out.push(datedSpan(entries[n], headings, textEnd));
  return out;
}
/** For each dated section, the one it is in (its index; -1: none). */
const PARENTS = new WeakMap<readonly DatedEntry[], Int32Array>();

function firstStartingAt(entries: readonly DatedEntry[], startOf: (e: DatedEntry) => number, offset: number): number {
  let lo = 0;
  for (let hi = entries.length; lo < hi; ) {
    const mid = (lo + hi) >> 1;
    if (startOf(entries[mid]) < offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** The date of the innermost dated section `offset` is in (the one whose heading is the latest), if any. */
export function sectionDateAt(sections: readonly DatedSection[], offset: number): CalendarDate | undefined {
  // The last section starting at or before `offset` (binary search: a long log has thousands), then back
  // through the sections it is nested in.
  let lo = 0;
  for (let hi = sections.length; lo < hi; ) {
    const mid = (lo + hi) >> 1;
    if (sections[mid].start <= offset) lo = mid + 1;
    else hi = mid;
  }
  for (let i = lo - 1; i >= 0; i--) {
    const s = sections[i];
    if (s.start <= offset && offset < s.end) return s.date;
  }
  return undefined;
}

/** What the dated sections depend on, for a chunk's kept findings (analyze.ts): their dates and headings. */
export function datedSectionsKey(sections: readonly DatedEntry[]): string {
  return sections.map((s) => `${s.date.year}-${s.date.month}-${s.date.day}@${s.heading}-${s.closing}`).join(' ');
}

/**
 * A short name of `sections`' key (datedSectionsKey): the same for lists with the same key, another for
 * another key. A list taken over by typing with its key unchanged has the last one's, not read again.
 */
export function datedSectionsId(sections: readonly DatedEntry[]): string {
  if (sections.length === 0) return '';
  let id = KEY_IDS_OF.get(sections);
  if (id !== undefined) return id;
  const key = datedSectionsKey(sections);
  id = KEY_IDS.get(key);
  if (id === undefined) {
    if (KEY_IDS.size >= 64) KEY_IDS.clear();
    KEY_IDS.set(key, (id = `#${++keyCount}`));
  }
  KEY_IDS_OF.set(sections, id);
  return id;
}
/** Never the same name for two keys: a name forgotten (KEY_IDS cleared) is not given again. */
let keyCount = 0;
const KEY_IDS = new Map<string, string>();
const KEY_IDS_OF = new WeakMap<readonly DatedEntry[], string>();

/**
 * A due date written without its year, in the year nearest `near` (a dated section's date, else the
 * document's own): read first in the document's year, it is moved to that date's year, then to the nearest.
 */
export function nearSectionDate(date: CalendarDate, token: DateToken, near: CalendarDate | undefined): CalendarDate {
  if (!near || !yearless(token)) return date;
  const moved =
    date.year !== near.year && isValidDate(near.year, date.month, date.day) ? { ...date, year: near.year } : date;
  return nearDocumentDate(moved, token, near);
}
