/**
 * Forms of the twenty-eighth session's blind samples (eval69–eval71: English, Spanish and Chinese minutes and
 * agency documents) that were reported as missing a field they give: the attendees one a line under `Meeting
 * Attendees`, under `## Key Participants`, under `人员：` or `参与角色：`, after a bar on the line of the date
 * (`日期：… ｜ 参会：…`) or in an `Asistentes` column; the client named in brackets among them (`(cliente, …)`);
 * when the document was made on a closing line (`**Published:**`, `**Report Generated:**`, `*… generada … ·
 * 2026-07-24*`) or in a page's `publicationdate:`; `**Last Updated:**` closing a fact book; a report's `**Week
 * Ending:**`; a review's `Corte de relevamiento:`; a byline with its month; the meeting's day opening a heading
 * under the title, a line naming the meeting, a log's `时间：` lines or the rows of a table of meetings; a Hangouts
 * link; a strategy titled for an account's handle. Written here in our own words, in the same forms.
 */
import { strict as assert } from 'node:assert';
import { reportsMissing } from './helpers/analyze';

const has = reportsMissing;

const MIN = '---\ntype: minutes\n---\n';
const AGENDA = '---\ntype: agenda\n---\n';
const STATUS = '---\ntype: status\n---\n';
const FACTS = '---\ntype: factbook\n---\n';
const COMP = '---\ntype: competitor\n---\n';
const STRATEGY = '---\ntype: strategy\n---\n';

describe('the twenty-eighth blind samples: fields given in the body', () => {
  it('the attendees one a line under `Meeting Attendees`, not a list of topics', () => {
    const names = '    Nora Field\n    Owen Price\n    Tess Marlow\n';
    assert.ok(
      !has(`${MIN}Planning meeting\nDate: 3/4/2026\n\nMeeting Attendees\n${names}\nTasks\n- Plan\n`, 'attendees'),
    );
    assert.ok(!has(`${MIN}Planning meeting\n\nPresent\n- Nora Field\n- Owen Price (PM)\n`, 'attendees'));
    // Lines under it that are no names, or one name alone, name no attendees.
    assert.ok(
      has(
        `${MIN}Planning meeting\n\nMeeting Attendees\n    to be confirmed by the chair\n    see the sheet\n`,
        'attendees',
      ),
    );
    assert.ok(has(`${MIN}Planning meeting\n\nMeeting Attendees\n    Nora Field\n\nTasks\n- Plan\n`, 'attendees'));
  });

  it('the attendees under `## Key Participants`', () => {
    assert.ok(
      !has(`${MIN}# Board meeting\n\n## Key Participants\n- **Nora** - Chair\n- **Owen** - Treasurer\n`, 'attendees'),
    );
    assert.ok(has(`${MIN}# Board meeting\n\n## Key Points\n- **Nora** - Chair\n- **Owen** - Treasurer\n`, 'attendees'));
  });

  it('the attendees under `人员：` or `参与角色：` in minutes', () => {
    assert.ok(!has(`${MIN}# 第一次会议\n\n人员：三位队员\n\n## 内容\n- 分工\n`, 'attendees'));
    assert.ok(!has(`${MIN}# 第一次会议\n\n- **人员**：王明，李华，赵敏\n`, 'attendees'));
    assert.ok(!has(`${MIN}# 第一次会议\n\n参与角色：产品、前端、后端\n`, 'attendees'));
    // A key about people that names no attendees (`人员分工`), or a blank.
    assert.ok(has(`${MIN}# 第一次会议\n\n人员分工：前端做首页\n`, 'attendees'));
    assert.ok(has(`${MIN}# 第一次会议\n\n人员：待定\n`, 'attendees'));
  });

  it('keys after a bar on one line (`> 日期：… ｜ 参会：…`)', () => {
    assert.ok(!has(`${MIN}# 评审会议纪要\n\n> 日期：2026-03-12 ｜ 参会：王明、李华 ｜ 记录：王明\n`, 'attendees'));
    assert.ok(!has(`${MIN}# Review\n\nDate: 2026-03-12 | Attendees: Nora, Owen | Notes: Nora\n`, 'attendees'));
    assert.ok(has(`${MIN}# 评审会议纪要\n\n> 日期：2026-03-12 ｜ 记录：王明 ｜ 地点：二楼\n`, 'attendees'));
    // A table row is no line of keys.
    assert.ok(has(`${MIN}# Review\n\n| Date: 2026-03-12 | Attendees: Nora |\n`, 'attendees'));
  });

  it('a table of meetings with a `Fecha` and an `Asistentes` column', () => {
    const table =
      '| Fecha | Temas | Asistentes |\n|---|---|---|\n| 2-abril-26 | Sprint 2 | Todo el equipo |\n| 9-abril-26 | Requisitos | PO, equipo |\n';
    assert.ok(!has(`${MIN}## Bitácora\n\n${table}`, 'attendees'));
    assert.ok(!has(`${MIN}## Bitácora\n\n${table}`, 'meeting'));
    // A table of tasks with their dates names no attendees.
    const tasks = '| Fecha | Tarea |\n|---|---|\n| 2-abril-26 | Maqueta |\n| 9-abril-26 | Pruebas |\n';
    assert.ok(has(`${MIN}## Bitácora\n\n${tasks}`, 'attendees'));
  });

  it('the client named in brackets among those at the meeting (`(cliente, La Casa Verde)`)', () => {
    const body = (who: string) => `# Acta\n\n**Fecha:** 2026-07-01\n**Asistentes:** ${who}\n`;
    assert.ok(!has(`${MIN}${body('Sara Gil · Tomás Rey (cliente, La Casa Verde)')}`, 'client'));
    assert.ok(!has(`${MIN}${body('Nora Field, Owen Price (client: Harbor Books)')}`, 'client'));
    // A person marked `(cliente)` alone is the client too, named as a person (eval61, eval82 labelled so).
    assert.ok(!has(`${MIN}${body('Sara Gil · Tomás Rey (cliente)')}`, 'client'));
    assert.ok(has(`${MIN}${body('Sara Gil · Tomás Rey (Harbor Books)')}`, 'client'));
  });

  it('when the document was made, on a closing line', () => {
    const body = '# Planning notes\n\n**Date:** 2026-03-04\n\n## Decisions\n\n- Keep it.\n\n---\n\n';
    for (const last of [
      '**Published:** March 5, 2026',
      '**Report Generated:** 2026-03-05',
      '*Acta generada a partir de la grabación · Casa Verde · 2026-03-05*',
      '*纪要由会议录音生成 · 2026-03-05*',
    ])
      assert.ok(!has(`${MIN}${body}${last}\n`, 'issued'), last);
    assert.ok(
      !has(
        `${STATUS}# Weekly report\n\n**Week of:** 2026-03-02\n\n## Done\n\n- Ads\n\n${'**Report Generated:** 2026-03-05'}\n`,
        'issued',
      ),
    );
    // The next one's, or a day that does not close the line, or no such word, is not.
    assert.ok(has(`${MIN}${body}**Next report generated:** 2026-03-12\n`, 'issued'));
    assert.ok(has(`${MIN}${body}*Published 2026-03-05 for the board, see the site*\n`, 'issued'));
    assert.ok(has(`${MIN}${body}*Reviewed · 2026-03-05*\n`, 'issued'));
  });

  it('a page’s `publicationdate:` gives when minutes or an agenda went out', () => {
    const text = (key: string) =>
      `---\ntype: agenda\n${key}: 2026-03-04T01:36:00.000+00:00\n---\n# Organizers meeting\n`;
    for (const key of ['publicationdate', 'published', 'pubDate', 'publish_date'])
      assert.ok(!has(text(key), 'issued'), key);
    assert.ok(has(`---\ntype: agenda\npublished: true\n---\n# Organizers meeting\n`, 'issued'));
    assert.ok(has(text('lastmodificationdate'), 'issued'));
  });

  it('a fact book’s `**Last Updated:**` closing it', () => {
    const body = `# Harbor Books facts\n\n| Field | Value |\n|---|---|\n| Type | Shop |\n${'\n- A fact.'.repeat(90)}\n\n`;
    assert.ok(!has(`${FACTS}${body}**Brief Created:** 2025-06-01\n**Last Updated:** 2026-02-01\n`, 'updated'));
    assert.ok(has(`${FACTS}${body}**Brief Created:** 2025-06-01\n`, 'updated'));
  });

  it('a status report’s `**Week Ending:**` atop it', () => {
    assert.ok(!has(`${STATUS}# Harbor Books - Weekly Ads Report\n**Week Ending:** 8 March 2026 (2-8 Mar)\n`, 'week'));
    assert.ok(!has(`${STATUS}# Harbor Books - Weekly Ads Report\n**W/E:** 08/03/2026\n`, 'week'));
    assert.ok(has(`${STATUS}# Harbor Books - Weekly Ads Report\n**Week Ending:** TBD\n`, 'week'));
  });

  it('a review’s `Corte de relevamiento:` or `Data as of:` gives its date', () => {
    assert.ok(!has(`${COMP}# Competencia\n\n> [!info] Criterio\n> Corte de relevamiento: 16/02/2026.\n`, 'date'));
    assert.ok(!has(`${COMP}# Competitors\n\n**Data as of:** 2 March 2026\n`, 'date'));
    assert.ok(has(`${COMP}# Competencia\n\n> Corte de relevamiento: por definir\n`, 'date'));
  });

  it('a byline with the month after the name (`*Prepared by Ana Ruiz, March 2026*`)', () => {
    assert.ok(
      !has(`${COMP}# Harbor Books\n## Competitive Landscape\n\n*Prepared by Nora Field, March 2026*\n`, 'date'),
    );
    assert.ok(
      has(`${COMP}# Harbor Books\n## Competitive Landscape\n\n*Prepared by Nora Field, Account Lead*\n`, 'date'),
    );
  });

  it('the meeting’s day opening a heading under the title, or a line naming the meeting', () => {
    assert.ok(!has(`${MIN}# Logo feedback\n## March 4, 2026 - Client Call\n\n**Attendees:** Nora, Owen\n`, 'meeting'));
    assert.ok(!has(`${MIN}# Requests\n\n## Overview\nChat notes.\n\n## 2026-03-04 Updates\n- Agreed.\n`, 'meeting'));
    assert.ok(!has(`${AGENDA}Planning pad\n\n2026-03-04 club Meeting Agenda\n\n9:00 AM PST\n`, 'meeting'));
    // The next meeting's; a heading whose day does not open it; a line naming no meeting.
    assert.ok(has(`${MIN}# Logo feedback\n## Next call: March 11, 2026\n\n- Colours\n`, 'meeting'));
    assert.ok(has(`${MIN}# Logo feedback\n## Notes up to March 4, 2026\n\n- Colours\n`, 'meeting'));
    assert.ok(has(`${AGENDA}Planning pad\n\n2026-03-04 draft of the plan\n`, 'meeting'));
  });

  it('the Spanish and Chinese forms the docs give', () => {
    const body = '# Notas de la reunión\n\n**Fecha:** 2026-03-04\n\n## Acuerdos\n\n- Seguimos.\n\n---\n\n';
    assert.ok(!has(`${MIN}${body}**Publicado:** 5 de marzo de 2026\n`, 'issued'));
    assert.ok(!has(`${COMP}# Casa Verde\n## Competencia\n\n*Elaborado por Ana Ruiz, marzo de 2026*\n`, 'date'));
    assert.ok(!has(`${COMP}# 竞品分析\n\n数据截至：2026年3月2日\n`, 'date'));
    assert.ok(
      !has(`${MIN}# Reunión de diseño\n## 4 de marzo de 2026 - Llamada con el cliente\n\n- Colores\n`, 'meeting'),
    );
    const log =
      '# Diario\n\n## Primera\nHora: 4 de marzo de 2026, 10:00\n\n## Segunda\nHora: 11 de marzo de 2026, 10:00\n';
    assert.ok(!has(`${MIN}${log}`, 'meeting'));
  });

  it('a log whose meetings each have their `时间：` line with a day', () => {
    const log =
      '# 会议记录\n\n## 第一次\n时间：2026-05 下旬\n\n## 第二次\n时间：2026-06-16 至 2026-06-18\n\n## 第三次\n时间：2026-06-18\n';
    assert.ok(!has(`${MIN}${log}`, 'meeting'));
    assert.ok(has(`${MIN}# 会议记录\n\n## 第一次\n时间：2026-05 下旬\n\n## 第二次\n时间：2026-06 上旬\n`, 'meeting'));
  });

  it('the opening prose saying where the meeting is held', () => {
    assert.ok(
      !has(
        `${AGENDA}# Organizers meeting\n\nThe first meeting will be held on Thursday, March 5th from 6-8pm at the Harbor Library (12 Quay St.).\n`,
        'location',
      ),
    );
    assert.ok(
      !has(`${AGENDA}# Reunión\n\nLa reunión se realizará el jueves 5 de marzo en la Sala Norte.\n`, 'location'),
    );
    assert.ok(!has(`${AGENDA}# 会议议程\n\n本次会议在二楼会议室召开。\n`, 'location'));
    // A time is no place; the next meeting's place is not this one's.
    assert.ok(has(`${AGENDA}# Organizers meeting\n\nThe meeting will be held on Thursday at 6pm.\n`, 'location'));
    assert.ok(
      has(`${AGENDA}# Organizers meeting\n\nThe next meeting will be held at the Harbor Library.\n`, 'location'),
    );
  });

  it('an agenda’s Hangouts link gives its place', () => {
    assert.ok(
      !has(`${AGENDA}# Planning\n\n9:00 AM on Hangouts\nLink: https://hangouts.google.com/call/abc123\n`, 'location'),
    );
  });

  it('a strategy keeping no fields, titled for an account’s handle, names its brand', () => {
    assert.ok(!has(`${STRATEGY}# Growth Strategy for @HarborBooks\n\n## Summary\n\nGrow.\n`, 'brand'));
    assert.ok(has(`${STRATEGY}# Growth Strategy for nora@harbor.example\n\n## Summary\n\nGrow.\n`, 'brand'));
  });
});
