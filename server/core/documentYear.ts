/**
 * The year a document's year-less dates take (`due 12/3`, `Mar 19`): its own year. Real minutes seldom
 * carry a `date:` field; their date is in the title (`# TSC meeting – 2023-03-16`), on a `Date:` line atop
 * the body (`**Fecha:** 16 de marzo de 2023`, `日期：2023年3月16日`) or in the file name
 * (`2023-03-16-tsc.md`, `minutes/2023/03-16.md`). Reading a 2023 document's `Mar 19` as this year's would
 * make its actions overdue by the wrong number of days. The analysis and the workspace scan share this, so
 * both read the same dates (docs/types.md, "Dates").
 */
import { type CalendarDate, type DateToken, findDates, isValidDate } from './dates';
import { bodyDateValue } from './typeDetection';
import type { TextSource } from './text';

/** A year no real document is written in: a token reading it had no year of its own. */
const NO_YEAR = 1;

/** The year a date token was written with, if it was written with one. */
function writtenYear(t: DateToken | undefined): number | undefined {
  if (!t) return undefined;
  const d = t.kind === 'date' ? t.date : t.kind === 'ambiguous' ? (t.certain ?? t.dayFirst ?? t.monthFirst) : undefined;
  return d && d.year !== NO_YEAR && d.year >= 1900 && d.year < 2200 ? d.year : undefined;
}

/** The year of the one date a text holds with its year (a title with two dates says none). */
function yearOfOnlyDate(text: string | undefined): number | undefined {
  if (!text) return undefined;
  const years = new Set<number>();
  for (const t of findDates(text, { defaultYear: NO_YEAR, yearlessNumeric: true })) {
    const y = writtenYear(t);
    if (y !== undefined) years.add(y);
  }
  return years.size === 1 ? [...years][0] : undefined;
}

/**
 * A date in the file name (`2023-03-16-tsc.md`, `meeting_20230316.md`), else a folder named as a year
 * (`minutes/2023/03-16.md`): the last three parts of the path only, and only whole dates or years.
 */
export function yearOfPath(path: string): number | undefined {
  const parts = path.split(/[\\/]/).slice(-3);
  const base = parts.pop() ?? '';
  const full = /(?:^|[^0-9])((?:19|20)\d{2})([-_.]?)(0[1-9]|1[0-2])\2(0[1-9]|[12]\d|3[01])(?![0-9])/.exec(base);
  if (full) return +full[1];
  for (const dir of parts.reverse()) if (/^(?:19|20)\d{2}$/.test(dir)) return +dir;
  return undefined;
}

/**
 * `# 25-04-10 Supervisor Meeting`: a title opening with a date of two digits each, written year first, as the ISO
 * form is (findDates reads no such date: `10-03-22` may be year first or last). Only where the first number can
 * be no month (13 or more) and the year it gives is later than the one a day-first reading would (`25-04-10` is
 * 10 April 2025, not 25 April 2010; `13-04-25` says nothing).
 */
function yearFirstTitleDay(title: string | undefined): CalendarDate | undefined {
  const m = title ? TWO_DIGIT_YEAR_FIRST.exec(title) : null;
  if (!m) return undefined;
  const [a, b, c] = [+m[1], +m[2], +m[3]];
  if (a < 13 || a <= c || b < 1 || b > 12) return undefined;
  const date = { year: 2000 + a, month: b, day: c };
  return isValidDate(date.year, date.month, date.day) ? date : undefined;
}
const TWO_DIGIT_YEAR_FIRST = /^[\s*_]*(\d{2})-(\d{2})-(\d{2})(?=[ \t]+\p{L})/u;

/**
 * The document's year when its front matter gives no date: the title's date, else the `Date:` line atop
 * the body, else the path's; undefined when none says (today's year then applies).
 */
export function documentYear(signs: { title?: string; body: TextSource; path: string }): number | undefined {
  const dateLine = bodyDateValue(signs.body);
  return (
    yearOfOnlyDate(signs.title) ??
    yearFirstTitleDay(signs.title)?.year ??
    yearOfOnlyDate(dateLine) ??
    rocYear(dateLine) ??
    yearOfOnlyDate(topHeading(signs.body)) ??
    yearOfPath(signs.path)
  );
}

/**
 * The first two headings of the body's first lines, when the title is a project's name and the meeting's own
 * heading dates it (`# Course++` over `## Team Meeting 6 - Week 10 - 2023-10-11`).
 */
function topHeading(body: TextSource): string | undefined {
  const headings = body
    .slice(0, 2000)
    .split('\n', 12)
    .filter((line) => /^ {0,3}#{1,6}[ \t]/.test(line))
    .slice(0, 2);
  return headings.length ? headings.join('\n') : undefined;
}

/**
 * A date of the Republic of China calendar opening a `時間：` / `日期：` line (`113/11/26 19:00`, `民國113年11月26日`):
 * its year counts from 1912, so 113 is 2024. Only three-digit years, which no other form writes first.
 */
export const ROC_DAY = /^[\s*_]*(?:民[國国][\s]*)?(1\d{2})[/.年-](0?[1-9]|1[0-2])[/.月-](0?[1-9]|[12]\d|3[01])(?!\d)/u;

/** The Gregorian year of a date of the Republic of China calendar opening a date line's value (see ROC_DAY). */
export function rocYear(value: string | undefined): number | undefined {
  const m = value ? ROC_DAY.exec(value) : null;
  return m ? +m[1] + 1911 : undefined;
}

/** The date (with its year) of a token, when it reads one way only. */
function certainDate(t: DateToken): CalendarDate | undefined {
  const d = t.kind === 'date' ? t.date : t.kind === 'ambiguous' ? t.certain : undefined;
  return d && d.year !== NO_YEAR && d.year >= 1900 && d.year < 2200 ? d : undefined;
}

/** The one day a text names with its year (`TSC Meeting Notes - December 16, 2025`); none when it names two. */
function onlyDay(text: string | undefined): CalendarDate | undefined {
  if (!text) return undefined;
  let day: CalendarDate | undefined;
  for (const t of findDates(text, { defaultYear: NO_YEAR, yearlessNumeric: true })) {
    const d = certainDate(t);
    if (!d) continue;
    if (day && (day.year !== d.year || day.month !== d.month || day.day !== d.day)) return undefined;
    day = { year: d.year, month: d.month, day: d.day };
  }
  return day;
}

/**
 * The document's own day when its front matter gives none: the title's one date, else the `Date:` line's atop the
 * body. A due date written without its year is read nearest it (dates.ts nearDocumentDate), as it is nearest a
 * `date:` field's: `Jan 15` in the minutes of 16 December 2025 is 15 January 2026. The analysis and the scan share it.
 */
export function documentDay(signs: { title?: string; body: TextSource }): CalendarDate | undefined {
  return onlyDay(signs.title) ?? yearFirstTitleDay(signs.title) ?? onlyDay(bodyDateValue(signs.body));
}
