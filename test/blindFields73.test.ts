/**
 * Forms of a fresh blind set of real minutes (eval73) reported as missing a field they give in the body: a label
 * after an emoji (`👥 **Asistentes:**` over the names, `📅 **Fecha de elaboración:** [14/02/2025]`), the
 * organisation a student project works with named as its client (`**Entidad Colaboradora / Cliente:**`), and the
 * closing formula of a Spanish acta (`*En Granada, a 2 de octubre de 2026.*`). Our own words, the same forms.
 */
import { strict as assert } from 'node:assert';
import { reportsMissing as has } from './helpers/analyze';

const MIN = '---\ntype: minutes\n---\n';

describe('fields given in the body, eval73', () => {
  it('a label after an emoji, with the names on the lines under it', () => {
    const doc = `${MIN}# Minuta de reunión\n\n📆 **Fecha:** 14/02/2026  \n👥 **Asistentes:**  \n- Rosa Méndez\n- Tomás Iglesias\n- Clara Vidal\n\n## Acuerdos\n\n- Seguir con el plan.\n`;
    assert.ok(!has(doc, 'attendees'));
    assert.ok(has(`${MIN}# Minuta\n\n👥 **Asistentes:**  \n\n## Acuerdos\n\n- Nada.\n`, 'attendees'));
  });
  it('when the minutes were written, after an emoji on a closing line', () => {
    const body = `# Minuta de reunión\n\n**Fecha:** 14/02/2026\n\n## Acuerdos\n\n- Seguir con el plan.\n\n---\n\n✍️ **Minuta elaborada por:** Rosa Méndez  \n`;
    assert.ok(!has(`${MIN}${body}📅 **Fecha de elaboración:** [15/02/2026]  \n`, 'issued'));
    assert.ok(has(`${MIN}${body}`, 'issued'));
  });
  it('the organisation a project works with, named as its client beside another word', () => {
    const doc = (key: string) =>
      `${MIN}# Acta de reunión con cliente nº 1\n\n**Proyecto:** Agenda accesible\n**${key}:** Asociación Vecinal del Carmen\n**Fecha:** 2 de octubre de 2026\n\n## Acuerdos\n\n- Seguir.\n`;
    assert.ok(!has(doc('Entidad Colaboradora / Cliente'), 'client'));
    assert.ok(has(doc('Entidad Colaboradora / Tutor'), 'client'));
  });
  it('the closing formula of an acta says when it was written; a date alone does not', () => {
    const doc = (closing: string) =>
      `${MIN}# Acta de reunión\n\n**Fecha:** 2 de octubre de 2026\n\n## Acuerdos\n\n- Seguir con el plan.\n\n${closing}\n`;
    assert.ok(!has(doc('*En Salamanca, a 3 de octubre de 2026.*'), 'issued'));
    assert.ok(!has(doc('Salamanca, a 03/10/2026'), 'issued'));
    assert.ok(has(doc('Nos vemos el 3 de octubre de 2026.'), 'issued'));
  });
  it('the meeting’s day in a title with a month in lower case and its year', () => {
    const doc = (title: string) => `${MIN}# ${title}\n\n## Agenda\n\n* 1 - Release plan\n`;
    assert.ok(!has(doc('Thursday, mar 12, 2026 at 18:00 GMT+1'), 'meeting'));
    assert.ok(!has(doc('Call of 12 mar 2026'), 'meeting'));
    // Without its year, `may 12` may be a verb and a number: no day read.
    assert.ok(has(doc('What we may 12 ideas'), 'meeting'));
  });
  it('the meeting named and dated on the body’s first line, standing for its title', () => {
    const doc = (first: string) => `${MIN}${first}\n\n## 参会人员\n\n王明、李华\n\n## 议题\n\n1. 版本计划\n`;
    assert.ok(!has(doc('TSC 例会 2026-03-12'), 'meeting'));
    assert.ok(!has(doc('Steering meeting 2026-03-12'), 'meeting'));
    // The next meeting's day is not this one's.
    assert.ok(has(doc('Next meeting 2026-03-19'), 'meeting'));
    assert.ok(has(doc('TSC 例会'), 'meeting'));
  });
  it('a roll call closing a sentence of prose, the names listed under it', () => {
    const doc = (intro: string) =>
      `${MIN}# Robotics club report\n\n- Meeting Date: 14 Apr 2026, 5pm CET\n\n## Welcome\n\n${intro}\n* Nadia / Fernwood Labs / @nadiaf\n* Omar / Harbor College / @omark\n\n## Actions\n\n1. Order the motors (Omar)\n`;
    assert.ok(!has(doc('Add yourself below so we know who came. Roll call:'), 'attendees'));
    assert.ok(has(doc('Add yourself below so we know who came. Ideas:'), 'attendees'));
  });
});
