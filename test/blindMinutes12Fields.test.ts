/**
 * Forms of the twenty-fifth session's blind samples (eval57, eval58: minutes and agendas in three languages;
 * eval59: agency documents) that were reported as missing a field they give. Written here in our own words,
 * in the same forms.
 */
import { strict as assert } from 'node:assert';
import { reportsMissing } from './helpers/analyze';

const has = reportsMissing;

const MIN = '---\ntype: minutes\n---\n';
const AGENDA = '---\ntype: agenda\n---\n';

describe('the twenty-fifth blind samples: fields given in the body', () => {
  it("the meeting's day on a line of its own under the title, with its time and zone", () => {
    for (const line of [
      '## March 4, 2026 @ 3pm CET',
      '### June 9 @ 14:00 UTC',
      '* Thursday, April 2, 2026 at 5 pm BST',
      '## Abril 14, 2026',
      '##**2026年4月14日**',
      '**2026/4/14 下午**',
      '- Día 14 de abril de 2026.',
    ])
      assert.ok(!has(`${MIN}# Design sync\n\n${line}\n\n- We looked at the banners.\n`, 'meeting'), line);
    // A heading that says more than the day, or the next meeting's day, does not date this one.
    assert.ok(has(`${MIN}# Design sync\n\n## Banner sizes for March 4, 2026\n\n- Fine.\n`, 'meeting'));
    assert.ok(has(`${MIN}# Design sync\n\n- We looked at the banners.\n\n## Next call 2026-03-11\n`, 'meeting'));
  });

  it("an agenda's call heading further down dates the call", () => {
    const text = `${AGENDA}### Agenda\n\n* Item one\n* Item two\n\n### Web Working Group Teleconference - 2026-03-17\n\nTimes below.\n`;
    assert.ok(!has(text, 'meeting'));
  });

  it('a log of meetings each dated in a bold label or a folded summary', () => {
    const bold =
      `${MIN}# Client meetings\n\n**Client Meeting 1 (03/02/2026)**: 30 mins; Ana present.\n\n` +
      '**Client Meeting 2 (10/02/2026)**: 1 hour; Ana present.\n';
    assert.ok(!has(bold, 'meeting'));
    const folded =
      `${MIN}# Minutes\n\n<details><summary>Monday 2nd March 2026</summary>\n\nNotes.\n</details>\n\n` +
      '<details><summary>Friday 6th March 2026</summary>\n\nNotes.\n</details>\n';
    assert.ok(!has(folded, 'meeting'));
    // One bold label with a due date is no log.
    assert.ok(has(`${MIN}# Minutes\n\n- Notes.\n\n**Due 2026-03-04**: the banners.\n`, 'meeting'));
  });

  it("an agenda's call: the channel keyed, a heading on how to join, the platform", () => {
    for (const block of [
      '### Logistics\n\n* Chair: Ana\n* IRC: irc://irc.example.org:6667/#design',
      '* Zoom joining instructions: [members page](https://lists.example.org/join)',
      '## Connection details\n\nAsk Ana for the code.',
      '## Datos de conexión\n\nPide el enlace a Ana.',
      'Plataforma: Meet',
      '**Platform:** Teams',
      '**会议平台**：腾讯会议',
    ])
      assert.ok(
        !has(`${AGENDA}# Design call\n\n- 2026-03-04 15:00 UTC\n\n${block}\n\n## Items\n\n- Banners\n`, 'location'),
        block,
      );
    // Logistics with no way to join names no place.
    assert.ok(has(`${AGENDA}# Design call\n\n### Logistics\n\n* Chair: Ana\n* Scribe: Ben\n`, 'location'));
  });

  it('attendees said in other forms, in three languages', () => {
    for (const block of [
      '**Review 1 (03/02/2026)**: 30 mins; Ana & Ben present; we looked at the banners.',
      '- Ana, Ben and Carla were present.',
      'All group members present.',
      '## Firmas de los Presentes\n\nAna Ruiz.\n\nLuis Gil.',
      '# Reunión con Ana, Luis, Marta y Pablo',
      '# Meeting with Ana, Ben and Carla',
      '###参与者\n+ 王明\n+ 李华',
      '- 参会者；wangming, lihua, zhaomin',
      '1. _Preámbulo:_\r\n    - Miembros:\r\n        - Ana Ruiz\r\n        - Luis Gil',
    ])
      assert.ok(!has(`${MIN}# Sync\n\n${block}\n\n## Notes\n\n- Fine.\n`, 'attendees'), block);
    // One name, a meeting with a company, or a present to give, says nobody met.
    for (const block of ['Ana present.', '# Meeting with Acme', '- Gifts to present: two.', '- Miembros:\n\n## Notes'])
      assert.ok(has(`${MIN}# Sync\n\n${block}\n\n## Items\n\n- Fine.\n`, 'attendees'), block);
  });

  it('the day and the place under one Chinese key; a proposal dated by its proposal date', () => {
    assert.ok(!has(`${MIN}# 立项会议\n\n- 时间地点：2026-3-4 周三 三楼 302\n\n## 讨论\n\n- 好。\n`, 'meeting'));
    assert.ok(!has(`${AGENDA}# 周会\n\n- 时间地点：2026-3-4 周三 三楼 302\n\n## 议题\n\n- 横幅\n`, 'location'));
    const STRATEGY = '---\ntype: strategy\n---\n';
    for (const line of [
      '> **提案日期**：2026-03-02',
      '**Proposal date:** 2026-03-02',
      '**Fecha de la propuesta:** 2/3/2026',
    ])
      assert.ok(!has(`${STRATEGY}# Nube x Luna\n\n${line}\n\n## Objetivo\n\n- Más ventas.\n`, 'date'), line);
  });

  it("an estimate's currency: a cedi sign on every amount, or each amount its own currency in Chinese", () => {
    const EST = '---\ntype: estimate\n---\n';
    assert.ok(
      !has(`${EST}# Quote\n\n| Item | Price |\n|---|---|\n| Site | GH₵40,000 |\n| Shop | GH₵12,500 |\n`, 'currency'),
    );
    assert.ok(!has(`${EST}# 报价\n\n- 主板 官网40美元 含税310元\n- 外壳 25元\n`, 'currency'));
    // A bare dollar sign beside the yuan leaves it unsaid: several currencies write it.
    assert.ok(has(`${EST}# 报价\n\n- 主板 官网$40 含税310元\n- 外壳 25元\n`, 'currency'));
  });

  it('a stamp to the second alone atop minutes says when they were written', () => {
    assert.ok(!has(`${MIN}2026-03-04 20:49:49\n\n* 例会推迟到周日晚上\n`, 'issued'));
    // A day alone atop them is the meeting's.
    assert.ok(has(`${MIN}2026-03-04\n\n* 例会推迟到周日晚上\n`, 'issued'));
  });
});
