/**
 * Forms of the blind sets eval67 (briefs and strategies), eval66 (Spanish and Chinese minutes) and eval59 read in
 * the twenty-eighth session. Written here in our own words, in the same forms.
 */
import { strict as assert } from 'node:assert';
import { analyze, ruleFindings } from './helpers/analyze';
import { headsNone, headsSection } from './helpers/headings';

const found = ruleFindings;

describe('a twenty-ninth blind set of sections (eval59, eval66, eval67)', () => {
  it('names of eval67: claims, framing rules, the creative north star, the current situation looked at', () => {
    headsSection('brief', ['The Three Bold Claims', 'Key claims', 'Claims'], 'support-points');
    headsSection('brief', ['CRITICAL Framing Rule (applies to every post)', 'Framing rules'], 'mandatories');
    headsSection(
      'brief',
      ['Summary: The Creative North Star', 'The creative north star', 'Resumen: mensaje clave'],
      'button',
    );
    headsSection(
      'strategy',
      ['Current Content Analysis', 'Current brand assessment', 'Current social media audit'],
      'where-are-we-now',
    );
    // Claims to stay away from are what the work must not do; a summary of something else names nothing.
    headsSection('brief', ['Claims to avoid'], 'mandatories');
    headsNone('brief', ['Summary: the launch week', 'Current state of the shop floor']);
    // North Star alone is a strategy's figure to reach, as before.
    headsSection('strategy', ['North Star'], 'marketing-objective');
  });

  it('names of eval66: the tasks from here on, in Chinese', () => {
    headsSection('minutes', ['3.接下来的任务', '接下来的工作', '四、接下来的安排'], 'next-actions');
  });

  it('a table of tasks with who does each and when stands for the next actions, whatever its heading', () => {
    const acta = `---\ntype: minutes\n---\n# Registro de la sesión del taller 3\n\n## Acuerdos\n\n- Usamos un solo diagrama para los dos casos.\n\n## Tareas que quedan para la entrega\n\n| Tarea asignada | Responsable | Fecha estimada |\n|---|---|---|\n| Pasar el diagrama a limpio | Lucía Prado | 2026-12-10 |\n| Escribir el informe | Tomás Gil | 2026-12-11 |\n`;
    assert.deepEqual(found(acta, 'missing-section'), []);
    // Each row has its owner and its date: no finding on them.
    assert.deepEqual(found(acta, 'action-missing-owner'), []);
    assert.deepEqual(found(acta, 'action-missing-due'), []);
  });

  it('agreements that say who will do what are the next actions too (two people or more)', () => {
    const acta = (items: string) =>
      `---\ntype: minutes\n---\n# Acta de la reunión del 3 de noviembre\n\n**Temas tratados:**\n- Revisión del esquema del informe.\n\n**Acuerdos:**\n${items}\n`;
    const future = acta(
      '- Marta preparará las diapositivas.\n- Iker se encargará de la bibliografía.\n- El informe se entrega en PDF.',
    );
    assert.deepEqual(found(future, 'missing-section'), []);
    // One person only, or what something is to be (`Python será el lenguaje`): a decision, no tasks handed out.
    const one = acta('- Marta preparará las diapositivas.\n- El informe se entrega en PDF.');
    assert.deepEqual(found(one, 'missing-section'), ['3 next-actions']);
    const being = acta('- Python será el lenguaje del proyecto.\n- GitHub será el repositorio común.');
    assert.deepEqual(found(being, 'missing-section'), ['3 next-actions']);
  });

  it('Chinese minutes listing what the meeting settled (`确定…：`) have their decisions', () => {
    const minutes = (body: string) =>
      `---\ntype: minutes\n---\n# 第一次小组会议\n\n会议内容：\n\n${body}\n\n## 下一步\n\n- 小王负责搭建仓库\n`;
    const settled = minutes(
      '- 确定项目方向：做一个校园二手交易小程序。\n- 明确技术路线：前端用 Vue，后端用 Go。\n- 讨论了下次见面的时间。',
    );
    assert.deepEqual(found(settled, 'missing-section'), []);
    // One such point among the topics, or a point still open, is no list of decisions.
    const one = minutes('- 确定项目方向：做一个校园二手交易小程序。\n- 讨论了下次见面的时间。');
    assert.deepEqual(found(one, 'missing-section'), ['3 decisions']);
    const open = minutes('- 确定项目方向：待定\n- 确定见面时间：待定');
    assert.deepEqual(found(open, 'missing-section'), ['3 decisions']);
    // Each meeting of a log settling one point is not a list of them.
    const log = minutes(
      '- 确定项目方向：做一个校园二手交易小程序。\n\n### 第二次\n\n- 确定部署方式：先用学校的服务器。',
    );
    assert.deepEqual(found(log, 'missing-section'), ['3 decisions']);
  });

  it('a sub-heading written as a sentence is the point of the part above it, not an empty part', () => {
    const minutes = `---\ntype: minutes\n---\n# 第三次小组会议\n\n## 1.取得的成果\n\n### 统一了页面文件的格式\n\n## 2.接下来的任务\n\n### 在下次会议前完成页面之间的跳转，并设计第二份问卷\n`;
    assert.deepEqual(found(minutes, 'empty-section'), []);
    // A sub-heading that is a name is no content.
    const named = `---\ntype: minutes\n---\n# Sprint review\n\n## Decisions\n\n- Keep the weekly release.\n\n## Next steps\n\n### Backend\n`;
    assert.deepEqual(found(named, 'empty-section'), ['9 next-actions']);
  });

  it('a brief or a strategy saying whom it addresses (`Se dirige a …`, `… Target: …`) has its target consumer', () => {
    const brief = (body: string) => `---\ntype: brief\n---\n# Campaña de invierno\n\n## Resumen de marca\n\n${body}\n`;
    const said = brief('La marca habla con calma y sin jerga. Se dirige a familias que alquilan casas rurales.');
    assert.ok(!found(said, 'missing-section').some((f) => f.endsWith(' target-consumer')));
    const labelled = brief('La marca habla con calma y sin jerga. Target: familias que alquilan casas rurales.');
    assert.ok(!found(labelled, 'missing-section').some((f) => f.endsWith(' target-consumer')));
    // A figure to reach, or a list item's target of one action, is no audience of the brief.
    const figure = brief('La marca habla con calma. Target: 200 reservas en enero.');
    assert.ok(found(figure, 'missing-section').some((f) => f.endsWith(' target-consumer')));
    const item = brief('- Colaboraciones con blogs\n  - Target: blogs de viajes y podcasts');
    assert.ok(found(item, 'missing-section').some((f) => f.endsWith(' target-consumer')));
    // How the brand speaks to them is its tone, not who they are.
    const tone = brief(
      'Nos dirigimos a nuestros clientes como a vecinos. La marca se dirige a ellos con un tono cálido.',
    );
    assert.ok(found(tone, 'missing-section').some((f) => f.endsWith(' target-consumer')));
    headsSection('strategy', ['6. PERFIL DEL CLIENTE', 'Perfil de cliente'], 'target-consumer');
    const { doc } = analyze(said);
    assert.equal(doc.type?.id, 'brief');
  });
});
