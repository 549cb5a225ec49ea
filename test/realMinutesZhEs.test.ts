/**
 * Chinese and Spanish forms of real minutes that a blind measurement found read wrong (issue 16, second
 * fresh sample): openHarmony / openEuler / PaddlePaddle minutes, Spanish student actas. Written here in
 * the same forms, not copied.
 */
import { strict as assert } from 'node:assert';
import { findOwners } from '../server/core/actions';
import { actionsOf } from '../server/core/analyze';
import { matchHeading, sectionTable } from '../server/core/headings';
import { typeById } from '../server/core/catalog';
import { bodyFieldIds } from '../server/core/typeDetection';
import { applyEdits } from '../server/core/edits';
import { fixAllEdits } from '../server/core/fixall';
import { analyze } from './helpers/analyze';

const findings = (text: string, rule: string, locale: 'en' | 'zh' | 'es' = 'en') =>
  analyze(text, 'doc.md', locale)
    .findings.filter((f) => f.rule === rule)
    .map((f) => `${f.range.start.line + 1}${f.data.section ? ` ${f.data.section}` : ''}`);

const minutes = (body: string) => `---\ntype: minutes\n---\n\n${body}`;

describe('Chinese forms of real minutes', () => {
  it('`会议结论：` alone on its line, like `结论：`, is the decisions', () => {
    const text = (label: string) =>
      minutes(
        `# PMC 例会 2026-11-20\n\n## 会议纪要\n\n**议题1、API SIG 调整**  \n汇报人：夏登平  \n${label}  \n1、同意 SIG-API 范围增加仓颉 API。  \n\n## 后续行动\n\n- 研究仓颉 API Level 设计 @徐潇 截止 2026-11-30\n`,
      );
    assert.deepEqual(findings(text('会议结论：'), 'missing-section'), []);
    assert.deepEqual(findings(text('结论：'), 'missing-section'), []);
    // A word that only contains it is no label.
    assert.deepEqual(findings(text('讨论了会议结论的写法'), 'missing-section'), ['5 decisions']);
  });

  it('`结论：…` written in the cells of a minutes table is the decisions', () => {
    const text = minutes(
      '# PMC 例会 2026-11-20\n\n## 会议纪要\n\n| 议题编号 | 议题名称 | 会议纪要 |\n| :-: | :-: | :-: |\n| No20 | 申请创建工具SIG | 会议结论:1. 同意成立工具SIG。<br> 2. 跟进现有工作 |\n| No22 | 运营目标 | 会议冲突延期 |\n\n## 后续行动\n\n- 对接接口人 @董金光 截止 2026-11-30\n',
    );
    assert.deepEqual(findings(text, 'missing-section'), []);
    const cell = minutes(
      '# PMC 例会\n\n| 议题 | 纪要 |\n| --- | --- |\n| 申请成立SE SIG | 结论：线下澄清后再申请 |\n\n## 后续行动\n\n- 澄清关系 @董金光 截止 2026-11-30\n',
    );
    assert.deepEqual(findings(cell, 'missing-section'), []);
  });

  it('`遗留问题：` lists the follow-ups; `责任人：name` names the owner', () => {
    const text = minutes(
      '# 架构SIG例会 2026-11-20\n\n## 会议纪要\n\n**议题1、申请建仓**  \n结论：  \n1、同意建仓。  \n遗留问题：  \n1、择期在PMC例会汇报整体方案。责任人：RISC-V SIG。  \n',
    );
    assert.deepEqual(findings(text, 'missing-section'), []);
    assert.deepEqual(
      findOwners('研究仓颉 API Level 设计。责任人：徐潇', 0).map((o) => o.name),
      ['徐潇'],
    );
    assert.deepEqual(
      findOwners('写一个文档，描述格式的变化：责任人：朱健伟', 0).map((o) => o.name),
      ['朱健伟'],
    );
    // As a heading with a list, 遗留问题 is the next actions, and its items are checked.
    const headed = minutes(
      '# 例会 2026-11-20\n\n## 结论\n\n- 同意建仓。\n\n## 遗留问题\n\n- 补充技术全景图 责任人：于佳耕 截止 2026-11-30\n- 技术全景中补充分布式的内容\n',
    );
    assert.deepEqual(findings(headed, 'missing-section'), []);
    assert.deepEqual(findings(headed, 'action-missing-owner'), ['14 next-actions']);
    // A table whose owner column is 责任人.
    const table = minutes(
      '# 例会 2026-11-20\n\n## 结论\n\n- 同意建仓。\n\n## 遗留问题\n\n| 问题 | 责任人 | 完成时间 |\n| --- | --- | --- |\n| 补充技术全景图 | 于佳耕 | 2026-11-30 |\n',
    );
    assert.deepEqual(findings(table, 'action-missing-owner'), []);
    assert.deepEqual(findings(table, 'action-missing-due'), []);
  });

  it('agenda topics under `## 1. 议程表`', () => {
    assert.equal(matchHeading(sectionTable(typeById('agenda')!), '1. 议程表')?.section.id, 'topics');
  });

  it('`与会人：`, `与会人员：` and `本次会议时间：` at the top of the body are the attendees and the meeting date', () => {
    assert.ok(bodyFieldIds('与会人：王建民、刘寿永\n').has('attendees'));
    assert.ok(bodyFieldIds('与会人员：王建民、刘寿永\n').has('attendees'));
    assert.ok(bodyFieldIds('Participants 与会人：王建民、刘寿永\n').has('attendees'));
    assert.ok(bodyFieldIds('与会人(请与会人更新，会上确认)：王经纬、陈亚强\n').has('attendees'));
    assert.ok(bodyFieldIds('- 本次会议时间：2024/10/10 19:00-20:00 (GMT+08:00)\n').has('meeting'));
    assert.ok(!bodyFieldIds('本次讨论：架构调整\n').has('meeting'));
  });
});

describe('Spanish forms of real actas', () => {
  const table = () => sectionTable(typeById('minutes')!);

  it('section names with a qualifier after the noun, an origin or a time frame', () => {
    for (const [heading, id] of [
      ['✅ Decisiones Clave', 'decisions'],
      ['Resoluciones de la asamblea', 'decisions'],
      ['Resoluciones (de la asamblea)', 'decisions'],
      ['4. Próximas tareas', 'next-actions'],
      ['5. Creación y Asignación de Tareas', 'next-actions'],
      ['5. Plan de acción para Sprint 2 (Start/Stop/Continue)', 'next-actions'],
      ['2. Tareas iniciales', 'next-actions'],
      ['Compromisos Asumidos', 'next-actions'],
      ['Compromisos (Asumidos)', 'next-actions'],
      ['Tasks for next week', 'next-actions'],
    ])
      assert.equal(matchHeading(table(), heading)?.section.id, id, heading);
    // Topics stay topics.
    for (const heading of [
      'Next steps for @oneOf (5m, Hugh)',
      'Plan de marketing',
      'Tareas del backend',
      'Decisiones de la competencia',
    ])
      assert.equal(matchHeading(table(), heading), null, heading);
  });

  it('a `| Miembro | Próxima tarea prevista |` table lists the actions and their owners', () => {
    const a = analyze(
      minutes(
        '# Acta de reunión: daily 18/02\n\n## Acuerdos\n\n- Seguimos con el plan.\n\n## Próximos pasos\n\n| Miembro | Próxima tarea prevista |\n|---|---|\n| Ana Ruiz | Redactar los estándares de código |\n',
      ),
      'acta.md',
      'es',
    );
    const items = actionsOf(a.doc, a.options);
    assert.deepEqual(
      items.map((i) => [i.text, i.ownerNames]),
      [['Redactar los estándares de código', ['Ana Ruiz']]],
    );
  });
});

describe('placeholders written as owners or due dates', () => {
  it('`Responsable: [Por definir]`, `[Nombre]`, `Por asignar`, `TBD`, `待定` name nobody', () => {
    for (const text of [
      'Definir los umbrales - Responsable: [Por definir] - Fecha: 30/11/2026',
      'Crear el catálogo - Responsable: [Nombre] - Fecha: 30/11/2026',
      'Crear el catálogo - Responsable: Por asignar',
      'Send the deck, owner: TBD',
      '补充技术全景图 负责人：待定',
      'Revisar el contrato (Por definir)',
    ])
      assert.deepEqual(findOwners(text, 0), [], text);
    // A real name in brackets stays a name.
    assert.deepEqual(
      findOwners('Crear el catálogo - Responsable: [Gonzalo Garcia]', 0).map((o) => o.name),
      ['Gonzalo Garcia'],
    );
  });

  it('an action owned or due `[Por definir]` is missing its owner and due date; our `@owner` is unfilled', () => {
    const text = minutes(
      '# Minuta de reunión con el cliente\n\n## Acuerdos\n\n- Se define el alcance.\n\n## Próximos pasos\n\n- [ ] Definir los umbrales de alerta - Responsable: [Por definir] - Fecha: [Por definir]\n- [ ] Crear el catálogo de tipos - Responsable: [Nombre] - Fecha: 30/11/2026\n\n| Responsable | Compromiso | Fecha límite |\n|---|---|---|\n| [Nombre] | Diseñar el módulo | [DD/MM/YYYY] |\n| Por asignar | Revisar el módulo | Por definir |\n',
    );
    assert.deepEqual(findings(text, 'action-missing-owner', 'es'), [
      '13 next-actions',
      '14 next-actions',
      '18 next-actions',
      '19 next-actions',
    ]);
    assert.deepEqual(findings(text, 'action-missing-due', 'es'), [
      '13 next-actions',
      '18 next-actions',
      '19 next-actions',
    ]);
    assert.deepEqual(findings(text, 'unfilled-placeholder', 'es'), []);
    // Our own `@responsable` is a placeholder to fill in, not a missing owner.
    const ours = text.replace('Responsable: [Nombre]', '@responsable');
    assert.deepEqual(findings(ours, 'unfilled-placeholder', 'es'), ['14']);
    assert.ok(!findings(ours, 'action-missing-owner', 'es').includes('14 next-actions'));
  });
});

describe('the language of Spanish minutes whose front matter has only `type:`', () => {
  it('is Spanish when their headings are, named sections or not', () => {
    const text = minutes(
      '# Acta de reunión: Daily Scrum 18/02 Sprint 1\n\n## Resumen\n\nActa de la reunión diaria.\n\n## 1. Información de la reunión\n\n| Campo | Detalle |\n|---|---|\n| **Tipo** | Daily |\n\n## 2. Estado de desarrollo de tareas\n\nSin novedades.\n\n## 3. Impedimentos\n\nNo se han identificado impedimentos.\n',
    );
    assert.equal(analyze(text, 'acta.md', 'en').doc.lang, 'es');
    // Fix-all writes Spanish keys and headings there, and leaves nothing missing.
    const a = analyze(text, 'acta.md', 'en');
    const fixed = applyEdits(text, fixAllEdits(a.doc, a.findings));
    assert.match(fixed, /^cliente: <cliente>$/m);
    assert.match(fixed, /^asistentes: \[<asistentes>\]$/m);
    assert.match(fixed, /^## Acuerdos$/m);
    assert.match(fixed, /^## Próximos pasos$/m);
    assert.doesNotMatch(fixed, /^client:|^## Decisions|^## Next actions/m);
    assert.deepEqual(
      analyze(fixed, 'acta.md', 'en').findings.filter(
        (f) => f.rule === 'missing-section' || f.rule === 'missing-field',
      ),
      [],
    );
    // English minutes with only a few headings stay English.
    assert.equal(
      analyze(
        minutes('# Weekly sync\n\n## Updates\n\n- Shipped the deck.\n\n## Open questions\n\n- None.\n'),
        'a.md',
        'en',
      ).doc.lang,
      'en',
    );
  });
});
