import { strict as assert } from 'node:assert';
import {
  addDays,
  calendarDateOf,
  daysBetween,
  findDates,
  hoursBetween,
  isLessThanBefore,
  isMoreThan,
  isValidDate,
  nearDocumentDate,
  parseDateValue,
  parseIsoDay,
  parseWeek,
  readersDateOrder,
  readingFor,
  toIsoDate,
  toIsoDateTime,
  weekday,
  type CalendarDate,
  type DateToken,
  type FindDatesOptions,
} from '../server/core/dates';

const O: FindDatesOptions = { defaultYear: 2026 };
const DUE: FindDatesOptions = { defaultYear: 2026, yearlessNumeric: true };

function one(text: string, options: FindDatesOptions = O): DateToken {
  const tokens = findDates(text, options);
  assert.equal(tokens.length, 1, `one token in ${JSON.stringify(text)}, got ${JSON.stringify(tokens)}`);
  return tokens[0];
}
function date(text: string, options: FindDatesOptions = O): Extract<DateToken, { kind: 'date' }> {
  const t = one(text, options);
  assert.equal(t.kind, 'date', `${text}: ${JSON.stringify(t)}`);
  return t as Extract<DateToken, { kind: 'date' }>;
}
function ambiguous(text: string, options: FindDatesOptions = O): Extract<DateToken, { kind: 'ambiguous' }> {
  const t = one(text, options);
  assert.equal(t.kind, 'ambiguous', `${text}: ${JSON.stringify(t)}`);
  return t as Extract<DateToken, { kind: 'ambiguous' }>;
}
function invalid(text: string, form: string, options: FindDatesOptions = O): void {
  const t = one(text, options);
  assert.equal(t.kind, 'invalid', `${text}: ${JSON.stringify(t)}`);
  assert.equal(t.form, form);
  assert.equal(t.text, text.trim());
}
function none(text: string, options: FindDatesOptions = O): void {
  assert.deepEqual(findDates(text, options), [], `no date in ${JSON.stringify(text)}`);
}
const d = (year: number, month: number, day: number, hour?: number, minute?: number): CalendarDate =>
  hour === undefined ? { year, month, day } : { year, month, day, hour, minute };

describe('dates', () => {
  it('a Chinese document that writes day-first dates with their year reads its other such dates that way', () => {
    const text = '## 18/09/2022\n会议\n## 11/09/2022\n会议\n## 24/07/2022\n';
    assert.equal(readersDateOrder('zh', undefined, text), 'dmy');
    // Without that evidence, month first where the year is left out.
    assert.equal(readersDateOrder('zh', undefined, '## 11/09/2022\n会议\n'), 'md');
  });

  it('a date beside its weekday shows the writer’s order, in the year the text’s dates give (eval78)', () => {
    // 11 February 2024 was a Sunday (2 November a Saturday): with `20/03/2024`, two dates written day first.
    const text = '# Kickoff – 07/02/2024\n\n| Storyboard | Sunday 11/02 EOD |\n| Upload | 20/03/2024 12:00 |\n';
    assert.equal(readersDateOrder('en', undefined, text), 'dmy');
    // A weekday that fits neither reading, or one date alone, is no evidence.
    assert.equal(readersDateOrder('en', undefined, text.replace('Sunday', 'Friday')), undefined);
    assert.equal(readersDateOrder('en', undefined, '# Kickoff – 07/02/2024\n\nDue Sunday 11/02.\n'), undefined);
    // Month first: Tuesday 3 March 2026 (4/3/2026 read day first is a Saturday), with `03/25/2026`.
    assert.equal(
      readersDateOrder('en', undefined, 'Call on Tue 3/3/2026.\nReview Wed 3/4/2026, launch 03/25/2026.\n'),
      'mdy',
    );
  });

  it('a date written without its year is read in the year nearest the document`s own date (nearDocumentDate)', () => {
    const near = { year: 2026, month: 12, day: 2 };
    const read = (t: string) => {
      const token = findDates(t, { defaultYear: 2026, yearlessNumeric: true })[0];
      const d = readingFor(token, 'dmy')!;
      return toIsoDate(nearDocumentDate(d, token, near));
    };
    assert.equal(read('8 Jan'), '2027-01-08');
    assert.equal(read('14/01'), '2027-01-14');
    assert.equal(read('1月8日'), '2027-01-08');
    assert.equal(read('20 Nov'), '2026-11-20');
    // Written with its year, a date is what it says.
    assert.equal(read('8 Jan 2026'), '2026-01-08');
    // In January, late December is the one before.
    const token = findDates('28/12', { defaultYear: 2027, yearlessNumeric: true })[0];
    assert.equal(
      toIsoDate(nearDocumentDate(readingFor(token, 'dmy')!, token, { year: 2027, month: 1, day: 5 })),
      '2026-12-28',
    );
  });

  describe('ISO', () => {
    it('reads a plain ISO date', () => {
      const t = date('2026-11-30');
      assert.deepEqual(t.date, d(2026, 11, 30));
      assert.equal(t.form, 'iso');
      assert.equal(t.hasYear, true);
      assert.equal(t.hasTime, false);
      assert.equal(t.start, 0);
      assert.equal(t.end, 10);
      assert.equal(t.text, '2026-11-30');
    });
    it('reads a time after a space or T, seconds optional', () => {
      for (const s of ['2026-11-30 14:00', '2026-11-30T14:00', '2026-11-30T14:00:00', '2026-11-30 14:00:59']) {
        const t = date(s);
        assert.deepEqual(t.date, d(2026, 11, 30, 14, 0), s);
        assert.equal(t.hasTime, true);
        assert.equal(t.text, s);
      }
    });
    it('reads am/pm and Chinese periods after a date', () => {
      assert.deepEqual(date('2026-11-30 2:30 pm').date, d(2026, 11, 30, 14, 30));
      assert.deepEqual(date('2026-11-30 at 9am').date, d(2026, 11, 30, 9, 0));
      assert.deepEqual(date('2026-11-30 12am').date, d(2026, 11, 30, 0, 0));
      assert.deepEqual(date('2026-11-30 下午3点').date, d(2026, 11, 30, 15, 0));
    });
    it('accepts one-digit month and day', () => {
      assert.deepEqual(date('2026-1-5').date, d(2026, 1, 5));
    });
    it('does not attach a number that is not a time', () => {
      const t = date('2026-11-30 5 people');
      assert.equal(t.hasTime, false);
      assert.equal(t.end, 10);
    });
    it('keeps the start of a time range', () => {
      const t = date('2026-11-30 14:00-15:00');
      assert.deepEqual(t.date, d(2026, 11, 30, 14, 0));
      assert.equal(t.text, '2026-11-30 14:00');
    });
    it('reads both ends of an interval', () => {
      const ts = findDates('2026-11-28/2026-11-30', O);
      assert.deepEqual(
        ts.map((t) => t.text),
        ['2026-11-28', '2026-11-30'],
      );
    });
    it('finds dates inside prose with offsets', () => {
      const text = 'Kick-off 2026-11-30, review 2026-12-04 10:00.';
      const ts = findDates(text, O);
      assert.deepEqual(
        ts.map((t) => [t.start, t.end, t.text]),
        [
          [9, 19, '2026-11-30'],
          [28, 44, '2026-12-04 10:00'],
        ],
      );
      for (const t of ts) assert.equal(text.slice(t.start, t.end), t.text);
    });
  });

  describe('Chinese', () => {
    it('reads 年月日 and 号', () => {
      assert.deepEqual(date('2026年11月30日').date, d(2026, 11, 30));
      assert.deepEqual(date('2026年11月30号').date, d(2026, 11, 30));
      assert.deepEqual(date('2026 年 11 月 30 日').date, d(2026, 11, 30));
      assert.equal(date('2026年11月30日').form, 'zh');
    });
    it('reads a time with or without a space', () => {
      for (const s of ['2026年11月30日 14:00', '2026年11月30日14:00', '2026年11月30日 14：00']) {
        const t = date(s);
        assert.deepEqual(t.date, d(2026, 11, 30, 14, 0), s);
        assert.equal(t.hasTime, true);
      }
      assert.deepEqual(date('2026年11月30日下午3点半').date, d(2026, 11, 30, 15, 30));
      assert.deepEqual(date('11月30日 上午10点').date, d(2026, 11, 30, 10, 0));
    });
    it('takes the default year when there is none', () => {
      const t = date('11月30日', { defaultYear: 2027 });
      assert.deepEqual(t.date, d(2027, 11, 30));
      assert.equal(t.hasYear, false);
    });
    it('gives UTF-16 offsets with Chinese text before the token', () => {
      const text = '会议定于2026年11月30日 14:00举行，请于12月2日前反馈。';
      const ts = findDates(text, O);
      assert.equal(ts.length, 2);
      assert.equal(ts[0].start, 4);
      assert.equal(ts[0].text, '2026年11月30日 14:00');
      assert.equal(text.slice(ts[0].start, ts[0].end), ts[0].text);
      assert.equal(ts[1].text, '12月2日');
      assert.equal(ts[1].start, text.indexOf('12月2日'));
      assert.equal(text.slice(ts[1].start, ts[1].end), '12月2日');
    });
    it('counts an emoji before the token as two UTF-16 units', () => {
      const text = '📅 2026-11-30';
      assert.equal(one(text).start, 3);
    });
    it('does not read the year-less form inside a longer number', () => {
      none('12026年11月30日');
    });
  });

  describe('Spanish long form', () => {
    it('reads with and without a year', () => {
      const t = date('30 de noviembre de 2026');
      assert.deepEqual(t.date, d(2026, 11, 30));
      assert.equal(t.form, 'es-long');
      assert.equal(t.hasYear, true);
      const u = date('30 de noviembre');
      assert.deepEqual(u.date, d(2026, 11, 30));
      assert.equal(u.hasYear, false);
    });
    it('ignores case and accents, knows setiembre and del', () => {
      assert.deepEqual(date('30 De Noviembre De 2026').date, d(2026, 11, 30));
      assert.deepEqual(date('15 de setiembre de 2026').date, d(2026, 9, 15));
      assert.deepEqual(date('15 de SEPTIEMBRE del 2026').date, d(2026, 9, 15));
      assert.deepEqual(date('1º de diciembre').date, d(2026, 12, 1));
      assert.deepEqual(date('2 de énero de 2027').date, d(2027, 1, 2));
    });
    it('reads a las 14:00 and 14:00 h', () => {
      assert.deepEqual(date('30 de noviembre de 2026 a las 14:00').date, d(2026, 11, 30, 14, 0));
      assert.deepEqual(date('30 de noviembre de 2026, 14:00 h').date, d(2026, 11, 30, 14, 0));
      assert.deepEqual(date('30 de noviembre a las 5 de la tarde').date, d(2026, 11, 30, 17, 0));
      assert.equal(date('30 de noviembre de 2026 a las 14:00').text, '30 de noviembre de 2026 a las 14:00');
    });
    it('finds the date after a weekday', () => {
      const t = date('el lunes, 30 de noviembre de 2026');
      assert.equal(t.start, 'el lunes, '.length);
    });
    it('reads abbreviated months with their full stop or a year: 27 nov., 3 de dic., 24-nov-2026', () => {
      assert.deepEqual(ambiguous('viernes 27 nov.').certain, d(2026, 11, 27));
      assert.deepEqual(ambiguous('el rodaje pasa al 3 de dic.').certain, d(2026, 12, 3));
      assert.deepEqual(ambiguous('24-nov-2026').certain, d(2026, 11, 24));
      assert.deepEqual(ambiguous('1 ene 2027').certain, d(2027, 1, 1));
      invalid('31 nov.', 'month-name');
      // Without the full stop or a year, a short word after a number is no month.
      none('pagar 2 mar y 3 sol');
      none('vienen 5 set de fotos');
      none('lo vimos hace 3 ago');
      none('3 dicho');
    });
    it('reads the abbreviations that are no ordinary word without a full stop: 3 dic, 15 nov, 1 sept (a date cell)', () => {
      assert.deepEqual(ambiguous('3 dic').certain, d(2026, 12, 3));
      assert.deepEqual(ambiguous('fecha límite: 15 nov').certain, d(2026, 11, 15));
      assert.deepEqual(ambiguous('para el 1 sept').certain, d(2026, 9, 1));
      assert.deepEqual(ambiguous('3-dic').certain, d(2026, 12, 3));
      assert.deepEqual(ambiguous('el 3 de dic, en la agencia').certain, d(2026, 12, 3));
    });
  });

  describe('invalid dates', () => {
    it('reports dates that do not exist', () => {
      invalid('2026-02-30', 'iso');
      invalid('2026-13-01', 'iso');
      invalid('2026-00-10', 'iso');
      invalid('2026年2月30日', 'zh');
      invalid('2月30日', 'zh');
      invalid('31 de abril de 2026', 'es-long');
      invalid('31 de febrero de 2026', 'es-long');
      invalid('31/02/2026', 'numeric');
      invalid('02/31/2026', 'numeric');
      invalid('31 Nov 2026', 'month-name');
      invalid('Feb 30', 'month-name');
    });
    it('a part over 31 is no date at all: `30/60/90 roadmap`, `45/12/26`', () => {
      none('Working on the 30/60/90 roadmap');
      none('ratio 45/12/26');
      // Neither part a month, a two-digit third: versions, not a date (with a full year it is a slip: invalid).
      none('Test on Node 18/20/22');
      invalid('18/20/2026', 'numeric');
    });
    it('reports an impossible time', () => {
      invalid('2026-11-30 25:00', 'iso');
      invalid('2026-11-30 14:60', 'iso');
      invalid('2026年11月30日 25:00', 'zh');
      invalid('30/11/2026 25:00', 'numeric');
      invalid('2026-11-30 13pm', 'iso');
    });
    it('accepts 24:00 as the end of the day', () => {
      assert.deepEqual(date('2026-11-30 24:00').date, d(2026, 11, 30, 24, 0));
    });
    it('knows leap years', () => {
      assert.deepEqual(date('2028-02-29').date, d(2028, 2, 29));
      invalid('2026-02-29', 'iso');
      assert.deepEqual(date('2000年2月29日').date, d(2000, 2, 29));
      invalid('2100-02-29', 'iso');
      invalid('2月29日', 'zh', { defaultYear: 2026 });
      assert.deepEqual(date('2月29日', { defaultYear: 2028 }).date, d(2028, 2, 29));
      assert.deepEqual(ambiguous('29/02/2028').certain, d(2028, 2, 29));
      invalid('29/02/2026', 'numeric');
      assert.equal(isValidDate(2028, 2, 29), true);
      assert.equal(isValidDate(2026, 2, 29), false);
      assert.equal(isValidDate(2026, 4, 31), false);
      assert.equal(isValidDate(2026, 12, 31), true);
      assert.equal(isValidDate(2026, 0, 1), false);
    });
  });

  describe('ambiguous numeric forms', () => {
    it('is certain when one part is over 12', () => {
      const t = ambiguous('30/11/2026');
      assert.equal(t.form, 'numeric');
      assert.deepEqual(t.certain, d(2026, 11, 30));
      assert.equal(t.hasTime, false);
      assert.deepEqual(ambiguous('11/30/2026').certain, d(2026, 11, 30));
      assert.deepEqual(ambiguous('30.11.2026').certain, d(2026, 11, 30));
      assert.deepEqual(ambiguous('30-11-2026').certain, d(2026, 11, 30));
    });
    it('has no certain reading when both parts are 12 or less', () => {
      const t = ambiguous('03/04/2026');
      assert.equal(t.certain, undefined);
      assert.equal(ambiguous('3/4/2026').certain, undefined);
      assert.equal(ambiguous('12.11.2026').certain, undefined);
    });
    it('is certain when both parts are equal', () => {
      assert.deepEqual(ambiguous('05/05/2026').certain, d(2026, 5, 5));
    });
    it('reads 2-digit years as 20xx', () => {
      assert.deepEqual(ambiguous('30/11/26').certain, d(2026, 11, 30));
      assert.deepEqual(ambiguous('30.11.26').certain, d(2026, 11, 30));
    });
    it('reads year-first slashes and dots as certain', () => {
      assert.deepEqual(ambiguous('2026/11/30').certain, d(2026, 11, 30));
      assert.deepEqual(ambiguous('2026.11.30').certain, d(2026, 11, 30));
      invalid('2026/02/30', 'numeric');
    });
    it('keeps a time and puts it in the certain reading', () => {
      const t = ambiguous('30/11/2026 14:00');
      assert.equal(t.hasTime, true);
      assert.deepEqual(t.certain, d(2026, 11, 30, 14, 0));
      assert.equal(ambiguous('03/04/2026 14:00').hasTime, true);
    });
    it('reads year-less forms only with yearlessNumeric', () => {
      none('11/30');
      none('30.11');
      const t = ambiguous('11/30', DUE);
      assert.deepEqual(t.certain, d(2026, 11, 30));
      assert.deepEqual(ambiguous('30/11', DUE).certain, d(2026, 11, 30));
      assert.deepEqual(ambiguous('30.11', DUE).certain, d(2026, 11, 30));
      assert.equal(ambiguous('3/4', DUE).certain, undefined);
      assert.deepEqual(ambiguous('24/7', DUE).certain, d(2026, 7, 24));
      invalid('31/02', 'numeric', DUE);
    });
    it('takes defaultYear for year-less readings', () => {
      assert.deepEqual(ambiguous('11/30', { defaultYear: 2030, yearlessNumeric: true }).certain, d(2030, 11, 30));
    });
  });

  describe('ambiguous month-name forms', () => {
    it('reads the usual English orders', () => {
      const cases: Array<[string, CalendarDate]> = [
        ['Nov 30', d(2026, 11, 30)],
        ['Nov. 30', d(2026, 11, 30)],
        ['Nov 30th', d(2026, 11, 30)],
        ['30 Nov 2026', d(2026, 11, 30)],
        ['30 Nov, 2026', d(2026, 11, 30)],
        ['30-Nov-2026', d(2026, 11, 30)],
        ['November 30, 2026', d(2026, 11, 30)],
        ['November 30 2027', d(2027, 11, 30)],
        ['30 November', d(2026, 11, 30)],
        ['30th of November', d(2026, 11, 30)],
        ['Sept. 5', d(2026, 9, 5)],
        ['NOV 30', d(2026, 11, 30)],
        ['May 1', d(2026, 5, 1)],
      ];
      for (const [s, want] of cases) {
        const t = ambiguous(s);
        assert.equal(t.form, 'month-name', s);
        assert.deepEqual(t.certain, want, s);
        assert.equal(t.text, s, s);
      }
    });
    it('keeps a time', () => {
      const t = ambiguous('Nov 30, 2026 at 2:30pm');
      assert.deepEqual(t.certain, d(2026, 11, 30, 14, 30));
      assert.equal(t.hasTime, true);
      assert.deepEqual(ambiguous('30 Nov 2026 14:00').certain, d(2026, 11, 30, 14, 0));
    });
    it('needs a capitalised month and a day 1–31 next to it', () => {
      none('you may 5 times');
      none('Nov 45');
      none('Nov 0');
      none('November 2026');
      none('Novel 30');
      none('Decade 5');
      none('Mayo 5');
    });
    it('finds the date after a weekday', () => {
      const t = ambiguous('Monday, November 30, 2026');
      assert.equal(t.start, 8);
      assert.equal(t.text, 'November 30, 2026');
    });
  });

  describe('not dates', () => {
    it('ignores weekdays, months alone and vague expressions', () => {
      for (const s of [
        'Monday',
        'lunes',
        '周一',
        '星期五',
        'November',
        '十一月',
        '11月',
        '12月中旬',
        '下旬',
        '月底',
        'end of month',
        'finales de noviembre',
        'next week',
        'Q4',
        'W47',
      ])
        none(s);
    });
    it('ignores versions, decimals, ratios, times and phone numbers', () => {
      for (const s of [
        '1.2.3',
        'v1.2.30',
        '3.5',
        '12.5%',
        '24/7',
        '50/50',
        '1/2',
        '3/4 of the budget',
        '14:00',
        'a las 14:00',
        '138-1234-5678',
        '+86 138 1234 5678',
        '(555) 1234-5678',
        '10.0.0.1',
        '1.10.12',
      ])
        none(s);
    });
    it('ignores ratios that are no day/month reading even with yearlessNumeric', () => {
      none('50/50', DUE);
      none('13/13', DUE);
      none('3.5', DUE);
      none('1/2/3', DUE);
    });
    it('respects boundaries', () => {
      none('12026-11-30');
      none('2026-11-300');
      none('v2026-11-30');
      none('2026-11-30-01');
      none('2026-11-30abc');
      none('x30/11/2026');
      none('30/11/20261');
      none('130/11/2026');
      none('1.30.11.2026');
    });
  });

  describe('scanning', () => {
    it('returns non-overlapping tokens left to right', () => {
      const text = '2026-11-30, 30/11/2026, Nov 30, 11月30日, 2026-02-30, 30 de noviembre';
      const ts = findDates(text, O);
      assert.deepEqual(
        ts.map((t) => t.kind),
        ['date', 'ambiguous', 'ambiguous', 'date', 'invalid', 'date'],
      );
      for (let i = 1; i < ts.length; i++) assert.ok(ts[i].start >= ts[i - 1].end);
      for (const t of ts) assert.equal(text.slice(t.start, t.end), t.text);
    });
    it('prefers the longest reading at one position', () => {
      const t = one('30/11/2026', DUE);
      assert.equal(t.text, '30/11/2026');
    });
  });

  describe('parseDateValue', () => {
    it('reads a value that is just a date', () => {
      const t = parseDateValue('2026-11-30', O);
      assert.equal(t?.kind, 'date');
      assert.equal(parseDateValue('  2026年11月30日  ', O)?.kind, 'date');
      assert.equal(parseDateValue('"2026-11-30"', O)?.kind, 'date');
      assert.equal(parseDateValue('**2026-11-30**', O)?.kind, 'date');
    });
    it('allows a weekday, a time and deadline words around the date', () => {
      const t = parseDateValue('2026-11-30 (Mon)', O);
      assert.equal(t?.kind, 'date');
      assert.equal(parseDateValue('2026-11-30 周一', O)?.kind, 'date');
      assert.equal(parseDateValue('lunes 30 de noviembre de 2026', O)?.kind, 'date');
      assert.equal(parseDateValue('Friday, Nov 30', O)?.kind, 'ambiguous');
      assert.equal(parseDateValue('11月30日前', O)?.kind, 'date');
      assert.equal(parseDateValue('2026-11-30 EOD', O)?.kind, 'date');
    });
    it('merges a time written after a weekday', () => {
      const t = parseDateValue('2026-11-30 (Mon) 14:00', O);
      assert.ok(t && t.kind === 'date');
      assert.deepEqual(t.date, d(2026, 11, 30, 14, 0));
      assert.equal(t.hasTime, true);
      assert.equal(t.text, '2026-11-30 (Mon) 14:00');
    });
    it('reads year-less numeric values by default', () => {
      const t = parseDateValue('11/30', O);
      assert.ok(t && t.kind === 'ambiguous');
      assert.deepEqual(t.certain, d(2026, 11, 30));
      assert.equal(parseDateValue('11/30', { defaultYear: 2026, yearlessNumeric: false }), undefined);
    });
    it('returns invalid and ambiguous tokens too', () => {
      assert.equal(parseDateValue('2026-02-30', O)?.kind, 'invalid');
      assert.equal(parseDateValue('03/04/2026', O)?.kind, 'ambiguous');
    });
    it('rejects values that are more than a date', () => {
      assert.equal(parseDateValue('2026-11-30 and 2026-12-01', O), undefined);
      assert.equal(parseDateValue('before 2026-11-30 if possible', O), undefined);
      assert.equal(parseDateValue('TBD', O), undefined);
      assert.equal(parseDateValue('YYYY-MM-DD', O), undefined);
      assert.equal(parseDateValue('', O), undefined);
      assert.equal(parseDateValue('next Monday', O), undefined);
    });
  });

  describe('formatting and parsing helpers', () => {
    it('formats ISO dates and date-times', () => {
      assert.equal(toIsoDate(d(2026, 1, 5)), '2026-01-05');
      assert.equal(toIsoDateTime(d(2026, 1, 5)), '2026-01-05');
      assert.equal(toIsoDateTime(d(2026, 11, 30, 9, 5)), '2026-11-30 09:05');
      assert.equal(toIsoDateTime({ year: 2026, month: 11, day: 30, hour: 14 }), '2026-11-30 14:00');
    });
    it('parses --today values', () => {
      assert.deepEqual(parseIsoDay('2026-11-30'), d(2026, 11, 30));
      assert.deepEqual(parseIsoDay(' 2026-11-30\n'), d(2026, 11, 30));
      assert.equal(parseIsoDay('2026-02-30'), undefined);
      assert.equal(parseIsoDay('30/11/2026'), undefined);
      assert.equal(parseIsoDay('2026-11-30 14:00'), undefined);
    });
    it('takes the local calendar date of a Date', () => {
      assert.deepEqual(calendarDateOf(new Date(2026, 10, 30, 23, 59)), d(2026, 11, 30));
      assert.deepEqual(calendarDateOf(new Date(2028, 1, 29, 0, 0)), d(2028, 2, 29));
    });
  });

  describe('calendar arithmetic', () => {
    it('counts days across months, years and leap days', () => {
      assert.equal(daysBetween(d(2026, 11, 30), d(2026, 12, 1)), 1);
      assert.equal(daysBetween(d(2026, 12, 1), d(2026, 11, 30)), -1);
      assert.equal(daysBetween(d(2026, 12, 31), d(2027, 1, 1)), 1);
      assert.equal(daysBetween(d(2028, 2, 28), d(2028, 3, 1)), 2);
      assert.equal(daysBetween(d(2026, 2, 28), d(2026, 3, 1)), 1);
      assert.equal(daysBetween(d(2026, 1, 1), d(2027, 1, 1)), 365);
      assert.equal(daysBetween(d(2028, 1, 1), d(2029, 1, 1)), 366);
      assert.equal(daysBetween(d(2026, 11, 30, 23, 0), d(2026, 12, 1, 1, 0)), 1);
    });
    it('agrees with Date for a range of days', () => {
      const base = Date.UTC(1999, 0, 1);
      for (let n = 0; n < 12000; n += 37) {
        const js = new Date(base + n * 86400000);
        const cd = d(js.getUTCFullYear(), js.getUTCMonth() + 1, js.getUTCDate());
        assert.equal(daysBetween(d(1999, 1, 1), cd), n);
        assert.equal(weekday(cd), js.getUTCDay());
        assert.deepEqual(addDays(d(1999, 1, 1), n), cd);
      }
    });
    it('counts hours, fractional', () => {
      assert.equal(hoursBetween(d(2026, 11, 30, 14, 0), d(2026, 12, 1, 14, 0)), 24);
      assert.equal(hoursBetween(d(2026, 11, 30, 14, 0), d(2026, 11, 30, 15, 30)), 1.5);
      assert.equal(hoursBetween(d(2026, 11, 30, 23, 0), d(2026, 12, 1, 1, 0)), 2);
      assert.equal(hoursBetween(d(2026, 12, 1, 1, 0), d(2026, 11, 30, 23, 0)), -2);
    });
    it('knows weekdays', () => {
      assert.equal(weekday(d(2026, 11, 30)), 1); // Monday
      assert.equal(weekday(d(1970, 1, 1)), 4);
      assert.equal(weekday(d(2000, 1, 1)), 6);
      assert.equal(weekday(d(2026, 11, 29)), 0);
    });
  });

  describe('timing', () => {
    const meeting = d(2026, 11, 30, 14, 0);
    it('minutes: exactly 24 hours is not late, 24h01 is', () => {
      assert.equal(isMoreThan(meeting, d(2026, 12, 1, 14, 0), 1), false);
      assert.equal(isMoreThan(meeting, d(2026, 12, 1, 14, 1), 1), true);
      assert.equal(isMoreThan(meeting, d(2026, 11, 30, 18, 0), 1), false);
      assert.equal(isMoreThan(meeting, d(2026, 12, 3, 9, 0), 1), true);
    });
    it('minutes: calendar days when either side has no time', () => {
      assert.equal(isMoreThan(d(2026, 11, 30), d(2026, 12, 1), 1), false);
      assert.equal(isMoreThan(d(2026, 11, 30), d(2026, 12, 2), 1), true);
      assert.equal(isMoreThan(meeting, d(2026, 12, 1), 1), false);
      assert.equal(isMoreThan(d(2026, 11, 30), d(2026, 12, 1, 23, 59), 1), false);
      assert.equal(isMoreThan(d(2026, 11, 30, 8, 0), d(2026, 12, 2), 1), true);
      assert.equal(isMoreThan(d(2026, 11, 30), d(2026, 11, 30), 1), false);
    });
    it('agenda: less than 48 hours before the meeting', () => {
      assert.equal(isLessThanBefore(d(2026, 11, 28, 14, 0), meeting, 2), false); // exactly 48 hours
      assert.equal(isLessThanBefore(d(2026, 11, 28, 14, 1), meeting, 2), true);
      assert.equal(isLessThanBefore(d(2026, 11, 27, 9, 0), meeting, 2), false);
      assert.equal(isLessThanBefore(d(2026, 12, 1, 9, 0), meeting, 2), true); // issued after the meeting
    });
    it('agenda: calendar days when either side has no time', () => {
      assert.equal(isLessThanBefore(d(2026, 11, 28), meeting, 2), false);
      assert.equal(isLessThanBefore(d(2026, 11, 29), meeting, 2), true);
      assert.equal(isLessThanBefore(d(2026, 11, 28, 23, 0), d(2026, 11, 30), 2), false);
      assert.equal(isLessThanBefore(d(2026, 11, 30), d(2026, 11, 30), 2), true);
    });
    it('schedule: one day', () => {
      const opened = d(2026, 11, 30, 10, 0);
      assert.equal(isMoreThan(opened, d(2026, 12, 1, 10, 0), 1), false);
      assert.equal(isMoreThan(opened, d(2026, 12, 1, 10, 30), 1), true);
    });
  });

  describe('parseWeek', () => {
    it('reads ISO weeks to their Monday', () => {
      assert.deepEqual(parseWeek('2026-W47', O), d(2026, 11, 16));
      assert.equal(weekday(parseWeek('2026-W47', O)!), 1);
      assert.deepEqual(parseWeek('2026W47', O), d(2026, 11, 16));
      assert.deepEqual(parseWeek('2026-W47-3', O), d(2026, 11, 16));
      assert.deepEqual(parseWeek('2026-W01', O), d(2025, 12, 29));
      assert.deepEqual(parseWeek('2027-W01', O), d(2027, 1, 4));
      assert.deepEqual(parseWeek('2026-W53', O), d(2026, 12, 28));
      assert.equal(parseWeek('2027-W53', O), undefined);
      assert.equal(parseWeek('2026-W00', O), undefined);
    });
    it('reads short and localised week forms with the default year', () => {
      assert.deepEqual(parseWeek('W47', O), d(2026, 11, 16));
      assert.deepEqual(parseWeek('第47周', O), d(2026, 11, 16));
      assert.deepEqual(parseWeek('2026年第47周', O), d(2026, 11, 16));
      assert.deepEqual(parseWeek('semana 47', O), d(2026, 11, 16));
    });
    it('accepts a plain date', () => {
      assert.deepEqual(parseWeek('2026-11-18', O), d(2026, 11, 18));
      assert.deepEqual(parseWeek('2026年11月18日', O), d(2026, 11, 18));
      assert.deepEqual(parseWeek('18/11/2026', O), d(2026, 11, 18));
      assert.equal(parseWeek('03/04/2026', O), undefined);
      assert.equal(parseWeek('2026-02-30', O), undefined);
      assert.equal(parseWeek('next week', O), undefined);
    });
  });

  describe('reading only what a caller needs', () => {
    // Random strings of date parts: the shortcuts must give exactly the first tokens of the full search.
    const parts = [
      '2026',
      '-',
      '11',
      '/',
      '.',
      ' ',
      '年',
      '月',
      '日',
      '30',
      '1',
      '3',
      'st',
      'th',
      'de',
      'noviembre',
      'Nov',
      'NOV',
      'November',
      'May',
      'Ma',
      'JA',
      'Jan',
      ',',
      '14:00',
      'at',
      'pm',
      '\t',
      'º',
      '前',
      'a las',
      '12',
      '2',
      '99',
      '2027',
      '0',
      'T',
      '5',
      'of',
      'x',
      'Dec',
      'Sept',
    ];
    let seed = 7;
    const next = (n: number) => {
      seed = (seed * 1103515245 + 12345) % 2147483648;
      return seed % n;
    };
    it('onlyFirst gives the first token, startingBy only tokens starting by then', () => {
      for (let k = 0; k < 20000; k++) {
        let text = '';
        for (let j = 1 + next(8); j > 0; j--) text += parts[next(parts.length)];
        for (const o of [O, DUE]) {
          const all = findDates(text, o);
          assert.deepEqual(findDates(text, { ...o, onlyFirst: true }), all.slice(0, 1), text);
          assert.deepEqual(
            findDates(text, { ...o, startingBy: 1 }),
            all.filter((t) => t.start <= 1),
            text,
          );
        }
      }
    });
  });
});
