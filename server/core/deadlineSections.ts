/**
 * A deadline given by a heading of its own after the tasks (`#### 分工` over the tasks, then `#### DDL` over
 * `5月14日会议前`; `### 核心任务`, then `### 关键节点` over `- 任务截止日期：12月7日`): the heading's one line, a
 * date alone, is the due date of the tasks written before it under the same heading above (the meeting's).
 * So is a heading giving its tasks a weekday and a day of the month (`Action Items by next meeting: 10pm Thursday
 * 1st`), dated from the meeting's heading above it (weekdayDayDeadline).
 * Read from the whole document, as the dated sections are (headingDates.ts): a chunk's check gets them.
 */
import {
  findDates,
  isValidDate,
  readingFor,
  weekday,
  type CalendarDate,
  type DateToken,
  type ReadersOrder,
} from './dates';
import type { HeadingsSplice } from './headingDates';
import type { TextSource } from './text';

export interface DeadlineSection {
  /** The tasks it is the deadline of: from the heading above the deadline's heading to the deadline's heading. */
  readonly start: number;
  readonly end: number;
  /** The date as written, where it is, and its reading (when certain). */
  readonly text: string;
  readonly at: number;
  readonly token: DateToken;
  readonly date?: CalendarDate;
  /** The index among the document's headings of the heading above (-1: none, the document's start) and of its own. */
  readonly parent: number;
  readonly heading: number;
}

/** A heading naming the deadline alone: `DDL`, `截止日期`, `关键节点`, `Deadline`, `Fecha límite`, `Plazo`. */
export const DEADLINE_HEADING =
  /^[ \t]*(?:\*\*|__)?[ \t]*(?:\d{1,2}[.、)][ \t]*)?(?:ddl|deadlines?|截止(?:日期|时间)|截至(?:日期|时间)|关键节点|期限|fecha[ \t]+l[ií]mite|plazo(?:[ \t]+de[ \t]+entrega)?)[ \t]*[:：]?[ \t]*(?:\*\*|__)?[ \t]*[:：]?[ \t]*$/iu;
/**
 * A heading giving its tasks a deadline by weekday and day of the month, without the month: `Action Items by next
 * meeting: 10pm Thursday 1st`, `To do before Fri 2nd`. [1] the weekday, [2] the day. The month is the meeting's
 * (the date of the heading above), or the next one when the day is before the meeting's.
 */
export const WEEKDAY_DAY_HEADING =
  /(?<![\p{L}])(?:by|before|until|till|due)(?![\p{L}])[^\n]{0,40}?(?<![\p{L}])(mon(?:day)?|tue(?:s(?:day)?)?|wed(?:s|nesday)?|thu(?:r(?:s(?:day)?)?)?|fri(?:day)?|sat(?:urday)?|sun(?:day)?)\.?,?[ \t]+(\d{1,2})(?:st|nd|rd|th)(?![\p{L}\p{N}])(?![ \t]*(?:of[ \t]+)?\p{L})/iu;
const WEEKDAYS = ['sun', 'mon', 'tue', 'wed', 'thu', 'fri', 'sat'];

/** A list marker, emphasis and a deadline's label before the date (`- 任务截止日期：`, `**Deadline:**`). */
const BEFORE_DATE =
  /^[ \t]*(?:[-*+][ \t]+|\d{1,2}[.)][ \t]+)?(?:\*\*|__)?(?:(?:任务的?)?(?:截止|截至)(?:日期|时间)?|deadline|due[ \t]+date|fecha[ \t]+l[ií]mite|plazo)?(?:\*\*|__)?[ \t]*[:：]?[ \t]*(?:\*\*|__)?[ \t]*/iu;
/** What may follow the date: a weekday in brackets, then `会议前`, `之前`, `前` (`5月14日会议前`). */
const AFTER_DATE =
  /^(?:\*\*|__)?[ \t]*(?:[(（][^()（）\n]{0,12}[)）])?[ \t]*(?:\p{Script=Han}{0,6}?(?:之?前|以前))?[ \t。.*_]*$/u;

/** A heading as the deadlines read it. */
type DeadlineHeading = { readonly depth: number; readonly text: string; readonly start: number; readonly end: number };

/** Whether a heading names a deadline alone (DEADLINE_HEADING) or gives one by weekday and day (WEEKDAY_DAY_HEADING). */
export function namesDeadline(text: string): boolean {
  return DEADLINE_HEADING.test(text) || (/\d(?:st|nd|rd|th)/iu.test(text) && WEEKDAY_DAY_HEADING.test(text));
}

/** The indices of the headings of a list that give a deadline (namesDeadline), kept per list. */
const NAMING = new WeakMap<readonly DeadlineHeading[], readonly number[]>();

/**
 * The indices of `headings` that name a deadline alone. With `splice` (typing, document.ts `headingsKept`), from
 * the last version's: those before the edited headings as they were, the edited ones read, those after moved
 * (a long log has thousands of headings, and every edit would test them all).
 */
export function deadlineHeadings(headings: readonly DeadlineHeading[], splice?: HeadingsSplice): readonly number[] {
  const known = NAMING.get(headings);
  if (known) return known;
  const last = splice && NAMING.get(splice.before as readonly DeadlineHeading[]);
  const out: number[] = [];
  if (splice && last) {
    const { hp, tail, hs } = splice;
    for (const n of last) if (n < hp) out.push(n);
    for (let n = hp; n < tail; n++) if (namesDeadline(headings[n].text)) out.push(n);
    for (const n of last) if (n >= hs) out.push(n + tail - hs);
  } else for (let n = 0; n < headings.length; n++) if (namesDeadline(headings[n].text)) out.push(n);
  NAMING.set(headings, out);
  return out;
}

/**
 * The deadlines the document's headings give (see the module's comment). `headings` are the document's, in order,
 * `source` its text; a heading's line is `[start, end)`. With `splice`, the headings naming a deadline are
 * found from the last version's (deadlineHeadings); the rest is read again for those few.
 */
export function deadlineSections(
  headings: readonly DeadlineHeading[],
  source: TextSource,
  year: number,
  order: ReadersOrder | undefined,
  splice?: HeadingsSplice,
): DeadlineSection[] {
  const out: DeadlineSection[] = [];
  // Only the headings naming a deadline alone are read further: found once, then followed through the edits.
  for (const i of deadlineHeadings(headings, splice)) {
    const h = headings[i];
    if (h.start < 0) continue;
    if (!DEADLINE_HEADING.test(h.text)) {
      const d = weekdayDayDeadline(headings, i, source, year, order);
      if (d) out.push(d);
      continue;
    }
    const bodyEnd = i + 1 < headings.length ? headings[i + 1].start : source.length;
    if (bodyEnd - h.end > 200) continue;
    const lines = source
      .slice(h.end, bodyEnd)
      .split('\n')
      .filter((l) => l.trim() !== '');
    if (lines.length !== 1) continue;
    const line = lines[0].replace(/\r$/, '');
    const lead = BEFORE_DATE.exec(line)?.[0].length ?? 0;
    const rest = line.slice(lead);
    const t = findDates(rest, { defaultYear: year, yearlessNumeric: true, onlyFirst: true })[0];
    if (t?.start !== 0 || t.kind === 'invalid' || !AFTER_DATE.test(rest.slice(t.end))) continue;
    let parent = i - 1;
    while (parent >= 0 && headings[parent].depth >= h.depth) parent--;
    const at = h.end + source.slice(h.end, bodyEnd).indexOf(line) + lead;
    out.push({
      start: parent >= 0 ? headings[parent].start : 0,
      end: h.start,
      text: t.text,
      at,
      token: t,
      date: readingFor(t, order),
      parent,
      heading: i,
    });
  }
  return out;
}

/**
 * `### Action Items by next meeting: 10pm Thursday 1st` under `## Meeting #2: 29th June`: the deadline of the tasks
 * under the heading (up to the next heading as high), the day in the month of the meeting's date, the date of the
 * nearest heading above that writes one (or in the next month, when the day is before the meeting's): 1 July. With
 * the meeting's year written, a weekday that is not the day's leaves the date unread; without a meeting's date, the
 * day is a deadline all the same, its date unknown.
 */
function weekdayDayDeadline(
  headings: readonly DeadlineHeading[],
  i: number,
  source: TextSource,
  year: number,
  order: ReadersOrder | undefined,
): DeadlineSection | undefined {
  const h = headings[i];
  // (Read on the line as written, where the day is.)
  const m = WEEKDAY_DAY_HEADING.exec(source.slice(h.start, h.end));
  if (!m) return undefined;
  const said = m[0].slice(m[0].length - m[2].length - 2);
  const at = h.start + m.index + m[0].length - said.length;
  let end = i + 1;
  while (end < headings.length && headings[end].depth > h.depth) end++;
  // The meeting's date: the first heading above, of a higher level each time, that writes one.
  let meeting: { date: CalendarDate; hasYear: boolean } | undefined;
  for (let k = i - 1, depth = h.depth; k >= 0 && depth > 1 && !meeting; k--) {
    if (headings[k].depth >= depth) continue;
    depth = headings[k].depth;
    const t = findDates(headings[k].text, { defaultYear: year, onlyFirst: true })[0];
    const date = t && readingFor(t, order);
    if (t && date) meeting = { date, hasYear: t.kind === 'date' ? t.hasYear : t.kind === 'ambiguous' && !t.yearless };
  }
  const day = Number(m[2]);
  let date: CalendarDate | undefined;
  if (meeting) {
    const ref = meeting.date;
    const next = day < ref.day;
    const d = {
      year: next && ref.month === 12 ? ref.year + 1 : ref.year,
      month: next ? (ref.month % 12) + 1 : ref.month,
      day,
    };
    const named = WEEKDAYS.indexOf(m[1].slice(0, 3).toLowerCase());
    if (isValidDate(d.year, d.month, d.day) && !(meeting.hasYear && weekday(d) !== named)) date = d;
  }
  const token: DateToken = date
    ? {
        kind: 'date',
        start: 0,
        end: said.length,
        text: said,
        date,
        hasYear: meeting?.hasYear === true,
        hasTime: false,
        form: 'es-long',
      }
    : { kind: 'ambiguous', start: 0, end: said.length, text: said, form: 'numeric', hasTime: false };
  return {
    start: h.start,
    end: end < headings.length ? headings[end].start : source.length,
    text: said,
    at,
    token,
    date,
    parent: i,
    heading: i,
  };
}

/** What the deadlines are, for a context's key: their dates and headings, not their offsets. */
export function deadlineSectionsKey(sections: readonly DeadlineSection[]): string {
  return sections.map((s) => `${s.text}${dateKey(s.date)}@${s.parent}-${s.heading}`).join(' ');
}

/** A deadline's date as a key's part (the same day written alone is another date under another meeting). */
function dateKey(d: CalendarDate | undefined): string {
  return d ? `=${d.year}-${d.month}-${d.day}` : '';
}

/** The deadlines over a chunk's text `[from, to)`, in its offsets (moved back by `shift`). */
export function deadlineSectionsIn(
  sections: readonly DeadlineSection[] | undefined,
  from: number,
  to: number,
  shift: number,
): readonly DeadlineSection[] {
  const out: DeadlineSection[] = [];
  for (const s of sections ?? [])
    if (s.start < to && s.end > from)
      out.push(shift === 0 ? s : { ...s, start: s.start - shift, end: s.end - shift, at: s.at - shift });
  return out;
}

/** The deadlines over a chunk's text `[from, to)`, as its context: their dates and where they start and end in it. */
export function deadlineChunkLabel(sections: readonly DeadlineSection[] | undefined, from: number, to: number): string {
  if (!sections?.length) return '';
  let label = '';
  for (const s of sections)
    if (s.start < to && s.end > from)
      label += `⏰${s.text}${dateKey(s.date)}@${Math.max(-1, s.start - from)}-${Math.min(to - from + 1, s.end - from)}`;
  return label;
}
