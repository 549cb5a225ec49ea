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

/** A section whose heading is a date: from its heading to the next heading as high or higher. */
export interface DatedSection {
  readonly start: number;
  readonly end: number;
  readonly date: CalendarDate;
  /** Its heading's index among the document's headings, and the index of the heading closing it. */
  readonly heading: number;
  readonly closing: number;
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
    kept = readHeadingDate(text, order) ?? null;
    if (byText.size >= READ_ENTRIES) byText.clear();
    byText.set(text, kept);
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

/**
 * The sections of a document dated by their headings, in the document's order: in a log of meetings, two
 * dated headings or more (one dated heading is the document's own date, which its front matter overrides).
 */
export function datedSections(
  headings: readonly { readonly depth: number; readonly text: string; readonly start: number }[],
  textEnd: number,
  order: ReadersOrder | undefined,
): DatedSection[] {
  const out: DatedSection[] = [];
  let before: CalendarDate | undefined;
  for (let i = 0; i < headings.length; i++) {
    const h = headings[i];
    const date = headingDate(h.text, before, order);
    if (!date) continue;
    before = date;
    let k = i + 1;
    while (k < headings.length && headings[k].depth > h.depth) k++;
    out.push({ start: h.start, end: k < headings.length ? headings[k].start : textEnd, date, heading: i, closing: k });
  }
  return out.length >= 2 ? out : [];
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
export function datedSectionsKey(sections: readonly DatedSection[]): string {
  return sections.map((s) => `${s.date.year}-${s.date.month}-${s.date.day}@${s.heading}-${s.closing}`).join(' ');
}

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
