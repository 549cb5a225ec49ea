/**
 * Forms of the twenty-third session's blind samples (eval45, eval46: minutes and agendas in three languages)
 * that were reported as missing a field they give: the attendees under names of their own, the meeting's day
 * in a title or on a `Time:` line, when the minutes were written, a call link, a closing distribution line;
 * and the year a `Time:` line gives. Written here in our own words, in the same forms.
 */
import { strict as assert } from 'node:assert';
import { analyze, missingFieldLines, reportsMissing } from './helpers/analyze';
import { documentYear } from '../server/core/documentYear';
import { actionsOf } from '../server/core/analyze';
import { buildDocument } from '../server/core/document';
import { namesAttendees } from '../server/core/rules/missing-field';

const missing = missingFieldLines;
const has = reportsMissing;

const MIN = '---\ntype: minutes\n---\n';
const AGENDA = '---\ntype: agenda\n---\n';

describe('the twenty-third blind samples: fields given in the body', () => {
  it('attendees under headings of their own words, in three languages', () => {
    for (const heading of [
      '## Voting member attendance',
      '## People Present',
      '## Attendents',
      '## Members in attendance',
      '## Integrantes Asistentes',
      '## Miembros presentes',
      '#### 参会者',
      '## 出席委員',
    ])
      assert.ok(!has(`${MIN}# Weekly sync\n\n${heading}\n\n- Ana Ruiz\n- Li Wei\n`, 'attendees'), heading);
    // Under sub-headings by group.
    assert.ok(
      !has(
        `${MIN}# Board call\n\n## Voting member attendance\n\n### Founding members\n\n- [x] Ana Ruiz\n`,
        'attendees',
      ),
    );
    // A heading that presents something, or one over nothing, names nobody.
    assert.ok(has(`${MIN}# Weekly sync\n\n## Items to present\n\n- The new logo\n`, 'attendees'));
    assert.ok(has(`${MIN}# Weekly sync\n\n## People Present\n\n## Notes\n- Fine.\n`, 'attendees'));
    assert.ok(has(`${MIN}# 周会\n\n## 缺席人员\n\n- 王明\n`, 'attendees'));
  });

  it('attendees on labels: emphasised, in a list over the names, on the next line, or everyone', () => {
    for (const block of [
      '*Attendance*:\n- [X] Ana Ruiz\n- [X] Li Wei',
      '**Miembros en la reunion:** Ana Ruiz, Luis Gil y Marta Paz',
      '**出席委員**: <br>\n主委王明、副主委李华<br>',
      '- 与会人员：\n\t1. Zhang\n\t2. Wang',
      '**Attendence:** 6/6',
      '- Attendees:\n  - Ana, Ben, Carla\n  - (Absent: none)',
      '- 本次会议在三楼会议室召开，全员参加。',
      'All members present.',
    ])
      assert.ok(!has(`${MIN}# Weekly sync\n\n${block}\n\n## Notes\n- Fine.\n`, 'attendees'), block);
    // A label with nothing under it is no list; saying not everyone came names nobody.
    assert.ok(has(`${MIN}# Weekly sync\n\n- Attendees:\n\n## Notes\n- Fine.\n`, 'attendees'));
    assert.ok(has(`${MIN}# Weekly sync\n\nNot all members were present.\n\n## Notes\n- Fine.\n`, 'attendees'));
  });

  it('a label over the names on the next line, far down a log of actas, is filled in', () => {
    const filler = Array.from({ length: 70 }, (_, i) => `Línea ${i + 1} del diario.\n`).join('');
    const text = `${MIN}# Diario del equipo\n\n${filler}\n### Acta 2026-01\n\n- **Fecha:** [18/10/2026]\n\n**Asistentes:**\nAna, Luis, Marta\n`;
    assert.deepEqual(
      missing(text).filter((f) => f.startsWith('attendees')),
      [],
    );
  });

  it('which keys name the attendees', () => {
    for (const k of ['People Present', 'Voting member attendance', 'Attendents', 'Integrantes Asistentes', '参会者'])
      assert.ok(namesAttendees(k), k);
    for (const k of [
      'Items to present',
      'Present the deck',
      'Presentation',
      '缺席人员',
      'Members',
      'Participation rules',
    ])
      assert.ok(!namesAttendees(k), k);
  });

  it("the meeting's day in the title, the first heading or the subject line", () => {
    for (const top of [
      '## Committee Meeting 2026.06.11',
      '# Meeting Minutes - 10/12/22',
      '# 06/07/21 - Team 4 Meeting',
      '# 4.24.21 4:00 - 6:00 p.m. Design session',
      '**会议主题：** 社区例会 3.11\n\n**参会人：** 王明, 李华',
      '**Time:** 2020.9.30 15:00~15:45',
      '**時間**: 113/11/26 19:00~21:00<br>',
    ])
      assert.ok(!has(`${MIN}${top}\n\n## Notes\n- Fine.\n`, 'meeting'), top);
    // A log whose headings date each meeting, the Chinese way without a year.
    assert.ok(!has(`${MIN}# 会议记录\n\n## 迭代会议2（4.11）\n- 好。\n\n## 启动会议（3.24）\n- 好。\n`, 'meeting'));
    // A version number in an English title is no day; a week number is none either.
    assert.ok(has(`${MIN}# Python 3.11 upgrade\n\n## Notes\n- Fine.\n`, 'meeting'));
    assert.ok(has(`${MIN}# 第十周例会\n\n## 本周任务\n- 好。\n`, 'meeting'));
    // Numbered sections are no days.
    assert.ok(has(`${MIN}# 第十周例会\n\n## 3.1 背景\n- 好。\n\n## 3.2 进展\n- 好。\n`, 'meeting'));
    assert.ok(has(`${MIN}# Sync\n\n**Time:** 6:30 - 7 PM\n\n## Notes\n- Fine.\n`, 'meeting'));
  });

  it('when minutes were written: a writing date atop or closing them, a page stamp, the date atop a log', () => {
    const tail = (line: string) => `${MIN}# Acta\n\n**Fecha:** 14/02/2026\n\n## Acuerdos\n- Seguir.\n\n${line}\n`;
    assert.ok(!has(tail('**Fecha de redacción:** [16/02/2026]'), 'issued'));
    assert.ok(!has(tail('**Fecha de creación:** [06/10/2025]'), 'issued'));
    // The bare `Fecha:` is the meeting's day, and a template's blank is no date.
    assert.ok(has(tail(''), 'issued'));
    assert.ok(has(tail('**Fecha de redacción:** [DD/MM/AAAA]'), 'issued'));
    // A page a site generator stamped when it went out.
    const page = '---\ntitle: "Team call"\ndate: 2026-07-07T23:29:06+08:00\ntype: minutes\n---\n\nNotes.\n';
    assert.ok(!has(page, 'issued'));
    assert.ok(has(page.replace('T23:29:06+08:00', ''), 'issued'));
    // A report of several actas, each with its own `Fecha:` line: the date atop it is the report's.
    const log = `${MIN}# Informe del proyecto\n\n- **Grupo**: 2\n- **Fecha**: 15/12/2026\n\n## Actas\n\n### Acta 1\n- **Fecha**: 16/10/2026\n\n### Acta 2\n- **Fecha**: 30/10/2026\n`;
    assert.ok(!has(log, 'issued'));
    assert.ok(has(log.replace('- **Fecha**: 30/10/2026\n', ''), 'issued'));
  });

  it("an agenda's call link gives its place, and a comment atop it counts no lines", () => {
    const comment = `<!--\n${Array.from({ length: 90 }, () => 'How to join: add your name below.\n').join('')}-->\n`;
    const text = `${AGENDA}${comment}\n# Working group – October 2026\n\n- **Date & Time**: [October 1, 2026, 10:30 AM](https://example.com/tz)\n- **Video Conference Link**: https://zoom.us/j/123456\n\n## Attendees\n- Ana\n\n## Agenda\n- Intro\n`;
    const found = missing(text);
    assert.ok(!found.some((f) => f.startsWith('location@')), found.join());
    assert.ok(!found.some((f) => f.startsWith('meeting@')), found.join());
    assert.ok(has(text.replace('https://zoom.us/j/123456', 'to follow'), 'location'));
  });

  it('a distribution line closing long minutes', () => {
    const body = Array.from({ length: 90 }, (_, i) => `- 第${i + 1}条记录\n`).join('');
    const text = `${MIN}# 第六次会议纪要\n\n## 会议内容\n${body}\n**分发范围**: 全体项目成员\n`;
    assert.ok(!has(text, 'distribution'));
    assert.ok(has(text.replace('**分发范围**: 全体项目成员\n', ''), 'distribution'));
  });
});

describe('the twenty-third blind samples: the year and the language', () => {
  it('a `Time:` line atop Chinese minutes gives the year of their year-less DDLs', () => {
    assert.equal(documentYear({ body: '# 第三次会议\n\n**Time:** 2020.9.30 15:00~15:45\n', path: 'a.md' }), 2020);
    assert.equal(documentYear({ body: '**时间**：2021年3月4日 10:00\n', path: 'a.md' }), 2021);
    // The Republic of China calendar after `時間`: 113 is 2024.
    assert.equal(documentYear({ body: '**時間**: 113/11/26 19:00~21:00<br>\n', path: 'a.md' }), 2024);
    const text = `${MIN}# 第三次会议\n\n**Time:** 2020.9.30 15:00~15:45\n\n### 任务\n\n| 任务 | 负责人 | DDL |\n| --- | --- | --- |\n| 检查简历拼写 | 王明 | 9.30 |\n| 完成标书初稿 | 李华 | 10.3 |\n`;
    const a = analyze(text);
    assert.deepEqual(
      actionsOf(a.doc, a.options).map((x) => x.due?.date && `${x.due.date.year}-${x.due.date.month}-${x.due.date.day}`),
      ['2020-9-30', '2020-10-3'],
    );
  });

  it('an acta whose headings are only its dates is Spanish by its words', () => {
    const text = `${MIN}### 08/06/2026\n* Se definen las tareas de cada integrante del grupo para la semana.\n\nAna: realizará la página de inicio.\nLuis: realizará la página del carrito de compras.\n\n### 15/06/2026\nSe definen los estilos que usaremos en el proyecto y se toma como referencia la portada.\n`;
    assert.equal(buildDocument('a.md', text, { locale: 'en' }).lang, 'es');
    const fix = analyze(text).findings.find((f) => f.rule === 'missing-section');
    assert.ok(fix && /Acuerdos|Próximos pasos/.test(fix.message), fix?.message);
    // English words keep an English log English under a Spanish locale's editor.
    const en = `${MIN}### 08/06/2026\n* The team will split the tasks for the week and each member will take one page of the site.\n`;
    assert.equal(buildDocument('a.md', en, { locale: 'es' }).lang, 'en');
  });
});

describe('the twenty-third blind samples: a report’s own date', () => {
  it('a status report’s `date:` in the front matter is when it went out; minutes’ is their meeting', () => {
    const status =
      '---\ntype: status\nclient: Acme\nweek: 2026-W48\ndate: 2026-11-27\n---\n# Weekly status\n\n## Jobs in progress\n\n- Deck.\n\n## Completed\n\n- Brief signed.\n\n## Decisions needed\n\n- None.\n\n## Next week\n\n- Shoot.\n';
    const issued = (t: string) =>
      analyze(t, 'status.md').findings.filter((f) => f.rule === 'missing-field' && f.data?.field === 'issued');
    assert.equal(issued(status).length, 0);
    assert.equal(issued(status.replace('date: 2026-11-27', 'date: YYYY-MM-DD')).length, 1);
  });
});

describe('the twenty-third blind samples: a brand named in the title', () => {
  const brandMissing = (t: string) =>
    analyze(t, 'strategy.md').findings.filter((f) => f.rule === 'missing-field' && f.data?.field === 'brand').length;
  const doc = (fm: string, title: string) => `---\n${fm}---\n# ${title}\n\n## Brand definition\n\nText.\n`;

  it('a document keeping no fields, titled `Name — what it is`, names its brand', () => {
    assert.equal(brandMissing(doc('type: strategy\n', 'TipFly AI — Go-to-market strategy')), 0);
    assert.equal(brandMissing(doc('type: strategy\n', '诡谜局 · 前期获客宣传方案')), 0);
  });

  it('not a date or a week, not a title in one part, and not where the document keeps its fields', () => {
    assert.equal(brandMissing(doc('type: strategy\n', 'Strategy - Week Ending Jan 10, 2026')), 1);
    assert.equal(brandMissing(doc('type: strategy\n', 'Go-to-market strategy')), 1);
    assert.equal(brandMissing(doc('type: strategy\n', '内容简报草稿：在线订购与账户管理中心')), 1);
    assert.equal(
      brandMissing(doc('type: strategy\nclient: Acme\ndate: 2026-11-20\n', 'TipFly AI — Go-to-market strategy')),
      1,
    );
  });
});

describe('the twenty-third blind samples, third round (eval51): labels written other ways', () => {
  const missing = (t: string) =>
    analyze(t, 'minutes.md')
      .findings.filter((f) => f.rule === 'missing-field')
      .map((f) => String(f.data?.field));
  const head = '---\ntype: minutes\nclient: Acme\nissued: 2026-11-21\ndistribution: Ana\n---\n';

  it('a bold key with no colon gives its value (`**时间**  2024.05.08`, `**参与人员**  李斯嘉`)', () => {
    const text = `${head}# 第十一周会议\n\n**时间**  2026.05.08\n\n**参与人员**  李斯嘉、王明\n\n## 决议\n\n- 同意。\n`;
    assert.deepEqual(missing(text), []);
    assert.deepEqual(missing(text.replace('**参与人员**  李斯嘉、王明', '李斯嘉、王明')), ['attendees']);
  });

  it('`**Participa:**`, `## Participantes Convocados`, `# Roll Call`, `**Fecha de Convocatoria:**`, `**Medio:** Virtual`', () => {
    const es = `${head}# Acta\n\n**Fecha de Convocatoria:** 02 de octubre de 2026\n\n**Participa:** Valentín González\n\n## Acuerdos\n\n- Seguir.\n`;
    assert.deepEqual(missing(es), []);
    const called = `${head}# Orden\n\n**Fecha de Convocatoria:** 02 de octubre de 2026\n\n## 👥 Participantes Convocados\n\n- Ana\n- Luis\n`;
    assert.deepEqual(missing(called), []);
    const roll = `${head}# General meeting\n\n**Date:** 2026-08-12\n\n# Roll Call\n\n- Members: Adam, Erin\n`;
    assert.deepEqual(missing(roll), []);
  });
});

describe('the twenty-fourth session blind samples (eval53–eval55): fields given in other forms', () => {
  it('the meeting day after an emoji, with the city, in compact headings, after a tab in a ROC year', () => {
    assert.ok(!has(`${MIN}# Actas\n\n## Acta 2\n\n**🗓️ Fecha:** 04/09/2026\n\n- Ana\n`, 'meeting'));
    assert.ok(!has(`${MIN}# ACTA 3\n\n**CIUDAD Y FECHA:** Cartagena - 03/02/2021\n`, 'meeting'));
    assert.ok(has(`${MIN}# ACTA 3\n\n**CIUDAD Y TEMA:** Cartagena - presupuesto\n`, 'meeting'));
    const log = `${MIN}# 课程会议纪要\n\n## 20210615会议纪要\n\n讨论分工。\n\n## 20210622会议纪要\n\n讨论进度。\n`;
    assert.ok(!has(log, 'meeting'));
    const tab = `${MIN}第三屆幹部第五次會議\n===\n\n會議時間\t110年3月2日 (星期二) 中午\n\n出席人員\t王主席、李委員、陳委員\n\n## 壹、報告\n`;
    assert.ok(!has(tab, 'meeting'));
    assert.ok(!has(tab, 'attendees'));
  });

  it('the meeting day in a page’s time-stamped front matter, a line of its own, or labels of each session', () => {
    const stamped = '---\ntype: minutes\nlayout: post\ndate:   2021-06-01 09:30:00 +0200\n---\n\n## Present\n- Ana\n';
    assert.ok(!has(stamped, 'meeting'));
    // The page's stamp without its `T` is not taken for the day the minutes were issued.
    assert.ok(has(stamped, 'issued'));
    assert.ok(!has('---\ntype: minutes\nfrom:   2022-01-10 00:00:00 +1000\n---\n\n## Present\n- Ana\n', 'meeting'));
    assert.ok(
      !has(`${MIN}\n<!-- licence: CC-BY -->\n<!-- (c) the project -->\n\nMarch 3, 2022\n\nHost: Ana\n`, 'meeting'),
    );
    const sessions = `${MIN}# Notes\n\n## Agenda\n3/14/2022:\n- Pick the classes\n\n3/16/2022:\n- Review them\n`;
    assert.ok(!has(sessions, 'meeting'));
    assert.ok(!has(`${MIN}# 小组作业记录\n\n## 讨论\n> **5月3日上午**：\n> 讨论数据库。\n`, 'meeting'));
    assert.ok(has(`${MIN}# Notes\n\n## Agenda\nTopics:\n- Pick the classes\n`, 'meeting'));
  });

  it('attendees as members, initials, other attendees, a list label, or everyone', () => {
    for (const block of [
      '## 👥 **Integrantes del Acta**\n- Ana Ruiz\n- Luis Gil',
      '- **PARTICIPANTES**\n\n**NOMBRES DEL EQUIPO**\n\nANA RUIZ\n\nLUIS GIL',
      '- 成员：全体组员',
      '- **Members**: Ana Ruiz / Li Wei / Sam Lee',
      '*Other attendees:*\n - Jo Park (guest)\n - Li Wei',
      '全体成员开会讨论了下一步的工作。',
    ])
      assert.ok(!has(`${MIN}# Weekly sync\n\n${block}\n\n## Notes\n- Fine.\n`, 'attendees'), block);
    assert.ok(!has(`${MIN}# 12 March 2026 Meeting\n\nAR, BK, CL, DM\n\nNotes:\n- Fine.\n`, 'attendees'));
    assert.ok(has(`${MIN}# 12 March 2026 Meeting\n\nAR, BK\n\nNotes:\n- Fine.\n`, 'attendees'));
    assert.ok(has(`${MIN}# Weekly sync\n\n- **Members**: TBD\n\n## Notes\n- Fine.\n`, 'attendees'));
  });

  it('when the minutes were written: who prepared them, then the day, closing them', () => {
    const body = `${MIN}# Sprint review\n\n- **Date**: 11/05/2026\n\n## Notes\n- Fine.\n\n---\n\n`;
    assert.ok(!has(`${body}**Minutes Prepared By**: Ana Ruiz\n**Date**: 11/06/2026\n`, 'issued'));
    assert.ok(has(`${body}**Date**: 11/06/2026\n`, 'issued'));
  });

  it('agency documents: a document update line, a created line, pro bono work, rupees, a call, the addressee', () => {
    const plan = `---\ntype: strategy\n---\n# 推广方案\n\n## 目标\n\n- 拉新。\n\n---\n\n*文档更新时间：2026年3月8日*\n*版本：v1.0*\n`;
    assert.ok(!has(plan, 'date'));
    assert.ok(
      !has(`---\ntype: job\n---\n# Page fixes — brief\n\n**Created:** 2026-04-01\n**Branch:** fixes\n`, 'opened'),
    );
    assert.ok(has(`---\ntype: job\n---\n# Page fixes — brief\n\n**Branch:** fixes\n`, 'opened'));
    const brief = `---\ntype: brief\n---\n# Site brief\n\n| Field | Details |\n|---|---|\n| **Designer** | Ana Ruiz (pro bono) |\n`;
    assert.ok(!has(brief, 'budget'));
    assert.ok(has(brief.replace(' (pro bono)', ''), 'budget'));
    const estimate = `---\ntype: estimate\n---\n# Website cost\n\n**Total:** ₹25,000\n\n- Advance: **₹12,500**\n`;
    assert.ok(!has(estimate, 'currency'));
    const call =
      '---\ntype: agenda\ntitle: Board call 2026 May - teleconference\n---\n\n#### 4th May 2026\n\n1. Welcome\n';
    assert.ok(!has(call, 'location'));
    assert.ok(has(call.replace(' - teleconference', ''), 'location'));
    const mail = `---\ntype: status\n---\n# Email to the client\n\n**To:** Jo Park\n**Subject:** Your site is ready\n`;
    assert.ok(!has(mail, 'client'));
    const met = `${MIN}# Minutes\n\n**Attendees:**\n\n* Client Contact (Jo Park)\n* Team Member (Ana Ruiz)\n`;
    assert.ok(!has(met, 'client'));
    assert.ok(has(met.replace('Client Contact (Jo Park)', 'Designer (Jo Park)'), 'client'));
  });
});
