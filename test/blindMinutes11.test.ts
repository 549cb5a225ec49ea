/**
 * Forms of the twenty-fifth session's blind samples (2026-12-06): real minutes in English (eval57), Spanish and
 * Chinese (eval58), every finding labelled by hand before the fix. Written here in our own words, in the same
 * forms.
 */
import { strict as assert } from 'node:assert';
import { findOwners } from '../server/core/actions';
import { MINUTES_HEAD, findingsOf } from './helpers/minutes';

const HEAD = MINUTES_HEAD;
const findings = findingsOf;
const owners = (t: string) => findOwners(t, 0).map((o) => o.name);

describe('the twenty-fifth blind samples of real minutes', () => {
  it('`3. Próximos pasos:` closing a numbered list, run on by `El grupo acordó … lo siguiente:`: the group owns the bullets', () => {
    const text = `${HEAD}# Informe quincenal\n\n## Acuerdos\n- Mantener el diseño.\n\n## Resumen\n\n1. Hecho: la maqueta.\n2. Bloqueos: ninguno.\n3. Plan para la próxima semana:\nEl grupo acordó cerrar la iteración. Se dedicarán a lo siguiente:\n- Revisar los textos de la landing.\n- Probar el formulario de contacto antes del 2026-12-18.\n`;
    assert.deepEqual(findings(text, 'action-missing-owner'), []);
    assert.deepEqual(findings(text, 'action-missing-due'), ['20 next-actions']);
    // The run-on text without a subject, or not leading into the bullets (no colon), owns nothing.
    const noSubject = text.replace('El grupo acordó cerrar la iteración.', 'Se acordó cerrar la iteración.');
    assert.deepEqual(findings(noSubject, 'action-missing-owner'), ['20 next-actions', '21 next-actions']);
    const noColon = text.replace('Se dedicarán a lo siguiente:', 'Se verá en la próxima reunión.');
    assert.deepEqual(findings(noColon, 'action-missing-owner'), ['20 next-actions', '21 next-actions']);
  });

  it('a named team leading a Chinese item, then what it must do: `设计组需要…`, `后端组根据…`; not `分组需要…`', () => {
    assert.deepEqual(owners('设计组需要重画首页的三张海报'), ['设计组']);
    assert.deepEqual(owners('后端小组根据新的接口文档调整下单流程'), ['后端小组']);
    assert.deepEqual(owners('运营团队继续跟进渠道投放'), ['运营团队']);
    // Grouping, each group, a team named by no word of its own: nobody.
    assert.deepEqual(owners('重新分组需要再讨论'), []);
    assert.deepEqual(owners('每组需要准备一页介绍'), []);
    assert.deepEqual(owners('小组需要准备一页介绍'), []);
    const text = `${HEAD}# 周会\n\n## 决定\n- 保持现有方案。\n\n## 下一步\n* 确定展位的尺寸\n* 设计组需要重画首页的三张海报\n* 后端小组根据新的接口文档调整下单流程\n`;
    assert.deepEqual(findings(text, 'action-missing-owner'), ['15 next-actions']);
  });

  it('a Chinese name labelled with a short remark over a list (`郑晓云：和设计组一起`) owns the items, as the name alone does', () => {
    const text = `${HEAD}# 周会\n\n## 决定\n- 保持现有方案。\n\n## 下一步\n\n郑晓云：\n\n* 整理客户的反馈\n\n韩立新：与设计组林珊配合\n\n* 重做落地页\n* 准备路演的样片\n\n其他事项：请大家补充\n\n* 预订会议室\n`;
    assert.deepEqual(findings(text, 'action-missing-owner'), ['27 next-actions']);
  });
  it('an opening phrase, then a remark (`For the redesign, pairing is a good fit, as Kim knows the code`): no task', () => {
    const text = `${HEAD}# Sync\n\n## Decisions\n- Keep it.\n\n## Action items\n\n- For the redesign, pairing is a good fit, as Kim knows the code\n- For the launch, the deck is ready\n- For the launch, send the deck to the client\n- In the meantime, review the copy\n`;
    assert.deepEqual(findings(text, 'action-missing-owner'), ['18 next-actions', '19 next-actions']);
  });
});
