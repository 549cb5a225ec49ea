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
});
