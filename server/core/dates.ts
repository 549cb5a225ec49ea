/**
 * Dates and times as account executives write them (docs/rules.md#invalid-date, #ambiguous-date and
 * "Timing"): finding date-like tokens in English, Chinese and Spanish text,
 * telling well-formed dates from invalid and ambiguous ones, and the calendar
 * arithmetic the timing rules need (minutes within 24 hours, agendas 48 hours
 * ahead, …).
 *
 * Pure and dependency-free: no time zones, no `Date` arithmetic except in
 * {@link calendarDateOf}. Offsets are UTF-16 code units, like LSP positions.
 */

/** A text to read the start of: a string, or the editor's text in pieces (text.ts TextSource), not copied whole. */
type Readable = { readonly length: number; slice(start: number, end?: number): string };

/** The first `n` characters of `text` (all of it when shorter). */
function head(text: Readable, n: number): string {
  return typeof text === 'string' && text.length <= n ? text : text.slice(0, Math.min(n, text.length));
}

/** A calendar date, optionally with a time (local, no time zone). */
export interface CalendarDate {
  year: number;
  month: number;
  day: number;
  hour?: number;
  minute?: number;
}

/**
 * How a date-like token was written:
 * - `iso`: `2026-11-30`, `2026-11-30 14:00`, `2026-11-30T14:00:00`
 * - `zh`: `2026年11月30日`, `11月30日`, `2026年11月30号 14:00`
 * - `es-long`: `30 de noviembre de 2026`, `30 de noviembre a las 14:00`
 * - `numeric`: `30/11/2026`, `03.04.26`, `11/30`, `2026/11/30`
 * - `month-name`: `Nov 30`, `30 November 2026`, `November 30, 2026`
 */
export type DateForm = 'iso' | 'zh' | 'es-long' | 'numeric' | 'month-name';

/** A date-like token found in text. start/end are UTF-16 offsets into the searched string. */
export type DateToken =
  /** A well-formed, existing date in one of the accepted forms (ISO, Chinese, Spanish long form). */
  | {
      kind: 'date';
      start: number;
      end: number;
      text: string;
      date: CalendarDate;
      hasYear: boolean;
      hasTime: boolean;
      form: 'iso' | 'zh' | 'es-long';
    }
  /** A date (or time) that does not exist: 2026-02-30, 2月30日, 31 de febrero de 2026, 31/02/2026, 2026-11-30 25:00. */
  | { kind: 'invalid'; start: number; end: number; text: string; form: DateForm }
  /**
   * A date in a form that can be misread. `certain` is the one reading when it
   * is certain (a part > 12, both parts equal, year first, or the month is
   * named), with the year filled in from `defaultYear` when the token had none
   * and the time when it had one.
   */
  | {
      kind: 'ambiguous';
      start: number;
      end: number;
      text: string;
      form: 'numeric' | 'month-name';
      certain?: CalendarDate;
      hasTime: boolean;
      /** For a day/month form with two valid readings: the day-first and the month-first one (see {@link readingFor}). */
      dayFirst?: CalendarDate;
      monthFirst?: CalendarDate;
      /** Written without a year (`3/4`, `8 Jan`): its year is the document's (see {@link nearDocumentDate}). */
      yearless?: boolean;
    };

/** The order in which readers take a numeric day/month form: day first (`30/11`) or month first (`11/30`). */
export type DateOrder = 'dmy' | 'mdy';
/** How a document's readers take day/month forms: a {@link DateOrder}, or `md`: month first when written without a year (Chinese `3/4`, `12.15`), a year-last form (`03/04/2026`) being foreign to them. */
export type ReadersOrder = DateOrder | 'md';

/**
 * The order a document's readers read `03/04/2026` in (docs/rules.md, ambiguous-date):
 * a configured `dateOrder` wins; Spanish readers put the day first; Chinese
 * readers write year-month-day and month/day (a year-last `03/04/2026` is
 * not their form and stays ambiguous); English readers are split
 * between the two, so no order is certain unless the document shows one
 * (`text`, see {@link writersDateOrder}).
 */
export function readersDateOrder(
  lang: 'en' | 'zh' | 'es',
  configured?: DateOrder,
  text?: Readable,
): ReadersOrder | undefined {
  if (configured) return configured;
  if (lang === 'es') return 'dmy';
  // (A Chinese document that writes `18/09/2022` and `24/07/2022` shows its writers put the day first: its
  // `11/09/2022` is read that way too.)
  if (lang === 'zh') return (text !== undefined ? writersDateOrder(text, DOCUMENT_ORDER_EVIDENCE) : undefined) ?? 'md';
  // An English document that shows its readers one order, twice and never the other (`5/17/21` and
  // `5/18/21` in the minutes' own dates): its `5/10` is read that way. One such date is not enough to count on.
  // Dates with the month's name count too: `August 22, 2024` is written month first, `22 August 2024` day first.
  if (text === undefined) return undefined;
  const shown = writersDateOrder(text, DOCUMENT_ORDER_EVIDENCE, true);
  if (shown) return shown;
  // `**Time:** 2021/02/03` over a task due `2.6`: the document's own day written year first between slashes is
  // the East Asian way, whose writers put the month first when they leave the year out (as a Chinese document's
  // readers do). Only its own day, in its title or on a key's line atop it: a date mentioned in passing
  // (`the 2021/03/11 shoot`) may be a folder's name.
  return head(text, 2000)
    .split('\n')
    .some((l) => OWN_DAY_LINE.test(l) && YEAR_FIRST_SLASHED.test(l))
    ? 'md'
    : undefined;
}

/** A day written year first between slashes (`2021/02/03`), not part of a path or a longer run of numbers. */
const YEAR_FIRST_SLASHED = /(?<![\w/.-])(?:19|20)\d\d\/(?:0?[1-9]|1[0-2])\/(?:0?[1-9]|[12]\d|3[01])(?![\w/]|[.-]\d)/;
/** A heading, or a line led by a key (`**Time:**`, `- Date:`, `date:` in the front matter). */
const OWN_DAY_LINE = /^[ \t]*(?:#{1,6}[ \t]|(?:[-*+][ \t]+)?(?:\*\*|__)?[\p{L} ]{1,20}(?:\*\*|__)?[ \t]*[:：])/u;

/** `August 22, 2024`, `Aug. 22nd, 2024`: the month's name, the day, a comma, the year (the month-first way). */
let namedMonthFirst: RegExp | undefined;
/** `22 August 2024`, `22nd Aug 2024`: the day, then the month's name and the year (the day-first way). */
let namedDayFirst: RegExp | undefined;

/**
 * Day/month/year dates (`25/04/2015`, `04/25/2015`, `25.04.2015`, `23-02-2022`, and with two digits of year
 * `5/17/21`) anywhere in a text.
 */
// Not after a letter: `v2.14.2017` is a version; a dotted or dashed form wants its four-digit year (`1.13.21`
// may be one, `10-03-22` may be year first).
const WRITTEN_DMY_OR_MDY =
  /(?<![A-Za-z\d/.-])(\d{1,2})(?:(\/)(\d{1,2})\/(?:(?:19|20)\d\d|\d\d)|([.-])(\d{1,2})\4(?:19|20)\d\d)(?![\d/]|[.-]\d)/g;

/** `until 30.09.`, `by 28.11`: a day and a month of two digits each between dots, after a word that dates. */
const YEARLESS_DOTTED = /(?<![\p{L}])(?:until|till|by|due|before|on|bis)[ \t]+(\d\d)\.(\d\d)(?![\d]|\.\d)/giu;

const YEARLESS_TWO_DIGITS = /(?<![A-Za-z\d/.-])(\d\d)\/(\d\d)(?![\d/]|[.-]\d)/g;

/**
 * The order a text shows by the dates it can hold only one way: `25/04/2015` says day first, `04/25/2015`
 * month first. Undefined when it shows both, or fewer than `minimum` of one. The first 50,000 characters, so
 * that an edit further down costs nothing. A table column shows its writer's order with one such date
 * (rules/ambiguous-date.ts); a whole document with two (the meeting's own dates, `5/17/21` and `5/18/21`; a year's log, `**11/26/2019**`).
 */
export function writersDateOrder(text: Readable, minimum = 1, named = false): DateOrder | undefined {
  const sample = head(text, 50_000);
  let dayFirst = 0;
  let monthFirst = 0;
  if (named) {
    namedMonthFirst ??= new RegExp(
      `(?<![A-Za-z])${EN_MONTH_PATTERN}[ \\t]+\\d{1,2}(?:st|nd|rd|th)?,[ \\t]*(?:19|20)\\d\\d(?!\\d)`,
      'g',
    );
    namedDayFirst ??= new RegExp(
      `(?<![\\d.,/-])\\d{1,2}(?:st|nd|rd|th)?[ \\t]+(?:of[ \\t]+)?${EN_MONTH_PATTERN},?[ \\t]+(?:19|20)\\d\\d(?!\\d)`,
      'g',
    );
    monthFirst += sample.match(namedMonthFirst)?.length ?? 0;
    dayFirst += sample.match(namedDayFirst)?.length ?? 0;
    if (dayFirst && monthFirst) return undefined;
  }
  if (!sample.includes('/') && !sample.includes('.') && !sample.includes('-'))
    return dayFirst >= minimum ? 'dmy' : monthFirst >= minimum ? 'mdy' : undefined;
  WRITTEN_DMY_OR_MDY.lastIndex = 0;
  for (let m = WRITTEN_DMY_OR_MDY.exec(sample); m; m = WRITTEN_DMY_OR_MDY.exec(sample)) {
    const a = +m[1];
    const b = +(m[3] ?? m[5]);
    if (a > 12 && a <= 31 && b >= 1 && b <= 12) dayFirst++;
    else if (b > 12 && b <= 31 && a >= 1 && a <= 12) monthFirst++;
    if (dayFirst && monthFirst) return undefined;
  }
  /** Counts the year-less dates `pattern` finds (day and month in its groups 1 and 2) that read one way only. */
  const countYearless = (pattern: RegExp): boolean => {
    pattern.lastIndex = 0;
    for (let m = pattern.exec(sample); m; m = pattern.exec(sample)) {
      const a = +m[1];
      const b = +m[2];
      if (a > 12 && a <= 31 && b >= 1 && b <= 12) dayFirst++;
      else if (b > 12 && b <= 31 && a >= 1 && a <= 12) monthFirst++;
      if (dayFirst && monthFirst) return false;
    }
    return true;
  };
  // `to do until 30.09.`: a year-less date between dots with two digits each, after a word that dates a task, shows
  // the order too (eval90; not `15.05` alone, a number).
  if (sample.includes('.') && !countYearless(YEARLESS_DOTTED)) return undefined;
  // `(10/13)`: a year-less date written with two digits each shows the order too.
  if (sample.includes('/') && !countYearless(YEARLESS_TWO_DIGITS)) return undefined;
  // `Sunday 11/02`: a date beside its weekday, on that day in one reading only, shows the order too (a year-less
  // one in the one year the text's dates give).
  if (sample.includes('/')) {
    const order = (d: CalendarDate, day: number) => (isValidDate(d.year, d.month, d.day) && weekday(d) === day ? 1 : 0);
    let years: Set<number> | undefined;
    WEEKDAY_DATED ??= new RegExp(
      `(?<![\\p{L}])(${WEEKDAY_WORDS.join('|')})\\.?,?[ \\t]+(\\d{1,2})/(\\d{1,2})(?:/((?:19|20)\\d\\d))?(?![\\d/])`,
      'giu',
    );
    WEEKDAY_DATED.lastIndex = 0;
    for (let m = WEEKDAY_DATED.exec(sample); m; m = WEEKDAY_DATED.exec(sample)) {
      const a = +m[2];
      const b = +m[3];
      if (a > 12 || b > 12 || a === b) continue;
      years ??= new Set(Array.from(sample.matchAll(FOUR_DIGIT_YEAR_DATE), (y) => +(y[1] ?? y[2])));
      const year = m[4] ? +m[4] : years.size === 1 ? [...years][0] : undefined;
      if (year === undefined) continue;
      const day = WEEKDAY_OF[m[1].toLowerCase()];
      const asDayFirst = order({ year, month: b, day: a }, day);
      const asMonthFirst = order({ year, month: a, day: b }, day);
      if (asDayFirst && !asMonthFirst) dayFirst++;
      else if (asMonthFirst && !asDayFirst) monthFirst++;
      if (dayFirst && monthFirst) return undefined;
    }
  }
  return dayFirst >= minimum ? 'dmy' : monthFirst >= minimum ? 'mdy' : undefined;
}

/** A weekday, then a day and a month between slashes, the year perhaps (`Sunday 11/02`, `Tue 3/4/2026`). */
let WEEKDAY_DATED: RegExp | undefined;
/** The year of a numeric date written with it (`07/02/2024`, `2024-02-07`). */
const FOUR_DIGIT_YEAR_DATE =
  /(?<![\d/.-])(?:\d{1,2}[/.-]\d{1,2}[/.-]((?:19|20)\d\d)|((?:19|20)\d\d)[/.-]\d{1,2}[/.-]\d{1,2})(?![\d/])/g;

/**
 * The order a table column's year-less days show (`15/12` over `11/12`; `4.14 (next week)` over `4.10 11.00pm`, a
 * time or a remark in brackets after the day): one way only, once or more; undefined otherwise.
 */
export function yearlessColumnOrder(cells: readonly string[]): DateOrder | undefined {
  let dayFirst = 0;
  let monthFirst = 0;
  for (const cell of cells) {
    const m = YEARLESS_CELL.exec(cell);
    if (!m) continue;
    const [a, b] = [+m[1], +m[2]];
    if (a > 12 && a <= 31 && b >= 1 && b <= 12) dayFirst++;
    else if (b > 12 && b <= 31 && a >= 1 && a <= 12) monthFirst++;
  }
  return dayFirst && !monthFirst ? 'dmy' : monthFirst && !dayFirst ? 'mdy' : undefined;
}
/** A cell holding a day and a month alone, perhaps with a time (`11.00pm`, `23:00`) or a remark in brackets after it. */
const YEARLESS_CELL =
  /^[\s*_|]*(\d{1,2})[/.](\d{1,2})(?:[ \t]+(?:\d{1,2}[.:]\d{2}[ \t]*(?:[ap]\.?m\.?)?|[(（][^()（）\n]{1,30}[)）]))?[\s*_|]*$/iu;

const DOTTED_DATES = /(?<![\w.])\d{1,2}\.\d{1,2}\.(?:\d{4}|\d\d)(?!\w|\.\d)/g;

/**
 * The order a text's dates between dots are read in (`25.10.2023`, `25.09.23`). Dots are the day-first convention
 * (month-first writers use slashes), so day first unless the text shows month first between dots (`10.28.2026`) and
 * never day first; undefined when it shows both. The first 50,000 characters.
 */
export function dottedDateOrder(text: Readable): DateOrder | undefined {
  const sample = head(text, 50_000);
  if (!sample.includes('.')) return undefined;
  const dotted = sample.match(DOTTED_DATES);
  if (!dotted) return undefined;
  let dayFirst = false;
  let monthFirst = false;
  for (const date of dotted) {
    const [a, b] = date.split('.', 2).map(Number);
    if (a > 12 && a <= 31 && b >= 1 && b <= 12) dayFirst = true;
    else if (b > 12 && b <= 31 && a >= 1 && a <= 12) monthFirst = true;
  }
  return dayFirst && monthFirst ? undefined : monthFirst ? 'mdy' : 'dmy';
}

const YEAR_FIRST_DATES = /(?<![\w.-])((?:19|20)\d\d)([-/.])(\d{1,2})\2(\d{1,2})(?![\w]|[./-]\d)/g;

/**
 * The days a text writes year first (`2025-07-10`, `2025/07/10`): one reading each, as `YYYY-MM-DD`. A day/month
 * date of the same document that is one of them in one reading only is that day (`07/10/2025` beside the recording's
 * `2025/07/10`). The first 50,000 characters.
 */
export function yearFirstDays(text: Readable): ReadonlySet<string> {
  const sample = head(text, 50_000);
  const days = new Set<string>();
  YEAR_FIRST_DATES.lastIndex = 0;
  for (let m = YEAR_FIRST_DATES.exec(sample); m; m = YEAR_FIRST_DATES.exec(sample)) {
    if (isValidDate(+m[1], +m[3], +m[4])) days.add(toIsoDate({ year: +m[1], month: +m[3], day: +m[4] }));
  }
  return days;
}

/** Dates an English document must write one way only, none the other, for its readers to take that order. */
const DOCUMENT_ORDER_EVIDENCE = 2;

/**
 * The one reading of a token for readers who read day/month forms in `order`;
 * undefined when the token has two readings for them (or none).
 */
export function readingFor(t: DateToken, order: ReadersOrder | undefined): CalendarDate | undefined {
  if (t.kind === 'date') return t.date;
  if (t.kind !== 'ambiguous') return undefined;
  // (`24.09发布前`, `25.03版本`: to readers who put the month first, a yearless number that is no month first is a
  // version or a count, not a day written the other way.)
  if (order === 'md' && foreignToMonthFirst(t)) return undefined;
  if (t.certain) return t.certain;
  return order === 'dmy' ? t.dayFirst : order === 'mdy' || (order === 'md' && t.yearless) ? t.monthFirst : undefined;
}

/**
 * A yearless number that only reads day first (`24.09`, `25.03`): to readers who put the month first (a Chinese
 * document's), a version or a count, no day.
 */
export function foreignToMonthFirst(t: DateToken): boolean {
  return t.kind === 'ambiguous' && !!t.yearless && t.form === 'numeric' && !!t.certain && !monthFirstFits(t.text);
}

/** Whether a yearless day/month form (`3/4`, `12.15`, `24.09`) reads as a month then a day. */
function monthFirstFits(text: string): boolean {
  const m = /(\d{1,2})\s*[./-]\s*(\d{1,2})/u.exec(text);
  return m !== null && +m[1] >= 1 && +m[1] <= 12 && +m[2] >= 1 && +m[2] <= 31;
}

/** Options of {@link findDates} and {@link parseDateValue}. */
export interface FindDatesOptions {
  /** Year for dates written without one (the document's own date's year, else today's). */
  defaultYear: number;
  /** Also report year-less numeric forms like `11/30` (true only in due/date contexts, since `24/7` or `3/4` in prose is not a date). Forms with a year (`30/11/2026`, `30.11.2026`) are always reported. Default false. */
  yearlessNumeric?: boolean;
  /** Also `4.6` with one-digit parts (only where a date is expected: a table's due column). Default false. */
  shortDots?: boolean;
  /** Stop after the first token (for callers that read only `[0]`). */
  onlyFirst?: boolean;
  /** Only tokens starting at or before this offset (the scan stops there). */
  startingBy?: number;
}

// ---------------------------------------------------------------------------
// Calendar arithmetic

/** True for a leap year of the proleptic Gregorian calendar. */
export function isLeapYear(y: number): boolean {
  return (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;
}

/** Number of days in month `m` (1–12) of year `y`; 0 for a month that does not exist. */
export function daysInMonth(y: number, m: number): number {
  if (!Number.isInteger(m) || m < 1 || m > 12) return 0;
  if (m === 2) return isLeapYear(y) ? 29 : 28;
  return m === 4 || m === 6 || m === 9 || m === 11 ? 30 : 31;
}

/** True when year `y`, month `m` (1–12), day `d` is a date that exists. */
export function isValidDate(y: number, m: number, d: number): boolean {
  return Number.isInteger(y) && Number.isInteger(d) && d >= 1 && d <= daysInMonth(y, m);
}

/** Days since 1970-01-01 (H. Hinnant's days_from_civil), exact for any year. */
function dayNumber(d: CalendarDate): number {
  const y = d.month <= 2 ? d.year - 1 : d.year;
  const era = Math.floor(y / 400);
  const yoe = y - era * 400;
  const mp = (d.month + 9) % 12;
  const doy = Math.floor((153 * mp + 2) / 5) + d.day - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146097 + doe - 719468;
}

/** The date `n` days after 1970-01-01 (inverse of dayNumber). */
function fromDayNumber(n: number): CalendarDate {
  const z = n + 719468;
  const era = Math.floor(z / 146097);
  const doe = z - era * 146097;
  const yoe = Math.floor((doe - Math.floor(doe / 1460) + Math.floor(doe / 36524) - Math.floor(doe / 146096)) / 365);
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const day = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const month = mp < 10 ? mp + 3 : mp - 9;
  return { year: yoe + era * 400 + (month <= 2 ? 1 : 0), month, day };
}

/** The date `n` days after `d` (time dropped). */
export function addDays(d: CalendarDate, n: number): CalendarDate {
  return fromDayNumber(dayNumber(d) + n);
}

/** Whole days from a to b (b - a), ignoring times. */
export function daysBetween(a: CalendarDate, b: CalendarDate): number {
  return dayNumber(b) - dayNumber(a);
}

/**
 * A date written without its year (`by 8 Jan`, `14/01`, `1月8日`), in the year that puts it nearest the
 * document's own date: in minutes of 2 December 2026 it is January 2027, not eleven months before the meeting;
 * `revisado el 28/12` in minutes of 5 January is the December before. Within half a year of that date it keeps
 * the document's year, as any date does when the document gives none of its own.
 */
export function nearDocumentDate(date: CalendarDate, token: DateToken, near: CalendarDate | undefined): CalendarDate {
  if (!near || !writtenWithoutYear(token)) return date;
  const days = daysBetween(near, date);
  const year = days > 183 ? date.year - 1 : days < -183 ? date.year + 1 : date.year;
  return year === date.year || !isValidDate(year, date.month, date.day) ? date : { ...date, year };
}

function writtenWithoutYear(t: DateToken): boolean {
  return t.kind === 'date' ? !t.hasYear : t.kind === 'ambiguous' && t.yearless === true;
}

/** True when the date carries a time of day. */
export function hasTimeOfDay(d: CalendarDate): boolean {
  return d.hour !== undefined;
}

/** Hours from a to b (b - a), both must have times; fractional. A missing time counts as 00:00. */
export function hoursBetween(a: CalendarDate, b: CalendarDate): number {
  const minutes = (d: CalendarDate) => (d.hour ?? 0) * 60 + (d.minute ?? 0);
  return daysBetween(a, b) * 24 + (minutes(b) - minutes(a)) / 60;
}

/** Weekday 0=Sunday..6. */
export function weekday(d: CalendarDate): number {
  return (((dayNumber(d) + 4) % 7) + 7) % 7; // 1970-01-01 was a Thursday
}

/** How late `later` is relative to `earlier` against a limit in days (1 = 24 hours): returns true when it exceeds the limit. With times on both sides compare hours strictly (> 24*limit); otherwise calendar days (> limit). */
export function isMoreThan(earlier: CalendarDate, later: CalendarDate, limitDays: number): boolean {
  if (hasTimeOfDay(earlier) && hasTimeOfDay(later)) return hoursBetween(earlier, later) > 24 * limitDays;
  return daysBetween(earlier, later) > limitDays;
}

/** True when `earlier` is less than `limitDays` (48 hours = 2) before `later`: with times, hours < 24*limitDays; otherwise daysBetween(earlier, later) < limitDays. */
export function isLessThanBefore(earlier: CalendarDate, later: CalendarDate, limitDays: number): boolean {
  if (hasTimeOfDay(earlier) && hasTimeOfDay(later)) return hoursBetween(earlier, later) < 24 * limitDays;
  return daysBetween(earlier, later) < limitDays;
}

function pad(n: number, width: number): string {
  const s = String(Math.abs(n)).padStart(width, '0');
  return n < 0 ? '-' + s : s;
}

/** `2026-11-30`. */
export function toIsoDate(d: CalendarDate): string {
  return `${pad(d.year, 4)}-${pad(d.month, 2)}-${pad(d.day, 2)}`;
}

/** `2026-11-30 14:00` when it has a time, else `2026-11-30`. */
export function toIsoDateTime(d: CalendarDate): string {
  return d.hour === undefined ? toIsoDate(d) : `${toIsoDate(d)} ${pad(d.hour, 2)}:${pad(d.minute ?? 0, 2)}`;
}

/** Today's date (no time) from a Date, in local time. */
export function calendarDateOf(date: Date): CalendarDate {
  return { year: date.getFullYear(), month: date.getMonth() + 1, day: date.getDate() };
}

/** Parses exactly `YYYY-MM-DD` (surrounding spaces allowed; for `--today`); undefined when malformed or the date does not exist. */
export function parseIsoDay(text: string): CalendarDate | undefined {
  const m = /^\s*(\d{4})-(\d{1,2})-(\d{1,2})\s*$/.exec(text);
  if (!m) return undefined;
  const d = { year: +m[1], month: +m[2], day: +m[3] };
  return isValidDate(d.year, d.month, d.day) ? d : undefined;
}

// ---------------------------------------------------------------------------
// Tokens

const YEAR4 = '[12]\\d{3}';

/** Builds an accent-tolerant pattern for a Spanish word. */
function accentTolerant(word: string): string {
  const map: Record<string, string> = { a: '[aá]', e: '[eé]', i: '[ií]', o: '[oó]', u: '[uúü]', n: '[nñ]' };
  return [...word].map((c) => map[c] ?? c).join('');
}

const ES_MONTHS: ReadonlyArray<readonly [string, number]> = [
  ['enero', 1],
  ['febrero', 2],
  ['marzo', 3],
  ['abril', 4],
  ['mayo', 5],
  ['junio', 6],
  ['julio', 7],
  ['agosto', 8],
  ['septiembre', 9],
  ['setiembre', 9],
  ['octubre', 10],
  ['noviembre', 11],
  ['diciembre', 12],
];
const ES_MONTH_ALT = ES_MONTHS.map(([n]) => accentTolerant(n)).join('|');

function esMonthOf(word: string): number | undefined {
  const w = word
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase();
  return ES_MONTHS.find(([n]) => n === w)?.[1];
}

const EN_FULL = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];
const EN_ABBR: ReadonlyArray<readonly [string, number]> = [
  ['Jan', 1],
  ['Feb', 2],
  ['Mar', 3],
  ['Apr', 4],
  ['Jun', 6],
  ['Jul', 7],
  ['Aug', 8],
  ['Sept', 9],
  ['Sep', 9],
  ['Oct', 10],
  ['Nov', 11],
  ['Dec', 12],
];
/** Title case or upper case only: month names are capitalised in prose (`may` is a verb). */
function caseForms(names: readonly string[]): string {
  const all = names.flatMap((n) => [n, n.toUpperCase()]);
  return [...new Set(all)].sort((a, b) => b.length - a.length).join('|');
}
const EN_MONTH_PATTERN = `(?:(${caseForms(EN_FULL)})|(${caseForms(EN_ABBR.map(([n]) => n))})\\.?)(?![A-Za-z])`;

function enMonthOf(word: string): number | undefined {
  const w = word.toLowerCase();
  const full = EN_FULL.findIndex((n) => n.toLowerCase() === w);
  if (full >= 0) return full + 1;
  return EN_ABBR.find(([n]) => n.toLowerCase() === w)?.[1];
}

// Sticky patterns, tried at a candidate start.
const RE_ISO = new RegExp(`(${YEAR4})-(\\d{1,2})-(\\d{1,2})(?!\\d)`, 'y');
const RE_ZH = new RegExp(`(${YEAR4})[ \\t]*年[ \\t]*(\\d{1,2})[ \\t]*月[ \\t]*(\\d{1,2})[ \\t]*[日号號]`, 'y');
const RE_ZH_NO_YEAR = /(\d{1,2})[ \t]*月[ \t]*(\d{1,2})[ \t]*[日号號]/y;
const RE_ES = new RegExp(
  `(\\d{1,2})(?:[ \\t]*\\.?[ \\t]*[º°ª])?[ \\t]+de[ \\t]+(${ES_MONTH_ALT})(?![\\p{L}\\p{N}])(?:[ \\t]+del?[ \\t]+(${YEAR4})(?!\\d))?`,
  'iuy',
);
/**
 * Spanish abbreviated months, `27 nov.`, `3 de dic.`, `24-nov-2026`, `1 oct 2026`, `3 dic` (a table's date
 * cell): the ones that are also ordinary words (`mar`, `may`, `set`, and `ago` of English) only with the full
 * stop or a year, so that `2 mar` is not read as a month.
 */
const ES_ABBR: ReadonlyArray<readonly [string, number]> = [
  ['ene', 1],
  ['feb', 2],
  ['mar', 3],
  ['abr', 4],
  ['may', 5],
  ['jun', 6],
  ['jul', 7],
  ['ago', 8],
  ['sept', 9],
  ['sep', 9],
  ['set', 9],
  ['oct', 10],
  ['nov', 11],
  ['dic', 12],
];
const RE_ES_ABBR = new RegExp(
  `(\\d{1,2})(?:[ \\t]+de[ \\t]+|[ \\t]+|-)(${ES_ABBR.map(([n]) => n).join('|')})(?:\\.|(?=-\\d{4}|[ \\t]+(?:de[ \\t]+)?\\d{4})|(?<=ene|feb|abr|jun|jul|sept|sep|oct|nov|dic)(?![A-Za-z\\u00C0-\\u024F0-9]))(?:(?:-|[ \\t]+(?:de[ \\t]+)?)(${YEAR4})(?!\\d))?`,
  'iy',
);
const RE_NUM_YEAR_FIRST = new RegExp(`(${YEAR4})([/.])(\\d{1,2})\\2(\\d{1,2})(?!\\d)`, 'y');
const RE_NUM_DMY = new RegExp(`(\\d{1,2})([/.-])(\\d{1,2})\\2(${YEAR4}|\\d{2})(?!\\d)`, 'y');
const RE_NUM_NO_YEAR = /(\d{1,2})([/.])(\d{1,2})(?!\d)/y;
const RE_EN_MD = new RegExp(
  `${EN_MONTH_PATTERN}[ \\t]+(\\d{1,2})(?:st|nd|rd|th)?(?![0-9A-Za-z])(?:(?:,[ \\t]*|[ \\t]+)(${YEAR4})(?!\\d))?`,
  'y',
);
/** `Dec-4-2017`: the month's name, the day and the year between dashes (the year is needed: `Dec-4` is no date). */
const RE_EN_MD_DASHED = new RegExp(`${EN_MONTH_PATTERN}-(\\d{1,2})-(${YEAR4})(?!\\d)`, 'y');
const RE_EN_DM = new RegExp(
  `(\\d{1,2})(?:st|nd|rd|th)?(?:[ \\t]+(?:of[ \\t]+)?|-)${EN_MONTH_PATTERN}(?:(?:,?[ \\t]+|-)(${YEAR4})(?!\\d))?`,
  'y',
);

/**
 * `2nd october 2019`: a month's full name in small letters between the day and the year (not `may` nor `march`, verbs
 * too; the year is needed).
 */
const RE_EN_DM_LOWER = new RegExp(
  `(\\d{1,2})(?:st|nd|rd|th)?[ \\t]+(?:of[ \\t]+)?(january|february|april|june|july|august|september|october|november|december)(?![A-Za-z]),?[ \\t]+(${YEAR4})(?!\\d)`,
  'y',
);

/** A time of day read after a date. */
interface TimeRead {
  end: number;
  hour: number;
  minute: number;
  valid: boolean;
}

const RE_TIME_SEP = /(T(?=\d))|[ \t]*(?:,[ \t]*)?(?:(at|a[ \t]+las?|@)[ \t]*)?/iy;
const RE_TIME =
  /(上午|下午|晚上|中午|早上|凌晨)?[ \t]*(\d{1,2})(?:([:：.])(\d{2})(?:[:：](\d{2})(?:\.\d+)?)?)?(?:[ \t]*([ap])\.?[ \t]?m\b\.?)?(?:[ \t]*(?:h|hrs?|hs|horas)\b)?(?:[ \t]+de[ \t]+la[ \t]+(mañana|tarde|noche))?/iy;
const RE_TIME_ZH =
  /[ \t]*(上午|下午|晚上|中午|早上|凌晨)?[ \t]*(\d{1,2})[ \t]*[点點时時](?:[ \t]*(半|整|(\d{1,2})[ \t]*分?))?/y;

function isDigit(c: string | undefined): boolean {
  return c !== undefined && c >= '0' && c <= '9';
}
function isAsciiWord(c: string | undefined): boolean {
  return c !== undefined && /[0-9A-Za-z_]/.test(c);
}

function applyPeriod(hour: number, period: string | undefined): number {
  if (!period) return hour;
  const p = period.toLowerCase();
  if ((p === 'p' || p === '下午' || p === '晚上' || p === 'tarde' || p === 'noche') && hour < 12) return hour + 12;
  if (p === '中午' && hour < 11) return hour + 12;
  if ((p === 'a' || p === '凌晨') && hour === 12) return 0;
  return hour;
}

function timeValid(hour: number, minute: number, second: number): boolean {
  if (hour === 24) return minute === 0 && second === 0; // "24:00", end of the day
  return hour >= 0 && hour <= 23 && minute >= 0 && minute <= 59 && second >= 0 && second <= 59;
}

/**
 * Reads a time right after a date ending at `pos`: `14:00`, `T14:00:00`,
 * `, 2pm`, `at 9:30 am`, `a las 14:00 h`, `a las 5 de la tarde`, `下午3点半`,
 * `下午2:00`. `24:00` is accepted (hour 24, the end of the day). Glued to the
 * date only after a CJK character (`30日14:00`).
 */
function readTime(text: string, pos: number): TimeRead | undefined {
  const glueOk = !isAsciiWord(text[pos - 1]) && !'.º°ª'.includes(text[pos - 1] ?? '');
  // Chinese clock words first: `3点`, `下午3点半`, `14时30分`.
  RE_TIME_ZH.lastIndex = pos;
  const zh = RE_TIME_ZH.exec(text);
  if (zh && !isDigit(text[RE_TIME_ZH.lastIndex]) && (glueOk || /^[ \t]/.test(zh[0]))) {
    const minute = zh[3] === '半' ? 30 : zh[4] !== undefined ? +zh[4] : 0;
    const hour = applyPeriod(+zh[2], zh[1]);
    return { end: RE_TIME_ZH.lastIndex, hour, minute, valid: timeValid(hour, minute, 0) };
  }
  RE_TIME_SEP.lastIndex = pos;
  const sep = RE_TIME_SEP.exec(text);
  if (!sep) return undefined;
  const afterSep = RE_TIME_SEP.lastIndex;
  const connector = sep[2]?.toLowerCase().replace(/\s+/g, ' ');
  // Without a separator, a time may only follow a date that ends in 日/号 (`30日14:00`).
  if (afterSep === pos && !glueOk) return undefined;
  RE_TIME.lastIndex = afterSep;
  const m = RE_TIME.exec(text);
  if (!m) return undefined;
  let end = RE_TIME.lastIndex;
  // The optional trailing parts may have consumed only spaces; never end on a space.
  while (end > afterSep && /[ \t]/.test(text[end - 1])) end--;
  if (isDigit(text[end]) || (text[end] === ':' && isDigit(text[end + 1]))) return undefined;
  const [, cnPeriod, h, colon, mm, ss, ampm, esPeriod] = m;
  const hSuffix = /(?:h|hrs?|hs|horas)$/i.test(m[0].trimEnd());
  const spanish = connector === 'a las' || connector === 'a la';
  const isTime =
    (mm !== undefined && colon !== '.') ||
    (mm !== undefined && colon === '.' && (hSuffix || spanish || ampm !== undefined)) ||
    ampm !== undefined ||
    hSuffix ||
    spanish ||
    esPeriod !== undefined ||
    cnPeriod !== undefined;
  if (!isTime) return undefined;
  if (sep[1] && mm === undefined) return undefined; // `T14` needs minutes
  let hour = +h;
  const minute = mm !== undefined ? +mm : 0;
  const second = ss !== undefined ? +ss : 0;
  let valid = true;
  if (ampm) {
    // `14:00pm`, `0:30am`: a 24-hour time with a period that agrees with it reads one way only.
    // (Written with its minutes: a bare `13pm` stays an impossible time.)
    const agrees =
      mm !== undefined && ((hour >= 13 && hour <= 23 && /^p/i.test(ampm)) || (hour === 0 && /^a/i.test(ampm)));
    if (!agrees && (hour < 1 || hour > 12)) valid = false;
    if (!agrees) hour = applyPeriod(hour, ampm);
  } else {
    hour = applyPeriod(hour, esPeriod ?? cnPeriod);
  }
  valid = valid && timeValid(hour, minute, second);
  return { end, hour, minute, valid };
}

/** The start is not glued to a preceding word or number (`v2026-11-30`, `12026-11-30`, `1.30/11/2026`). */
function startOk(text: string, i: number, numeric: boolean): boolean {
  const p = text[i - 1];
  if (p === undefined) return true;
  if (isAsciiWord(p)) return false;
  const seps = numeric ? '.:/-,' : '.:-';
  return !(seps.includes(p) && isDigit(text[i - 2]));
}

/**
 * The end is not glued to a following word or number (`2026-11-300`,
 * `2026-11-30-01`, `1.2.3`, `1/2/3`). An ISO date may be followed by `/` and
 * another date (`2026-11-28/2026-11-30`, an interval).
 */
function endOk(text: string, e: number, numeric: boolean): boolean {
  const c = text[e];
  if (c === undefined) return true;
  if (isAsciiWord(c)) return false;
  const seps = numeric ? '.:/-' : '.:-';
  return !(seps.includes(c) && isDigit(text[e + 1]));
}

/** A time may be followed by a range (`14:00-15:00`) or `Z`, not by a word. */
function timeEndOk(text: string, e: number): boolean {
  const c = text[e];
  return c === undefined || c === 'Z' || !isAsciiWord(c);
}

interface Raw {
  end: number;
  token: DateToken;
}

type Reading = { year: number; month: number; day: number };

/** `a/b` read day first and month first: the valid readings, and both (day first, then month first) when both are valid. */
function dayMonthReadings(
  year: number,
  a: number,
  b: number,
): { valid: Reading[]; both?: readonly [Reading, Reading] } {
  const dayFirst = { year, month: b, day: a };
  const monthFirst = { year, month: a, day: b };
  const valid = [dayFirst, monthFirst].filter((r) => isValidDate(r.year, r.month, r.day));
  return { valid, both: valid.length === 2 ? [dayFirst, monthFirst] : undefined };
}

function withTime(d: Reading, t: TimeRead | undefined): CalendarDate {
  return t ? { ...d, hour: t.hour, minute: t.minute } : { ...d };
}

/** The name of a numbered record right before a number: `Acuerdo `, `Acta `, `Decision #`, `Ticket `, `Ref. `, `Nº `. */
const SERIAL_BEFORE =
  /(?:acuerdos?|actas?|decisi[oó]n(?:es)?|decisions?|agreements?|resoluci[oó]n(?:es)?|resolutions?|tickets?|(?<![\p{L}])id|ref\.?|n[º°o]\.?|no\.|№|n[uú]m(?:ero)?\.?|#)[ \t]*(?:[:#][ \t]*)?$/iu;

/** Builds a 'date' or 'invalid' token for an unambiguous form, reading a following time. */
function definite(
  text: string,
  start: number,
  dateEnd: number,
  d: Reading,
  hasYear: boolean,
  form: 'iso' | 'zh' | 'es-long',
  numericEnd: boolean,
): Raw | undefined {
  // `Acuerdo 2026-00-01`, `Acuerdo 2025-13-01`: after the name of a numbered record, a year, series and number
  // that make no date (month 00, month 13) are a serial number, not a slip of the pen; `entrega 2026-00-10`
  // stays an invalid date, and `Acuerdo 2026-12-01` a date.
  if (
    form === 'iso' &&
    !isValidDate(d.year, d.month, d.day) &&
    SERIAL_BEFORE.test(text.slice(Math.max(0, start - 24), start))
  )
    return undefined;
  const t = readTime(text, dateEnd);
  const tEnd = t && timeEndOk(text, t.end) ? t : undefined;
  const end = tEnd ? tEnd.end : dateEnd;
  if (!tEnd && numericEnd && !endOk(text, dateEnd, false)) return undefined;
  const slice = text.slice(start, end);
  if (!isValidDate(d.year, d.month, d.day) || (tEnd && !tEnd.valid)) {
    return { end, token: { kind: 'invalid', start, end, text: slice, form } };
  }
  return {
    end,
    token: { kind: 'date', start, end, text: slice, date: withTime(d, tEnd), hasYear, hasTime: !!tEnd, form },
  };
}

/** Builds a token for a numeric or month-name form from its possible readings. */
function uncertain(
  text: string,
  start: number,
  dateEnd: number,
  valid: Reading[],
  form: 'numeric' | 'month-name',
  noReading: 'invalid' | 'none',
  /** The day-first and month-first readings of a day/month form, both valid. */
  dayMonth?: readonly [Reading, Reading],
  yearless = false,
): Raw | undefined {
  const t = readTime(text, dateEnd);
  const tEnd = t && timeEndOk(text, t.end) ? t : undefined;
  if (!tEnd && !endOk(text, dateEnd, form === 'numeric')) return undefined;
  const end = tEnd ? tEnd.end : dateEnd;
  const slice = text.slice(start, end);
  if (valid.length === 0) {
    return noReading === 'none' ? undefined : { end, token: { kind: 'invalid', start, end, text: slice, form } };
  }
  if (tEnd && !tEnd.valid) return { end, token: { kind: 'invalid', start, end, text: slice, form } };
  const distinct = valid.filter((r, i) => valid.findIndex((o) => o.month === r.month && o.day === r.day) === i);
  const token: DateToken = { kind: 'ambiguous', start, end, text: slice, form, hasTime: !!tEnd };
  if (distinct.length === 1) token.certain = withTime(distinct[0], tEnd);
  else if (dayMonth) {
    token.dayFirst = withTime(dayMonth[0], tEnd);
    token.monthFirst = withTime(dayMonth[1], tEnd);
  }
  if (yearless) token.yearless = true;
  return { end, token };
}

/** A date with its month named (`8 Jan`, `Jan 8, 2027`, `8 ene.`): one reading, in `year` when it writes none. */
function monthNamed(
  text: string,
  start: number,
  end: number,
  written: string | undefined,
  month: number,
  day: number,
  defaultYear: number,
): Raw | undefined {
  const r = { year: written !== undefined ? +written : defaultYear, month, day };
  const valid = isValidDate(r.year, r.month, r.day) ? [r] : [];
  return uncertain(text, start, end, valid, 'month-name', 'invalid', undefined, written === undefined);
}

function expandYear(y: string): number {
  return y.length === 2 ? 2000 + +y : +y;
}

/**
 * The first two letters of the English month names as matched (title or upper case), as the numbers
 * `first code * 65536 + second code`: the only starts tried at a letter, told without making a string.
 */
const MONTH_PREFIXES = new Set(
  EN_FULL.flatMap((n) => [n, n.toUpperCase()]).map((n) => n.charCodeAt(0) * 65536 + n.charCodeAt(1)),
);
/**
 * Characters that can follow the digits of a four-digit year in some form (`2026-`, `2026年`,
 * `2026 年`, `2026/`, `2026.`), and those that can follow a one- or two-digit day or month
 * (`11月`, `30 de`, `1º de`, `30/`, `30.`, `30-`, `30 Nov`, `30th`, `1st`, `2nd`, `3rd`).
 */
const AFTER_YEAR = '- \t年/.';
const AFTER_DAY_OR_MONTH = ' \t月.º°ª/-snrt';

function exec(re: RegExp, text: string, i: number): RegExpExecArray | null {
  re.lastIndex = i;
  return re.exec(text);
}

/** The longer of two readings; the first when they are as long (no closure: matchAt runs at every digit and capital). */
function longer(best: Raw | undefined, r: Raw | undefined): Raw | undefined {
  return r && (!best || r.end > best.end) ? r : best;
}

/**
 * The longest token starting at position i (the first of equally long ones), trying every matcher.
 * Called at every digit and capital: nothing is allocated where no form starts.
 */
function matchAt(text: string, i: number, options: FindDatesOptions): Raw | undefined {
  let best: Raw | undefined;
  const c = text[i];
  if (isDigit(c)) {
    // Each numeric form starts with a four-digit year or a one- or two-digit day or month: a run of
    // digits of another length starts none, and each pattern is tried only where its start fits.
    let run = 1;
    while (run < 5 && isDigit(text[i + run])) run++;
    const year = run === 4;
    const dayOrMonth = run <= 2;
    if (!year && !dayOrMonth) return best;
    // What follows the digits must be able to continue one of the forms: most digit runs (times, amounts)
    // start none, and this one look spares trying every pattern.
    const after = text[i + run] ?? '\n';
    if (!(year ? AFTER_YEAR : AFTER_DAY_OR_MONTH).includes(after)) return best;
    const spaceAfter = after === ' ' || after === '\t';
    const plainStart = startOk(text, i, false);
    const numStart = startOk(text, i, true);
    let m: RegExpExecArray | null;
    if (year && after === '-' && plainStart && (m = exec(RE_ISO, text, i))) {
      best = longer(
        best,
        definite(text, i, i + m[0].length, { year: +m[1], month: +m[2], day: +m[3] }, true, 'iso', true),
      );
    }
    if (year && (spaceAfter || after === '年') && plainStart && (m = exec(RE_ZH, text, i))) {
      best = longer(
        best,
        definite(text, i, i + m[0].length, { year: +m[1], month: +m[2], day: +m[3] }, true, 'zh', false),
      );
    }
    if (
      dayOrMonth &&
      (spaceAfter || after === '月') &&
      plainStart &&
      text[i - 1] !== '年' &&
      (m = exec(RE_ZH_NO_YEAR, text, i))
    ) {
      best = longer(
        best,
        definite(text, i, i + m[0].length, { year: options.defaultYear, month: +m[1], day: +m[2] }, false, 'zh', false),
      );
    }
    if (dayOrMonth && (spaceAfter || '.º°ª'.includes(after)) && plainStart && (m = exec(RE_ES, text, i))) {
      const month = esMonthOf(m[2]);
      if (month !== undefined) {
        const hasYear = m[3] !== undefined;
        best = longer(
          best,
          definite(
            text,
            i,
            i + m[0].length,
            { year: hasYear ? +m[3] : options.defaultYear, month, day: +m[1] },
            hasYear,
            'es-long',
            false,
          ),
        );
      }
    }
    if (dayOrMonth && (spaceAfter || after === '-') && plainStart && (m = exec(RE_ES_ABBR, text, i))) {
      const day = +m[1];
      const month = ES_ABBR.find(([n]) => n === m![2].toLowerCase())?.[1];
      if (month !== undefined && day >= 1 && day <= 31)
        best = longer(best, monthNamed(text, i, i + m[0].length, m[3], month, day, options.defaultYear));
    }
    if (year && (after === '/' || after === '.') && numStart && (m = exec(RE_NUM_YEAR_FIRST, text, i))) {
      const r = { year: +m[1], month: +m[3], day: +m[4] };
      best = longer(
        best,
        uncertain(text, i, i + m[0].length, isValidDate(r.year, r.month, r.day) ? [r] : [], 'numeric', 'invalid'),
      );
    }
    if (
      dayOrMonth &&
      (after === '/' || after === '.' || after === '-') &&
      numStart &&
      (m = exec(RE_NUM_DMY, text, i))
    ) {
      const [, a, sep, b, y] = m;
      const dotShort = sep === '.' && y.length === 2 && (a.length !== 2 || b.length !== 2); // `1.2.26` is a version
      const dashShort = sep === '-' && y.length === 2; // `12-34-56` is not a date
      if (!dotShort && !dashShort) {
        const { valid, both } = dayMonthReadings(expandYear(y), +a, +b);
        // `30/60/90 roadmap`: a part over 31 is no day and no month, so no date at all (not an invalid one); nor
        // is `Node 18/20/22`, two-digit parts of which neither can be a month, with a two-digit third.
        const noDate = sep === '-' || +a > 31 || +b > 31 || (y.length === 2 && +a > 12 && +b > 12);
        best = longer(best, uncertain(text, i, i + m[0].length, valid, 'numeric', noDate ? 'none' : 'invalid', both));
      }
    }
    if (
      dayOrMonth &&
      options.yearlessNumeric &&
      (after === '/' || after === '.') &&
      numStart &&
      (m = exec(RE_NUM_NO_YEAR, text, i))
    ) {
      const [, a, sep, b] = m;
      const na = +a,
        nb = +b;
      const dateLike = na >= 1 && nb >= 1 && na <= 31 && nb <= 31 && (na <= 12 || nb <= 12);
      const dotOk = sep !== '.' || (a.length === 2 && b.length === 2) || options.shortDots === true; // `3.5` is a decimal
      if (dateLike && dotOk) {
        const { valid, both } = dayMonthReadings(options.defaultYear, na, nb);
        best = longer(best, uncertain(text, i, i + m[0].length, valid, 'numeric', 'invalid', both, true));
      }
    }
    if (dayOrMonth && (spaceAfter || 'snrt-'.includes(after)) && plainStart && (m = exec(RE_EN_DM, text, i))) {
      const day = +m[1];
      const month = enMonthOf(m[2] ?? m[3]);
      if (month !== undefined && day >= 1 && day <= 31)
        best = longer(best, monthNamed(text, i, i + m[0].length, m[4], month, day, options.defaultYear));
    } else if (
      dayOrMonth &&
      (spaceAfter || 'snrt'.includes(after)) &&
      plainStart &&
      (m = exec(RE_EN_DM_LOWER, text, i))
    ) {
      const day = +m[1];
      const month = enMonthOf(m[2]);
      if (month !== undefined && day >= 1 && day <= 31)
        best = longer(best, monthNamed(text, i, i + m[0].length, m[3], month, day, options.defaultYear));
    }
  } else if (MONTH_PREFIXES.has(text.charCodeAt(i) * 65536 + text.charCodeAt(i + 1)) && startOk(text, i, false)) {
    const m = exec(RE_EN_MD, text, i) ?? exec(RE_EN_MD_DASHED, text, i);
    if (m) {
      const day = +m[3];
      const month = enMonthOf(m[1] ?? m[2]);
      if (month !== undefined && day >= 1 && day <= 31)
        best = longer(best, monthNamed(text, i, i + m[0].length, m[4], month, day, options.defaultYear));
    }
  }
  return best;
}

/**
 * Finds date-like tokens in `text`, left to right, never overlapping (at one
 * position the longest reading wins). Well-formed ISO, Chinese and Spanish
 * long-form dates are `date` tokens; dates that do not exist are `invalid`;
 * numeric day/month and English month-name forms are `ambiguous`. Weekday
 * names, a month alone, vague expressions (`12月中旬`, `end of month`),
 * versions, decimals, ratios and digits glued to longer numbers or words
 * yield nothing.
 */
/** A sentence's full stop is not part of the date (`on Nov 24 at 3pm.`), so a fix to ISO keeps it. */
function withoutFullStop(t: DateToken): DateToken {
  if (!t.text.endsWith('.')) return t;
  if (/[ap]\.m\.$/i.test(t.text)) return t; // 3 p.m.
  if (/(?:^|\s)[A-Za-z]{3,5}\.$/.test(t.text)) return t; // 30 Nov.
  return { ...t, text: t.text.slice(0, -1), end: t.end - 1 } as DateToken;
}

export function findDates(text: string, options: FindDatesOptions): DateToken[] {
  const tokens: DateToken[] = [];
  // Every form has a day in ASCII digits: most text nodes have none, and their capitalised words need no look.
  if (!ASCII_DIGIT.test(text)) return tokens;
  const lastStart = options.startingBy ?? Infinity;
  let i = 0;
  while (i < text.length) {
    // The next ASCII digit or capital: where a form can start (a loop, not a regex: no match object each time).
    let c = text.charCodeAt(i);
    while (!((c >= 48 && c <= 57) || (c >= 65 && c <= 90)) && ++i < text.length && i <= lastStart)
      c = text.charCodeAt(i);
    if (i >= text.length || i > lastStart) break;
    const best = matchAt(text, i, options);
    if (!best) {
      i++;
      continue;
    }
    tokens.push(byWeekday(text, withoutFullStop(best.token)));
    if (options.onlyFirst) break;
    i = best.end;
  }
  return tokens;
}

const ASCII_DIGIT = /[0-9]/;

const WEEKDAY_WORDS = [
  'monday',
  'tuesday',
  'wednesday',
  'thursday',
  'friday',
  'saturday',
  'sunday',
  'mon',
  'tue',
  'tues',
  'wed',
  'thu',
  'thur',
  'thurs',
  'fri',
  'sat',
  'sun',
  'lunes',
  'martes',
  'miércoles',
  'miercoles',
  'jueves',
  'viernes',
  'sábado',
  'sabado',
  'domingo',
  'lun',
  'mar',
  'mié',
  'mie',
  'jue',
  'vie',
  'sáb',
  'sab',
  'dom',
];
/** Day of the week (0 = Sunday) of each weekday word and Chinese weekday character. */
const WEEKDAY_OF: Record<string, number> = {};
for (const [i, words] of [
  'sunday sun domingo dom 日 天',
  'monday mon lunes lun 一',
  'tuesday tue tues martes mar 二',
  'wednesday wed miércoles miercoles mié mie 三',
  'thursday thu thur thurs jueves jue 四',
  'friday fri viernes vie 五',
  'saturday sat sábado sabado sáb sab 六',
].entries())
  for (const w of words.split(' ')) WEEKDAY_OF[w] = i;
const WEEKDAY_BEFORE = new RegExp(
  `(?<![\\p{L}])(${WEEKDAY_WORDS.join('|')})\\.?,?[ \\t]*$|(?:星期|礼拜|禮拜|周|週)([一二三四五六日天])[ \\t]*$`,
  'iu',
);
const WEEKDAY_AFTER = new RegExp(
  `^[ \\t]*[(（]?[ \\t]*(?:(${WEEKDAY_WORDS.join('|')})(?![\\p{L}])|(?:星期|礼拜|禮拜|周|週)([一二三四五六日天]))`,
  'iu',
);

/**
 * A day/month date with its year and the weekday it falls on (`Wednesday 2/3/2021`, `2/3/2021 (Wed)`,
 * `星期三 2/3/2021`): the one reading on that weekday is the date (3 February 2021; 2 March was a Tuesday).
 * A year-less one (`4.12 (Friday)`) is tried in the document's year: the weekday agreeing with one reading
 * only is evidence for the year too.
 */
function byWeekday(text: string, t: DateToken): DateToken {
  if (t.kind !== 'ambiguous' || !t.dayFirst || !t.monthFirst) return t;
  const m =
    WEEKDAY_BEFORE.exec(text.slice(Math.max(0, t.start - 16), t.start)) ??
    WEEKDAY_AFTER.exec(text.slice(t.end, t.end + 16));
  const day = m ? WEEKDAY_OF[(m[1] ?? m[2]).toLowerCase()] : undefined;
  if (day === undefined) return t;
  const fits = [t.dayFirst, t.monthFirst].filter((d) => weekday(d) === day);
  return fits.length === 1 ? { ...t, certain: fits[0], dayFirst: undefined, monthFirst: undefined } : t;
}

const RE_WEEKDAY = new RegExp(
  `(?<![\\p{L}])(?:${WEEKDAY_WORDS.sort((a, b) => b.length - a.length).join('|')})(?![\\p{L}])\\.?|(?:星期|礼拜|禮拜|周|週)[一二三四五六日天]`,
  'giu',
);
/** Words that may follow a deadline without changing the day. */
const RE_QUALIFIER =
  /(?<![\p{L}])(?:EOD|COB|EOB|end of (?:the )?day|noon|midday|mediod[ií]a|antes|前|之前|以前|下班前|为止|為止|截止)(?![\p{L}])/giu;
const RE_LOOSE_TIME = /(?<!\d)(\d{1,2})[:：](\d{2})(?::\d{2})?(?!\d)(?:\s*(?:h|hrs?)\b)?/g;

/**
 * Reads a whole value (a front-matter field, a table cell, the text after
 * `due`): the first date-like token if the value is essentially just that
 * token (allow surrounding spaces/punctuation and a trailing weekday or
 * time), else undefined. Year-less numeric forms (`11/30`) are accepted here
 * unless `options.yearlessNumeric` is explicitly false, since a value is a
 * date context. A time written apart from the date (`2026-11-30 (Mon) 14:00`)
 * is merged into the token, whose end then covers it. Deadline qualifiers
 * (`EOD`, `COB`, `前`, `之前`, `antes`) are tolerated.
 */
export function parseDateValue(text: string, options: FindDatesOptions): DateToken | undefined {
  const opts: FindDatesOptions = { ...options, yearlessNumeric: options.yearlessNumeric ?? true, onlyFirst: true };
  const tokens = findDates(text, opts);
  if (tokens.length === 0) return undefined;
  let token = tokens[0];
  const before = text.slice(0, token.start);
  const after = text.slice(token.end);
  const blank = (s: string) => /^[\s\p{P}\p{S}]*$/u.test(s.replace(RE_WEEKDAY, ' ').replace(RE_QUALIFIER, ' '));
  if (!blank(before)) return undefined;
  let rest = after;
  if (token.kind !== 'invalid' && !token.hasTime) {
    RE_LOOSE_TIME.lastIndex = 0;
    const t = RE_LOOSE_TIME.exec(after);
    if (t && blank(after.slice(0, t.index))) {
      const hour = +t[1],
        minute = +t[2];
      const end = token.end + t.index + t[0].length;
      const textAll = text.slice(token.start, end);
      rest = after.slice(t.index + t[0].length);
      if (!timeValid(hour, minute, 0)) {
        token = { kind: 'invalid', start: token.start, end, text: textAll, form: token.form };
      } else if (token.kind === 'date') {
        token = { ...token, end, text: textAll, hasTime: true, date: { ...token.date, hour, minute } };
      } else {
        token = {
          ...token,
          end,
          text: textAll,
          hasTime: true,
          ...(token.certain ? { certain: { ...token.certain, hour, minute } } : {}),
          ...(token.dayFirst && token.monthFirst
            ? { dayFirst: { ...token.dayFirst, hour, minute }, monthFirst: { ...token.monthFirst, hour, minute } }
            : {}),
        };
      }
    }
  }
  return blank(rest) ? token : undefined;
}

/** Words after a field's date that say the day is not (or no longer) the one written: it is not read. */
const RE_NOT_THE_DAY =
  /(?<![\p{L}])(?:moved|postponed|rescheduled|instead|cancell?ed|or|aplazad[ao]|pospuest[ao]|trasladad[ao]|cambiad[ao]|cancelad[ao]|o)(?![\p{L}])|改期|延期|推迟|推遲|取消|或/iu;
/** A start time after the day, when the date took none: `2–3pm`, `de 10:00 a 11:30`, `14h00`, `10am`. */
const RE_START_TIME =
  /^[\s,;·|()（）]*(?:(?:from|de|desde|at|a\s+las?|@|从|從|自)\s*)?(?:(?<from>\d{1,2})\s*[-–—~～]\s*(?<to>\d{1,2})\s*(?<rangeHalf>[ap])\.?\s?m\b|(?<zhHalf>上午|下午|晚上|中午|早上)?(?<hour>\d{1,2})(?:\s*(?<zhClock>[点點时時])(?:(?<zhThirty>半)|(?<zhMinute>\d{1,2}))?|(?:[:：h.](?<minute>\d{2}))?\s*(?:(?<half>[ap])\.?\s?m\b)?))/iu;

/**
 * Reads a date field's value (`meeting`, `issued`, `opened`…): as {@link parseDateValue}, and also a value
 * that goes on after its day and start time (`2026-12-01 10:00–11:30`, `2026-12-08 14:00 GMT`, `14:00 CET`,
 * `(London)`, `2-3pm`, `de 10:00 a 11:30`, `下午2点-3点半`): the day is the value's one date, written first,
 * and the start time the one the date took or the first one after it. Undefined when the value gives two
 * dates, or says the day moved (`2026-12-08, moved to Thursday`).
 */
export function parseFieldDate(text: string, options: FindDatesOptions): DateToken | undefined {
  const whole = parseDateValue(text, options);
  if (whole) return whole;
  const tokens = findDates(text, { ...options, yearlessNumeric: options.yearlessNumeric ?? true });
  if (tokens.length !== 1) return undefined;
  const token = tokens[0];
  if (token.kind === 'invalid') return undefined;
  const before = text.slice(0, token.start);
  if (!/^[\s\p{P}\p{S}]*$/u.test(before.replace(RE_WEEKDAY, ' '))) return undefined;
  const rest = text.slice(token.end);
  if (RE_NOT_THE_DAY.test(rest)) return undefined;
  if (token.hasTime) return token;
  const m = RE_START_TIME.exec(rest.replace(RE_WEEKDAY, ' '));
  if (!m) return token;
  const g = m.groups ?? {};
  let hour: number;
  let minute = 0;
  if (g.from !== undefined) {
    // `2-3pm`: the start shares the end's half of the day unless that would put it after the end (`11-1pm`).
    const end = applyPeriod(+g.to, g.rangeHalf);
    const start = applyPeriod(+g.from, g.rangeHalf);
    hour = start <= end ? start : +g.from;
  } else {
    // A bare number is no time: it needs its minutes, am/pm or 点.
    if (g.minute === undefined && g.half === undefined && g.zhClock === undefined) return token;
    hour = applyPeriod(+g.hour, g.half ?? g.zhHalf);
    minute = g.minute !== undefined ? +g.minute : g.zhThirty ? 30 : g.zhMinute !== undefined ? +g.zhMinute : 0;
  }
  if (!timeValid(hour, minute, 0) || hour === 24) return token;
  if (token.kind === 'date') return { ...token, hasTime: true, date: { ...token.date, hour, minute } };
  return {
    ...token,
    hasTime: true,
    ...(token.certain ? { certain: { ...token.certain, hour, minute } } : {}),
    ...(token.dayFirst && token.monthFirst
      ? { dayFirst: { ...token.dayFirst, hour, minute }, monthFirst: { ...token.monthFirst, hour, minute } }
      : {}),
  };
}

/** Number of ISO weeks (52 or 53) in ISO year `y`. */
function isoWeeksInYear(y: number): number {
  const jan1 = weekday({ year: y, month: 1, day: 1 });
  return jan1 === 4 || (jan1 === 3 && isLeapYear(y)) ? 53 : 52;
}

/** Monday of ISO week `w` of ISO year `y`. */
function mondayOfIsoWeek(y: number, w: number): CalendarDate {
  const jan4 = { year: y, month: 1, day: 4 };
  const monday1 = addDays(jan4, -((weekday(jan4) + 6) % 7));
  return addDays(monday1, (w - 1) * 7);
}

/**
 * Parses `2026-W47` (ISO week) to the Monday of that week; also `2026W47`,
 * `2026-W47-3` (still the Monday), `W47` / `week 47` / `第47周` / `semana 47`
 * (year = `defaultYear`) and `2026年第47周`. Also accepts a plain date
 * (returns it, without its time; an ambiguous date only when its reading is
 * certain). Undefined otherwise, or when the week does not exist.
 */
export function parseWeek(text: string, options: FindDatesOptions): CalendarDate | undefined {
  const s = text.trim();
  let year: number | undefined;
  let week: number | undefined;
  let m: RegExpExecArray | null;
  if ((m = /^(\d{4})[- ]?W(\d{1,2})(?:-?[1-7])?$/i.exec(s))) {
    year = +m[1];
    week = +m[2];
  } else if ((m = /^(?:W|week|wk|semana|sem\.?)\s*(\d{1,2})$/i.exec(s))) {
    year = options.defaultYear;
    week = +m[1];
  } else if ((m = /^(?:(\d{4})\s*年\s*)?第\s*(\d{1,2})\s*[周週]$/.exec(s))) {
    year = m[1] ? +m[1] : options.defaultYear;
    week = +m[2];
  }
  if (year !== undefined && week !== undefined) {
    return week >= 1 && week <= isoWeeksInYear(year) ? mondayOfIsoWeek(year, week) : undefined;
  }
  const token = parseDateValue(s, options);
  const d = token?.kind === 'date' ? token.date : token?.kind === 'ambiguous' ? token.certain : undefined;
  return d ? { year: d.year, month: d.month, day: d.day } : undefined;
}

// ---------------------------------------------------------------------------
// Readers

const HAN_CHAR = /^\p{Script=Han}$/u;
/** Whether each code unit is a Han character: 0 not known yet, 1 Han, 2 not. */
const HAN_UNITS = new Uint8Array(0x10000);
/**
 * The language of a document's readers, from its words: Chinese when Han
 * characters outweigh Latin words, Spanish or English when their common words
 * clearly outnumber the other's; else `fallback` (the language of the headings).
 * A Spanish acta whose headings name no known section is still read day first.
 */
export function readersLanguage(text: Readable, fallback: 'en' | 'zh' | 'es'): 'en' | 'zh' | 'es' {
  const sample = head(text, 6000);
  if (mostlyHan(sample)) return 'zh';
  return latinWordsLanguage(sample) ?? fallback;
}

/**
 * Whether Han characters outweigh Latin words (runs of A-Z, a-z, À-ÿ), ten at least: both counted in one loop.
 * A function of its own, called once per document: the engine optimizes the loop with the function. Inside
 * readersLanguage it was compiled on the stack mid-loop, and in some runs thrown away again at the end of
 * nearly every document (`--trace-deopt`: "insufficient type feedback", up to one per document read).
 */
function mostlyHan(sample: string): boolean {
  let latin = 0;
  let inWord = false;
  let han = 0;
  for (let i = 0; i < sample.length; i++) {
    const c = sample.charCodeAt(i);
    const letter = (c >= 0x61 && c <= 0x7a) || (c >= 0x41 && c <= 0x5a) || (c >= 0xc0 && c <= 0xff);
    if (letter && !inWord) latin++;
    inWord = letter;
    if (c < 0x2e80) continue;
    if (c >= 0xd800 && c <= 0xdbff && i + 1 < sample.length) {
      const low = sample.charCodeAt(i + 1);
      if (low >= 0xdc00 && low <= 0xdfff) {
        if (HAN_CHAR.test(sample.slice(i, i + 2))) han++;
        i++;
        continue;
      }
    }
    let known = HAN_UNITS[c];
    if (known === 0) HAN_UNITS[c] = known = HAN_CHAR.test(String.fromCharCode(c)) ? 1 : 2;
    if (known === 1) han++;
  }
  return han >= 10 && han >= latin;
}

/**
 * Spanish or English, when the common words of one clearly outnumber the other's (five at least, more than
 * twice as many) in the first 6,000 characters; undefined when they do not tell.
 */
export function latinWordsLanguage(text: string): 'en' | 'es' | undefined {
  const sample = text.length > 6000 ? text.slice(0, 6000) : text;
  let es = 0;
  let en = 0;
  // The common words (COMMON_WORD), read run of letters by run of letters (every analysis and every indexed file
  // reads this; the pattern's look-behind at each character cost more than the rest of the reading): a match is
  // always a whole run of letters. A run of ASCII letters and `á`/`ó` is looked up by a number made of its letters
  // in lower case; a short one with other letters beyond Latin-1 (case folding: `ſ`) is matched by the pattern.
  const n = sample.length;
  let i = 0;
  while (i < n) {
    let c = sample.charCodeAt(i);
    let width = letterWidth(sample, i, c);
    if (width === 0) {
      i++;
      continue;
    }
    const start = i;
    let key = 0;
    /** 1: the run's letters are all in COMMON_KEYS' alphabet; 0: some other Latin-1 letter; -1: one beyond. */
    let plain = 1;
    do {
      if (plain === 1) {
        const code = c >= 0x61 && c <= 0x7a ? c - 0x60 : c >= 0x41 && c <= 0x5a ? c - 0x40 : accentCode(c);
        if (code === 0) plain = c > 0xff ? -1 : 0;
        else key = key * 32 + code;
      } else if (plain === 0 && c > 0xff) plain = -1;
      i += width;
      if (i >= n) break;
      c = sample.charCodeAt(i);
      width = letterWidth(sample, i, c);
    } while (width !== 0);
    if (i - start > LONGEST_COMMON_WORD || plain === 0) continue;
    const kind = plain === 1 ? COMMON_KEYS.get(key) : commonWordKind(sample.slice(start, i));
    if (kind === 'es') es++;
    else if (kind === 'en') en++;
  }
  if (es >= 5 && es > 2 * en) return 'es';
  if (en >= 5 && en > 2 * es) return 'en';
  return undefined;
}

/** The code units of the letter (`\p{L}`) at `i`, 0 if none is there (a word's bounds). */
function letterWidth(s: string, i: number, c: number): number {
  if (c < 0x80) return (c >= 0x61 && c <= 0x7a) || (c >= 0x41 && c <= 0x5a) ? 1 : 0;
  if (c <= 0xff) return c === 0xaa || c === 0xb5 || c === 0xba || (c >= 0xc0 && c !== 0xd7 && c !== 0xf7) ? 1 : 0;
  if (c >= 0xd800 && c <= 0xdbff && i + 1 < s.length) {
    const low = s.charCodeAt(i + 1);
    if (low >= 0xdc00 && low <= 0xdfff) return LETTER.test(s.slice(i, i + 2)) ? 2 : 0;
  }
  let known = LETTER_UNITS[c];
  if (known === 0) LETTER_UNITS[c] = known = LETTER.test(String.fromCharCode(c)) ? 1 : 2;
  return known === 1 ? 1 : 0;
}
const LETTER = /^\p{L}$/u;
/** Whether each code unit above Latin-1 is a letter: 0 not known yet, 1 a letter, 2 not. */
const LETTER_UNITS = new Uint8Array(0x10000);
/** `á` and `ó` (either case) in a common word's key: 27 and 28; 0 for any other character. */
function accentCode(c: number): number {
  return c === 0xe1 || c === 0xc1 ? 27 : c === 0xf3 || c === 0xd3 ? 28 : 0;
}
/** COMMON_WORD's words, each by its key (its letters in lower case, five bits each), with its language. */
const COMMON_KEYS: ReadonlyMap<number, 'es' | 'en'> = new Map([
  ...'de la el los las que y para por con del una se esta estan está están reunion reunión fecha acuerdo acuerdos'
    .split(' ')
    .map((w) => [wordKey(w), 'es'] as const),
  ...'the and of to for with will is are on by meeting from'.split(' ').map((w) => [wordKey(w), 'en'] as const),
]);
function wordKey(word: string): number {
  let key = 0;
  for (let i = 0; i < word.length; i++) {
    const c = word.charCodeAt(i);
    key = key * 32 + (c >= 0x61 && c <= 0x7a ? c - 0x60 : accentCode(c));
  }
  return key;
}
const LONGEST_COMMON_WORD = 8;
/** Whether a run of letters is one of the common words (COMMON_WORD), and which language's word it is. */
function commonWordKind(word: string): 'es' | 'en' | undefined {
  const m = COMMON_WORD.exec(word);
  return !m ? undefined : m[1] === undefined ? 'en' : 'es';
}
/**
 * Common Spanish words (group 1) and English words (group 2), each a whole run of letters (a word is in one list
 * or the other): COMMON_WORDS in lower case.
 */
const COMMON_WORD =
  /^(?:(de|la|el|los|las|que|y|para|por|con|del|una|se|est[aá]n?|reuni[oó]n|fecha|acuerdos?)|the|and|of|to|for|with|will|is|are|on|by|meeting|from)$/iu;
