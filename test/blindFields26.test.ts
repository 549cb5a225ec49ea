/**
 * Forms of the blind samples (eval51, eval58, eval59) that were reported as missing a field they give: the
 * meeting's day and the members in the opening prose, a form's keys over their values, a table with a row for
 * each member, a page listing its dated meetings, a ticket opening a brief's title, a client named in the title,
 * a status page's period. Written here in our own words, in the same forms.
 */
import { strict as assert } from 'node:assert';
import { reportsMissing } from './helpers/analyze';

const has = reportsMissing;

const MIN = '---\ntype: minutes\n---\n';
const AGENDA = '---\ntype: agenda\n---\n';

describe('the twenty-sixth blind samples: fields given in the body', () => {
  it("the meeting's day in the prose opening the body, in a line about the meeting", () => {
    for (const line of [
      'La reunión se celebró el jueves 12 de marzo de 5:00 a 6:30 p.m. en la sala B.',
      'Volvemos a vernos el 3 de abril a las 16 UTC en la reunión del grupo.',
      'The review was held on Friday 6th March 2026, from 2pm to 3pm.',
      '会议于2026年3月6日下午在三楼召开。',
    ])
      assert.ok(!has(`${MIN}# Equipo de diseño\n\n${line}\n\n## Temas\n\n- Carteles.\n`, 'meeting'), line);
    // The next meeting's day, or a day in a line that speaks of no meeting, does not date this one.
    assert.ok(has(`${MIN}# Equipo\n\nLa próxima reunión será el 3 de abril.\n\n## Temas\n\n- Carteles.\n`, 'meeting'));
    assert.ok(has(`${MIN}# Equipo\n\nEl cartel sale el 3 de abril de 2026.\n\n## Temas\n\n- Nada.\n`, 'meeting'));
  });

  it('the members named in the opening prose, two or more', () => {
    for (const line of [
      'Se reunieron los integrantes Lucía Pardo Vélez y Tomás Gil en la biblioteca.',
      'All team members (Nora Finch, Owen Pike, Ravi Shah) joined the call.',
      '参会成员王小明、李华、赵云出席了本次例会。',
    ])
      assert.ok(!has(`${MIN}# Sesión\n\n${line}\n\n## Temas\n\n- Carteles.\n`, 'attendees'), line);
    // Words about people's work name no one.
    assert.ok(has(`${MIN}# 例会\n\n讨论了人员管理、任务分配等问题。\n`, 'attendees'));
  });

  it("a form's keys on a line over their values, or a table's header over its row", () => {
    assert.ok(
      !has(`${MIN}### 与会人员\n刘一 陈二\n\n时间  地点\n9.14     15:00-16:00\n\n### 纪要\n- 需求\n`, 'meeting'),
    );
    const table = `${MIN}# Acta 2\n\n| Fecha | Hora | Lugar |\n|---|---|---|\n| 09/04/2026 | 10:00-10:20 | Aula 3 |\n\n## Temas\n`;
    assert.ok(!has(table, 'meeting'));
    // Keys over a line that is no day.
    assert.ok(has(`${MIN}# 纪要\n\n时间  地点\n待定     三楼\n\n### 纪要\n- 需求\n`, 'meeting'));
  });

  it('a heading over the meetings a page keeps, each listed with its day', () => {
    const text =
      `${MIN}# Minutas\n\n## Reuniones documentadas\n\n- [Revisión de diseño - 2 de marzo de 2026](./a.md)\n` +
      '- [Entrega del prototipo - 16 de marzo de 2026](./b.md)\n\n## Resumen\n\nAvances.\n';
    assert.ok(!has(text, 'meeting'));
    assert.ok(has(text.replace('- [Entrega del prototipo - 16 de marzo de 2026](./b.md)\n', ''), 'meeting'));
  });

  it('a table atop the minutes with a row for each member, or a label alone over the names', () => {
    const table =
      `${MIN}# 站会\n\n| 姓名 | 今日完成 | 明日计划 |\n| --- | --- | --- |\n| 周一鸣 | 登录页 | 注册页 |\n` +
      '| 吴晓 | 接口 | 测试 |\n';
    assert.ok(!has(table, 'attendees'));
    const attended = `${MIN}# Acta\n\n| Asistentes | |\n|---|---|\n| Nombres | Rol |\n| Eva Soto | PM |\n| Iker Mora | Dev |\n`;
    assert.ok(!has(attended, 'attendees'));
    // Blanks to fill in are no names.
    assert.ok(has(`${MIN}# Sync\n\n| Name |\n| :---: |\n| [Member name] |\n| [Member name] |\n`, 'attendees'));
    assert.ok(
      !has(`${MIN}Board meeting 2026-01-05\n======\n\nPresent\nAna Ruiz (Chair), Ben Cole (Treasurer)\n`, 'attendees'),
    );
  });

  it('list items, each a member’s name, over what that member reported', () => {
    const text = `${MIN}# 各位同学汇报工作\n\n* 周一鸣：\n  * 完成登录页\n* 吴晓\n  * 接口联调\n* 郑凯：\n  * 测试用例\n`;
    assert.ok(!has(text, 'attendees'));
    // Two are not enough.
    assert.ok(has(`${MIN}# 汇报\n\n* 周一鸣：\n  * 完成登录页\n* 吴晓\n  * 接口联调\n`, 'attendees'));
  });

  it('a ticket opening the title of a brief gives its job', () => {
    for (const title of [
      '# WEB-9 — Spring banner — Creative brief',
      '# [OPS-112] Brief de campaña',
      '# MKT-42：春季海报简报',
    ])
      assert.ok(!has(`---\ntype: brief\n---\n${title}\n\n## Objective\n\nSell.\n`, 'job'), title);
    assert.ok(has('---\ntype: brief\n---\n# Spring banner — Creative brief\n\n## Objective\n\nSell.\n', 'job'));
  });

  it('the client on its line, one part of the title, is the brand of a document keeping no fields', () => {
    const text =
      '---\ntype: strategy\n---\n# Pancora — Estrategia de marca\n\n> Cliente: **Pancora** (@pancora) · Lima\n\n## Objetivo\n';
    assert.ok(!has(text, 'brand'));
    // A document keeping its fields is asked for the one it misses.
    assert.ok(has('---\ntype: strategy\nclient: Pancora\n---\n# Estrategia 2027 | Pancora\n\n## Objetivo\n', 'brand'));
  });

  it("a status page's period, keyed, gives its week", () => {
    const text = '---\ntype: status\n---\n# Tablero\n\n> **執行期間**：2026/03/02 - 2026/03/29\n\n## 進度\n\n- 貼文\n';
    assert.ok(!has(text, 'week'));
    assert.ok(has('---\ntype: status\n---\n# Tablero\n\n> **執行期間**：待定\n\n## 進度\n\n- 貼文\n', 'week'));
  });

  it('an agenda opening with the day of the call and what it is for', () => {
    const text = `${AGENDA}\nNos encontramos el 5 de mayo a las 18 UTC en la reunión mensual.\n\n## Temas\n\n1. Bienvenida\n`;
    assert.ok(!has(text, 'meeting'));
  });

  it('a project line naming the organisation it is for gives the client', () => {
    for (const line of [
      '**Proyecto:** Nueva web y reservas del Museo de Ciencias Aurora',
      '**Project:** Booking site for Harbor Clinic',
      '项目：青禾公司官网改版',
    ])
      assert.ok(!has(`${MIN}# Kick-off\n\n**Fecha:** 2026-03-04\n${line}\n\n## Temas\n`, 'client'), line);
    // A project named for its work, or for a course, names no client.
    assert.ok(has(`${MIN}# Kick-off\n\n**Project:** Final project of the University course\n\n## Items\n`, 'client'));
    assert.ok(has(`${MIN}# Kick-off\n\n**Proyecto:** Sistema de Gestión de Inventario\n\n## Temas\n`, 'client'));
  });

  it('minutes sent To someone, a Chinese date key followed by a space, a log of month.day headings', () => {
    assert.ok(!has(`${MIN}# Kick-off\n\n**To:** Client team, Project team\n\n## Items\n`, 'distribution'));
    assert.ok(!has('---\ntype: strategy\n---\n# 网站规划\n\n* 更新时间 2026-03-25\n\n## 目标\n', 'date'));
    assert.ok(has('---\ntype: strategy\n---\n# 网站规划\n\n* 更新时间 待定\n\n## 目标\n', 'date'));
    assert.ok(!has(`${MIN}# 周会\n\n### 6.2 会议纪要\n\n- 进度\n\n### 5.26 会议纪要\n\n- 进度\n`, 'meeting'));
    // Numbered sections are no log.
    assert.ok(has(`${MIN}# 周会\n\n### 3.1 背景\n\n- 进度\n\n### 3.2 目标\n\n- 进度\n`, 'meeting'));
  });

  it('one reader of `Key: value` lines: in a quote, a list or a numbered item, the colon inside or outside the bold', () => {
    const BRIEF = '---\ntype: brief\n---\n# Spring banner\n\n';
    for (const line of [
      '> **Company:** Harbor Foods',
      '- **Company**: Harbor Foods',
      '2. Company: **Harbor Foods**',
      '公司：青禾',
    ])
      assert.ok(!has(`${BRIEF}${line}\n\n## Objective\n`, 'client'), line);
    for (const line of ['- **Final Approval:** May 28', '> Entrega final: 28 de mayo', '**最终交付**：5月28日'])
      assert.ok(!has(`${BRIEF}${line}\n\n## Objective\n`, 'due'), line);
    // A blank, or a key the check does not read, gives nothing.
    assert.ok(has(`${BRIEF}**Company:** [Tu empresa]\n\n## Objective\n`, 'client'));
    assert.ok(has(`${BRIEF}- **Final Approval:** TBD\n\n## Objective\n`, 'due'));
    // The same reader gives the attendees and the meeting's subject line.
    assert.ok(!has(`${MIN}# Sync\n\n- **Members**: Ana Ruiz / Li Wei\n`, 'attendees'));
    assert.ok(!has(`${MIN}# Sync\n\n**会议主题：** 例会 3.11\n`, 'meeting'));
  });
});
