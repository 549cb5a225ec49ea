/**
 * The eighteenth blind set's timing gaps: a meeting's time range, time zone or place written after its date
 * turned the timing rules off, and a date field nobody could read was passed over in silence. Written here in
 * our own words, in the same forms.
 */
import { strict as assert } from 'node:assert';
import { parseFieldDate, readingFor, type DateToken } from '../server/core/dates';
import { join } from 'node:path';
import { Session } from '../server/core/session';
import { hover } from '../server/lsp/hover';
import { uriOf } from '../server/lsp/convert';
import { analyze } from './helpers/analyze';
import { tempDir } from './helpers/temp';
import { sameEverywhere } from './helpers/minutes';

const read = (value: string): string | undefined => {
  const t: DateToken | undefined = parseFieldDate(value, { defaultYear: 2026, yearlessNumeric: true });
  const d = t && readingFor(t, undefined);
  if (!d) return undefined;
  const two = (n: number) => String(n).padStart(2, '0');
  const day = `${d.year}-${two(d.month)}-${two(d.day)}`;
  return t.kind !== 'invalid' && t.hasTime ? `${day} ${two(d.hour ?? 0)}:${two(d.minute ?? 0)}` : day;
};

const rulesOf = (text: string, path = 'doc.md', locale: 'en' | 'es' | 'zh' = 'en') =>
  analyze(text, path, locale).findings.map((f) => `${f.range.start.line + 1} ${f.rule}`);

describe('the eighteenth blind set: dates of fields with more after them', () => {
  it('reads the day and the start time before a time range, a zone or a place', () => {
    assert.equal(read('2026-11-16 09:30–10:45'), '2026-11-16 09:30');
    assert.equal(read('2026-11-16 16:00-17:00'), '2026-11-16 16:00');
    assert.equal(read('2026-11-16 16:00 UTC'), '2026-11-16 16:00');
    assert.equal(read('2026-11-16 16:00 CEST'), '2026-11-16 16:00');
    assert.equal(read('2026-11-16 16:00 (Madrid)'), '2026-11-16 16:00');
    assert.equal(read('2026-11-16 16:00 (UTC+2)'), '2026-11-16 16:00');
    assert.equal(read('2026-11-16 4-5pm'), '2026-11-16 16:00');
    assert.equal(read('2026-11-16 11-1pm'), '2026-11-16 11:00');
    assert.equal(read('2026-11-16 de 9:30 a 10:15'), '2026-11-16 09:30');
    assert.equal(read('2026-11-16, 9:30 a 10:15 h'), '2026-11-16 09:30');
    assert.equal(read('2026-11-16 15h30'), '2026-11-16 15:30');
    assert.equal(read('2026-11-16 下午3点-4点半'), '2026-11-16 15:00');
    assert.equal(read('2026年11月16日（周一）上午10点-11点'), '2026-11-16 10:00');
    assert.equal(read('16 November 2026, 09:30–10:45 GMT'), '2026-11-16 09:30');
    // No time in the rest: the day alone.
    assert.equal(read('2026-11-16 (by video)'), '2026-11-16');
    assert.equal(read('2026-11-16 5 people'), '2026-11-16');
  });

  it('does not read a value that gives two days, or says the day moved', () => {
    assert.equal(read('2026-11-16 or 2026-11-17'), undefined);
    assert.equal(read('2026-11-16, postponed to Friday'), undefined);
    assert.equal(read('2026-11-16 (aplazada)'), undefined);
    assert.equal(read('2026-11-16 改期'), undefined);
    assert.equal(read('around 2026-11-16'), undefined);
  });

  it('minutes with a time range on the meeting are still judged late', () => {
    const text =
      '---\ntype: minutes\nclient: Orchard Tea\nmeeting: 2026-11-09 09:30–10:45\nissued: 2026-11-13\nattendees: Priya Nair\ndistribution: attendees\n---\n\n# Minutes\n\n## Decisions\n\n- Keep the green pack.\n\n## Action items\n\n- [ ] Priya to brief the printer by 2026-11-30\n';
    assert.ok(rulesOf(text).includes('5 minutes-late'));
    sameEverywhere(text);
  });

  it('an agenda with a time zone or a Spanish time range is still judged late', () => {
    for (const meeting of [
      '2026-11-24 16:00 UTC',
      '2026-11-24 de 16:00 a 17:30',
      '2026-11-24 (Lisbon)',
      '2026-11-24 4-5pm',
    ]) {
      const text = `---\ntype: agenda\nclient: Orchard Tea\nmeeting: ${meeting}\nissued: 2026-11-23\nattendees: Priya Nair\nlocation: Meet\n---\n\n# Agenda\n\n## Purpose\n\nPack review.\n\n## Topics\n\n- Pack (15 min)\n`;
      assert.ok(rulesOf(text).includes('5 agenda-late'), meeting);
    }
  });

  it('a Chinese agenda with a range in Chinese clock words is still judged late', () => {
    const text =
      '---\n类型: 会议议程\n客户: 茶园\n会议时间: 2026-11-24 下午3点-4点半\n发出日期: 2026-11-23\n参会人: 周宁\n地点: 会议室\n---\n\n# 会议议程\n\n## 会议目的\n\n包装评审。\n\n## 议题\n\n- 包装（15 分钟）\n';
    assert.ok(rulesOf(text, 'doc.md', 'zh').includes('5 agenda-late'));
  });

  it('a job card opened and scheduled with a time zone is still judged', () => {
    const text =
      '---\ntype: job\njob: OT-2210\nclient: Orchard Tea\nopened: 2026-11-10 10:15 GMT\nschedule-sent: 2026-11-13 09:00 GMT\nowner: Priya Nair\ndue: 2026-11-30\nstatus: open\n---\n\n# Job OT-2210\n\n## Request\n\nShelf talkers.\n\n## Deliverables\n\nTwo sizes.\n\n## Schedule\n\nFiles 2026-11-30.\n\n## Estimate\n\nUSD 3,100.\n';
    assert.ok(rulesOf(text).includes('6 schedule-late'));
  });
});

describe('the eighteenth blind set: a date field that is no date', () => {
  const agenda = (meeting: string) =>
    `---\ntype: agenda\nclient: Orchard Tea\nmeeting: ${meeting}\nissued: 2026-11-16\nattendees: Priya Nair\nlocation: Meet\n---\n\n# Agenda\n\n## Purpose\n\nPack review.\n\n## Topics\n\n- Pack (15 min)\n`;

  it('says so, in the language asked for', () => {
    const found = (locale: 'en' | 'es' | 'zh') =>
      analyze(agenda('the Thursday after the launch'), 'doc.md', locale).findings.filter(
        (f) => f.rule === 'invalid-date',
      );
    assert.deepEqual(
      found('en').map((f) => `${f.range.start.line + 1} ${f.message}`),
      ['4 “the Thursday after the launch” in “meeting” cannot be read as a date: write it as YYYY-MM-DD.'],
    );
    assert.match(found('es')[0].message, /no se puede leer como fecha/);
    assert.match(found('zh')[0].message, /无法识别为日期/);
  });

  it('leaves blanks, placeholders, values with a digit and the dates it reads to the other rules', () => {
    for (const meeting of [
      'TBD',
      '<date>',
      'YYYY-MM-DD',
      'Q1 2027',
      '2026-11-24 16:00 UTC',
      '2026-11-16 or 2026-11-17',
    ])
      assert.deepEqual(
        rulesOf(agenda(meeting)).filter((r) => r.endsWith('invalid-date')),
        [],
        meeting,
      );
  });

  it('only in agency documents: ordinary Markdown with such a date keeps quiet', () => {
    const post = '---\ntitle: Notes on travel\ndate: last spring\n---\n\n# Notes on travel\n\nA few thoughts.\n';
    assert.deepEqual(rulesOf(post, 'notes.md'), []);
  });
});

describe('the eighteenth blind set: hovering a job number', () => {
  it('says when the job is due in the document’s language, in an English editor', () => {
    const session = new Session({ today: () => ({ year: 2026, month: 11, day: 20 }) });
    const dir = tempDir('b18-hover-');
    const card = join(dir, '工作单-CJ-0411.md');
    session.indexFile(
      card,
      '---\ntype: job\n工作单号: CJ-0411\n客户: 晨光书店\n开单日期: 2026-11-18 10:00\n负责人: 孙悦\n截止日期: 2026-12-04\n状态: 进行中\n---\n\n# 工作单：年历设计\n',
    );
    const report = join(dir, '周报.md');
    const text =
      '---\ntype: status\n客户: 晨光书店\n周次: 2026-W47\n---\n\n# 工作进度报告\n\n## 进行中的工作\n\n- CJ-0411 年历设计\n';
    session.update(report, text, 1);
    const line = text.split('\n').findIndex((l) => l.includes('CJ-0411'));
    const h = hover({ textDocument: { uri: uriOf(report) }, position: { line, character: 4 } }, session, 'utf-16');
    const value = (h?.contents as { value: string } | undefined)?.value ?? '';
    assert.match(value, /截止 2026-12-04/, value);
    assert.doesNotMatch(value, /\bdue\b/, value);
  });
});
